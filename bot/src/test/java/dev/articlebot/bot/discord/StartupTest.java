package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.App;
import dev.articlebot.bot.BotRunner;
import dev.articlebot.bot.Main;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.Secrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} against the Discord stand-in: what start-up says when it cannot start, and when it
 * calls itself ready.
 */
@Timeout(180)
class StartupTest {
  @TempDir Path dir;

  record Run(int code, String err) {}

  private Map<String, String> env(FakeDiscord fake, Path state, int healthPort) {
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    env.put("ARTICLEBOT_DISCORD_REST_BASE_URL", fake.restUrl());
    env.put("ARTICLEBOT_DISCORD_GATEWAY_URL", fake.gatewayUrl());
    env.put("ARTICLEBOT_STATE_DIR", state.toString());
    env.put("ARTICLEBOT_HEALTH_PORT", String.valueOf(healthPort));
    return env;
  }

  private CompletableFuture<Run> run(Map<String, String> env) {
    return CompletableFuture.supplyAsync(
        () -> {
          ByteArrayOutputStream err = new ByteArrayOutputStream();
          int code =
              Main.run(
                  new String[] {"run"},
                  new ByteArrayInputStream(new byte[0]),
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                  new PrintStream(err, true, StandardCharsets.UTF_8),
                  env,
                  new Secrets(env, dir.resolve("no-secrets")));
          return new Run(code, err.toString(StandardCharsets.UTF_8));
        });
  }

  @Test
  void aHealthPortInUseIsOneLineNamingThePortAndTheKey() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start();
        ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      Run r = run(env(fake, dir.resolve("state"), port)).get(60, TimeUnit.SECONDS);
      assertThat(r.code()).isEqualTo(Main.EXIT_FAILURE);
      assertThat(r.err().strip().lines().toList())
          .singleElement()
          .satisfies(
              line ->
                  assertThat(line)
                      .contains("health.port " + port)
                      .contains("in use")
                      .doesNotContain("Exception"));
      assertThat(fake.frames(2)).as("no login to Discord").isEmpty();
    }
  }

  @Test
  void anUnusableStateFolderStopsStartUpBeforeAnyPlatformIsContacted() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("state"), "a file");
    try (FakeDiscord fake = FakeDiscord.start()) {
      Run r = run(env(fake, notAFolder, 0)).get(60, TimeUnit.SECONDS);
      assertThat(r.code()).isEqualTo(Main.EXIT_FAILURE);
      assertThat(r.err().strip().lines().toList())
          .singleElement()
          .satisfies(
              line -> assertThat(line).contains(notAFolder.toString()).contains("state.dir"));
      assertThat(fake.requests()).as("no call to Discord").isEmpty();
      assertThat(fake.frames(2)).isEmpty();
    }
  }

  private static HttpRequest readyz(int port) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
        .timeout(Duration.ofSeconds(2))
        .build();
  }

  private static HttpResponse.BodyHandler<Void> discarding() {
    return HttpResponse.BodyHandlers.discarding();
  }

  @Test
  void readyzIsNever200BeforeDiscordIsConnected() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      fake.holdIdentify();
      // port 0: the health server takes a free port itself, so no other program can take it first
      Map<String, String> env = env(fake, dir.resolve("state"), 0);
      Secrets secrets = new Secrets(env, dir.resolve("no-secrets"));
      ConfigLoader loader = new ConfigLoader(env, secrets);
      BotRunner runner =
          new BotRunner(new App(loader.load(null, Map.of()), Clock.systemUTC()), loader, secrets);
      CompletableFuture<Integer> running =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return runner.run(
                      new ByteArrayInputStream(new byte[0]),
                      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      List<Integer> answers = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      // From start-up until Discord is asked to log in: the knowledge loads, the adapter is made.
      while (fake.frames(2).isEmpty()) {
        assertThat(System.nanoTime()).as("Discord asked to log in").isLessThan(deadline);
        assertThat(running).as("still running").isNotDone();
        int port = runner.healthPort();
        try {
          answers.add(port <= 0 ? -1 : http.send(readyz(port), discarding()).statusCode());
        } catch (java.io.IOException e) {
          answers.add(-1); // not listening yet
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // a probe's pace
      }
      answers.add(http.send(readyz(runner.healthPort()), discarding()).statusCode());
      assertThat(answers).contains(503).doesNotContain(200);

      fake.releaseIdentify();
      int status = 0;
      while (status != 200) {
        assertThat(System.nanoTime()).as("ready once connected").isLessThan(deadline);
        status = http.send(readyz(runner.healthPort()), discarding()).statusCode();
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
      System.out.printf(
          "readyz before Discord connected: %d answers, none 200%n",
          answers.stream().filter(a -> a > 0).count());
      runner.requestStop();
      assertThat(running.get(30, TimeUnit.SECONDS)).isZero();
    }
  }
}
