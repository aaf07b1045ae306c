package dev.articlebot.bot.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for the schedule's configuration strings, for the config layer to call. Every failure is
 * an {@link IllegalArgumentException} whose message names the bad value and what is expected.
 */
public final class ScheduleParsers {

  /** Every day of the week, unmodifiable. */
  public static final Set<DayOfWeek> EVERY_DAY =
      Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));

  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final String TIME_HELP = "expected HH:mm on a 24-hour clock, e.g. 09:00";
  private static final String DAYS_HELP =
      "use MON..SUN (or full names), ranges like MON-FRI, lists like MON,WED,FRI,"
          + " or 'every day' / '*'";

  private ScheduleParsers() {}

  /** Parses "HH:mm" ("09:00", "9:00", "23:59"). */
  public static LocalTime parseTime(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("time is required: " + TIME_HELP);
    }
    String t = text.strip();
    Matcher m = TIME.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("invalid time '" + t + "': " + TIME_HELP);
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour > 23) {
      throw new IllegalArgumentException(
          "invalid time '" + t + "': hour must be 00-23 (" + TIME_HELP + ")");
    }
    if (minute > 59) {
      throw new IllegalArgumentException(
          "invalid time '" + t + "': minute must be 00-59 (" + TIME_HELP + ")");
    }
    return LocalTime.of(hour, minute);
  }

  /** Parses an IANA time-zone id ("Europe/Berlin", "America/New_York", "UTC"). */
  public static ZoneId parseZone(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "time zone is required: use an IANA id such as Europe/Berlin, or UTC");
    }
    String t = text.strip();
    try {
      return ZoneId.of(t);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "unknown time zone '" + t + "': use an IANA id such as Europe/Berlin, or UTC", e);
    }
  }

  /**
   * Parses the days a schedule runs on: "every day", "daily" or "*"; a list "MON,WED,FRI"; ranges
   * "MON-FRI", "SAT-SUN" (a range may wrap: "FRI-MON" is Friday to Monday); or a mix "MON-WED,FRI".
   * Case and spaces around items do not matter; full names ("Monday") work too.
   */
  public static Set<DayOfWeek> parseDays(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("days must not be empty: " + DAYS_HELP);
    }
    String t = text.strip();
    String norm = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (norm.equals("*")
        || norm.equals("every day")
        || norm.equals("everyday")
        || norm.equals("daily")) {
      return EVERY_DAY;
    }
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : t.split(",", -1)) {
      String i = item.strip();
      if (i.isEmpty()) {
        throw new IllegalArgumentException("empty item in days '" + t + "': " + DAYS_HELP);
      }
      int dash = i.indexOf('-');
      if (dash < 0) {
        days.add(day(i, t));
      } else {
        DayOfWeek from = day(i.substring(0, dash), t);
        DayOfWeek to = day(i.substring(dash + 1), t);
        for (DayOfWeek d = from; ; d = d.plus(1)) {
          days.add(d);
          if (d == to) {
            break;
          }
        }
      }
    }
    return Collections.unmodifiableSet(days);
  }

  private static DayOfWeek day(String token, String whole) {
    String k = token.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(k) || d.name().substring(0, 3).equals(k)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown day '" + token.strip() + "' in days '" + whole + "': " + DAYS_HELP);
  }
}
