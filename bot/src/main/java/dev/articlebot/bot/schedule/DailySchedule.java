package dev.articlebot.bot.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * "At {@code time} in {@code zone} on {@code days}": the run instants of a daily routine.
 *
 * <p>Daylight-saving changes follow {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)}: a time
 * that does not exist on a spring-forward day (02:30 in Europe/Berlin on the last Sunday of March)
 * runs once, moved later by the length of the gap (03:30); a time that exists twice on a fall-back
 * day runs once, at its first occurrence (the summer-time offset). Every run belongs to exactly one
 * local date, {@link #dateOf(Instant)}.
 */
public record DailySchedule(LocalTime time, ZoneId zone, Set<DayOfWeek> days) {

  /** Enough days to find a run with any non-empty day set, with a margin for DST shifts. */
  private static final int SEARCH_DAYS = 10;

  public DailySchedule {
    if (time == null || zone == null || days == null) {
      throw new IllegalArgumentException("time, zone and days are required");
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days must name at least one day of the week");
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days));
  }

  /** Whether the routine runs on this local date. */
  public boolean runsOn(LocalDate date) {
    return days.contains(date.getDayOfWeek());
  }

  /** The instant of the run on {@code date} (whether or not {@link #runsOn} that date). */
  public Instant occurrenceOn(LocalDate date) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  /** The first run strictly after {@code after}. */
  public Instant nextRunAfter(Instant after) {
    LocalDate d = after.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i < SEARCH_DAYS; i++, d = d.plusDays(1)) {
      if (runsOn(d)) {
        Instant at = occurrenceOn(d);
        if (at.isAfter(after)) {
          return at;
        }
      }
    }
    throw new IllegalStateException("no run within " + SEARCH_DAYS + " days of " + after);
  }

  /** The most recent run at or before {@code at}: the one that is due at {@code at}. */
  public Instant latestRunAtOrBefore(Instant at) {
    LocalDate d = at.atZone(zone).toLocalDate().plusDays(1);
    for (int i = 0; i < SEARCH_DAYS; i++, d = d.minusDays(1)) {
      if (runsOn(d)) {
        Instant run = occurrenceOn(d);
        if (!run.isAfter(at)) {
          return run;
        }
      }
    }
    throw new IllegalStateException("no run within " + SEARCH_DAYS + " days before " + at);
  }

  /**
   * The local date a run instant belongs to: the date whose run is {@code scheduled}, or, for an
   * instant that is not a run of this schedule, its local date in {@code zone}.
   */
  public LocalDate dateOf(Instant scheduled) {
    LocalDate local = scheduled.atZone(zone).toLocalDate();
    for (LocalDate d : new LocalDate[] {local, local.minusDays(1), local.plusDays(1)}) {
      if (occurrenceOn(d).equals(scheduled)) {
        return d;
      }
    }
    return local;
  }
}
