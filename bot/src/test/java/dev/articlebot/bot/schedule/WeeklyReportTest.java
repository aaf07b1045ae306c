package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.feedback.FeedbackFixtures;
import dev.articlebot.bot.feedback.WeeklyReport;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly report on the daily summary's machinery: once a week, never twice. */
class WeeklyReportTest {
  private static final Instant T = Instant.parse("2025-06-10T09:00:00Z"); // a Tuesday

  @TempDir Path stateDir;

  private final MutableClock clock = new MutableClock(T.minus(Duration.ofHours(1)));
  private final ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
  private final RecordingPoster discord = new RecordingPoster("discord", clock);

  private static AppConfig.Feedback settings(boolean weekly) {
    AppConfig.Feedback f = FeedbackFixtures.settings(false);
    return new AppConfig.Feedback(
        f.enabled(),
        f.keepQuestions(),
        f.retention(),
        f.answerExpiry(),
        new AppConfig.WeeklyReport(
            weekly,
            DayOfWeek.TUESDAY,
            LocalTime.of(9, 0),
            ZoneId.of("UTC"),
            Duration.ofHours(6),
            List.of("100"),
            List.of("C0123ABCD")));
  }

  private DailySummaryScheduler weekly(ManualScheduledExecutor ex, List<Instant> weeksAsked) {
    return WeeklyReport.scheduler(
        settings(true),
        stateDir,
        List.of(discord),
        end -> {
          weeksAsked.add(end);
          return Reply.of(new Part.Text("Report to " + end));
        },
        clock,
        ex,
        false);
  }

  @Test
  void postsOnceAWeekBesideTheDailySummaryWithItsOwnMarkersAndNonce() {
    List<Instant> asked = new java.util.ArrayList<>();
    DailySummaryScheduler report = weekly(executor, asked);
    DailySummaryScheduler daily =
        new DailySummaryScheduler(
            DailySummarySettings.parse(
                true,
                "09:00",
                "UTC",
                "every day",
                null,
                List.of(ChannelTarget.parse("discord:100"))),
            new FilePostMarkerStore(stateDir),
            List.of(discord),
            date -> Reply.of(new Part.Text("Summary " + date)),
            clock,
            executor,
            RetryPolicy.DEFAULT,
            false);
    report.start();
    daily.start();

    executor.runUntil(T.plus(Duration.ofDays(14)).plusSeconds(1));

    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::nonce)
        .filteredOn(n -> n.startsWith("rep-"))
        .containsExactly("rep-20250610", "rep-20250617", "rep-20250624");
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::nonce)
        .filteredOn(n -> n.startsWith("sum-"))
        .hasSize(15);
    assertThat(asked).containsExactly(T, T.plus(Duration.ofDays(7)), T.plus(Duration.ofDays(14)));
    assertThat(stateDir.resolve(WeeklyReport.MARKERS)).isDirectory();
  }

  @Test
  void aRestartTheSameWeekDoesNotPostAgain() {
    List<Instant> asked = new java.util.ArrayList<>();
    DailySummaryScheduler first = weekly(executor, asked);
    first.start();
    executor.runUntil(T.plus(Duration.ofMinutes(30)));
    first.close();
    assertThat(discord.posts()).hasSize(1);

    clock.set(T.plus(Duration.ofHours(1))); // within the grace period
    ManualScheduledExecutor again = new ManualScheduledExecutor(clock);
    DailySummaryScheduler second = weekly(again, asked);
    second.start();
    again.runUntil(T.plus(Duration.ofDays(6)));

    assertThat(discord.posts()).hasSize(1);
  }

  @Test
  void isOffUnlessConfigured() {
    DailySummaryScheduler off =
        WeeklyReport.scheduler(
            settings(false),
            stateDir,
            List.of(discord),
            end -> Reply.of(new Part.Text("x")),
            clock,
            executor,
            false);
    off.start();
    executor.runUntil(T.plus(Duration.ofDays(8)));
    assertThat(discord.attempts()).isEmpty();
    assertThat(off.status().enabled()).isFalse();
  }
}
