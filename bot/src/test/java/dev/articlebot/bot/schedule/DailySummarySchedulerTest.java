package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner and the wiring, driven by a manual executor on a test clock. */
class DailySummarySchedulerTest {

  private static final Instant T = Instant.parse("2025-06-10T09:00:00Z"); // a Tuesday

  @TempDir Path stateDir;

  private final MutableClock clock = new MutableClock(T.minus(Duration.ofHours(1)));
  private final ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
  private final RecordingPoster discord = new RecordingPoster("discord", clock);

  private static DailySummarySettings settings(String time, String zone, String days) {
    return DailySummarySettings.parse(
        true, time, zone, days, null, List.of(ChannelTarget.parse("discord:100")));
  }

  private DailySummaryScheduler scheduler(DailySummarySettings s) {
    return scheduler(s, executor);
  }

  private DailySummaryScheduler scheduler(DailySummarySettings s, ManualScheduledExecutor ex) {
    return new DailySummaryScheduler(
        s,
        new FilePostMarkerStore(stateDir),
        List.of(discord),
        date -> Reply.of(new Part.Text("Summary " + date)),
        clock,
        ex,
        RetryPolicy.DEFAULT,
        false);
  }

  @Test
  void postsAtTheScheduledTimeThenEveryDay() {
    DailySummaryScheduler s = scheduler(settings("09:00", "UTC", "every day"));
    s.start(); // 08:00: yesterday's run is past its grace and has no marker: skipped
    assertThat(discord.attempts()).isEmpty();
    assertThat(s.status().nextRun()).isEqualTo(T);

    executor.runUntil(T.plus(Duration.ofHours(1)));
    assertThat(discord.posts()).extracting(RecordingPoster.Post::at).containsExactly(T);
    ScheduleStatus status = s.status();
    assertThat(status.enabled()).isTrue();
    assertThat(status.nextRun()).isEqualTo(T.plus(Duration.ofDays(1)));
    assertThat(status.lastRunScheduledFor()).isEqualTo(T);
    assertThat(status.lastRunStartedAt()).isEqualTo(T);
    assertThat(status.channels())
        .singleElement()
        .extracting(ChannelStatus::outcome)
        .isEqualTo(ChannelStatus.Outcome.POSTED);

    executor.runUntil(T.plus(Duration.ofDays(2)).plusSeconds(1));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::nonce)
        .containsExactly("sum-20250610", "sum-20250611", "sum-20250612");
  }

  @Test
  void missedRunInsideTheGracePeriodIsPostedOnceAtStartUp() {
    clock.set(T.plus(Duration.ofMinutes(90)));
    DailySummaryScheduler s = scheduler(settings("09:00", "UTC", "every day"));
    s.start();
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::at)
        .containsExactly(T.plus(Duration.ofMinutes(90)));
    assertThat(s.status().lastRunScheduledFor()).isEqualTo(T);
    assertThat(s.status().lastRunStartedAt()).isEqualTo(T.plus(Duration.ofMinutes(90)));
    assertThat(s.status().nextRun()).isEqualTo(T.plus(Duration.ofDays(1)));
    executor.runUntil(T.plus(Duration.ofHours(20)));
    assertThat(discord.posts()).hasSize(1);
  }

  @Test
  void missedRunPastTheGracePeriodIsSkippedAtStartUp() {
    clock.set(T.plus(Duration.ofHours(3)));
    DailySummaryScheduler s = scheduler(settings("09:00", "UTC", "every day"));
    s.start();
    assertThat(discord.attempts()).isEmpty();
    assertThat(s.status().channels())
        .singleElement()
        .extracting(ChannelStatus::outcome)
        .isEqualTo(ChannelStatus.Outcome.SKIPPED_LATE);
    executor.runUntil(T.plus(Duration.ofDays(1)));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::nonce)
        .containsExactly("sum-20250611");
  }

  @Test
  void restartAfterPostingDoesNotRepeat() {
    DailySummarySettings settings = settings("09:00", "UTC", "every day");
    DailySummaryScheduler first = scheduler(settings);
    first.start();
    executor.runUntil(T.plusSeconds(1));
    first.close();
    assertThat(discord.posts()).hasSize(1);

    clock.set(T.plus(Duration.ofMinutes(30)));
    ManualScheduledExecutor second = new ManualScheduledExecutor(clock);
    DailySummaryScheduler restarted = scheduler(settings, second);
    restarted.start();
    assertThat(discord.posts()).hasSize(1);
    assertThat(restarted.status().channels().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.ALREADY_POSTED);
  }

  @Test
  void weekdaysOnly() {
    clock.set(Instant.parse("2025-06-13T06:00:00Z")); // Friday
    DailySummaryScheduler s = scheduler(settings("09:00", "Europe/Berlin", "MON-FRI"));
    s.start();
    executor.runUntil(Instant.parse("2025-06-17T12:00:00Z"));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::at)
        .containsExactly(
            Instant.parse("2025-06-13T07:00:00Z"),
            Instant.parse("2025-06-16T07:00:00Z"),
            Instant.parse("2025-06-17T07:00:00Z"));
  }

  @Test
  void daylightSavingChangesPostOncePerDay() {
    clock.set(Instant.parse("2025-03-28T12:00:00Z"));
    DailySummaryScheduler s = scheduler(settings("02:30", "Europe/Berlin", "every day"));
    s.start();
    executor.runUntil(Instant.parse("2025-03-31T12:00:00Z"));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::at)
        .containsExactly(
            Instant.parse("2025-03-29T01:30:00Z"), // 02:30 CET
            Instant.parse("2025-03-30T01:30:00Z"), // 03:30 CEST: 02:30 does not exist
            Instant.parse("2025-03-31T00:30:00Z")); // 02:30 CEST

    executor.runUntil(Instant.parse("2025-10-25T00:00:00Z"));
    int before = discord.posts().size();
    executor.runUntil(Instant.parse("2025-10-27T12:00:00Z"));
    assertThat(discord.posts().subList(before, discord.posts().size()))
        .extracting(RecordingPoster.Post::at)
        .containsExactly(
            Instant.parse("2025-10-25T00:30:00Z"), // 02:30 CEST
            Instant.parse("2025-10-26T00:30:00Z"), // the first 02:30; not again at 01:30Z
            Instant.parse("2025-10-27T01:30:00Z")); // 02:30 CET
  }

  @Test
  void newYorkDaylightSavingChanges() {
    clock.set(Instant.parse("2025-11-01T00:00:00Z"));
    DailySummaryScheduler s = scheduler(settings("01:30", "America/New_York", "every day"));
    s.start();
    executor.runUntil(Instant.parse("2025-11-03T12:00:00Z"));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::at)
        .containsExactly(
            Instant.parse("2025-11-01T05:30:00Z"),
            Instant.parse("2025-11-02T05:30:00Z"), // 01:30 EDT, the first of two
            Instant.parse("2025-11-03T06:30:00Z")); // 01:30 EST
  }

  @Test
  void closeStopsSchedulingAndReleasesAPendingRetry() {
    discord.failNext(1);
    clock.set(T);
    DailySummaryScheduler s = scheduler(settings("09:00", "UTC", "every day"));
    s.start();
    assertThat(executor.pending()).containsExactly(T.plusSeconds(30), T.plus(Duration.ofDays(1)));
    s.close();
    assertThat(executor.pending()).isEmpty();
    assertThat(s.status().nextRun()).isNull();
    assertThat(s.status().channels().get(0).outcome()).isEqualTo(ChannelStatus.Outcome.RELEASED);
    assertThat(
            new FilePostMarkerStore(stateDir)
                .status(new PostKey("discord", "100", T.atZone(ZoneId.of("UTC")).toLocalDate())))
        .isEmpty();
  }

  @Test
  void disabledDoesNothing() {
    DailySummaryScheduler s =
        new DailySummaryScheduler(
            DailySummarySettings.disabled(),
            new FilePostMarkerStore(stateDir),
            List.of(),
            date -> Reply.of(new Part.Text("x")),
            clock,
            executor,
            RetryPolicy.DEFAULT,
            false);
    s.start();
    executor.runUntil(T.plus(Duration.ofDays(3)));
    assertThat(executor.scheduledInstants()).isEmpty();
    assertThat(s.status().enabled()).isFalse();
    assertThat(s.status().nextRun()).isNull();
    s.close();
  }

  @Test
  void settingsTimeZoneDefinesTheRun() {
    DailySummarySettings s =
        new DailySummarySettings(
            true,
            LocalTime.of(9, 0),
            ZoneId.of("America/New_York"),
            null,
            null,
            List.of(ChannelTarget.parse("discord:100")));
    clock.set(T);
    scheduler(s).start();
    executor.runUntil(T.plus(Duration.ofHours(6)));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::at)
        .containsExactly(Instant.parse("2025-06-10T13:00:00Z"));
  }
}
