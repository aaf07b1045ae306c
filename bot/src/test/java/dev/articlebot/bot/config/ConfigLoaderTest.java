package dev.articlebot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private ConfigLoader loader(Map<String, String> env) {
    return new ConfigLoader(env, new Secrets(env, dir.resolve("no-secrets")));
  }

  private List<String> problems(Map<String, String> env, Path file, Map<String, String> flags) {
    try {
      loader(env).load(file, flags);
      return List.of();
    } catch (ConfigProblemsException e) {
      return e.problems();
    }
  }

  @Test
  void defaultsAreValid() {
    AppConfig c = loader(Map.of()).load(null, Map.of());
    assertThat(c.knowledge().articles()).isEmpty();
    assertThat(c.stateDir()).isEqualTo(Path.of("state"));
    assertThat(c.summary().daily().time()).isEqualTo(LocalTime.of(9, 0));
    assertThat(c.summary().daily().zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(c.summary().daily().days()).hasSize(7);
    assertThat(c.discord().restBaseUrl()).isEqualTo("https://discord.com/api/v10/");
    assertThat(c.slack().mode()).isEqualTo(AppConfig.SlackMode.SOCKET);
    assertThat(c.health().port()).isEqualTo(8080);
  }

  @Test
  void theShippedConfigFileIsTheDefaults() throws Exception {
    Path repoFile = Path.of("..", "config", "article-bot.conf");
    try (var in = ConfigLoader.class.getClassLoader().getResourceAsStream(ConfigLoader.DEFAULTS)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(repoFile));
    }
  }

  @Test
  void precedenceIsDefaultsThenFileThenEnvironmentThenFlags() throws Exception {
    Path file = dir.resolve("bot.conf");
    Files.writeString(
        file,
        "knowledge.articles = from-file\nstate.dir = file-state\nsummary.daily.time = \"07:00\"\n"
            + "limits.per-user-questions = 3\n");
    Map<String, String> env =
        Map.of(
            "ARTICLEBOT_STATE_DIR", "env-state",
            "ARTICLEBOT_SUMMARY_DAILY_TIME", "08:15",
            "ARTICLEBOT_SUMMARY_DAILY_DISCORD_CHANNELS", "111, 222",
            "ARTICLEBOT_SUMMARY_DAILY_DAYS", "MON-FRI");
    AppConfig c = loader(env).load(file, Map.of("summary.daily.time", "10:30"));
    assertThat(c.knowledge().articles()).isEqualTo("from-file");
    assertThat(c.stateDir()).isEqualTo(Path.of("env-state"));
    assertThat(c.summary().daily().time()).isEqualTo(LocalTime.of(10, 30));
    assertThat(c.limits().perUserQuestions()).isEqualTo(3);
    assertThat(c.summary().daily().discordChannels()).containsExactly("111", "222");
    assertThat(c.summary().daily().days()).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void theConfigFileCanComeFromTheEnvironment() throws Exception {
    Path file = dir.resolve("env.conf");
    Files.writeString(file, "shutdown.timeout = 5s\n");
    AppConfig c = loader(Map.of("ARTICLEBOT_CONFIG", file.toString())).load(null, Map.of());
    assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void reportsEveryProblemAtOnceNamingKeyAndFix() throws Exception {
    Path file = dir.resolve("bad.conf");
    Files.writeString(
        file,
        "summary.daily.tme = \"09:00\"\nsummary.daily.zone = \"Mars/Olympus\"\n"
            + "summary.daily.time = \"25:00\"\nsummary.daily.days = \"MOON-FRI\"\n"
            + "limits.per-user-questions = lots\nhealth.port = 99999\nslack.mode = pigeon\n");
    List<String> p = problems(Map.of("ARTICLEBOT_KNOWLEDGE_ARTICLE", "x"), file, Map.of());
    assertThat(p)
        .anySatisfy(l -> assertThat(l).contains("summary.daily.tme").contains("summary.daily.time"))
        .anySatisfy(l -> assertThat(l).contains("summary.daily.zone").contains("Mars/Olympus"))
        .anySatisfy(l -> assertThat(l).contains("summary.daily.time").contains("25:00"))
        .anySatisfy(l -> assertThat(l).contains("summary.daily.days").contains("MOON-FRI"))
        .anySatisfy(
            l -> assertThat(l).contains("limits.per-user-questions").contains("whole number"))
        .anySatisfy(l -> assertThat(l).contains("health.port").contains("between"))
        .anySatisfy(l -> assertThat(l).contains("slack.mode").contains("socket, http"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("ARTICLEBOT_KNOWLEDGE_ARTICLE")
                    .contains("ARTICLEBOT_KNOWLEDGE_ARTICLES"));
    assertThat(p).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void aMalformedFileIsOneClearProblem() throws Exception {
    Path file = dir.resolve("broken.conf");
    Files.writeString(file, "knowledge { articles = \n");
    assertThat(problems(Map.of(), file, Map.of()))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("broken.conf"));
    assertThat(problems(Map.of(), dir.resolve("missing.conf"), Map.of()))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("missing.conf").contains("does not exist"));
  }

  @Test
  void anEnabledPlatformNeedsItsToken() {
    List<String> p =
        problems(
            Map.of("ARTICLEBOT_DISCORD_ENABLED", "true", "ARTICLEBOT_SLACK_ENABLED", "true"),
            null,
            Map.of());
    assertThat(p)
        .anySatisfy(l -> assertThat(l).contains("DISCORD_TOKEN"))
        .anySatisfy(l -> assertThat(l).contains("SLACK_BOT_TOKEN"));
  }

  @Test
  void tokensComeFromTheEnvironmentOrSecretFiles() throws Exception {
    Path secrets = dir.resolve("secrets");
    Files.createDirectories(secrets);
    Files.writeString(secrets.resolve("discord_token"), "file-token\n");
    Secrets s =
        new Secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-env", "SLACK_APP_TOKEN", "xapp-env"), secrets);
    assertThat(s.get(Secrets.DISCORD_TOKEN)).contains("file-token");
    assertThat(s.get(Secrets.SLACK_BOT_TOKEN)).contains("xoxb-env");
    assertThat(s.get(Secrets.SLACK_SIGNING_SECRET)).isEmpty();
    assertThat(Secrets.mask("xoxb-123456789")).doesNotContain("123456789");
    ConfigLoader l = new ConfigLoader(Map.of(), s);
    AppConfig c = l.load(null, Map.of());
    assertThat(l.discordEnabled(c)).isTrue();
  }

  @Test
  void dailyPostsNeedChannels() {
    assertThat(problems(Map.of("ARTICLEBOT_SUMMARY_DAILY_ENABLED", "true"), null, Map.of()))
        .anySatisfy(l -> assertThat(l).contains("summary.daily.discord-channels"));
  }

  @Test
  void feedbackIsOnWithoutQuestionsByDefault() {
    AppConfig.Feedback f = loader(Map.of()).load(null, Map.of()).feedback();
    assertThat(f.enabled()).isTrue();
    assertThat(f.keepQuestions()).isFalse();
    assertThat(f.retention()).isEqualTo(Duration.ofDays(90));
    assertThat(f.answerExpiry()).isEqualTo(Duration.ofDays(7));
    assertThat(f.weekly().enabled()).isFalse();
    assertThat(f.weekly().day()).isEqualTo(DayOfWeek.MONDAY);
  }

  @Test
  void feedbackSettingsAreCheckedWithEveryOtherProblemAtOnce() {
    List<String> p =
        problems(
            Map.of(
                "ARTICLEBOT_FEEDBACK_KEEP_QUESTIONS", "sometimes",
                "ARTICLEBOT_FEEDBACK_RETENTION", "3d",
                "ARTICLEBOT_FEEDBACK_ANSWER_EXPIRY", "10d",
                "ARTICLEBOT_FEEDBACK_REPORT_DAY", "Caturday",
                "ARTICLEBOT_FEEDBACK_REPORT_WEEKLY", "true",
                "ARTICLEBOT_FEEDBACK_REPORT_DISCORD_CHANNELS", "#editors",
                "ARTICLEBOT_LIMITS_PER_USER_QUESTIONS", "0"),
            null,
            Map.of());
    assertThat(p)
        .anySatisfy(l -> assertThat(l).startsWith("feedback.keep-questions must be true or false"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("feedback.answer-expiry (10 days) must not be longer than")
                    .contains("feedback.retention (3 days)"))
        .anySatisfy(l -> assertThat(l).startsWith("feedback.report.day must be a day such as MON"))
        .anySatisfy(l -> assertThat(l).contains("feedback.report.discord-channels"))
        .anySatisfy(l -> assertThat(l).startsWith("limits.per-user-questions"));
  }

  @Test
  void aWeeklyReportNeedsChannelsAndFeedback() {
    assertThat(
            problems(
                Map.of(
                    "ARTICLEBOT_FEEDBACK_REPORT_WEEKLY", "true",
                    "ARTICLEBOT_FEEDBACK_ENABLED", "false"),
                null,
                Map.of()))
        .anySatisfy(l -> assertThat(l).contains("no channels are set"))
        .anySatisfy(l -> assertThat(l).contains("feedback.enabled is false"));
    AppConfig c =
        loader(Map.of())
            .load(
                null,
                Map.of(
                    "feedback.report.weekly", "true",
                    "feedback.report.day", "fri",
                    "feedback.report.slack-channels", "C0123ABCD"));
    assertThat(c.feedback().weekly().day()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(c.feedback().weekly().slackChannels()).containsExactly("C0123ABCD");
  }
}
