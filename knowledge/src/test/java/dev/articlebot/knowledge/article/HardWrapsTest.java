package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {

  private static List<String> join(String text) {
    return HardWraps.join(PastedText.lines(text)).stream().map(Line::text).toList();
  }

  @Test
  void joinsLinesAFixedWidthWrapBrokeAndKeepsShortLabelsApart() {
    String text =
        "Video\n"
            + "Floodwater fills yards along East 41st Place in Cherry Hollow after a\n"
            + "water main break Monday afternoon.\n"
            + "\n"
            + "The break happened around 1:40 p.m. near East 41st Place and South\n"
            + "Quincy Avenue, according to the city. Crews were not able to close\n"
            + "all of the valves until 3:25 p.m. She had a message for city leaders:\n"
            + "\"Call us.\"\n";
    assertThat(join(text))
        .containsExactly(
            "Video",
            "Floodwater fills yards along East 41st Place in Cherry Hollow after a water main"
                + " break Monday afternoon.",
            "The break happened around 1:40 p.m. near East 41st Place and South Quincy Avenue,"
                + " according to the city. Crews were not able to close all of the valves until"
                + " 3:25 p.m. She had a message for city leaders: \"Call us.\"");
  }

  @Test
  void withoutBlankLinesAParagraphEndsWhereTheNextWordWouldHaveFitted() {
    String text =
        "The ferry that links the port with the islands of the lake will return\n"
            + "to service in April, the board said.\n"
            + "Island residents say the suspension has been hard on older people and\n"
            + "on families. They waited all winter:\n"
            + "\"My shelves are half empty,\" one shop owner said of the long winter.\n";
    assertThat(join(text))
        .containsExactly(
            "The ferry that links the port with the islands of the lake will return to service in"
                + " April, the board said.",
            "Island residents say the suspension has been hard on older people and on families."
                + " They waited all winter:",
            "\"My shelves are half empty,\" one shop owner said of the long winter.");
  }

  @Test
  void textWithAParagraphALineIsNotJoined() {
    String text =
        "The European Central Bank cut interest rates on Friday for the first time in 18 months"
            + " as a stalling economy outweighed warnings.\n"
            + "The ECB lowered the rate it pays on bank deposits by 25 basis points to 1.75%, in"
            + " line with expectations.\n"
            + "Varga said:\n"
            + "\"We have taken a step today.\"\n";
    assertThat(join(text)).hasSize(4);
  }

  @Test
  void aLineLongerThanTheWrapWidthWasNotWrappedAndEndsWhereItEnds() {
    String text =
        "The city council voted on Monday to add bus lanes along two\n"
            + "miles of Mill Road, a project that officials say will cut\n"
            + "journey times for about 9,000 riders a day.\n"
            + "Work will begin in March and is expected to take six months, the council said in a"
            + " statement released after the vote on Monday evening.\n"
            + "Shop owners on the road have opposed the plan for more than\n"
            + "a year, saying the loss of parking will cost them customers.\n"
            + "The council said it would add 40 spaces in a nearby car park\n"
            + "to make up for those lost on the street itself.\n";
    assertThat(join(text))
        .containsExactly(
            "The city council voted on Monday to add bus lanes along two miles of Mill Road, a"
                + " project that officials say will cut journey times for about 9,000 riders a day.",
            "Work will begin in March and is expected to take six months, the council said in a"
                + " statement released after the vote on Monday evening.",
            "Shop owners on the road have opposed the plan for more than a year, saying the loss of"
                + " parking will cost them customers.",
            "The council said it would add 40 spaces in a nearby car park to make up for those lost"
                + " on the street itself.");
  }

  @Test
  void aLineThatEndsInAnArticleOrAPrepositionGoesOnWhateverTheNextLineStartsWith() {
    // some paragraphs wrapped at 80 characters, others not wrapped at all: no width to go by
    String text =
        "Councillor Deepak Varma, the cabinet member for transport, said the first £40million"
            + " raised would pay for 120 electric buses and a new tram spur to Darnall.\n\n"
            + "Residents of the zone and blue badge holders will receive a 90 per cent\n"
            + "discount, while emergency vehicles and vans delivering to\n"
            + "Castle Market traders before 7am will be exempt.\n\n"
            + "According to Strickland, 62 per cent of the 410 firms the chamber surveyed in\n"
            + "October said the charge would make them less likely to renew their leases.\n\n"
            + "City Hall and operator agree trial of longer hours as dispute over fares drags on\n"
            + "Published: 4 Dec 2026 at 14:32\n";
    assertThat(join(text))
        .containsExactly(
            "Councillor Deepak Varma, the cabinet member for transport, said the first £40million"
                + " raised would pay for 120 electric buses and a new tram spur to Darnall.",
            "Residents of the zone and blue badge holders will receive a 90 per cent discount,"
                + " while emergency vehicles and vans delivering to Castle Market traders before"
                + " 7am will be exempt.",
            "According to Strickland, 62 per cent of the 410 firms the chamber surveyed in October"
                + " said the charge would make them less likely to renew their leases.",
            "City Hall and operator agree trial of longer hours as dispute over fares drags on",
            "Published: 4 Dec 2026 at 14:32");
  }

  @Test
  void inABlankSeparatedTextAColonJoinsTheQuotationUnderItInTheSameBlock() {
    String text =
        "The town will pay for a temporary launch, the manager said on Monday.\n\n"
            + "Kuhn added:\n"
            + "\"We want people back on the water by Memorial Day.\"\n\n"
            + "Ostrowski said:\n\n"
            + "\"People moved here for the fields.\"\n";
    assertThat(join(text))
        .containsExactly(
            "The town will pay for a temporary launch, the manager said on Monday.",
            "Kuhn added: \"We want people back on the water by Memorial Day.\"",
            "Ostrowski said:",
            "\"People moved here for the fields.\"");
  }

  @Test
  void aWordCutByAHyphenAtTheWrapIsWholeAgainAndACompoundKeepsItsHyphen() {
    String text =
        "Nurses say staffing at the hospital is short on most nights, and the union wants long-\n"
            + "term limits on how many patients a nurse may have; the state says the staff-\n"
            + "ing rules already apply to every unit of every hospital in the state this year.\n";
    assertThat(join(text))
        .containsExactly(
            "Nurses say staffing at the hospital is short on most nights, and the union wants"
                + " long-term limits on how many patients a nurse may have; the state says the"
                + " staffing rules already apply to every unit of every hospital in the state this"
                + " year.");
  }

  @Test
  void whereBlankLinesSeparateParagraphsAFullLineGoesOnEvenIfTheNextWordWouldHaveFitted() {
    // wrapped at 80 by the look of the letters: "Health" would have fitted after "Northway"
    String text =
        "The Rock River Nurses Association, which represents about 1,900 nurses at\n"
            + "two hospitals, released an analysis Tuesday of 1,140 shift logs its members kept\n"
            + "from August through November at the two hospitals in the city of Rockford, Ill.\n"
            + "\n"
            + "The findings come two weeks before a state board decides whether Northway\n"
            + "Health can put off full compliance for up to 18 months under a hardship\n"
            + "provision.\n"
            + "\n"
            + "The board meets on Dec. 14.\n";
    assertThat(join(text))
        .containsExactly(
            "The Rock River Nurses Association, which represents about 1,900 nurses at two"
                + " hospitals, released an analysis Tuesday of 1,140 shift logs its members kept"
                + " from August through November at the two hospitals in the city of Rockford,"
                + " Ill.",
            "The findings come two weeks before a state board decides whether Northway Health"
                + " can put off full compliance for up to 18 months under a hardship provision.",
            "The board meets on Dec. 14.");
  }

  @Test
  void aWordCutAtTheWrapLosesItsHyphenWhenTheWholeIsAnEnglishWord() {
    String text =
        "According to the director, utility reloca-\n"
            + "tions account for about $23 million of the\n"
            + "new estimate, with the remainder split be-\n"
            + "tween steel prices and the cost of keeping\n"
            + "crews on the site; the riders who use e-\n"
            + "bikes and those who hold monthly long-\n"
            + "term passes are not affected by the change.\n";
    assertThat(join(text))
        .containsExactly(
            "According to the director, utility relocations account for about $23 million of the"
                + " new estimate, with the remainder split between steel prices and the cost of"
                + " keeping crews on the site; the riders who use e-bikes and those who hold"
                + " monthly long-term passes are not affected by the change.");
  }

  @Test
  void aWrappedLineALittleOverTheWidthStillGoesOn() {
    // set in proportional letters: the caption's first line is a few characters over the width
    String text =
        "After more than five hours of public comment, the city council voted 5-2 early on\n"
            + "a Friday to approve a $48 million expansion of the water treatment plant, which\n"
            + "officials say is needed to keep up with growth on the east side of the city.\n"
            + "\n"
            + "Residents wait to address the city council during a special meeting on the Ellery\n"
            + "Road plant expansion on Thursday. (Dale Kimura/The Valley Courier)\n"
            + "\n"
            + "The vote clears the way for construction to begin next spring, and it locks in\n"
            + "a series of rate increases that opponents warned would fall hardest on renters.\n";
    assertThat(join(text))
        .hasSize(3)
        .element(1)
        .isEqualTo(
            "Residents wait to address the city council during a special meeting on the Ellery"
                + " Road plant expansion on Thursday. (Dale Kimura/The Valley Courier)");
  }

  @Test
  void inANarrowColumnALineOfFewWordsGoesOnUnlessLeftShortOrClosingAQuotation() {
    String text =
        """
        Saskatoon’s bus rapid transit system
        will cost about $41 million more
        than budgeted, the committee heard.

        Evelyn Saunders, who owns Prairie
        Thread Co., said her sales are down
        by about a third since the work began.
        Businesses feel the pinch
        “I’m not interested in blaming staff.
        I’m interested in not doing this again,”
        the councillor said. The vote was 5-1.
        “We finish it,” the mayor said later.
        """;
    assertThat(join(text))
        .containsExactly(
            "Saskatoon’s bus rapid transit system will cost about $41 million more than budgeted,"
                + " the committee heard.",
            "Evelyn Saunders, who owns Prairie Thread Co., said her sales are down by about a"
                + " third since the work began.",
            "Businesses feel the pinch",
            "“I’m not interested in blaming staff. I’m interested in not doing this again,” the"
                + " councillor said. The vote was 5-1.",
            "“We finish it,” the mayor said later.");
  }

  @Test
  void theItemsOfAListOrAFactBoxWhoseBreaksNoWidthExplainsStayApart() {
    String text =
        """
        Three steps would make the biggest difference:

        metering every bore that draws more than a few megalitres a year, including stock bores
        linking extraction limits to real-time water levels, not annual allocations
        paying farmers to rest the most stressed parts of an aquifer in dry years, as some states do.
        """;
    assertThat(join(text))
        .containsExactly(
            "Three steps would make the biggest difference:",
            "metering every bore that draws more than a few megalitres a year, including stock"
                + " bores",
            "linking extraction limits to real-time water levels, not annual allocations",
            "paying farmers to rest the most stressed parts of an aquifer in dry years, as some"
                + " states do.");
    String box =
        """
        The tower will be the tallest on the waterfront.

        BY THE NUMBERS
        14 storeys, or 48 metres, at the tower’s highest point
        212 hotel rooms and 36 condominium units
        $118 million estimated construction cost
        """;
    assertThat(join(box))
        .containsExactly(
            "The tower will be the tallest on the waterfront.",
            "BY THE NUMBERS",
            "14 storeys, or 48 metres, at the tower’s highest point",
            "212 hotel rooms and 36 condominium units",
            "$118 million estimated construction cost");
  }

  @Test
  void aParagraphWrappedAtOneWidthUnderAColonStillJoins() {
    String text =
        """
        The council set out its plan:

        Crews will replace the pumps at the Tanner's Branch station first, then move to
        the two older stations on the river, which flooded twice in the storms of 2024
        and again this autumn.
        """;
    assertThat(join(text))
        .containsExactly(
            "The council set out its plan:",
            "Crews will replace the pumps at the Tanner's Branch station first, then move to the"
                + " two older stations on the river, which flooded twice in the storms of 2024 and"
                + " again this autumn.");
  }

  @Test
  void aDropCapPastedOnALineOfItsOwnJoinsItsWord() {
    assertThat(join("W\nhen the ferry left, the horn sounded twice.\n"))
        .containsExactly("When the ferry left, the horn sounded twice.");
    // "A" is a word of its own where "A" and the next word spelled together are none
    assertThat(join("A\nfew minutes later the ramp came down.\n"))
        .containsExactly("A few minutes later the ramp came down.");
    assertThat(join("I\nt was the last crossing.\n")).containsExactly("It was the last crossing.");
  }

  @Test
  void aTablePastedWithTabsKeepsARowToALine() {
    List<Line> lines =
        HardWraps.join(
            PastedText.lines(
                "Results for the ward\nCandidate\tVotes\tPct.\nAnya Brook\t1,204\t52.1%\n"
                    + "Lionel Tate\t1,107\t47.9%\n"));
    assertThat(lines)
        .extracting(Line::text)
        .containsExactly(
            "Results for the ward",
            "Candidate Votes Pct.",
            "Anya Brook 1,204 52.1%",
            "Lionel Tate 1,107 47.9%");
    assertThat(lines).extracting(Line::markup).last().isEqualTo(Line.Markup.ROW);
    // two lines with tabs are no table: a search tool's fields
    assertThat(HardWraps.join(PastedText.lines("Type\tNews\nSource\tLedger\n")))
        .extracting(Line::markup)
        .containsOnly(Line.Markup.NONE);
  }

  @Test
  void aTableSetInFixedWidthTypeKeepsARowToALineAndProseWithDoubleSpacesIsNoTable() {
    List<Line> standings =
        HardWraps.join(
            PastedText.lines(
                "Team            League  Overall\nHarbor Ridge    5-0     9-1\n"
                    + "Westfield       3-1     7-2\n"));
    assertThat(standings)
        .extracting(Line::text)
        .containsExactly("Team League Overall", "Harbor Ridge 5-0 9-1", "Westfield 3-1 7-2");
    // a game's line score: two rows of the same cells
    assertThat(
            HardWraps.join(
                PastedText.lines(
                    "Cedar Point  15  15  19  —  62\nHarbor Ridge  20  18  13  —  71\n")))
        .extracting(Line::markup)
        .containsOnly(Line.Markup.ROW);
    // sentences with two spaces after their stops are running text
    assertThat(
            HardWraps.join(
                PastedText.lines(
                    "The council met on Monday.  It voted to close the library on Sundays from"
                        + " March.\nResidents objected.  Many said the branch was the only"
                        + " quiet place in town.\nThe mayor said the cut would save $40,000.  A"
                        + " second vote is due in April.\n")))
        .extracting(Line::markup)
        .containsOnly(Line.Markup.NONE);
  }
}
