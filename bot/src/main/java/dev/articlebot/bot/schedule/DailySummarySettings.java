package dev.articlebot.bot.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the daily summary post. Validated on construction; {@code null} zone, days and grace
 * take their defaults (UTC, every day, 2 hours).
 *
 * @param enabled whether the summary is posted at all
 * @param time local time of day of the post, in {@code zone}
 * @param zone the zone that defines "day" and {@code time}
 * @param days the days of the week (in {@code zone}) on which it is posted
 * @param grace how late a missed or failing post may still be posted; zero: on time or never
 * @param targets the channels to post to; at least one when enabled
 */
public record DailySummarySettings(
    boolean enabled,
    LocalTime time,
    ZoneId zone,
    Set<DayOfWeek> days,
    Duration grace,
    List<ChannelTarget> targets) {

  public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
  public static final Duration DEFAULT_GRACE = Duration.ofHours(2);
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  public DailySummarySettings {
    if (time == null) {
      throw new IllegalArgumentException("time is required (HH:mm, e.g. 09:00)");
    }
    zone = zone == null ? DEFAULT_ZONE : zone;
    days = days == null ? ScheduleParsers.EVERY_DAY : days;
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days must name at least one day of the week");
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    grace = grace == null ? DEFAULT_GRACE : grace;
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative, got " + grace);
    }
    targets = targets == null ? List.of() : targets;
    if (targets.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("targets must not contain null");
    }
    targets = List.copyOf(targets);
    if (new HashSet<>(targets).size() != targets.size()) {
      throw new IllegalArgumentException("duplicate target in " + targets);
    }
    if (enabled && targets.isEmpty()) {
      throw new IllegalArgumentException(
          "the daily summary is enabled but has no targets (platform:channelId)");
    }
  }

  /**
   * Builds settings from configuration strings; a blank {@code zone} or {@code days} takes the
   * default.
   *
   * @param time "HH:mm"
   * @param zone an IANA zone id, or blank for UTC
   * @param days see {@link ScheduleParsers#parseDays}, or blank for every day
   * @param grace null for the default
   */
  public static DailySummarySettings parse(
      boolean enabled,
      String time,
      String zone,
      String days,
      Duration grace,
      List<ChannelTarget> targets) {
    return new DailySummarySettings(
        enabled,
        ScheduleParsers.parseTime(time),
        zone == null || zone.isBlank() ? null : ScheduleParsers.parseZone(zone),
        days == null || days.isBlank() ? null : ScheduleParsers.parseDays(days),
        grace,
        targets);
  }

  /** Settings with the daily summary turned off. */
  public static DailySummarySettings disabled() {
    return new DailySummarySettings(false, DEFAULT_TIME, null, null, null, List.of());
  }

  /** The schedule these settings describe. */
  public DailySchedule schedule() {
    return new DailySchedule(time, zone, days);
  }
}
