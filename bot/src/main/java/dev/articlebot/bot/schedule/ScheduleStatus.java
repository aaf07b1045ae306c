package dev.articlebot.bot.schedule;

import java.time.Instant;
import java.util.List;

/**
 * The daily summary's state for a health endpoint.
 *
 * @param enabled whether the summary is scheduled
 * @param nextRun the next scheduled run, or null (disabled, not started, shut down)
 * @param lastRunScheduledFor the scheduled instant of the latest run, or null if none yet
 * @param lastRunStartedAt when that run started (later than scheduled if caught up), or null
 * @param channels each target's outcome of its latest run
 */
public record ScheduleStatus(
    boolean enabled,
    Instant nextRun,
    Instant lastRunScheduledFor,
    Instant lastRunStartedAt,
    List<ChannelStatus> channels) {
  public ScheduleStatus {
    channels = List.copyOf(channels);
  }
}
