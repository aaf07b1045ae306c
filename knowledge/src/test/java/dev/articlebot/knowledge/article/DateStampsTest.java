package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.article.DateStamps.Kind;
import dev.articlebot.knowledge.article.DateStamps.Stamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateStampsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '=',
      value = {
        "Updated 3:45 PM EST, December 2, 2026 = UPDATED = 3:45 PM EST, December 2, 2026",
        "Published 10:18 AM EST, December 2, 2026 = PUBLISHED = 10:18 AM EST, December 2, 2026",
        "Mon 1 Dec 2026 14.05 GMT = PUBLISHED = Mon 1 Dec 2026 14.05 GMT",
        "Posted: Nov 30, 2026 / 06:12 PM CST = PUBLISHED = Nov 30, 2026 / 06:12 PM CST",
        "Published 2 hours ago = PUBLISHED = 2 hours ago",
        "Dec 2, 2026 | 5:30 PM = PUBLISHED = Dec 2, 2026 | 5:30 PM",
        "Last modified on Tue 1 Dec 2026 16.20 GMT = UPDATED = Tue 1 Dec 2026 16.20 GMT",
        "Updated 44 mins ago = UPDATED = 44 mins ago",
        "December 4, 2026 2:47 PM GMT+1 = PUBLISHED = December 4, 2026 2:47 PM GMT+1",
        "Sunday 30 November 2026 19:47, UK = PUBLISHED = Sunday 30 November 2026 19:47, UK",
        "5:32 p.m. PT Nov. 18, 2026 = PUBLISHED = 5:32 p.m. PT Nov. 18, 2026",
        "First published on 2026-11-18 = PUBLISHED = 2026-11-18",
        "Post Date:12/04/2026 10:15 AM = PUBLISHED = 12/04/2026 10:15 AM",
        "THE MORNING LEDGER — Friday, Dec. 4, 2026 = PUBLISHED = Friday, Dec. 4, 2026",
        "December 3, 2026 / 6:12 PM EST / NTN News = PUBLISHED = December 3, 2026 / 6:12 PM EST",
        "Dec 3rd 2026|AMSTERDAM = PUBLISHED = Dec 3rd 2026",
      })
  void readsADateLineInItsPrintedForm(String line, Kind kind, String printed) {
    assertThat(DateStamps.read(line))
        .extracting(Stamp::kind, Stamp::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(kind, printed));
  }

  @Test
  void aLabelSaysWhichDateItIsAndABareDateIsOnlyPresumedPublished() {
    assertThat(DateStamps.read("First published on Thu 3 Dec 2026 05.41 AEDT"))
        .containsExactly(new Stamp(Kind.PUBLISHED, "Thu 3 Dec 2026 05.41 AEDT", true));
    assertThat(DateStamps.read("Thu 3 Dec 2026 16.52 AEDT"))
        .containsExactly(new Stamp(Kind.PUBLISHED, "Thu 3 Dec 2026 16.52 AEDT", false));
  }

  @Test
  void aFullStopAfterTheLastFigureEndsTheLineNotTheDate() {
    assertThat(DateStamps.read("Updated: 7:15 am, Wed Dec 2, 2026."))
        .extracting(Stamp::text)
        .containsExactly("7:15 am, Wed Dec 2, 2026");
  }

  @Test
  void readsSeveralDatesOnOneLine() {
    assertThat(DateStamps.read("Updated December 5, 2026 at 7:00 a.m. EST |Published December 4"))
        .containsExactly(
            new Stamp(Kind.UPDATED, "December 5, 2026 at 7:00 a.m. EST", true),
            new Stamp(Kind.PUBLISHED, "December 4", true));
    assertThat(DateStamps.read("Posted Mon 1 Dec 2026 at 5:04am, updated Mon 1 Dec 2026 at 7:15am"))
        .extracting(Stamp::kind)
        .containsExactly(Kind.PUBLISHED, Kind.UPDATED);
    // with only a space between them, after the first date's last figure
    assertThat(DateStamps.read("Published Dec. 3, 2026 Updated Dec. 4, 2026, 9:12 a.m. ET"))
        .containsExactly(
            new Stamp(Kind.PUBLISHED, "Dec. 3, 2026", true),
            new Stamp(Kind.UPDATED, "Dec. 4, 2026, 9:12 a.m. ET", true));
  }

  @Test
  void aDashSeparatesTwoLabelledDatesAndACityInBracketsNamesTheClock() {
    assertThat(
            DateStamps.read(
                "Published on December 3, 2026, at 2:15 pm (Paris) - Updated on December 3, 2026,"
                    + " at 6:40 pm"))
        .containsExactly(
            new Stamp(Kind.PUBLISHED, "December 3, 2026, at 2:15 pm (Paris)", true),
            new Stamp(Kind.UPDATED, "December 3, 2026, at 6:40 pm", true));
  }

  @Test
  void updateInTheSingularLabelsTheUpdateTime() {
    assertThat(DateStamps.read("04.12.2026 - Update : 04.12.2026"))
        .containsExactly(
            new Stamp(Kind.PUBLISHED, "04.12.2026"), new Stamp(Kind.UPDATED, "04.12.2026", true));
    assertThat(DateStamps.read("Update: the council has since replied")).isEmpty();
    assertThat(DateStamps.read("This content was published on December 4, 2026 - 14:32"))
        .containsExactly(new Stamp(Kind.PUBLISHED, "December 4, 2026 - 14:32", true));
  }

  @Test
  void aDateTheCopyGluedToItselfIsReadOnce() {
    assertThat(DateStamps.read("Published On 3 Dec 20263 Dec 2026"))
        .containsExactly(new Stamp(Kind.PUBLISHED, "3 Dec 2026", true));
    assertThat(DateStamps.undoubled("Dec 4")).isEqualTo("Dec 4");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published by the city council in May 2026",
        "Updated guidance on flooding",
        "May the best team win",
        "Union Cup final | Wembley Stadium | Att: 84,312",
        "Harbourside 2-1 Kestrel United",
        "Date:",
      })
  void aLineWithWordsThatAreNotDateWordsIsNoDate(String line) {
    assertThat(DateStamps.read(line)).isEmpty();
  }

  @Test
  void anEditorsUpdateNoteGivesItsTime() {
    assertThat(DateStamps.updateNote("Update, December 3rd, 11:40AM ET: Added comment from Ann."))
        .contains(new Stamp(Kind.UPDATED, "December 3rd, 11:40AM ET"));
    assertThat(DateStamps.updateNote("Update: the council will vote again next week.")).isEmpty();
  }

  @Test
  void aReadingTimeAfterTheDateIsNoPartOfIt() {
    assertThat(DateStamps.read("Updated Tue, Dec 1, 2026, 4:12 PM · 5 min read"))
        .containsExactly(new Stamp(Kind.UPDATED, "Tue, Dec 1, 2026, 4:12 PM", true));
    assertThat(DateStamps.read("Tue, Dec 1, 2026 | 3 min read"))
        .extracting(Stamp::text)
        .containsExactly("Tue, Dec 1, 2026");
    assertThat(DateStamps.read("5 min read")).isEmpty();
  }

  @Test
  void readsTwoLabelledDatesADotSetsApart() {
    assertThat(
            DateStamps.read(
                "Published December 2, 2026 at 5:02 p.m. PT · Updated December 2, 2026"))
        .extracting(Stamp::kind)
        .containsExactly(Kind.PUBLISHED, Kind.UPDATED);
  }

  @Test
  void anUpdateAfterATimeZoneIsADateOfItsOwn() {
    assertThat(
            DateStamps.read(
                "Published December 3, 2026 at 5:06 AM CST Updated December 3, 2026 at 10:41 AM CST"))
        .containsExactly(
            new Stamp(Kind.PUBLISHED, "December 3, 2026 at 5:06 AM CST", true),
            new Stamp(Kind.UPDATED, "December 3, 2026 at 10:41 AM CST", true));
  }

  @Test
  void aSectionsNameAfterADateIsNoPartOfIt() {
    assertThat(DateStamps.read("Dec 3, 2026 - Politics & Policy"))
        .containsExactly(new Stamp(Kind.PUBLISHED, "Dec 3, 2026"));
    assertThat(DateStamps.read("March 3, 2026 | Opinion"))
        .containsExactly(new Stamp(Kind.PUBLISHED, "March 3, 2026"));
    assertThat(DateStamps.read("Dec 3, 2026 - Updated")).isEmpty();
    assertThat(DateStamps.read("Politics & Policy")).isEmpty();
  }

  @Test
  void aClockAloneIsATimeOfDayNotADate() {
    assertThat(DateStamps.isClock("3:42 PM UTC")).isTrue();
    assertThat(DateStamps.isClock("09:27")).isTrue();
    assertThat(DateStamps.isClock("3:42 PM at the town hall")).isFalse();
    assertThat(DateStamps.read("3:42 PM UTC")).isEmpty();
  }

  @Test
  void aDotSetsAnUpdateApartFromThePublication() {
    assertThat(DateStamps.read("Published on 04/12/2026 - 09:41 GMT+1 • Updated 14:22"))
        .extracting(Stamp::kind, Stamp::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.PUBLISHED, "04/12/2026 - 09:41 GMT+1"),
            org.assertj.core.groups.Tuple.tuple(Kind.UPDATED, "14:22"));
  }

  @Test
  void aNewsServicesReleaseDateWithItsMonthInCapitalsBetweenDashes() {
    assertThat(DateStamps.read("NEWS RELEASE 3-DEC-2026"))
        .containsExactly(new Stamp(Kind.PUBLISHED, "3-DEC-2026", true));
    assertThat(DateStamps.read("3-DEC-2026")).extracting(Stamp::text).containsExactly("3-DEC-2026");
    assertThat(DateStamps.read("NEWS RELEASE 3-ABC-2026")).isEmpty();
  }

  @Test
  void aPlaceInCapitalsAfterTheDatesBarIsWhereTheStoryWasFiled() {
    assertThat(DateStamps.placeAfter("Dec 3rd 2026|AMSTERDAM")).contains("AMSTERDAM");
    assertThat(DateStamps.placeAfter("Dec 3, 2026 | Politics")).isEmpty();
    assertThat(DateStamps.placeAfter("Dec 3, 2026 - LONDON")).isEmpty();
    assertThat(DateStamps.placeAfter("Dec 3, 2026 | REUTERS")).isEmpty();
  }
}
