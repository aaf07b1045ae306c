package dev.articlebot.bot.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per user in any sliding {@code window}. Cheap and in memory; it
 * runs before any expensive work.
 */
public final class RateLimiter {
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  public RateLimiter(int limit, Duration window, Clock clock) {
    if (limit < 1) throw new IllegalArgumentException("limit must be >= 1");
    if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window > 0");
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Empty when allowed (and counted); else the seconds until the next request is allowed. */
  public OptionalLong tryAcquire(String user) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(user, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) times.pollFirst();
      if (times.size() >= limit) {
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return OptionalLong.of(Math.max(1, (wait.toMillis() + 999) / 1000));
      }
      times.addLast(now);
    }
    if (recent.size() > 10_000) prune(now);
    return OptionalLong.empty();
  }

  private void prune(Instant now) {
    recent
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                return e.getValue().isEmpty()
                    || !e.getValue().peekLast().isAfter(now.minus(window));
              }
            });
  }
}
