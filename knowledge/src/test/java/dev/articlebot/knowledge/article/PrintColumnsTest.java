package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintColumnsTest {

  /** A story from a newspaper's e-edition: indented paragraphs in narrow columns. */
  private static final String EDITION =
      """
      BY MEGAN HOLLOWAY
      Staff Writer
      The city’s rapid transit system
      will cost $41 million more than
      budgeted, the committee heard.
         The revised estimate puts the
      total cost of the project at $291
      million, up from $250 million.
         “I don’t think anyone here is
      surprised, but all are upset,” said
      Crews work on a station platform
      on Wednesday.
      PHOTO BY RAHUL BHATT / THE STAR
      Councillor Dana Okafor, who chairs
      the committee.
         “We opened up the road at Preston
      Avenue and found a water main where
      See TRANSIT, Page A4

      INSIDE Sports B1 | Business A9

      A4 THE NORTHERN STAR FRIDAY, DECEMBER 4, 2026
      Contractor blames
      buried utilities
      TRANSIT, from A1
      the drawings said there would be
      nothing,” Thibodeau said.
         Evelyn Saunders has organized a peti-
      “We were told this would be
      finished by spring.”
      EVELYN SAUNDERS
      Owner, Prairie Thread Co.
      tion asking the city to waive fees.
         “We were told this would be finished
      by spring,” Saunders said.
         She said that the contingency of

      NORTHERNSTAR.CA  A4  FRIDAY, DECEMBER 4, 2026

      eight per cent was low.
      """;

  @Test
  void anIndentOpensAParagraphAndAJumpARunningHeadAndAPullQuoteGo() {
    String flowed = PrintColumns.reflow(EDITION).text();
    assertThat(flowed)
        .contains("\n\n   The revised estimate puts the\n")
        .contains("Preston\nAvenue and found a water main where\nthe drawings said there")
        .contains("has organized a peti-\ntion asking the city")
        .contains("She said that the contingency of\neight per cent was low.")
        .doesNotContain("See TRANSIT")
        .doesNotContain("Contractor blames")
        .doesNotContain("NORTHERNSTAR.CA")
        .doesNotContain("EVELYN SAUNDERS")
        .doesNotContain("Owner, Prairie Thread Co.");
  }

  @Test
  void aCaptionCutIntoAParagraphMovesWholeToJustBeforeIt() {
    String flowed = PrintColumns.reflow(EDITION).text();
    assertThat(flowed)
        .contains(
            "million, up from $250 million.\n\n"
                + "Crews work on a station platform\non Wednesday.\n"
                + "PHOTO BY RAHUL BHATT / THE STAR\n\n"
                + "   “I don’t think anyone here is\nsurprised, but all are upset,” said\n"
                + "Councillor Dana Okafor, who chairs");
  }

  @Test
  void aPageReadsAsItsParagraphs() {
    Article a = new ArticleParser().parse("brt", "BRT PRICE TAG CLIMBS\n\n" + EDITION);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .contains(
            "“I don’t think anyone here is surprised, but all are upset,” said Councillor Dana"
                + " Okafor, who chairs the committee.",
            "“We opened up the road at Preston Avenue and found a water main where the drawings"
                + " said there would be nothing,” Thibodeau said.",
            "Evelyn Saunders has organized a petition asking the city to waive fees.",
            "She said that the contingency of eight per cent was low.");
    assertThat(a.published()).isEqualTo("FRIDAY, DECEMBER 4, 2026");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Crews work on a station platform on Wednesday. PHOTO BY RAHUL BHATT / THE STAR");
  }

  @Test
  void textWithoutIndentedParagraphsOrTooShortForColumnsIsLeftAsItIs() {
    String unindented = EDITION.replaceAll("\n   ", "\n");
    assertThat(PrintColumns.reflow(unindented).text()).isEqualTo(unindented);
    assertThat(PrintColumns.reflow("A short note.\n   Indented.\n").text())
        .isEqualTo("A short note.\n   Indented.\n");
  }

  @Test
  void aScannedClippingsRaggedColumnReadsAsItsParagraphsWithItsDateAndCaption() {
    // an OCR'd column: lines of 30-54 characters, paragraphs opened by an indent or a blank line
    String clipping =
        "THE MIDLANDS COURIER    Friday, December 4, 2026    A3\n\n"
            + "STORM EXPOSES FAILING PUMPS\n\n"
            + "By Marcus Telfair\nCourier Staff Writer\n\n"
            + "  Three of Carrow County’s 11 stormwater pump\n"
            + "stations stopped working during Saturday’s\n"
            + "storm, leaving dozens of homes in Ashby and\n"
            + "Pell Ridge standing in water for more than a day,\n"
            + "county officials acknowledged this week.\n"
            + "  The commissioner said that she would ask fellow\n"
            + "commissioners on Dec. 10 to declare a\n"
            + "local emergency, a step that would let the county\n"
            + "hire contractors without the usual bidding\n"
            + "process.\n"
            + "  The director said the county’s stormwater budget\n"
            + "for this fiscal year is $2.3 million, most\n"
            + "of it spent on ditch maintenance and cul-\n"
            + "vert repairs, and that a full rebuild of the\n"
            + "three stations could cost more than $4 million.\n\n"
            + "Workers from Delacroix Pump & Electric repair the\n"
            + "Mill Creek pump station on Tuesday in Ashby.\n"
            + "STAFF PHOTO/DANA WHITLOCK\n"
            + "  On Brindle Court, near the corner of\n"
            + "Whitfield Road in Ashby, homeowner Dolores\n"
            + "Please see PUMPS, Page A6\n\n"
            + "A6 Friday, December 4, 2026 THE MIDLANDS COURIER\n\n"
            + "PUMPS, from Page A3\n"
            + "Pruitt said water reached her porch by mid-\n"
            + "night and her living room by 3 a.m.\n";
    Article a = new ArticleParser().parse("clip", clipping);
    assertThat(a.published()).isEqualTo("Friday, December 4, 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Three of Carrow County’s 11 stormwater pump stations stopped working during"
                + " Saturday’s storm, leaving dozens of homes in Ashby and Pell Ridge standing in"
                + " water for more than a day, county officials acknowledged this week.",
            "The commissioner said that she would ask fellow commissioners on Dec. 10 to declare a"
                + " local emergency, a step that would let the county hire contractors without the"
                + " usual bidding process.",
            "The director said the county’s stormwater budget for this fiscal year is $2.3"
                + " million, most of it spent on ditch maintenance and culvert repairs, and that a"
                + " full rebuild of the three stations could cost more than $4 million.",
            "On Brindle Court, near the corner of Whitfield Road in Ashby, homeowner Dolores Pruitt"
                + " said water reached her porch by midnight and her living room by 3 a.m.");
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
    // set apart by a blank line, the caption stays whole where it is
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Workers from Delacroix Pump & Electric repair the Mill Creek pump station on Tuesday"
                + " in Ashby. STAFF PHOTO/DANA WHITLOCK");
  }
}
