package dev.articlebot.bot.feedback;

import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import dev.articlebot.bot.schedule.ChannelTarget;
import dev.articlebot.bot.schedule.DailySummaryScheduler;
import dev.articlebot.bot.schedule.DailySummarySettings;
import dev.articlebot.bot.schedule.FilePostMarkerStore;
import dev.articlebot.bot.schedule.RetryPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The feedback report posted once a week, by the daily summary's machinery ({@code schedule/}): a
 * schedule with one day, a marker claimed per platform, channel and date before posting, in its own
 * folder ({@value #MARKERS}) so the daily summary on the same day is not stopped by it, and the
 * Discord nonce {@code rep-YYYYMMDD}. A restart or a second replica never posts it twice.
 */
public final class WeeklyReport {
  /** The folder of its post markers, in the state folder. */
  public static final String MARKERS = "weekly-report-posts";

  /** The report for the week that ends at the given instant. */
  @FunctionalInterface
  public interface Source {
    Reply weekTo(Instant end);
  }

  private WeeklyReport() {}

  /**
   * The scheduler (not started) posting {@code source}'s report for the seven days before each run
   * through {@code posters}, to the channels of {@code settings.weekly()} whose platform is among
   * them; disabled when the report or feedback is off or no channel is left.
   */
  public static DailySummaryScheduler scheduler(
      AppConfig.Feedback settings,
      Path stateDir,
      Collection<? extends ChannelPoster> posters,
      Source source,
      Clock clock,
      ScheduledExecutorService executor,
      boolean ownsExecutor) {
    AppConfig.WeeklyReport w = settings.weekly();
    List<String> platforms = posters.stream().map(ChannelPoster::platform).toList();
    List<ChannelTarget> targets = new ArrayList<>();
    if (platforms.contains("discord")) {
      w.discordChannels().forEach(c -> targets.add(new ChannelTarget("discord", c)));
    }
    if (platforms.contains("slack")) {
      w.slackChannels().forEach(c -> targets.add(new ChannelTarget("slack", c)));
    }
    DailySummarySettings schedule =
        new DailySummarySettings(
            w.enabled() && settings.enabled() && !targets.isEmpty(),
            w.time(),
            w.zone(),
            EnumSet.of(w.day()),
            w.grace(),
            targets);
    List<ChannelPoster> own = new ArrayList<>();
    for (ChannelPoster p : posters) own.add(new OwnNonce(p));
    return new DailySummaryScheduler(
        "Weekly feedback report",
        schedule,
        new FilePostMarkerStore(stateDir, MARKERS),
        own,
        date -> source.weekTo(ZonedDateTime.of(date, w.time(), w.zone()).toInstant()),
        clock,
        executor,
        RetryPolicy.DEFAULT,
        ownsExecutor);
  }

  /** The seven days before {@code end}. */
  public static Instant weekBefore(Instant end) {
    return end.minus(Duration.ofDays(7));
  }

  /** Posts with "rep-" where the daily summary's nonce has "sum-". */
  private record OwnNonce(ChannelPoster delegate) implements ChannelPoster {
    @Override
    public String platform() {
      return delegate.platform();
    }

    @Override
    public String post(String channelId, Reply reply, String nonce) throws Exception {
      String own = nonce != null && nonce.startsWith("sum-") ? "rep-" + nonce.substring(4) : nonce;
      return delegate.post(channelId, reply, own);
    }
  }
}
