package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

  private static Datelines.Dateline read(String paragraph) {
    return Datelines.read(paragraph).orElseThrow();
  }

  @Test
  void readsThePlaceAndTheSourceOfWireAndLocalDatelines() {
    assertThat(read("LONG BEACH, Calif. (AP) — Dockworkers walked out."))
        .isEqualTo(new Datelines.Dateline("LONG BEACH, Calif.", "AP"));
    assertThat(read("FRANKFURT, Dec 4 (Reuters) - The bank cut rates."))
        .isEqualTo(new Datelines.Dateline("FRANKFURT", "Reuters"));
    assertThat(read("BOSTON — Two hospital groups agreed to merge."))
        .isEqualTo(new Datelines.Dateline("BOSTON", ""));
    assertThat(read("PITTSBURGH, Aug. 6, 2026 /PRNewswire/ -- Acme Robotics reported results."))
        .isEqualTo(new Datelines.Dateline("PITTSBURGH", ""));
  }

  @Test
  void aPublicationsNameWithADateInBracketsGivesTheStorysDate() {
    assertThat(read("Law360 (December 4, 2026, 6:12 PM EST) -- An Illinois federal judge ruled."))
        .isEqualTo(new Datelines.Dateline("", "", "December 4, 2026, 6:12 PM EST"));
    assertThat(read("Washington (CNN) — The Senate passed the bill.").date()).isEmpty();
  }

  @Test
  void aPlaceInOrdinaryCapitalsIsADatelineWhenASourceFollowsIt() {
    assertThat(read("Washington (CNN) — The Senate passed the bill."))
        .isEqualTo(new Datelines.Dateline("Washington", "CNN"));
    assertThat(read("Washington CNN — The Senate passed the bill."))
        .isEqualTo(new Datelines.Dateline("Washington", "CNN"));
    assertThat(read("New York (CNN Business) — Shares fell."))
        .isEqualTo(new Datelines.Dateline("New York", "CNN Business"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NASA — the space agency — said the launch would slip.",
        "Washington — a city of monuments — is also a city of renters.",
        "The Senate — narrowly — passed the bill.",
        "President Biden (D) — who signed it — was in Delaware.",
      })
  void anAsideIsNoDateline(String paragraph) {
    assertThat(Datelines.read(paragraph)).isEmpty();
  }

  @Test
  void aDatelinePrintedOnLinesOfItsOwnJoinsTheParagraphItOpens() {
    List<Line> lines =
        List.of(
            new Line("J. Scott Roe/AP", Line.Markup.NONE, false),
            new Line("Washington", Line.Markup.NONE, false),
            new Line("CNN", Line.Markup.NONE, false),
            new Line("—", Line.Markup.NONE, false),
            new Line("The Senate on Friday passed the bill.", Line.Markup.NONE, false),
            new Line("The vote was 71-25.", Line.Markup.NONE, true));
    assertThat(Datelines.joinSplit(lines))
        .extracting(Line::text)
        .containsExactly(
            "J. Scott Roe/AP",
            "Washington CNN — The Senate on Friday passed the bill.",
            "The vote was 71-25.");
  }

  @org.junit.jupiter.api.Test
  void aPlaceAndASpacedDashOpenAGermanPapersStory() {
    assertThat(Datelines.read("Schweinfurt – The news came on Friday morning at a works meeting."))
        .map(Datelines.Dateline::place)
        .contains("Schweinfurt");
    assertThat(Datelines.read("Meanwhile – the plant stays open.")).isEmpty();
  }

  @Test
  void anAgencyBetweenSlashesAfterThePlaceAndDateIsTheSource() {
    assertThat(read("MOSCOW, December 3. /TASS/. The Russian rail corridor opened on Thursday."))
        .isEqualTo(new Datelines.Dateline("MOSCOW", "TASS"));
    // a release's wire between slashes and a dash names no source of the story
    assertThat(read("PITTSBURGH, Aug. 6, 2026 /PRNewswire/ -- Acme Robotics reported results."))
        .isEqualTo(new Datelines.Dateline("PITTSBURGH", ""));
  }

  @Test
  void aReleasesDateBetweenThePlaceAndTheDashIsItsDate() {
    assertThat(
            read("DULUTH, Minn., Dec. 2, 2026 — Northshore Ore Carriers today announced a deal."))
        .isEqualTo(new Datelines.Dateline("DULUTH, Minn.", "", "Dec. 2, 2026"));
    // in the brackets a source takes
    assertThat(read("HALDEN, Ore. (Dec. 3, 2026) – The Halden City Council approved the upgrade."))
        .isEqualTo(new Datelines.Dateline("HALDEN, Ore.", "", "Dec. 3, 2026"));
  }
}
