package dev.articlebot.bot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.App;
import dev.articlebot.bot.Main;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.ops.BotMetrics;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language model wired into the application, against {@link ModelStandIn}: what a chat member
 * sees, what the model is sent, what /metrics counts, {@code eval --llm}; and, with the option off,
 * that no model library class is loaded at all.
 */
class LanguageModelInTheAppTest {
  private static final String STATE = Path.of("target", "test-state").toAbsolutePath().toString();
  private static final String QUESTION = "What did the two sides agree in Kuala Lumpur?";
  // Obviously fake values, shaped so no secret scanner takes them.
  private static final String DISCORD_TOKEN = "discord_test_value_not_a_token_0123456789";
  private static final String USER = "user-4242-standin";
  private static final String CHANNEL = "channel-777-standin";

  @TempDir Path dir;
  private ModelStandIn standIn;

  @BeforeEach
  void start() throws Exception {
    standIn = new ModelStandIn();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private Map<String, String> llmOn(String provider) {
    Map<String, String> flags = new HashMap<>();
    flags.put("state.dir", STATE);
    flags.put("limits.per-user-questions", "1000");
    flags.put("llm.enabled", "true");
    flags.put("llm.provider", provider);
    flags.put("llm.base-url", standIn.baseUrl(provider));
    flags.put("llm.model", "stand-in");
    flags.put("llm.judge-to", "0");
    return flags;
  }

  @Test
  void aMemberSeesTheCheckedWordingWithItsPassagesAndMetricsCountIt() {
    Map<String, String> env = Map.of("DISCORD_TOKEN", DISCORD_TOKEN);
    Secrets secrets = new Secrets(env, dir.resolve("no-secrets"));
    AppConfig config = new ConfigLoader(Map.of(), secrets).load(null, llmOn("openai"));
    App app = new App(config, Clock.systemUTC(), secrets);
    BotMetrics metrics = new BotMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    app.reportLanguageModelTo(metrics.languageModel());
    Dispatcher dispatcher = app.dispatcher();
    Caller member = new Caller("discord", USER, CHANNEL);
    standIn.then(new ModelStandIn.Echo(), new ModelStandIn.Status(500, null));

    Reply worded = dispatcher.handleText(member, QUESTION);
    Reply extractive = dispatcher.handleText(member, QUESTION);

    assertThat(worded.outcome()).isEqualTo(Reply.Outcome.ANSWERED);
    Part.Answer answer = (Part.Answer) worded.parts().get(0);
    assertThat(answer.text()).matches("(?s).+ \\[¶\\d+]");
    int cited = Integer.parseInt(answer.text().replaceAll("(?s).*\\[¶(\\d+)]$", "$1"));
    assertThat(worded.parts())
        .filteredOn(Part.Passage.class::isInstance)
        .map(p -> ((Part.Passage) p).source().paragraph())
        .contains(cited);
    Part.Answer fallback = (Part.Answer) extractive.parts().get(0);
    assertThat(fallback.text()).doesNotContain("[¶");

    assertThat(standIn.received()).hasSize(2);
    for (ModelStandIn.Received r : standIn.received()) {
      String sent = r.body().toString();
      assertThat(sent).contains(QUESTION).doesNotContain(USER, CHANNEL, DISCORD_TOKEN, "discord");
    }
    String scrape = metrics.scrape();
    assertThat(scrape)
        .contains("articlebot_llm_calls_total{kind=\"phrase\",outcome=\"replied\"} 1.0")
        .contains("articlebot_llm_calls_total{kind=\"phrase\",outcome=\"failed\"} 1.0")
        .contains("articlebot_llm_fallbacks_total{cause=\"server_error\"} 1.0")
        .contains("articlebot_llm_tokens_total{direction=\"input\"} 321.0")
        .contains("articlebot_llm_tokens_total{direction=\"output\"} 45.0")
        .contains("articlebot_llm_seconds_count{kind=\"phrase\"} 2");
  }

  @Test
  void evalWithTheModelScoresTheSameSetsThroughIt() throws Exception {
    Path set = dir.resolve("set.jsonl");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/questions.jsonl")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      Files.write(set, lines.subList(0, 6));
    }
    standIn.otherwise(new ModelStandIn.Echo());
    List<String> args = new ArrayList<>(List.of("eval", "--llm", "-q", set.toString()));
    llmOn("ollama").forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Main.run(
            args.toArray(String[]::new),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            new Secrets(Map.of(), dir.resolve("no-secrets")));

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(report).contains("Right passage first").contains("Language model: ");
    int calls = standIn.received().size();
    assertThat(calls).isPositive();
    assertThat(report)
        .containsPattern("phrase calls +" + calls)
        .containsPattern("phrased +" + calls);
  }

  /** The classes a fresh JVM loads answering one question with {@code flags}. */
  private static List<String> classesLoaded(Map<String, String> flags) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-verbose:class");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    flags.forEach((k, v) -> cmd.addAll(List.of("--set", k + "=" + v)));
    cmd.addAll(List.of("ask", QUESTION));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output;
    try (InputStream in = p.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output
        .lines()
        .filter(l -> l.startsWith("[") && l.contains("class,load"))
        .map(l -> l.replaceAll("^.*class,load\\]\\s+(\\S+).*$", "$1"))
        .toList();
  }

  @Test
  void withTheOptionOffNoModelLibraryClassIsLoaded() throws Exception {
    List<String> off = classesLoaded(Map.of("state.dir", STATE));
    assertThat(off).contains("dev.articlebot.knowledge.answer.Answerer");
    assertThat(off)
        .noneMatch(c -> c.startsWith("dev.langchain4j.model.openai."))
        .noneMatch(c -> c.startsWith("dev.langchain4j.http.client."))
        .noneMatch(c -> c.startsWith("dev.articlebot.bot.llm."));

    standIn.otherwise(new ModelStandIn.Echo());
    List<String> on = classesLoaded(llmOn("openai"));
    assertThat(on)
        .anyMatch(c -> c.startsWith("dev.langchain4j.model.openai."))
        .anyMatch(c -> c.startsWith("dev.articlebot.bot.llm."));
  }
}
