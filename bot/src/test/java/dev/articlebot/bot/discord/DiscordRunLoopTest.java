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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application against the Discord stand-in: the real knowledge base answers a mention
 * with citations, the daily summary is posted once (and not again after a restart on the same
 * state), and a stop request shuts down cleanly with exit code 0.
 */
class DiscordRunLoopTest {
  @TempDir Path state;

  private CompletableFuture<Integer> start(FakeDiscord fake, BotRunner[] holder) {
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    env.put("ARTICLEBOT_DISCORD_REST_BASE_URL", fake.restUrl());
    env.put("ARTICLEBOT_DISCORD_GATEWAY_URL", fake.gatewayUrl());
    env.put("ARTICLEBOT_STATE_DIR", state.toString());
    env.put("ARTICLEBOT_HEALTH_PORT", "0");
    env.put("ARTICLEBOT_SUMMARY_DAILY_ENABLED", "true");
    env.put("ARTICLEBOT_SUMMARY_DAILY_DISCORD_CHANNELS", FakeDiscord.CHANNEL_ID);
    // Five minutes ago: a run missed while "down", inside the two-hour grace period.
    String time =
        ZonedDateTime.now(ZoneOffset.UTC)
            .minusMinutes(5)
            .format(DateTimeFormatter.ofPattern("HH:mm"));
    env.put("ARTICLEBOT_SUMMARY_DAILY_TIME", time);
    Secrets secrets = new Secrets(env, state.resolve("no-secrets"));
    ConfigLoader loader = new ConfigLoader(env, secrets);
    App app = new App(loader.load(null, Map.of()), Clock.systemUTC());
    holder[0] = new BotRunner(app, loader, secrets);
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return holder[0].run(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static List<FakeDiscord.Request> summaryPosts(FakeDiscord fake) {
    return fake.requests("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages").stream()
        .filter(r -> r.json().path("nonce").asText().startsWith("sum-"))
        .toList();
  }

  @Test
  void answersMentionsPostsTheDailySummaryOnceAndStopsCleanly() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      BotRunner[] runner = new BotRunner[1];
      CompletableFuture<Integer> exit = start(fake, runner);
      fake.awaitRequests(
          r ->
              r.is("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                  && r.json().path("nonce").asText().startsWith("sum-"),
          1);
      JsonNode summary = summaryPosts(fake).get(0).json();
      assertThat(summary.toString()).contains("Inevitable Peace").contains("¶1");
      assertThat(summary.path("allowed_mentions").path("parse")).isEmpty();

      fake.dispatch(
          "MESSAGE_CREATE",
          DiscordPayloads.json(
              fake.guildMessage(
                  "<@" + FakeDiscord.BOT_ID + "> What did Trump rate the talks?", true)));
      FakeDiscord.Request reply =
          fake.awaitRequests(
                  r ->
                      r.is("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                          && r.json().has("message_reference"),
                  1)
              .get(0);
      assertThat(reply.json().toString()).contains("12 on a scale of one to 10").contains("¶9");

      // Health reports the real state; metrics count the answered question.
      var http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + runner[0].healthPort();
      var ready =
          http.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/readyz")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(200);
      JsonNode report = DiscordPayloads.json(ready.body());
      assertThat(report.path("platforms").path("discord").asText()).isEqualTo("CONNECTED");
      assertThat(report.path("knowledge").path("loaded").asBoolean()).isTrue();
      assertThat(report.path("daily").path("enabled").asBoolean()).isTrue();
      // The question counts once JDA has the stand-in's answer, just after the stand-in saw it.
      String metrics = "";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!metrics.contains("outcome=\"answered\"") && System.nanoTime() < deadline) {
        metrics =
            http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/metrics"))
                        .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
      }
      assertThat(metrics).contains("articlebot_questions_total").contains("outcome=\"answered\"");

      runner[0].requestStop();
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();

      // A restart on the same state the same day does not post the summary again.
      CompletableFuture<Integer> again = start(fake, runner);
      fake.awaitCondition("second login", () -> fake.frames(2).size() >= 2);
      fake.dispatch(
          "MESSAGE_CREATE",
          DiscordPayloads.json(
              fake.guildMessage("<@" + FakeDiscord.BOT_ID + "> Who wrote this?", true)));
      fake.awaitRequests(
          r ->
              r.is("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                  && r.json().toString().contains("Yu Xiaodong"),
          1);
      assertThat(summaryPosts(fake)).hasSize(1);
      runner[0].requestStop();
      assertThat(again.get(30, TimeUnit.SECONDS)).isZero();
    }
  }
}
