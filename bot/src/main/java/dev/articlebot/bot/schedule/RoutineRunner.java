package dev.articlebot.bot.schedule;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Routine} at the instants of a {@link DailySchedule}, on a {@link
 * ScheduledExecutorService}: it schedules one wake-up for the next run, and on each wake-up reads
 * the {@link Clock} again, runs the occurrence that is due and schedules the next one. It never
 * sleeps a thread.
 *
 * <p>On {@link #start()} it first runs the most recent occurrence that is due (the routine decides
 * whether that is still worth doing: see {@link Routine#run}), so a run missed while the process
 * was down is caught up. A wake-up that comes early (the clock and the executor's timer disagree)
 * is rescheduled; one that comes late (the machine slept) runs the latest due occurrence once.
 *
 * <p>Give it a single-threaded executor ({@link #newExecutor}) shared with nothing that answers
 * users, so a slow post never delays an answer. The runner does not shut the executor down.
 */
public final class RoutineRunner {

  private static final Logger log = LoggerFactory.getLogger(RoutineRunner.class);

  private final Routine routine;
  private final DailySchedule schedule;
  private final Clock clock;
  private final ScheduledExecutorService executor;

  private final Object lock = new Object();
  private boolean started;
  private boolean stopped;
  private ScheduledFuture<?> pending;
  private Instant nextRun;

  public RoutineRunner(
      Routine routine, DailySchedule schedule, Clock clock, ScheduledExecutorService executor) {
    this.routine = Objects.requireNonNull(routine, "routine");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * A single daemon thread named {@code threadName}; delayed tasks are dropped on shutdown and
   * removed from the queue when cancelled.
   */
  public static ScheduledExecutorService newExecutor(String threadName) {
    ScheduledThreadPoolExecutor e =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    e.setRemoveOnCancelPolicy(true);
    e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    e.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    return e;
  }

  /** Catches up the due occurrence and schedules the next one; returns at once. */
  public void start() {
    synchronized (lock) {
      if (started) {
        throw new IllegalStateException(routine.name() + " runner already started");
      }
      started = true;
    }
    executor.execute(this::catchUp);
  }

  /** The next scheduled run, or null if not started or shut down. */
  public Instant nextRun() {
    synchronized (lock) {
      return nextRun;
    }
  }

  /**
   * Cancels the next wake-up and lets the routine {@link Routine#shutdown() shut down} on the
   * executor's thread, waiting at most {@code timeout} for it (a post in progress finishes first).
   */
  public void shutdown(Duration timeout) {
    synchronized (lock) {
      if (stopped) {
        return;
      }
      stopped = true;
      if (pending != null) {
        pending.cancel(false);
      }
      nextRun = null;
    }
    try {
      Future<?> done = executor.submit(routine::shutdown);
      done.get(timeout.toNanos(), NANOSECONDS);
    } catch (RejectedExecutionException e) {
      routine.shutdown(); // the executor is gone: nothing else runs the routine now
    } catch (TimeoutException e) {
      log.warn("{} did not shut down within {}", routine.name(), timeout);
    } catch (ExecutionException e) {
      log.warn("{} failed to shut down", routine.name(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void catchUp() {
    synchronized (lock) {
      if (stopped) {
        return;
      }
    }
    Instant now = clock.instant();
    Instant due = schedule.latestRunAtOrBefore(now);
    runSafely(due);
    scheduleAfter(now);
  }

  private void wakeUp(Instant planned) {
    synchronized (lock) {
      if (stopped) {
        return;
      }
    }
    Instant now = clock.instant();
    if (now.isBefore(planned)) {
      scheduleAt(planned, now);
      return;
    }
    Instant due = schedule.latestRunAtOrBefore(now); // == planned unless the clock jumped ahead
    runSafely(due);
    scheduleAfter(now);
  }

  private void runSafely(Instant scheduledFor) {
    try {
      routine.run(scheduledFor);
    } catch (RuntimeException e) {
      log.error("{} failed for the run scheduled at {}", routine.name(), scheduledFor, e);
    }
  }

  private void scheduleAfter(Instant after) {
    scheduleAt(schedule.nextRunAfter(after), clock.instant());
  }

  private void scheduleAt(Instant at, Instant now) {
    Duration delay = Duration.between(now, at);
    long nanos = delay.isNegative() ? 0 : delay.toNanos();
    synchronized (lock) {
      if (stopped) {
        return;
      }
      try {
        pending = executor.schedule(() -> wakeUp(at), nanos, NANOSECONDS);
        nextRun = at;
      } catch (RejectedExecutionException e) {
        log.debug("{}: executor shut down, not scheduling {}", routine.name(), at);
        nextRun = null;
        return;
      }
    }
    log.debug("{}: next run at {}", routine.name(), at);
  }
}
