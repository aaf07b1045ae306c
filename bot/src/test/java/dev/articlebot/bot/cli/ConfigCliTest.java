package dev.articlebot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.Main;
import dev.articlebot.bot.config.Secrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config check}: every problem on its own line and exit 2, or the effective settings. */
class ConfigCliTest {
  // Obviously fake values, long enough to be masked; shaped so no secret scanner takes them.
  private static final String DISCORD_TOKEN = "discord_test_value_not_a_token_0123456789";
  private static final String SLACK_BOT_TOKEN = "slack_bot_test_value_not_a_token_0123456789";
  // An app-level token starts with xapp- (config check says so otherwise).
  private static final String SLACK_APP_TOKEN = "xapp-test-value-not-a-token-0123456789";

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.strip().lines().toList();
    }
  }

  private Run run(Map<String, String> env, String... args) {
    return run(env, dir.resolve("no-secrets"), args);
  }

  private Run run(Map<String, String> env, Path secretsDir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            new Secrets(env, secretsDir));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void validConfigurationPrintsEachKeyWithItsOriginAndMasksSecrets() throws Exception {
    Path secrets = Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(secrets.resolve("slack_bot_token"), SLACK_BOT_TOKEN + "\n");
    Files.writeString(secrets.resolve("slack_app_token"), SLACK_APP_TOKEN);
    Path conf = dir.resolve("bot.conf");
    Files.writeString(conf, "limits.per-user-questions = 4\n");
    Map<String, String> env =
        Map.of("DISCORD_TOKEN", DISCORD_TOKEN, "ARTICLEBOT_SUMMARY_DAILY_TIME", "08:30");

    Run r =
        run(
            env,
            secrets,
            "--config",
            conf.toString(),
            "config",
            "check",
            "--set",
            "summary.daily.zone=Europe/Berlin",
            "--set",
            "health.port=9090");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Configuration is valid.");
    assertThat(line(r.out(), "knowledge.max-question-chars")).contains("500").endsWith("default");
    assertThat(line(r.out(), "limits.per-user-questions"))
        .contains(" 4 ")
        .endsWith("file bot.conf");
    assertThat(line(r.out(), "summary.daily.time"))
        .contains("\"08:30\"")
        .endsWith("env ARTICLEBOT_SUMMARY_DAILY_TIME");
    assertThat(line(r.out(), "summary.daily.zone"))
        .contains("\"Europe/Berlin\"")
        .endsWith("command line");
    assertThat(line(r.out(), "health.port")).contains(" 9090 ").doesNotContain("\"");
    assertThat(line(r.out(), "DISCORD_TOKEN")).contains("set (masked ");
    assertThat(line(r.out(), "SLACK_BOT_TOKEN")).contains("set (masked ");
    assertThat(line(r.out(), "SLACK_APP_TOKEN")).contains("set (masked ");
    assertThat(line(r.out(), "SLACK_SIGNING_SECRET")).endsWith("not set");
    assertThat(r.out())
        .contains("Platforms: discord on (token set), slack on (token set) (socket).");
    for (String token : List.of(DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_APP_TOKEN)) {
      assertThat(r.out()).doesNotContain(token).doesNotContain(token.substring(0, 12));
    }
  }

  @Test
  void defaultsAreValidWithNoSecrets() {
    Run r = run(Map.of(), "config", "check");
    assertThat(r.code()).isZero();
    assertThat(line(r.out(), "health.port")).contains("8080").endsWith("default");
    assertThat(line(r.out(), "DISCORD_TOKEN")).endsWith("not set");
    assertThat(r.out()).contains("Platforms: discord off (no token), slack off (no token).");
  }

  @Test
  void anUnknownKeyInAFileIsReportedWithADidYouMean() throws Exception {
    Path conf = dir.resolve("typo.conf");
    Files.writeString(conf, "health.prot = 9090\n");
    Run r = run(Map.of(), "--config", conf.toString(), "config", "check");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .singleElement()
        .isEqualTo("config: unknown key health.prot in " + conf + "; did you mean health.port?");
  }

  @Test
  void anUnknownEnvironmentVariableIsReportedWithADidYouMean() {
    Run r = run(Map.of("ARTICLEBOT_STATE_DRI", "/data"), "config", "check");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains("ARTICLEBOT_STATE_DRI")
        .contains("did you mean ARTICLEBOT_STATE_DIR?");
  }

  @Test
  void aWrongTypeNamesTheKeyAndWhatItMustBe() {
    Run r = run(Map.of(), "config", "check", "--set", "limits.per-user-questions=lots");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .isEqualTo("config: limits.per-user-questions must be a whole number, not \"lots\"");
  }

  @Test
  void aBadZoneIsReported() {
    Run r = run(Map.of("ARTICLEBOT_SUMMARY_DAILY_ZONE", "Mars/Olympus"), "config", "check");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .startsWith("config: summary.daily.zone must be an IANA time zone")
        .contains("Mars/Olympus");
  }

  @Test
  void aBadTimeIsReported() {
    Run r = run(Map.of(), "--set", "summary.daily.time=25:61", "config", "check");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .startsWith("config: summary.daily.time must be a time such as 09:00")
        .contains("25:61");
  }

  @Test
  void anEnabledPlatformWithoutItsTokenIsReported() {
    Run r = run(Map.of(), "config", "check", "--set", "discord.enabled=true");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .startsWith("config: discord.enabled is true but DISCORD_TOKEN is not set");
  }

  @Test
  void slackInSocketModeWithoutTheAppTokenIsReportedAndTheBotTokenNeverShown() {
    Run r = run(Map.of("SLACK_BOT_TOKEN", SLACK_BOT_TOKEN), "config", "check");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .startsWith("config: slack.mode is socket but SLACK_APP_TOKEN");
    assertThat(r.out() + r.err()).doesNotContain(SLACK_BOT_TOKEN);
  }

  @Test
  void everyProblemIsReportedAtOnceOneALine() throws Exception {
    Path conf = dir.resolve("bad.conf");
    Files.writeString(conf, "health.prot = 1\nsummary.daily.zone = \"Nowhere/Land\"\n");
    Run r =
        run(
            Map.of(),
            "--config",
            conf.toString(),
            "config",
            "check",
            "--set",
            "summary.daily.time=7 o'clock",
            "--set",
            "shutdown.timeout=soon");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines()).hasSize(4).allMatch(l -> l.startsWith("config: "));
    assertThat(r.err())
        .contains("health.prot")
        .contains("summary.daily.zone")
        .contains("summary.daily.time")
        .contains("shutdown.timeout");
  }

  @Test
  void configAloneShowsUsage() {
    Run r = run(Map.of(), "config");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.err()).contains("check");
  }

  /** The output line that starts with {@code key} followed by a space. */
  private static String line(String out, String key) {
    return out.lines()
        .filter(l -> l.startsWith(key + " "))
        .findFirst()
        .map(String::strip)
        .orElseThrow(() -> new AssertionError("no line for " + key + " in:\n" + out));
  }

  @Test
  void theSlackEndpointOnTheHealthPortIsAProblem() {
    Map<String, String> env =
        Map.of(
            "SLACK_BOT_TOKEN", SLACK_BOT_TOKEN,
            "SLACK_SIGNING_SECRET", "signing_test_value_0123456789",
            "ARTICLEBOT_SLACK_MODE", "http",
            "ARTICLEBOT_SLACK_HTTP_PORT", "8080");
    Run r = run(env, "config", "check");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("slack.http-port")
                    .contains("health.port")
                    .contains("8080"));

    Run apart = run(Map.of("ARTICLEBOT_HEALTH_PORT", "8081"), "config", "check");
    assertThat(apart.code()).isZero();
  }

  @Test
  void anArticleSizeLimitIsReadAsASize() {
    Run ok = run(Map.of(), "config", "check", "--set", "knowledge.max-article-bytes=2MiB");
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("knowledge.max-article-bytes");
    Run bad = run(Map.of(), "config", "check", "--set", "knowledge.max-article-bytes=lots");
    assertThat(bad.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(bad.errLines())
        .singleElement()
        .satisfies(line -> assertThat(line).contains("knowledge.max-article-bytes"));
  }

  @Test
  void anAppTokenThatIsNotAnAppLevelTokenIsNamed() {
    Map<String, String> env =
        Map.of("SLACK_BOT_TOKEN", SLACK_BOT_TOKEN, "SLACK_APP_TOKEN", SLACK_BOT_TOKEN);
    Run r = run(env, "config", "check");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .singleElement()
        .satisfies(line -> assertThat(line).contains("SLACK_APP_TOKEN").contains("xapp-"));
    assertThat(r.err()).doesNotContain(SLACK_BOT_TOKEN);
  }

  @Test
  void articlesPointingAtNothingAreFoundNamingTheKeyAndTheFix() throws Exception {
    Run missing = run(Map.of(), "config", "check", "--set", "knowledge.articles=/nonexistent");
    assertThat(missing.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(missing.errLines())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith("config: knowledge.articles")
                    .contains("/nonexistent")
                    .contains("existing file or folder"));
    Path empty = Files.createDirectories(dir.resolve("empty-folder"));
    Run none = run(Map.of(), "config", "check", "--set", "knowledge.articles=" + empty);
    assertThat(none.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(none.err()).contains("knowledge.articles").contains("No articles in");
    Path article =
        Files.writeString(dir.resolve("mine.txt"), "A Title\n\nOne paragraph of news.\n");
    assertThat(run(Map.of(), "config", "check", "--set", "knowledge.articles=" + article).code())
        .isZero();
  }

  @Test
  void channelNamesWhereIdsAreNeededAreFoundWithEveryOtherProblem() {
    Run r =
        run(
            Map.of(),
            "config",
            "check",
            "--set",
            "summary.daily.discord-channels=#news,123456789012345678",
            "--set",
            "summary.daily.slack-channels=general,C07QX9RTZ2B",
            "--set",
            "discord.guild-id=My Server",
            "--set",
            "knowledge.articles=/nonexistent");
    assertThat(r.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(r.errLines())
        .hasSize(4)
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("summary.daily.discord-channels")
                    .contains("\"#news\"")
                    .contains("Copy Channel ID"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("summary.daily.slack-channels")
                    .contains("\"general\"")
                    .contains("Channel ID"))
        .anySatisfy(l -> assertThat(l).contains("discord.guild-id").contains("Copy Server ID"))
        .anySatisfy(l -> assertThat(l).contains("knowledge.articles"));
    assertThat(r.err()).doesNotContain("123456789012345678").doesNotContain("C07QX9RTZ2B");
  }

  @Test
  void slackCommandsIsAnOptionalRenameMap() {
    Run renamed =
        run(
            Map.of("ARTICLEBOT_SLACK_COMMANDS_QUOTE", "/who-said"),
            "config",
            "check",
            "--set",
            "slack.commands.ask=/article-ask");
    assertThat(renamed.code()).isZero();
    assertThat(line(renamed.out(), "slack.commands.ask"))
        .contains("/article-ask")
        .endsWith("command line");
    assertThat(line(renamed.out(), "slack.commands.quote"))
        .contains("/who-said")
        .endsWith("env ARTICLEBOT_SLACK_COMMANDS_QUOTE");
    Run bad =
        run(
            Map.of(),
            "config",
            "check",
            "--set",
            "slack.commands.ask=article-ask",
            "--set",
            "slack.commands.quote=/same",
            "--set",
            "slack.commands.summary=/same");
    assertThat(bad.code()).isEqualTo(Main.EXIT_CONFIG);
    assertThat(bad.errLines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("slack.commands.ask").contains("/ask"))
        .anySatisfy(l -> assertThat(l).contains("/same").contains("its own slash command"));
  }
}
