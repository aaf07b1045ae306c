package dev.articlebot.bot.schedule;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import dev.articlebot.bot.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the daily summary to every target channel, at most once per channel and local date.
 *
 * <p>For each target a run claims the {@link PostKey} (platform, channel, date) in the {@link
 * PostMarkerStore} before posting; only the one claimer posts, then records the message id. A run
 * that finds a marker in any state does nothing for that channel. A failed post is retried on the
 * executor with the {@link RetryPolicy}'s backoff while the next attempt falls within the grace
 * period after the scheduled time, still holding the claim; then the marker is marked failed and
 * the post is not tried again that day. A run that starts more than the grace period after its
 * scheduled time (the bot was down) posts nothing.
 *
 * <p>A crash (or a failure to write the marker) between claiming and recording leaves the marker
 * claimed, and a claimed marker is never re-posted: the post happens at most once, and the log
 * names the marker to delete to allow a post. On a clean {@link #shutdown()}, a post waiting for
 * its retry releases its claim, so that a restart within the grace period tries it again.
 *
 * <p>Thread-safe: {@link #run} may be called concurrently; retries run on the given executor.
 */
public final class DailySummaryRoutine implements Routine {

  private static final Logger log = LoggerFactory.getLogger(DailySummaryRoutine.class);
  private static final DateTimeFormatter NONCE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final DailySummarySettings settings;
  private final DailySchedule schedule;
  private final PostMarkerStore store;
  private final Map<String, ChannelPoster> posters;
  private final DailySummarySource source;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final RetryPolicy retryPolicy;
  private final String owner;

  /** Posts waiting for a retry, so that shutdown can release them. */
  private final Map<PostKey, Job> waiting = new ConcurrentHashMap<>();

  private final Map<ChannelTarget, ChannelStatus> statuses = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  private final Object runLock = new Object();
  private Instant lastRunScheduledFor;
  private Instant lastRunStartedAt;

  private final Object contentLock = new Object();
  private LocalDate contentDate;
  private Reply content;

  /**
   * @param posters one per platform; every target's platform needs one when enabled
   * @param executor where retries run: the {@link RoutineRunner}'s executor
   */
  public DailySummaryRoutine(
      DailySummarySettings settings,
      PostMarkerStore store,
      Collection<? extends ChannelPoster> posters,
      DailySummarySource source,
      Clock clock,
      ScheduledExecutorService executor,
      RetryPolicy retryPolicy) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.schedule = settings.schedule();
    this.store = Objects.requireNonNull(store, "store");
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    Map<String, ChannelPoster> byPlatform = new HashMap<>();
    for (ChannelPoster p : posters) {
      String platform = new ChannelTarget(p.platform(), "-").platform();
      if (byPlatform.put(platform, p) != null) {
        throw new IllegalArgumentException("two posters for platform '" + platform + "'");
      }
    }
    if (settings.enabled()) {
      for (ChannelTarget t : settings.targets()) {
        if (!byPlatform.containsKey(t.platform())) {
          throw new IllegalArgumentException(
              "no poster for platform '" + t.platform() + "' (daily summary target " + t + ")");
        }
      }
    }
    this.posters = Map.copyOf(byPlatform);
    this.owner = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The idempotency nonce of the daily post on {@code date}: "sum-YYYYMMDD" (12 characters). */
  public static String nonceFor(LocalDate date) {
    return "sum-" + date.format(NONCE_DATE);
  }

  @Override
  public String name() {
    return "daily-summary";
  }

  /** The schedule of this routine's settings. */
  public DailySchedule schedule() {
    return schedule;
  }

  /** This instance's id in the markers it claims. */
  public String owner() {
    return owner;
  }

  @Override
  public void run(Instant scheduledFor) {
    if (stopped) {
      log.debug("Daily summary routine is shut down; not running {}", scheduledFor);
      return;
    }
    LocalDate date = schedule.dateOf(scheduledFor);
    Instant now = clock.instant();
    Instant deadline = scheduledFor.plus(settings.grace());
    synchronized (runLock) {
      if (lastRunScheduledFor == null || !scheduledFor.isBefore(lastRunScheduledFor)) {
        lastRunScheduledFor = scheduledFor;
        lastRunStartedAt = now;
      }
    }
    boolean late = now.isAfter(deadline);
    for (ChannelTarget target : settings.targets()) {
      Job job = new Job(target, PostKey.of(target, date), deadline);
      if (late) {
        job.skipLate(scheduledFor, now);
      } else {
        job.attempt();
      }
    }
  }

  /** Releases the claims of posts waiting for a retry and schedules nothing more. */
  @Override
  public void shutdown() {
    stopped = true;
    for (Job job : List.copyOf(waiting.values())) {
      ScheduledFuture<?> f = job.retry;
      if (f != null && f.cancel(false) && waiting.remove(job.key, job)) {
        job.giveBack(clock.instant());
      }
    }
  }

  /** Each target's outcome of its latest run, in target order; targets not yet run are absent. */
  public List<ChannelStatus> channelStatuses() {
    return settings.targets().stream().map(statuses::get).filter(Objects::nonNull).toList();
  }

  /** The scheduled instant of the latest run, or null. */
  public Instant lastRunScheduledFor() {
    synchronized (runLock) {
      return lastRunScheduledFor;
    }
  }

  /** When the latest run started, or null. */
  public Instant lastRunStartedAt() {
    synchronized (runLock) {
      return lastRunStartedAt;
    }
  }

  private Reply content(LocalDate date) throws Exception {
    synchronized (contentLock) {
      if (!date.equals(contentDate)) {
        Reply r = source.summaryFor(date);
        if (r == null) {
          throw new IllegalStateException("the summary source returned no summary");
        }
        content = r;
        contentDate = date;
      }
      return content;
    }
  }

  /** One channel's post of one day, from its claim through retries to its outcome. */
  private final class Job {
    final ChannelTarget target;
    final PostKey key;
    final Instant deadline;
    // Used by one thread at a time: the caller of run(), then the executor for each retry
    // (scheduling a task happens-before it runs).
    boolean claimed;
    int attempts;
    int failures;
    volatile ScheduledFuture<?> retry;

    Job(ChannelTarget target, PostKey key, Instant deadline) {
      this.target = target;
      this.key = key;
      this.deadline = deadline;
    }

    void skipLate(Instant scheduledFor, Instant now) {
      Optional<PostMarker> marker;
      try {
        marker = store.status(key);
      } catch (RuntimeException e) {
        unreadable(e, now);
        return;
      }
      if (marker.isPresent()) {
        recordExisting(marker.get(), now);
        return;
      }
      log.info(
          "Missed the daily summary for {} on {} (due {}, now {}): past the grace period of {},"
              + " skipping it",
          target,
          key.date(),
          scheduledFor,
          now,
          settings.grace());
      record(ChannelStatus.Outcome.SKIPPED_LATE, now, "", null);
    }

    void attempt() {
      waiting.remove(key, this);
      if (stopped) {
        giveBack(clock.instant());
        return;
      }
      if (!claimed) {
        Instant now = clock.instant();
        boolean won;
        try {
          won = store.claim(key, owner, now);
        } catch (RuntimeException e) {
          log.warn("Cannot claim the daily post {}: {}", key, e.toString());
          retryOrGiveUp(e);
          return;
        }
        if (!won) {
          alreadyClaimed(now);
          return;
        }
        claimed = true;
      }
      attempts++;
      String messageId;
      try {
        Reply reply = content(key.date());
        messageId = posters.get(key.platform()).post(key.channelId(), reply, nonceFor(key.date()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        log.warn(
            "Interrupted while posting the daily summary {}; it may or may not have been posted"
                + " and stays claimed, so it is not posted again (marker {})",
            key,
            store.describe(key));
        record(ChannelStatus.Outcome.INTERRUPTED, clock.instant(), "", null);
        return;
      } catch (Exception e) {
        log.warn(
            "Posting the daily summary {} failed (attempt {}): {}", key, attempts, e.toString());
        retryOrGiveUp(e);
        return;
      }
      String id = messageId == null ? "" : messageId;
      Instant done = clock.instant();
      try {
        store.markPosted(key, id, done);
        log.info("Posted the daily summary {} (message {}, attempt {})", key, id, attempts);
        record(ChannelStatus.Outcome.POSTED, done, id, null);
      } catch (RuntimeException e) {
        log.error(
            "Posted the daily summary {} (message {}) but cannot record it; the marker stays"
                + " claimed, so it is not posted again",
            key,
            id,
            e);
        record(ChannelStatus.Outcome.POSTED_UNRECORDED, done, id, null);
      }
    }

    private void retryOrGiveUp(Exception cause) {
      failures++;
      Instant now = clock.instant();
      if (stopped) {
        giveBack(now);
        return;
      }
      Duration delay = retryPolicy.delayAfter(failures);
      Instant next = now.plus(delay);
      if (next.isAfter(deadline)) {
        giveUp(now, cause);
        return;
      }
      record(ChannelStatus.Outcome.RETRYING, now, "", next);
      waiting.put(key, this);
      try {
        retry = executor.schedule(this::attempt, delay.toNanos(), NANOSECONDS);
      } catch (RejectedExecutionException e) {
        waiting.remove(key, this);
        giveBack(now);
        return;
      }
      log.info("Will retry the daily post {} at {} (failure {})", key, next, failures);
    }

    private void giveUp(Instant now, Exception cause) {
      if (!claimed) {
        log.error(
            "Gave up the daily post {}: could not claim it before its grace period ended at {}",
            key,
            deadline);
        record(ChannelStatus.Outcome.STORE_ERROR, now, "", null);
        return;
      }
      try {
        store.markFailed(key, cause.getClass().getSimpleName() + ": " + cause.getMessage(), now);
      } catch (RuntimeException e) {
        log.error("Cannot mark the daily post {} failed; it stays claimed", key, e);
      }
      log.warn(
          "Gave up the daily post {} after {} attempts: the grace period ends at {}; marked"
              + " failed, not retried today",
          key,
          attempts,
          deadline);
      record(ChannelStatus.Outcome.FAILED, now, "", null);
    }

    /** Shutting down before a retry: hands the post back so that a restart may post it. */
    void giveBack(Instant now) {
      if (claimed) {
        try {
          store.release(key);
          claimed = false;
          log.info(
              "Shutting down before retrying the daily post {}: released its claim, so a restart"
                  + " before {} tries again",
              key,
              deadline);
        } catch (RuntimeException e) {
          log.warn(
              "Cannot release the claim of the daily post {}; it stays claimed and is not"
                  + " posted today: {}",
              key,
              e.toString());
        }
      }
      record(ChannelStatus.Outcome.RELEASED, now, "", null);
    }

    private void alreadyClaimed(Instant now) {
      Optional<PostMarker> marker;
      try {
        marker = store.status(key);
      } catch (RuntimeException e) {
        unreadable(e, now);
        return;
      }
      if (marker.isPresent() && owner.equals(marker.get().owner())) {
        return; // claimed by another run of this instance, which reports the outcome
      }
      if (marker.isEmpty()) {
        log.debug("The daily post {} was claimed and released meanwhile; not posting", key);
        record(ChannelStatus.Outcome.ALREADY_CLAIMED, now, "", null);
        return;
      }
      recordExisting(marker.get(), now);
    }

    /**
     * The marker exists but cannot be read: the post may have been made, so it is not made again
     * (at most once); the log says which file and how to let the post go out.
     */
    private void unreadable(RuntimeException e, Instant now) {
      log.warn(
          "Cannot read the daily post marker {} ({}), so the daily summary {} is not posted, in"
              + " case it was already. If it was not, delete that file (or fix its permissions)"
              + " and restart the bot.",
          store.describe(key),
          e.getMessage(),
          key);
      record(ChannelStatus.Outcome.STORE_ERROR, now, "", null);
    }

    private void recordExisting(PostMarker m, Instant now) {
      switch (m.state()) {
        case POSTED -> {
          log.debug("The daily post {} was already posted (message {})", key, m.messageId());
          record(ChannelStatus.Outcome.ALREADY_POSTED, now, m.messageId(), null);
        }
        case FAILED -> {
          log.info("The daily post {} was given up earlier; not retried today", key);
          record(ChannelStatus.Outcome.ALREADY_FAILED, now, "", null);
        }
        case CLAIMED -> {
          log.info(
              "The daily post {} is claimed by {} since {} and not confirmed; not posting it"
                  + " (at most once). If that process crashed before posting, delete {} to allow"
                  + " a post",
              key,
              m.owner().isEmpty() ? "an unknown owner" : m.owner(),
              m.claimedAt(),
              store.describe(key));
          record(ChannelStatus.Outcome.ALREADY_CLAIMED, now, "", null);
        }
      }
    }

    private void record(
        ChannelStatus.Outcome outcome, Instant at, String messageId, Instant nextAttemptAt) {
      ChannelStatus s =
          new ChannelStatus(target, key.date(), outcome, at, attempts, messageId, nextAttemptAt);
      statuses.merge(target, s, (old, neu) -> neu.date().isBefore(old.date()) ? old : neu);
    }
  }
}
