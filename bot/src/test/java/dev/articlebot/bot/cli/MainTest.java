package dev.articlebot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.bot.Main;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.command.Surface;
import dev.articlebot.bot.config.Secrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, end to end in this JVM with the real model. */
class MainTest {
  private static final String STATE =
      "state.dir=" + Path.of("target", "test-state").toAbsolutePath();
  @TempDir Path dir;

  record Run(int code, String out, String err) {
    List<JsonNode> jsonLines() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n"))
        if (!line.isBlank()) nodes.add(new ObjectMapper().readTree(line));
      return nodes;
    }
  }

  private Run run(String stdin, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            new Secrets(env, dir.resolve("no-secrets")));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void askJsonFollowsTheContract() throws Exception {
    Run r =
        run("", Map.of(), "--set", STATE, "ask", "--json", "How much were fentanyl tariffs cut?");
    assertThat(r.code()).isZero();
    JsonNode a = r.jsonLines().get(0);
    List<String> fields = new ArrayList<>();
    a.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "question", "answered", "answer", "refusal", "citations", "decided_by", "took_ms");
    assertThat(a.get("refusal").asText()).isEqualTo("none");
    assertThat(a.get("decided_by").asText()).isNotBlank();
    assertThat(a.get("answered").asBoolean()).isTrue();
    JsonNode c = a.get("citations").get(0);
    List<String> cf = new ArrayList<>();
    c.fieldNames().forEachRemaining(cf::add);
    assertThat(cf).containsExactly("article", "paragraph", "section", "text", "quote", "score");
    assertThat(c.get("article").asText()).isEqualTo("an-inevitable-peace");
    assertThat(c.get("paragraph").asInt()).isBetween(1, 41);
    assertThat(a.get("took_ms").asDouble()).isPositive();
  }

  @Test
  void batchModeWritesOneLinePerQuestionInOrderEvenForBlankLines() throws Exception {
    String input =
        "Who wrote this?\n\n   \nWhat's the tallest mountain in Africa?\n"
            + "y".repeat(10_000)
            + "\n\u200B\u200B\n\u0001\u0002\n😂😂\n**?**\nWho wrote this?\n";
    Run r = run(input, Map.of(), "--set", STATE, "ask", "--json");
    assertThat(r.code()).isZero();
    List<JsonNode> lines = r.jsonLines();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0).get("answered").asBoolean()).isTrue();
    assertThat(lines.get(1).get("answered").asBoolean()).isFalse();
    assertThat(lines.get(2).get("citations")).isEmpty();
    assertThat(lines.get(3).get("answered").asBoolean()).isFalse();
    assertThat(lines.get(4).get("question").asText().length()).isLessThanOrEqualTo(500);
    for (int i = 5; i < 9; i++) { // invisible, control, emoji-only, Markdown-only
      assertThat(lines.get(i).get("answered").asBoolean()).as("line %d", i).isFalse();
    }
    assertThat(lines.get(9).get("answered").asBoolean()).isTrue(); // nothing lost after them
  }

  @Test
  void humanOutputShowsAnswerAndNumberedPassages() {
    Run r =
        run("", Map.of(), "--set", STATE, "ask", "What", "did", "Trump", "rate", "the", "talks?");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("12 on a scale of one to 10").contains("[¶9 · ‘Co-Equals’]");
  }

  @Test
  void aMissingArticleIsOneClearLineAndExitOne() {
    Run r =
        run(
            "",
            Map.of(),
            "--set",
            STATE,
            "--set",
            "knowledge.articles=" + dir.resolve("gone.txt"),
            "ask",
            "hi");
    assertThat(r.code()).isEqualTo(Main.EXIT_FAILURE);
    assertThat(r.err().strip().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("gone.txt"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anEmptyArticleIsOneClearLine() throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "Print\n");
    Run r = run("", Map.of(), "--set", STATE, "--set", "knowledge.articles=" + empty, "ask", "hi");
    assertThat(r.code()).isEqualTo(Main.EXIT_FAILURE);
    assertThat(r.err()).contains("no body text").doesNotContain("\tat ");
  }

  @Test
  void badConfigurationExitsTwoWithOneLinePerProblem() throws Exception {
    Path conf = dir.resolve("bad.conf");
    Files.writeString(conf, "summary.daily.zone = \"Nowhere/Land\"\nhealth.prot = 1\n");
    Run r = run("", Map.of(), "--config", conf.toString(), "ask", "hi");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    Iterator<String> lines = r.err().strip().lines().iterator();
    assertThat(lines.next()).startsWith("config: ");
    assertThat(r.err())
        .contains("summary.daily.zone")
        .contains("health.port")
        .doesNotContain("\tat ");
  }

  @Test
  void quoteJsonFollowsTheContractInBatchAndNeverInventsASpeaker() throws Exception {
    Run r =
        run(
            "Wu Xinbo\nVictor Gao\nJoe Biden\n\nWu Xinpo\nthe CCG vice president\n",
            Map.of(),
            "--set",
            STATE,
            "quote",
            "--json");
    assertThat(r.code()).isZero();
    List<JsonNode> lines = r.jsonLines();
    assertThat(lines).hasSize(6);
    JsonNode wu = lines.get(0);
    List<String> fields = new ArrayList<>();
    wu.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("query", "speaker", "near_miss", "quotes", "suggestions");
    assertThat(wu.get("near_miss").asBoolean()).isFalse();
    assertThat(wu.get("speaker").get("name").asText()).isEqualTo("Wu Xinbo");
    assertThat(wu.get("speaker").has("aliases")).isTrue();
    assertThat(wu.get("speaker").get("role").asText()).contains("Fudan University");
    JsonNode q = wu.get("quotes").get(0);
    List<String> qf = new ArrayList<>();
    q.fieldNames().forEachRemaining(qf::add);
    assertThat(qf).containsExactly("text", "paragraph", "context", "kind");
    assertThat(q.get("kind").asText()).isEqualTo("direct");
    assertThat(q.get("context").asText()).isEqualTo("told NewsChina");
    assertThat(lines.get(1).get("speaker").get("name").asText()).isEqualTo("Gao Zhikai");
    assertThat(lines.get(2).get("speaker").isNull()).isTrue();
    assertThat(lines.get(2).get("quotes")).isEmpty();
    assertThat(lines.get(3).get("speaker").isNull()).isTrue();
    assertThat(lines.get(4).get("speaker").get("name").asText()).isEqualTo("Wu Xinbo");
    assertThat(lines.get(4).get("near_miss").asBoolean()).isTrue(); // "Wu Xinpo"
    // an acronym the article spells out ("Center for China and Globalization")
    assertThat(lines.get(5).get("speaker").get("name").asText()).isEqualTo("Gao Zhikai");
  }

  @Test
  void humanQuoteOutputForAnUnknownNameListsWhoIsQuoted() {
    Run r = run("", Map.of(), "--set", STATE, "quote", "Joe", "Biden");
    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("Nobody called “Joe Biden” is quoted")
        .contains("Wu Xinbo")
        .contains("Zhao Minghao");
  }

  @Test
  void quotingSomeoneTheArticleNamesButNeverQuotesSaysSo() {
    Run r = run("", Map.of(), "--set", STATE, "quote", "Bergsten");
    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("The article names C. Fred Bergsten (economist) in paragraph 12 but does not")
        .contains("Wu Xinbo");
  }

  @Test
  void speakersJsonCountsQuotes() throws Exception {
    Run r = run("", Map.of(), "--set", STATE, "speakers", "--json");
    JsonNode articles = r.jsonLines().get(0).get("articles");
    assertThat(articles.size()).isEqualTo(1);
    JsonNode speakers = articles.get(0).get("speakers");
    assertThat(speakers.size()).isGreaterThanOrEqualTo(10);
    for (JsonNode s : speakers) {
      assertThat(s.get("quotes").asInt() + s.get("paraphrases").asInt()).isPositive();
    }
  }

  @Test
  void summaryJsonHasCitedBulletsAndQuotes() throws Exception {
    Run r = run("", Map.of(), "--set", STATE, "summary", "--json");
    assertThat(r.code()).isZero();
    JsonNode s = r.jsonLines().get(0);
    List<String> fields = new ArrayList<>();
    s.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("title", "bullets", "quotes");
    assertThat(s.get("bullets").size()).isBetween(3, 7);
    assertThat(s.get("bullets").get(0).get("paragraph").asInt()).isEqualTo(1);
    assertThat(s.get("quotes").get(0).has("speaker")).isTrue();
  }

  @Test
  void consoleModeAnswersTypedQuestions() {
    Run r =
        run(
            "help\nWhat did the two sides agree in Kuala Lumpur?\nexit\n",
            Map.of(),
            "--set",
            STATE);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("article-bot is ready").contains("ask <question>").contains("¶6");
  }

  @Test
  void theConsoleIsNotRateLimitedAndShowsWholeParagraphsWithoutChatWording() {
    String questions = "What did the two sides agree in Kuala Lumpur?\n".repeat(8);
    Run r =
        run(
            questions + "show 6\nhelp\nsummary\nexit\n",
            Map.of(),
            "--set",
            STATE,
            "--set",
            "limits.per-user-questions=2");
    assertThat(r.code()).isZero();
    String out = r.out().replaceAll("\\s+", " ");
    assertThat(out).doesNotContain(Messages.rateLimited(1).substring(0, 15));
    assertThat(out)
        .contains("Both countries agreed to suspend, reduce or remove their tit-for-tat measures")
        .contains("show <paragraph>")
        .contains(Messages.inviteQuestions(Surface.CONSOLE))
        .doesNotContain("mention me")
        .doesNotContain("/ask");
  }

  @Test
  void oneShotCommandsSpeakAsACommandLine() {
    Run summary = run("", Map.of(), "--set", STATE, "summary");
    assertThat(summary.out().replaceAll("\\s+", " "))
        .contains(Messages.inviteQuestions(Surface.COMMAND_LINE))
        .doesNotContain("mention me");
    Run quote = run("", Map.of(), "--set", STATE, "quote", "");
    assertThat(quote.out()).contains("article-bot quote").doesNotContain("Type speakers");
  }

  @Test
  void askRoutesAQuestionAsAChatDoes() {
    Run r = run("", Map.of(), "--set", STATE, "ask", "What did Wu Xinbo say?");
    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .startsWith("Wu Xinbo, a professor")
        .contains("— Wu Xinbo told NewsChina");
  }

  @Test
  void aQuestionOverTheCapKeepsItsQuestionAndSaysWhatWasCut() throws Exception {
    String question = "What did the two sides agree in Kuala Lumpur?";
    String asked = "Some context first. ".repeat(60) + question;
    Run r = run("", Map.of(), "--set", STATE, "ask", asked);
    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .startsWith("That was a long question, so I read only the part from “")
        .contains("to your question mark (500 characters at most) and left out the rest.");
    JsonNode json = run("", Map.of(), "--set", STATE, "ask", "--json", asked).jsonLines().get(0);
    assertThat(json.get("question").asText()).endsWith(question).hasSizeLessThanOrEqualTo(500);
  }

  @Test
  void benchReaderParsesLongPagesWithoutTheAnswerModel() {
    Run r = run("", Map.of(), "bench", "--reader");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("reader, ")).toList())
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).matches("reader, .+: \\d+ ms \\([1-9]\\d* paragraphs?\\)"));
  }

  @Test
  void benchIndexingRefusesAFolderThatIsNotThere() {
    Run r = run("", Map.of(), "bench", "--indexing", dir.resolve("missing").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--indexing").contains("is not a folder");
  }

  @Test
  void benchLibraryRefusesAFolderThatHoldsNoLibraryAndLeavesItAsItWas() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("no-library"));
    Run r = run("", Map.of(), "--set", STATE, "bench", "--library", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--library").contains("is not a library folder");
    try (var files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  private static final List<String> COMMANDS =
      List.of("run", "ask", "quote", "speakers", "summary", "eval", "bench", "config");

  @Test
  void everyCommandAnswersHelpInFull() {
    Run top = run("", Map.of(), "--help");
    assertThat(top.code()).isZero();
    String listing = top.out().replaceAll("\\s+", " ");
    for (String command : COMMANDS) {
      Run help = run("", Map.of(), command, "--help");
      assertThat(help.code()).as(command + " --help").isZero();
      assertThat(help.err()).as(command + " --help").isEmpty();
      String header = help.out().substring(0, help.out().indexOf("Usage:")).strip();
      assertThat(header).as(command + " header").endsWith(".");
      assertThat(listing)
          .as("article-bot --help lists " + command)
          .contains(header.replaceAll("\\s+", " "));
      assertThat(run("", Map.of(), command, "-h").out()).isEqualTo(help.out());
      Run viaHelp = run("", Map.of(), "help", command);
      assertThat(viaHelp.code()).as("help " + command).isZero();
      assertThat(viaHelp.out()).isEqualTo(help.out());
    }
    Run check = run("", Map.of(), "config", "check", "--help");
    assertThat(check.code()).isZero();
    assertThat(check.out()).contains("an existing file or folder").contains("exits 0");
    assertThat(run("", Map.of(), "config", "help", "check").out()).isEqualTo(check.out());
  }

  @Test
  void askQuoteAndSpeakersOnAFolderReadItsArticlesFirst() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        folder.resolve("harbour.txt"),
        "Harbour board agrees to dredge channel\n\nThe harbour board met on Monday and agreed to"
            + " dredge the shipping channel to a depth of 14 metres.\n\n\"The ships are getting"
            + " bigger, and we have to keep up,\" said Maeve Ostrander, the board's chair.\n");
    Files.writeString(
        folder.resolve("library.txt"),
        "Library opens reading room for teenagers\n\nThe town library opened a reading room for"
            + " teenagers on Saturday, stocked with 2,400 new books.\n\n\"Every shelf was chosen"
            + " by the students themselves,\" said Tobias Wennerholm, the head librarian.\n");
    String articles = "knowledge.articles=" + folder;

    Run asked =
        run(
            "",
            Map.of(),
            "--set",
            STATE,
            "--set",
            articles,
            "ask",
            "--json",
            "How deep will the shipping channel be dredged?");
    JsonNode a = asked.jsonLines().get(0);
    assertThat(a.get("answered").asBoolean()).isTrue();
    assertThat(a.get("answer").asText()).contains("14 metres");
    assertThat(a.get("citations").get(0).get("article").asText()).isEqualTo("harbour");

    Run text =
        run(
            "",
            Map.of(),
            "--set",
            STATE,
            "--set",
            articles,
            "ask",
            "How many new books does the reading room have?");
    assertThat(text.out()).contains("2,400").contains("Library opens reading room");

    Run quote =
        run("", Map.of(), "--set", STATE, "--set", articles, "quote", "--json", "Wennerholm");
    assertThat(quote.out()).contains("Every shelf was chosen by the students themselves");

    Run speakers = run("", Map.of(), "--set", STATE, "--set", articles, "speakers", "--json");
    assertThat(speakers.out()).contains("Maeve Ostrander").contains("Tobias Wennerholm");
  }

  @Test
  void evalOnYourOwnArticleDoesNotScoreTheBundledSets() throws Exception {
    Path mine = dir.resolve("mine.txt");
    Files.writeString(
        mine,
        "Harbour Talks\n\nThe harbour board met on Monday and agreed to dredge the channel.\n\n"
            + "Work starts in May, the board said.\n");
    Run r = run("", Map.of(), "--set", STATE, "--set", "knowledge.articles=" + mine, "eval");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.err()).contains("bundled article").contains("-q").doesNotContain("Exception");
    assertThat(r.out()).doesNotContain("Question set");

    Path set = dir.resolve("mine.jsonl");
    Files.writeString(set, "{\"question\": \"When does the work start?\", \"paragraphs\": [2]}\n");
    Run scored =
        run(
            "",
            Map.of(),
            "--set",
            STATE,
            "--set",
            "knowledge.articles=" + mine,
            "eval",
            "-q",
            set.toString());
    assertThat(scored.code()).isZero();
    assertThat(scored.out()).contains("Question set: " + set).contains("(1 questions)");
  }

  @Test
  void aQuestionSetWithABadLineIsOneLineNamingTheFileAndTheLine() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus").resolve("news"));
    Files.writeString(corpus.resolve("harbour.txt"), "Harbour Talks\n\nThe board met.\n");
    Path set = corpus.resolve("harbour.jsonl");
    Files.writeString(
        set,
        "{\"question\": \"Who met?\", \"paragraphs\": [1]}\n"
            + "{\"id\": \"H2\", \"question\": \"When?\", \"answerable\": true, \"paragraphs\": []}\n");
    Run missing = run("", Map.of(), "--set", STATE, "eval", "--corpus", corpus.getParent() + "");
    failsWithOneLine(missing, set.toString(), "line 2", "H2");

    Files.writeString(set, "{\"question\": \"Who met?\", \"paragraphs\": [1]}\n{\"question\": \n");
    Run broken = run("", Map.of(), "--set", STATE, "eval", "-q", set.toString());
    failsWithOneLine(broken, set.toString(), "line 2 is not JSON");
  }

  @Test
  void anUnusableStateFolderIsOneLineNamingItAndExitsOne() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("state-file"), "x");
    Run r = run("", Map.of(), "--set", "state.dir=" + notAFolder, "ask", "Who wrote this?");
    failsWithOneLine(r, notAFolder.toString(), "state.dir");
  }

  @Test
  void anArticleOverTheSizeLimitIsOneLineAndExitsOne() throws Exception {
    Path big = dir.resolve("big.txt");
    String paragraph = "Officials met again on Tuesday and agreed to keep talking. ";
    Files.writeString(big, "A Title\n\n" + (paragraph.repeat(20) + "\n\n").repeat(1_800));
    Run r =
        run("", Map.of(), "--set", STATE, "--set", "knowledge.articles=" + big, "ask", "Who met?");
    failsWithOneLine(
        r, "big.txt", "knowledge.max-article-bytes", "2.0 MiB, over the limit of 1.0 MiB");
  }

  /** Exits 1, with one line on standard error that holds every part and names no exception. */
  private static void failsWithOneLine(Run r, String... parts) {
    assertThat(r.code()).isEqualTo(Main.EXIT_FAILURE);
    assertThat(r.err().strip().lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).contains(parts).doesNotContain("Exception"));
  }
}
