package dev.articlebot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.bot.Main;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.conversation.ConversationStore;
import dev.articlebot.bot.feedback.AnswerRecord;
import dev.articlebot.bot.feedback.FeedbackStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratings given in the console, exported with {@code feedback export}, scored by {@code eval}: a 👍
 * is a case the bot passes (it answers the same way again), a 👎 that names another paragraph one
 * it fails until the answer changes.
 */
class FeedbackRoundTripTest {
  private static final Path STATE = Path.of("target", "test-state").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--set", "state.dir=" + STATE, "--set", "feedback.keep-questions=true"));
    int code =
        Main.run(
            all.toArray(String[]::new),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            new Secrets(Map.of(), dir.resolve("no-secrets")));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static int[] counts(String evalOut, String label) {
    Matcher m =
        Pattern.compile(Pattern.quote(label) + "\\s+[0-9.]+\\s+\\((\\d+)/(\\d+)\\)")
            .matcher(evalOut);
    assertThat(m.find()).as(label + " in\n" + evalOut).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  @Test
  void ratingsExportedAsAQuestionSetAreReadBackByEvalAndScoreAsTheyShould() throws Exception {
    // The console's thread outlives a run (kept in the state folder): another test's console
    // session would make this session's first question a follow-up of its last one.
    Files.deleteIfExists(STATE.resolve(ConversationStore.FILE));
    Path feedbackDir = STATE.resolve(FeedbackStore.DIRECTORY);
    if (Files.exists(feedbackDir)) {
      try (Stream<Path> files = Files.walk(feedbackDir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    String session =
        String.join(
            "\n",
            "When did Xi and Trump meet?",
            "+",
            "What's the tallest mountain in Africa?",
            "+",
            "how long did the two leaders talk in Busan?",
            "-",
            "1 30",
            "exit",
            "");
    Run console = run(session);
    assertThat(console.code()).isZero();
    assertThat(console.out()).contains("Rate this answer").contains("What was wrong");
    assertThat(console.out().replaceAll("\\s+", " ")).contains("The right paragraph: ¶30");

    Path set = dir.resolve("from-feedback.jsonl");
    Run export = run("", "feedback", "export", "-o", set.toString());
    assertThat(export.code()).isZero();
    assertThat(export.err()).contains("3 questions exported");
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(set)) lines.add(JSON.readTree(l));
    assertThat(lines)
        .extracting(n -> n.path("question").asText())
        .containsExactly(
            "When did Xi and Trump meet?",
            "What's the tallest mountain in Africa?",
            "how long did the two leaders talk in Busan?");
    JsonNode down = lines.get(2);
    assertThat(down.path("paragraphs").get(0).asInt()).isEqualTo(30);
    assertThat(down.path("kind").asText()).isEqualTo("feedback-wrong");

    // What the bot did with the two 👍 decides how they are exported, and eval asks again.
    List<AnswerRecord> answers = FeedbackStore.open(STATE).answers();
    assertThat(answers).hasSize(3);
    int upAnswered = (int) answers.subList(0, 2).stream().filter(AnswerRecord::answered).count();
    int upRefused = 2 - upAnswered;
    boolean downLedWith30 = answers.get(2).paragraph() == 30;

    Run eval = run("", "eval", "-q", set.toString());
    assertThat(eval.code()).as(eval.err()).isZero();
    int[] first = counts(eval.out(), "Right passage first");
    assertThat(first).containsExactly(upAnswered + (downLedWith30 ? 1 : 0), upAnswered + 1);
    int[] refusals = counts(eval.out(), "Right refusals (off-topic)");
    assertThat(refusals).containsExactly(upRefused, upRefused);
  }
}
