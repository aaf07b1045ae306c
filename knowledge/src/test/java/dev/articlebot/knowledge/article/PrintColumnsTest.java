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
}
