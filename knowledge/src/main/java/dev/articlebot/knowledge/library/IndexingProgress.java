package dev.articlebot.knowledge.library;

import java.time.Duration;
import java.util.Optional;

/**
 * How far reading articles into the library has come.
 *
 * @param done articles read (indexed or skipped) in the current run of work
 * @param total articles the current run has to read
 * @param elapsed since the run began
 * @param indexing whether a run is going on
 */
public record IndexingProgress(int done, int total, Duration elapsed, boolean indexing) {

  /** Nothing to read. */
  public static final IndexingProgress IDLE = new IndexingProgress(0, 0, Duration.ZERO, false);

  /** Articles read per second so far; 0 before the first. */
  public double rate() {
    double s = elapsed.toNanos() / 1e9;
    return done == 0 || s <= 0 ? 0 : done / s;
  }

  /** The time left at the rate so far; empty before the first article is read. */
  public Optional<Duration> left() {
    double r = rate();
    if (!indexing || r <= 0) return Optional.empty();
    return Optional.of(Duration.ofMillis(Math.round((total - done) / r * 1000)));
  }

  /** "812/2265 articles, 6.1/s, about 4 min left". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(done).append('/').append(total).append(" articles");
    if (done > 0) sb.append(String.format(java.util.Locale.ROOT, ", %.1f/s", rate()));
    left()
        .ifPresent(l -> sb.append(", about ").append(IndexingProgress.duration(l)).append(" left"));
    return sb.toString();
  }

  /** "40 s", "4 min", "1 h 5 min". */
  static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 90) return s + " s";
    long m = Math.round(s / 60.0);
    if (m < 90) return m + " min";
    return m / 60 + " h " + m % 60 + " min";
  }
}
