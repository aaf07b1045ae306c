package dev.articlebot.bot.platform;

import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reply outcomes as an adapter reported them, for tests to wait on and check. */
public final class RecordedOutcomes implements ReplyOutcomes {
  /** One reply's outcome. */
  public record Outcome(String platform, Reply.Outcome what, Delivery delivery) {}

  private final List<Outcome> recorded = new ArrayList<>();

  @Override
  public synchronized void record(String platform, Reply.Outcome what, Delivery delivery) {
    recorded.add(new Outcome(platform, what, delivery));
    notifyAll();
  }

  public synchronized List<Outcome> all() {
    return List.copyOf(recorded);
  }

  /** Waits up to {@code timeout} until {@code n} outcomes are in; returns them all. */
  public synchronized List<Outcome> await(int n, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (recorded.size() < n) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("timed out waiting for " + n + " reply outcomes: " + recorded);
      }
      try {
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
    return List.copyOf(recorded);
  }
}
