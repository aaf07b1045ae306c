package dev.articlebot.bot.platform;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long and how often a reply is retried. A 429 waits for its Retry-After; a server error or
 * network failure waits {@code firstBackoff}, doubling up to {@code maxBackoff}, each wait drawn
 * between half and all of that (jitter, so that retries of many replies do not arrive together).
 * Retries stop at {@code deadline} after the first attempt; a fallback route, if the reply has one,
 * then gets {@code fallbackWindow} of its own.
 */
public record DeliveryPolicy(
    Duration deadline, Duration firstBackoff, Duration maxBackoff, Duration fallbackWindow) {

  /** A minute to deliver, retries from half a second up to eight, half a minute for a fallback. */
  public static final DeliveryPolicy DEFAULT =
      new DeliveryPolicy(
          Duration.ofSeconds(60),
          Duration.ofMillis(500),
          Duration.ofSeconds(8),
          Duration.ofSeconds(30));

  public DeliveryPolicy {
    for (Duration d : new Duration[] {deadline, firstBackoff, maxBackoff, fallbackWindow}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("delivery durations must be positive");
      }
    }
    if (maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must be at least firstBackoff");
    }
  }

  /** The wait after the {@code failures}-th transient failure in a row (1 for the first). */
  public Duration backoff(int failures) {
    Duration d = firstBackoff;
    for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) d = d.multipliedBy(2);
    long ceiling = Math.min(d.toNanos(), maxBackoff.toNanos());
    return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
  }
}
