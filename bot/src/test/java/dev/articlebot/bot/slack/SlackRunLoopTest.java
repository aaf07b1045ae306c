package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.bot.App;
import dev.articlebot.bot.BotRunner;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.Secrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application against the Slack stand-in in Socket Mode: a mention is answered in its
 * thread from the real article, the daily summary is posted once, and a stop request shuts down
 * cleanly.
 */
class SlackRunLoopTest {
  @TempDir Path state;

  @Test
  void answersMentionsPostsTheDailySummaryOnceAndStopsCleanly() throws Exception {
    try (FakeSlack fake = FakeSlack.start()) {
      Map<String, String> env = new HashMap<>();
      env.put(Secrets.SLACK_BOT_TOKEN, FakeSlack.BOT_TOKEN);
      env.put(Secrets.SLACK_APP_TOKEN, FakeSlack.APP_TOKEN);
      env.put("ARTICLEBOT_SLACK_API_BASE_URL", fake.apiBaseUrl());
      env.put("ARTICLEBOT_STATE_DIR", state.toString());
      env.put("ARTICLEBOT_HEALTH_PORT", "0");
      env.put("ARTICLEBOT_LIMITS_PER_USER_QUESTIONS", "100");
      env.put("ARTICLEBOT_SUMMARY_DAILY_ENABLED", "true");
      env.put("ARTICLEBOT_SUMMARY_DAILY_SLACK_CHANNELS", "C1");
      String time =
          ZonedDateTime.now(ZoneOffset.UTC)
              .minusMinutes(5)
              .format(DateTimeFormatter.ofPattern("HH:mm"));
      env.put("ARTICLEBOT_SUMMARY_DAILY_TIME", time);
      Secrets secrets = new Secrets(env, state.resolve("no-secrets"));
      ConfigLoader loader = new ConfigLoader(env, secrets);
      BotRunner runner =
          new BotRunner(new App(loader.load(null, Map.of()), Clock.systemUTC()), loader, secrets);
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return runner.run(
                      new ByteArrayInputStream(new byte[0]),
                      new PrintStream(new ByteArrayOutputStream(), true));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });

      FakeSlack.Call summary = fake.awaitCalls("chat.postMessage", 1).get(0);
      assertThat(summary.param("channel")).isEqualTo("C1");
      assertThat(summary.param("text")).contains("Inevitable Peace");

      ObjectNode mention = FakeSlack.JSON.createObjectNode();
      mention.put("type", "app_mention");
      mention.put("user", "U123");
      mention.put("text", "<@UBOT> What did Trump rate the talks? <!channel>");
      mention.put("ts", "1700000000.000300");
      mention.put("channel", "C1");
      mention.put("event_ts", "1700000000.000300");
      fake.sendEvent(mention, "EvRun1", 0);
      FakeSlack.Call answer = fake.awaitCalls("chat.postMessage", 2).get(1);
      assertThat(answer.param("thread_ts")).isEqualTo("1700000000.000300");
      String shown = SlackTestKit.allText(answer.blocks());
      assertThat(shown).contains("12 on a scale of one to 10").contains("¶9");
      assertThat(answer.param("text") + shown).doesNotContain("<!channel>");

      // A burst of questions, then the stop signal while they are in flight: none is lost.
      java.util.List<String> envelopes = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        ObjectNode m = mention.deepCopy();
        m.put("text", "<@UBOT> How much were the fentanyl tariffs cut? " + i);
        m.put("ts", "1700000001.00000" + i);
        m.put("event_ts", "1700000001.00000" + i);
        envelopes.add(fake.sendEvent(m, "EvBurst" + i, 0));
      }
      for (String e : envelopes) fake.awaitAck(e); // each was taken on before the stop
      runner.requestStop();
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
      assertThat(fake.calls("chat.postMessage"))
          .filteredOn(
              c -> c.param("thread_ts") != null && c.param("thread_ts").startsWith("1700000001"))
          .hasSize(6);
    }
  }
}
