package dev.articlebot.bot.slack;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Injectable so that tests record the waits instead of taking them; the real
 * one can be woken on shutdown, so that no retry holds up a clean exit.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if interrupted or woken for shutdown before the time is up
   */
  void sleep(Duration duration) throws InterruptedException;

  /** A real wait on a latch, cut short by {@link #wake()}. */
  static Wakeable wakeable() {
    return new Wakeable();
  }

  /** The real sleeper. */
  final class Wakeable implements Sleeper {
    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (stop.await(duration.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new InterruptedException("shutting down");
      }
    }

    /** Ends every wait now and later. */
    public void wake() {
      stop.countDown();
    }
  }
}
