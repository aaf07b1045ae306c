package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DailyScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static DailySchedule schedule(String time, ZoneId zone, String days) {
    return new DailySchedule(
        ScheduleParsers.parseTime(time), zone, ScheduleParsers.parseDays(days));
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void plainDay() {
    DailySchedule s = schedule("09:00", ZoneOffset.UTC, "every day");
    assertThat(s.nextRunAfter(at("2025-06-10T08:59:59Z"))).isEqualTo(at("2025-06-10T09:00:00Z"));
    // strictly after: at the run instant, the next one is tomorrow's
    assertThat(s.nextRunAfter(at("2025-06-10T09:00:00Z"))).isEqualTo(at("2025-06-11T09:00:00Z"));
    assertThat(s.nextRunAfter(at("2025-06-10T23:30:00Z"))).isEqualTo(at("2025-06-11T09:00:00Z"));
    assertThat(s.latestRunAtOrBefore(at("2025-06-10T09:00:00Z")))
        .isEqualTo(at("2025-06-10T09:00:00Z"));
    assertThat(s.latestRunAtOrBefore(at("2025-06-10T08:59:59Z")))
        .isEqualTo(at("2025-06-09T09:00:00Z"));
    assertThat(s.dateOf(at("2025-06-10T09:00:00Z"))).isEqualTo(LocalDate.of(2025, 6, 10));
  }

  @Test
  void zoneDefinesTheDay() {
    // 00:30 in Berlin (CEST) is 22:30 UTC of the day before
    DailySchedule s = schedule("00:30", BERLIN, "every day");
    Instant run = s.nextRunAfter(at("2025-06-10T12:00:00Z"));
    assertThat(run).isEqualTo(at("2025-06-10T22:30:00Z"));
    assertThat(s.dateOf(run)).isEqualTo(LocalDate.of(2025, 6, 11));
  }

  @Test
  void weekdaysSkipTheWeekend() {
    DailySchedule s = schedule("09:00", BERLIN, "MON-FRI");
    // Friday 2025-06-13 09:00 CEST = 07:00Z; the next run is Monday 2025-06-16
    assertThat(s.nextRunAfter(at("2025-06-13T07:00:00Z"))).isEqualTo(at("2025-06-16T07:00:00Z"));
    // On Sunday the most recent due run is Friday's
    assertThat(s.latestRunAtOrBefore(at("2025-06-15T12:00:00Z")))
        .isEqualTo(at("2025-06-13T07:00:00Z"));
    DailySchedule weekend = schedule("10:00", ZoneOffset.UTC, "SAT-SUN");
    assertThat(weekend.nextRunAfter(at("2025-06-10T00:00:00Z")))
        .isEqualTo(at("2025-06-14T10:00:00Z"));
    assertThat(weekend.nextRunAfter(at("2025-06-14T10:00:00Z")))
        .isEqualTo(at("2025-06-15T10:00:00Z"));
    assertThat(weekend.nextRunAfter(at("2025-06-15T10:00:00Z")))
        .isEqualTo(at("2025-06-21T10:00:00Z"));
  }

  @Test
  void berlinSpringForwardRunsOnceAfterTheGap() {
    // 2025-03-30: 02:00 CET -> 03:00 CEST; 02:30 does not exist
    DailySchedule s = schedule("02:30", BERLIN, "every day");
    Instant saturday = s.nextRunAfter(at("2025-03-28T12:00:00Z"));
    assertThat(saturday).isEqualTo(at("2025-03-29T01:30:00Z")); // 02:30 CET
    Instant sunday = s.nextRunAfter(saturday);
    assertThat(sunday).isEqualTo(at("2025-03-30T01:30:00Z")); // 03:30 CEST
    assertThat(sunday.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    assertThat(s.dateOf(sunday)).isEqualTo(LocalDate.of(2025, 3, 30));
    Instant monday = s.nextRunAfter(sunday);
    assertThat(monday).isEqualTo(at("2025-03-31T00:30:00Z")); // 02:30 CEST
    assertThat(s.latestRunAtOrBefore(at("2025-03-30T05:00:00Z"))).isEqualTo(sunday);

    DailySchedule nine = schedule("09:00", BERLIN, "every day");
    assertThat(nine.nextRunAfter(at("2025-03-29T08:00:00Z"))).isEqualTo(at("2025-03-30T07:00:00Z"));
  }

  @Test
  void berlinFallBackRunsOnceAtTheFirstOccurrence() {
    // 2025-10-26: 03:00 CEST -> 02:00 CET; 02:30 happens at 00:30Z and again at 01:30Z
    DailySchedule s = schedule("02:30", BERLIN, "every day");
    Instant sunday = s.nextRunAfter(at("2025-10-25T12:00:00Z"));
    assertThat(sunday).isEqualTo(at("2025-10-26T00:30:00Z"));
    // the second 02:30 is not a run: next is Monday 02:30 CET
    assertThat(s.nextRunAfter(sunday)).isEqualTo(at("2025-10-27T01:30:00Z"));
    assertThat(s.nextRunAfter(at("2025-10-26T01:30:00Z"))).isEqualTo(at("2025-10-27T01:30:00Z"));
    assertThat(s.latestRunAtOrBefore(at("2025-10-26T01:45:00Z"))).isEqualTo(sunday);
    assertThat(s.dateOf(sunday)).isEqualTo(LocalDate.of(2025, 10, 26));
  }

  @Test
  void newYorkSpringForwardAndFallBack() {
    // 2025-03-09: 02:00 EST -> 03:00 EDT
    DailySchedule s = schedule("02:30", NEW_YORK, "every day");
    Instant spring = s.nextRunAfter(at("2025-03-08T12:00:00Z"));
    assertThat(spring).isEqualTo(at("2025-03-09T07:30:00Z")); // 03:30 EDT
    assertThat(s.nextRunAfter(spring)).isEqualTo(at("2025-03-10T06:30:00Z")); // 02:30 EDT

    // 2025-11-02: 02:00 EDT -> 01:00 EST; 01:30 happens at 05:30Z and 06:30Z
    DailySchedule fall = schedule("01:30", NEW_YORK, "every day");
    Instant first = fall.nextRunAfter(at("2025-11-01T12:00:00Z"));
    assertThat(first).isEqualTo(at("2025-11-02T05:30:00Z")); // 01:30 EDT
    assertThat(fall.nextRunAfter(first)).isEqualTo(at("2025-11-03T06:30:00Z")); // 01:30 EST
  }
}
