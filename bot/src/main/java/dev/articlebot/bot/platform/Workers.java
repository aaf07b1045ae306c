package dev.articlebot.bot.platform;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool that does the slow work (retrieval, rendering, sending) off the platforms' event
 * threads. Bounded: when the queue is full, {@link #trySubmit} says no at once and the adapter
 * answers "busy" instead of queueing a flood. On shutdown it stops taking work and lets what is in
 * flight finish, within a bound.
 */
public final class Workers {
  private final ThreadPoolExecutor pool;
  private volatile boolean accepting = true;

  public Workers(int threads, int queueCapacity) {
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            r -> {
              Thread t = new Thread(r, "answer-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** Runs {@code task} soon; false when shutting down or the queue is full. */
  public boolean trySubmit(Runnable task) {
    if (!accepting) return false;
    try {
      pool.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  public boolean accepting() {
    return accepting;
  }

  /** Tasks queued or running. */
  public int inFlight() {
    return pool.getActiveCount() + pool.getQueue().size();
  }

  /** Stops taking work and waits up to {@code timeout} for the rest; true if all finished. */
  public boolean drain(Duration timeout) {
    accepting = false;
    pool.shutdown();
    try {
      return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
