package dev.articlebot.bot.ops;

import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.schedule.ScheduleStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the health endpoint reports, taken fresh for every request.
 *
 * @param knowledgeLoaded whether the articles are parsed and indexed (questions can be answered)
 * @param articles how many articles are loaded
 * @param paragraphs how many body paragraphs they have together
 * @param platforms each enabled platform ("discord", "slack") and its connection state, in the
 *     order to show; empty in console mode
 * @param daily the daily summary's state, or null when there is no scheduler (yet)
 * @param stopping whether shutdown has begun
 * @param indexing how far reading articles into the library has come (answers come from what is
 *     indexed meanwhile)
 */
public record HealthReport(
    boolean knowledgeLoaded,
    int articles,
    int paragraphs,
    Map<String, ConnectionState> platforms,
    ScheduleStatus daily,
    boolean stopping,
    dev.articlebot.knowledge.library.IndexingProgress indexing) {

  /** A report with no indexing under way. */
  public HealthReport(
      boolean knowledgeLoaded,
      int articles,
      int paragraphs,
      Map<String, ConnectionState> platforms,
      ScheduleStatus daily,
      boolean stopping) {
    this(
        knowledgeLoaded,
        articles,
        paragraphs,
        platforms,
        daily,
        stopping,
        dev.articlebot.knowledge.library.IndexingProgress.IDLE);
  }

  public HealthReport {
    Map<String, ConnectionState> copy = new LinkedHashMap<>();
    platforms.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    platforms = Collections.unmodifiableMap(copy);
    if (indexing == null) indexing = dev.articlebot.knowledge.library.IndexingProgress.IDLE;
  }

  /** Nothing loaded or connected yet. */
  public static HealthReport starting(Map<String, ConnectionState> platforms) {
    return new HealthReport(false, 0, 0, platforms, null, false);
  }

  /** The same report, stopping. */
  public HealthReport asStopping() {
    return stopping
        ? this
        : new HealthReport(knowledgeLoaded, articles, paragraphs, platforms, daily, true, indexing);
  }

  /** Ready for traffic: not stopping, knowledge loaded, and every enabled platform connected. */
  public boolean ready() {
    return !stopping
        && knowledgeLoaded
        && platforms.values().stream().allMatch(ConnectionState::healthy);
  }

  /**
   * "stopping" once shutdown began; "ok" when {@link #ready()}; "degraded" when a platform that had
   * started is reconnecting, disconnected or failed; else "starting".
   */
  public String status() {
    if (stopping) return "stopping";
    if (ready()) return "ok";
    boolean broken =
        platforms.values().stream()
            .anyMatch(s -> s != ConnectionState.CONNECTED && s != ConnectionState.STARTING);
    return broken ? "degraded" : "starting";
  }
}
