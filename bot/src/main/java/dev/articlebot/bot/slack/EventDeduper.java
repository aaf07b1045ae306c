package dev.articlebot.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the {@code event_id}s being answered, for a while, so that Slack's retries of an event
 * are answered once. An id is claimed when its processing starts: a retry of a claimed id is
 * dropped, and a retry of an id never seen (its first delivery was lost) is answered. A Caffeine
 * cache bounded in time (from the given {@link Clock}) and in size.
 */
public final class EventDeduper {
  private final Cache<String, Boolean> seen;

  public EventDeduper(Clock clock, Duration ttl, int maxSize) {
    if (ttl.compareTo(Duration.ofMinutes(10)) < 0) {
      throw new IllegalArgumentException(
          "ttl must be at least 10 minutes (Slack retries for that long)");
    }
    if (maxSize < 1) throw new IllegalArgumentException("maxSize must be >= 1");
    this.seen =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumSize(maxSize)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .executor(Runnable::run) // evict on the caller's thread: no background work
            .build();
  }

  /**
   * Claims {@code eventId}: true the first time (process it), false while it is remembered (a
   * retry: acknowledge and drop). A null or blank id is never deduplicated.
   */
  public boolean claim(String eventId) {
    if (eventId == null || eventId.isBlank()) return true;
    return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
  }

  /** Forgets a claim whose processing could not start, so that Slack's retry is answered. */
  public void release(String eventId) {
    if (eventId != null) seen.invalidate(eventId);
  }

  /** Ids remembered now. */
  public int size() {
    seen.cleanUp();
    return (int) seen.estimatedSize();
  }
}
