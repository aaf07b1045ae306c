package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-up questions as Discord replies, the whole application against the Discord stand-in: a
 * chain of three replies answered in context, kept across a restart, and never seen from a new
 * message, another chain or a direct message.
 */
@Timeout(180)
class DiscordFollowUpTest {
  @TempDir Path state;

  private int answers;

  private record Running(BotRunner runner, CompletableFuture<Integer> exit) {
    void stop() throws Exception {
      runner.requestStop();
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }
  }

  private Running start(FakeDiscord fake) {
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    env.put("ARTICLEBOT_DISCORD_REST_BASE_URL", fake.restUrl());
    env.put("ARTICLEBOT_DISCORD_GATEWAY_URL", fake.gatewayUrl());
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

  /** The bot's next answer (a message replying to one), as the stand-in returned it. */
  private JsonNode nextAnswer(FakeDiscord fake) {
    answers++;
    List<FakeDiscord.Request> sent =
        fake.awaitRequests(
            r -> r.is("POST", "channels/\\d+/messages") && r.json().has("message_reference"),
            answers);
    return sent.get(answers - 1).responseJson();
  }

  private static String shown(JsonNode message) {
    return message.toString();
  }

  @Test
  void aReplyChainIsAnsweredInContextAcrossARestartAndNowhereElse() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      Running bot = start(fake);
      fake.awaitCondition("first login", () -> fake.frames(2).size() >= 1);
      fake.guildMessage(
          "<@" + FakeDiscord.BOT_ID + "> What did Gao Zhikai call the meeting?", true);
      JsonNode first = nextAnswer(fake);
      assertThat(shown(first)).contains("turning point").doesNotContain("Reading this as");

      fake.guildReply(
          "<@" + FakeDiscord.BOT_ID + "> when did he first raise the idea of inevitable peace?",
          first);
      JsonNode second = nextAnswer(fake);
      assertThat(shown(second))
          .contains("Reading this as: When did Gao Zhikai first raise the idea")
          .contains("2021");

      // A restart in the middle of the chain: a reply to the last answer goes on from it.
      bot.stop();
      bot = start(fake);
      fake.awaitCondition("second login", () -> fake.frames(2).size() >= 2);
      fake.guildReply("<@" + FakeDiscord.BOT_ID + "> and why?", second);
      JsonNode third = nextAnswer(fake);
      assertThat(shown(third))
          .contains("Reading this as: Why did Gao Zhikai first raise the idea")
          .contains("disastrous");

      // The same words as a new message, or a direct message, are read as they stand.
      String elsewhere = "when did he first raise the idea of inevitable peace?";
      fake.guildMessage("<@" + FakeDiscord.BOT_ID + "> " + elsewhere, true);
      assertThat(shown(nextAnswer(fake))).doesNotContain("Reading this as");
      fake.directMessage(elsewhere);
      assertThat(shown(nextAnswer(fake))).doesNotContain("Reading this as");
      bot.stop();
    }
  }
}
