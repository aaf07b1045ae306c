package dev.articlebot.bot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the {@code event_id}s being answered, for a while, so that Slack's retries of an event
 * are answered once. An id is claimed when its processing starts: a retry of a claimed id is
 * dropped, and a retry of an id never seen (its first delivery was lost) is answered. Bounded in
 * time and in size; time comes from a {@link Clock}.
 */
public final class EventDeduper {
  private final Clock clock;
  private final Duration ttl;
  private final int maxSize;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  public EventDeduper(Clock clock, Duration ttl, int maxSize) {
    if (ttl.compareTo(Duration.ofMinutes(10)) < 0) {
      throw new IllegalArgumentException(
          "ttl must be at least 10 minutes (Slack retries for that long)");
    }
    if (maxSize < 1) throw new IllegalArgumentException("maxSize must be >= 1");
    this.clock = clock;
    this.ttl = ttl;
    this.maxSize = maxSize;
  }

  /**
   * Claims {@code eventId}: true the first time (process it), false while it is remembered (a
   * retry: acknowledge and drop). A null or blank id is never deduplicated.
   */
  public synchronized boolean claim(String eventId) {
    if (eventId == null || eventId.isBlank()) return true;
    Instant now = clock.instant();
    evictExpired(now);
    Instant at = seen.get(eventId);
    if (at != null) return false;
    seen.put(eventId, now);
    while (seen.size() > maxSize) {
      Iterator<String> eldest = seen.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return true;
  }

  /** Forgets a claim whose processing could not start, so that Slack's retry is answered. */
  public synchronized void release(String eventId) {
    if (eventId != null) seen.remove(eventId);
  }

  public synchronized int size() {
    return seen.size();
  }

  private void evictExpired(Instant now) {
    Instant oldest = now.minus(ttl);
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Instant> e = it.next();
      if (e.getValue().isAfter(oldest)) break;
      it.remove();
    }
  }
}
