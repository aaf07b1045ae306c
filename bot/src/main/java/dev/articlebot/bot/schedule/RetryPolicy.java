package dev.articlebot.bot.schedule;

import java.time.Duration;

/**
 * Exponential backoff between attempts of a failing post: {@code initial}, then doubled after each
 * failure, at most {@code max}. Retries stop when the next attempt would fall after the grace
 * period.
 */
public record RetryPolicy(Duration initial, Duration max) {

  /** 30 s, 1 m, 2 m, 4 m, 8 m, then every 10 m. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10));

  public RetryPolicy {
    if (initial == null || initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("initial retry delay must be positive, got " + initial);
    }
    if (max == null || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "max retry delay must be at least the initial delay " + initial + ", got " + max);
    }
  }

  /** The wait after the {@code failures}-th failure in a row (1 for the first). */
  public Duration delayAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be >= 1, got " + failures);
    }
    Duration d = initial;
    for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) < 0 ? d : max;
  }
}
