package dev.articlebot.bot.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailySummarySettingsTest {

  private static final List<ChannelTarget> TARGETS = List.of(new ChannelTarget("discord", "1"));

  @Test
  void parsesDayLists() {
    assertThat(ScheduleParsers.parseDays("MON-FRI"))
        .containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    assertThat(ScheduleParsers.parseDays("MON,WED,FRI")).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
    assertThat(ScheduleParsers.parseDays("SAT-SUN")).containsExactly(SATURDAY, SUNDAY);
    assertThat(ScheduleParsers.parseDays(" mon - wed , Friday "))
        .containsExactly(MONDAY, TUESDAY, WEDNESDAY, FRIDAY);
    assertThat(ScheduleParsers.parseDays("FRI-MON"))
        .containsExactly(MONDAY, FRIDAY, SATURDAY, SUNDAY);
    assertThat(ScheduleParsers.parseDays("every day")).isEqualTo(EnumSet.allOf(DayOfWeek.class));
    assertThat(ScheduleParsers.parseDays("*")).isEqualTo(EnumSet.allOf(DayOfWeek.class));
    assertThat(ScheduleParsers.parseDays("Every  Day")).hasSize(7);
  }

  @Test
  void badDaysNameTheProblem() {
    assertThatThrownBy(() -> ScheduleParsers.parseDays("MOON-FRI"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown day 'MOON'")
        .hasMessageContaining("MOON-FRI");
    assertThatThrownBy(() -> ScheduleParsers.parseDays("MON,,FRI"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty item");
    assertThatThrownBy(() -> ScheduleParsers.parseDays(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days must not be empty");
  }

  @Test
  void parsesTimes() {
    assertThat(ScheduleParsers.parseTime("09:00")).isEqualTo(LocalTime.of(9, 0));
    assertThat(ScheduleParsers.parseTime("9:05")).isEqualTo(LocalTime.of(9, 5));
    assertThat(ScheduleParsers.parseTime(" 23:59 ")).isEqualTo(LocalTime.of(23, 59));
    assertThat(ScheduleParsers.parseTime("00:00")).isEqualTo(LocalTime.MIDNIGHT);
  }

  @Test
  void badTimesNameTheProblem() {
    assertThatThrownBy(() -> ScheduleParsers.parseTime("25:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid time '25:00'")
        .hasMessageContaining("hour must be 00-23");
    assertThatThrownBy(() -> ScheduleParsers.parseTime("09:60"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minute must be 00-59");
    assertThatThrownBy(() -> ScheduleParsers.parseTime("9am"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid time '9am'")
        .hasMessageContaining("HH:mm");
  }

  @Test
  void badZoneNamesTheProblem() {
    assertThat(ScheduleParsers.parseZone("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThatThrownBy(() -> ScheduleParsers.parseZone("Mars/Olympus_Mons"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown time zone 'Mars/Olympus_Mons'");
    assertThatThrownBy(
            () ->
                DailySummarySettings.parse(
                    true, "09:00", "Europe/Berlinn", "MON-FRI", null, TARGETS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown time zone 'Europe/Berlinn'");
  }

  @Test
  void settingsFromStringsWithDefaults() {
    DailySummarySettings s = DailySummarySettings.parse(true, "09:00", "", "", null, TARGETS);
    assertThat(s.time()).isEqualTo(LocalTime.of(9, 0));
    assertThat(s.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(s.days()).hasSize(7);
    assertThat(s.grace()).isEqualTo(Duration.ofHours(2));
    assertThat(s.targets()).containsExactly(new ChannelTarget("discord", "1"));

    DailySummarySettings b =
        DailySummarySettings.parse(
            true, "07:30", "Europe/Berlin", "MON-FRI", Duration.ofMinutes(30), TARGETS);
    assertThat(b.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(b.days()).doesNotContain(SATURDAY, SUNDAY).hasSize(5);
    assertThat(b.schedule().time()).isEqualTo(LocalTime.of(7, 30));
  }

  @Test
  void settingsValidation() {
    assertThatThrownBy(() -> DailySummarySettings.parse(true, "25:00", null, null, null, TARGETS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25:00");
    assertThatThrownBy(
            () -> DailySummarySettings.parse(true, "09:00", "UTC", "MOON-FRI", null, TARGETS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MOON");
    assertThatThrownBy(
            () ->
                new DailySummarySettings(
                    true, LocalTime.NOON, null, null, Duration.ofMinutes(-5), TARGETS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grace must not be negative");
    assertThatThrownBy(() -> new DailySummarySettings(true, null, null, null, null, TARGETS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time is required");
    assertThatThrownBy(
            () ->
                new DailySummarySettings(
                    true, LocalTime.NOON, null, EnumSet.noneOf(DayOfWeek.class), null, TARGETS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one day");
    assertThatThrownBy(
            () -> new DailySummarySettings(true, LocalTime.NOON, null, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no targets");
    assertThatThrownBy(
            () ->
                new DailySummarySettings(
                    true,
                    LocalTime.NOON,
                    null,
                    null,
                    null,
                    List.of(ChannelTarget.parse("slack:C1"), ChannelTarget.parse("SLACK:C1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate target");
    assertThat(DailySummarySettings.disabled().enabled()).isFalse();
  }

  @Test
  void targets() {
    assertThat(ChannelTarget.parse("discord:123")).isEqualTo(new ChannelTarget("discord", "123"));
    assertThat(ChannelTarget.parse("Slack:C0ABC").toString()).isEqualTo("slack:C0ABC");
    assertThatThrownBy(() -> ChannelTarget.parse("discord"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platform:channelId");
    assertThatThrownBy(() -> ChannelTarget.parse("disc ord:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid target platform");
  }
}
