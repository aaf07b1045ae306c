package dev.articlebot.bot.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily summary, wired: a {@link DailySummaryRoutine} run by a {@link RoutineRunner} on its own
 * thread, with markers in {@code <stateDir>/daily-posts/}. Start it once the posters are connected;
 * close it on shutdown.
 *
 * <pre>{@code
 * DailySummaryScheduler daily = DailySummaryScheduler.create(
 *     settings, stateDir, List.of(discordPoster, slackPoster), summarizer::summaryFor,
 *     Clock.systemUTC());
 * daily.start();
 * ... health: daily.status()
 * daily.close();
 * }</pre>
 */
public final class DailySummaryScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DailySummaryScheduler.class);
  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  private final DailySummarySettings settings;
  private final DailySummaryRoutine routine;
  private final RoutineRunner runner;
  private final ScheduledExecutorService executor;
  private final boolean ownsExecutor;
  private final String name;

  /**
   * @param executor runs the schedule and the retries: single-threaded, used for nothing else
   * @param ownsExecutor whether {@link #close()} shuts the executor down
   */
  public DailySummaryScheduler(
      DailySummarySettings settings,
      PostMarkerStore store,
      Collection<? extends ChannelPoster> posters,
      DailySummarySource source,
      Clock clock,
      ScheduledExecutorService executor,
      RetryPolicy retryPolicy,
      boolean ownsExecutor) {
    this(
        "Daily summary",
        settings,
        store,
        posters,
        source,
        clock,
        executor,
        retryPolicy,
        ownsExecutor);
  }

  /** As above, for another routine on the same machinery; {@code name} is what the log calls it. */
  public DailySummaryScheduler(
      String name,
      DailySummarySettings settings,
      PostMarkerStore store,
      Collection<? extends ChannelPoster> posters,
      DailySummarySource source,
      Clock clock,
      ScheduledExecutorService executor,
      RetryPolicy retryPolicy,
      boolean ownsExecutor) {
    this.name = name;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.executor = executor;
    this.ownsExecutor = ownsExecutor;
    this.routine =
        new DailySummaryRoutine(settings, store, posters, source, clock, executor, retryPolicy);
    this.runner = new RoutineRunner(routine, routine.schedule(), clock, executor);
  }

  /** With file markers under {@code stateDir}, the default retry policy and its own thread. */
  public static DailySummaryScheduler create(
      DailySummarySettings settings,
      Path stateDir,
      Collection<? extends ChannelPoster> posters,
      DailySummarySource source,
      Clock clock) {
    return new DailySummaryScheduler(
        settings,
        new FilePostMarkerStore(stateDir),
        posters,
        source,
        clock,
        RoutineRunner.newExecutor("daily-summary"),
        RetryPolicy.DEFAULT,
        true);
  }

  /** Schedules the summary (and catches up a missed run); does nothing when disabled. */
  public void start() {
    if (!settings.enabled()) {
      log.info("{} disabled", name);
      return;
    }
    log.info(
        "{} at {} {} on {} to {} channel(s), grace {}",
        name,
        settings.time(),
        settings.zone(),
        settings.days(),
        settings.targets().size(),
        settings.grace());
    runner.start();
  }

  /** For a health endpoint. */
  public ScheduleStatus status() {
    return new ScheduleStatus(
        settings.enabled(),
        runner.nextRun(),
        routine.lastRunScheduledFor(),
        routine.lastRunStartedAt(),
        settings.enabled() ? routine.channelStatuses() : List.of());
  }

  public DailySummaryRoutine routine() {
    return routine;
  }

  /** Stops scheduling, releases claims waiting for a retry, and stops the thread if it owns it. */
  @Override
  public void close() {
    runner.shutdown(SHUTDOWN_TIMEOUT);
    if (ownsExecutor) {
      executor.shutdown();
      try {
        if (!executor.awaitTermination(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }
}
