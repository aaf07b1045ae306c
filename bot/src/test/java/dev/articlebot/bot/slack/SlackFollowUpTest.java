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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-up questions in Slack threads, the whole application against the Slack stand-in: a thread
 * of three turns answered in context, the context kept across a restart, and never seen from
 * another thread, another channel or a direct message.
 */
@Timeout(180)
class SlackFollowUpTest {
  @TempDir Path state;

  private final AtomicInteger events = new AtomicInteger();
  private final AtomicInteger posts = new AtomicInteger();

  private record Running(BotRunner runner, CompletableFuture<Integer> exit) {
    void stop() throws Exception {
      runner.requestStop();
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }
  }

  private Running start(FakeSlack fake) {
    Map<String, String> env = new HashMap<>();
    env.put(Secrets.SLACK_BOT_TOKEN, FakeSlack.BOT_TOKEN);
    env.put(Secrets.SLACK_APP_TOKEN, FakeSlack.APP_TOKEN);
    env.put("ARTICLEBOT_SLACK_API_BASE_URL", fake.apiBaseUrl());
    env.put("ARTICLEBOT_STATE_DIR", state.toString());
    env.put("ARTICLEBOT_HEALTH_PORT", "0");
    env.put("ARTICLEBOT_LIMITS_PER_USER_QUESTIONS", "100");
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
    return new Running(runner, exit);
  }

  /** Sends {@code event} and returns everything the bot's answer to it shows. */
  private String ask(FakeSlack fake, ObjectNode event) {
    fake.sendEvent(event, "Ev" + events.incrementAndGet(), 0);
    FakeSlack.Call post =
        fake.awaitCalls("chat.postMessage", posts.incrementAndGet()).get(posts.get() - 1);
    return post.param("text") + "\n" + SlackTestKit.allText(post.blocks());
  }

  private static ObjectNode mention(String channel, String text, String ts, String threadTs) {
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "app_mention");
    e.put("user", "U123");
    e.put("text", "<@UBOT> " + text);
    e.put("ts", ts);
    e.put("channel", channel);
    e.put("event_ts", ts);
    if (threadTs != null) e.put("thread_ts", threadTs);
    return e;
  }

  private static ObjectNode dm(String text, String ts) {
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "message");
    e.put("channel", "D1");
    e.put("user", "U123");
    e.put("text", text);
    e.put("ts", ts);
    e.put("event_ts", ts);
    e.put("channel_type", "im");
    return e;
  }

  @Test
  void aThreadIsAnsweredInContextAcrossARestartAndNowhereElse() throws Exception {
    try (FakeSlack fake = FakeSlack.start()) {
      Running bot = start(fake);
      fake.awaitSocketsOpened(1);
      String root = "1700000100.000100";
      String first = ask(fake, mention("C1", "What did Gao Zhikai call the meeting?", root, null));
      assertThat(first).contains("turning point").doesNotContain("Reading this as");

      String second =
          ask(
              fake,
              mention(
                  "C1",
                  "when did he first raise the idea of inevitable peace?",
                  "1700000100.000200",
                  root));
      assertThat(second)
          .contains("Reading this as: When did Gao Zhikai first raise the idea")
          .contains("2021");

      // A restart in the middle of the thread: the thread goes on where it was.
      bot.stop();
      bot = start(fake);
      fake.awaitSocketsOpened(2);
      String third = ask(fake, mention("C1", "and why?", "1700000100.000300", root));
      assertThat(third).contains("Reading this as: Why did Gao Zhikai first raise the idea");
      assertThat(third).contains("disastrous");

      // The same words anywhere else are read as they stand: a new top-level message, the same
      // thread timestamp in another channel, a direct message.
      String elsewhere = "when did he first raise the idea of inevitable peace?";
      assertThat(ask(fake, mention("C1", elsewhere, "1700000100.000400", null)))
          .doesNotContain("Reading this as")
          .doesNotContain("Gao Zhikai first");
      assertThat(ask(fake, mention("C2", elsewhere, "1700000100.000500", root)))
          .doesNotContain("Reading this as");
      assertThat(ask(fake, dm(elsewhere, "1700000100.000600"))).doesNotContain("Reading this as");
      bot.stop();
      assertThat(state.resolve("conversations.json")).exists();
    }
  }
}
