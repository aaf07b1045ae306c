package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on a real executor thread: it wakes up on time and shuts down cleanly. */
class RealExecutorTest {

  @TempDir Path stateDir;

  @Test
  void wakesUpOnItsOwnThreadPostsToTheConsoleAndShutsDown() throws Exception {
    Instant run = Instant.parse("2025-06-10T09:00:00Z");
    // a clock that ticks in real time and reaches 09:00 in about 200 ms
    Clock clock =
        Clock.offset(
            Clock.systemUTC(), Duration.between(Instant.now(), run.minus(Duration.ofMillis(200))));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsolePoster console = new ConsolePoster(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    CountDownLatch posted = new CountDownLatch(1);
    List<String> threads = new CopyOnWriteArrayList<>();
    ChannelPoster poster =
        new ChannelPoster() {
          @Override
          public String platform() {
            return console.platform();
          }

          @Override
          public String post(String channelId, Reply reply, String nonce) {
            threads.add(Thread.currentThread().getName());
            String id = console.post(channelId, reply, nonce);
            posted.countDown();
            return id;
          }
        };
    ScheduledExecutorService executor = RoutineRunner.newExecutor("daily-summary-test");
    DailySummarySettings settings =
        DailySummarySettings.parse(
            true, "09:00", "UTC", "every day", null, List.of(ChannelTarget.parse("console:out")));
    DailySummaryScheduler scheduler =
        new DailySummaryScheduler(
            settings,
            new FilePostMarkerStore(stateDir),
            List.of(poster),
            date -> Reply.of(new Part.Heading("Daily summary"), new Part.Text("for " + date)),
            clock,
            executor,
            RetryPolicy.DEFAULT,
            true);
    scheduler.start();

    assertThat(posted.await(10, TimeUnit.SECONDS)).isTrue();
    scheduler.close();
    assertThat(executor.isTerminated()).isTrue();
    assertThat(threads).containsExactly("daily-summary-test");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("Daily summary\nfor 2025-06-10" + System.lineSeparator());
    assertThat(scheduler.status().lastRunScheduledFor()).isEqualTo(run);
    assertThat(scheduler.status().channels().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.POSTED);
    assertThat(scheduler.status().nextRun()).isNull();
  }
}
