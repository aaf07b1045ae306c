package dev.articlebot.bot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deterministic {@link ScheduledExecutorService} on a {@link MutableClock}: {@code execute} and
 * {@code submit} run the task at once on the calling thread; {@code schedule} queues it at
 * clock.now + delay, and {@link #runUntil} runs queued tasks in time order, moving the clock to
 * each task's due instant.
 */
final class ManualScheduledExecutor extends AbstractExecutorService
    implements ScheduledExecutorService {

  private final MutableClock clock;
  private final List<Task<?>> queue = new ArrayList<>();
  private final List<Instant> scheduled = new ArrayList<>();
  private long seq;
  private boolean shutdown;

  ManualScheduledExecutor(MutableClock clock) {
    this.clock = clock;
  }

  /** Runs every task due at or before {@code until}, in order, then sets the clock to it. */
  void runUntil(Instant until) {
    while (true) {
      Task<?> next;
      synchronized (this) {
        next =
            queue.stream()
                .filter(t -> !t.isCancelled() && !t.due.isAfter(until))
                .min(Comparator.<Task<?>, Instant>comparing(t -> t.due).thenComparing(t -> t.seq))
                .orElse(null);
        if (next == null) {
          break;
        }
        queue.remove(next);
      }
      if (next.due.isAfter(clock.instant())) {
        clock.set(next.due);
      }
      next.run();
    }
    if (until.isAfter(clock.instant())) {
      clock.set(until);
    }
  }

  void runUntil(String isoInstant) {
    runUntil(Instant.parse(isoInstant));
  }

  /** Due instants of the tasks still queued, in order. */
  synchronized List<Instant> pending() {
    return queue.stream().filter(t -> !t.isCancelled()).map(t -> t.due).sorted().toList();
  }

  /** Due instants of every task ever scheduled, in scheduling order. */
  synchronized List<Instant> scheduledInstants() {
    return List.copyOf(scheduled);
  }

  @Override
  public void execute(Runnable command) {
    synchronized (this) {
      if (shutdown) {
        throw new RejectedExecutionException("shut down");
      }
    }
    command.run();
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return schedule(Executors.callable(command), delay, unit);
  }

  @Override
  public synchronized <V> ScheduledFuture<V> schedule(
      Callable<V> callable, long delay, TimeUnit unit) {
    if (shutdown) {
      throw new RejectedExecutionException("shut down");
    }
    Task<V> t =
        new Task<>(callable, clock.instant().plus(Duration.ofNanos(unit.toNanos(delay))), seq++);
    queue.add(t);
    scheduled.add(t.due);
    return t;
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable command, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
    queue.clear();
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown();
    return List.of();
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }

  private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
    final Instant due;
    final long seq;

    Task(Callable<V> callable, Instant due, long seq) {
      super(callable);
      this.due = due;
      this.seq = seq;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), due));
    }

    @Override
    public int compareTo(Delayed o) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
    }
  }
}
