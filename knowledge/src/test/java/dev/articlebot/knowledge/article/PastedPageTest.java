package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shapes of pasted pages, each read into the structure a reader of the page sees. */
class PastedPageTest {
  private final ArticleParser parser = new ArticleParser();

  @Test
  void aListInTheBodyIsKeptItemByItem() {
    String text =
        "Council Approves the New Flood Plan\n\nBy Ann Lee\n\n"
            + "The council approved the flood plan on Tuesday after a long debate.\n\n"
            + "The plan includes:\n"
            + "- a new pumping station at Victoria Road\n"
            + "- two storage lagoons upstream of the town\n\n"
            + "Work starts in the spring, the council said.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The council approved the flood plan on Tuesday after a long debate.",
            "The plan includes:",
            "- a new pumping station at Victoria Road",
            "- two storage lagoons upstream of the town",
            "Work starts in the spring, the council said.");
  }

  @Test
  void bulletsBetweenHeadlineAndBylineSummariseTheStoryAndAChartIsACaption() {
    String text =
        "Markets\nKestrel Cuts Sales Forecast as Customers Delay Orders\n"
            + "• Fourth-quarter revenue now seen at $2.05 billion to $2.15 billion\n"
            + "• Shares drop as much as 14% in extended trading in New York\n"
            + "By Grant Oyelaran\nDecember 3, 2026 at 4:12 PM EST\n"
            + "Kestrel Slides\nShares fell the most since October 2024\nSource: Varick\n"
            + "(Updates with analyst comment in fifth paragraph.)\n"
            + "Kestrel Semiconductor Inc. cut its revenue forecast for the current quarter.\n"
            + "Sales will be $2.05 billion to $2.15 billion, the company said.\n"
            + "Source: Varick\n"
            + "— With assistance from Hana Sorensen\n"
            + "Have a confidential tip for our reporters? Get in Touch\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Kestrel Cuts Sales Forecast as Customers Delay Orders");
    assertThat(a.authors()).containsExactly("Grant Oyelaran");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("Shares fell the most since October 2024 Source: Varick");
    // a sentence over a source line stays a sentence of the story
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Kestrel Semiconductor Inc. cut its revenue forecast for the current quarter.",
            "Sales will be $2.05 billion to $2.15 billion, the company said.");
  }

  @Test
  void aBoxOfStoriesWithTeasersSetApartByBlankLinesIsNoBodyButAParagraphAfterItIs() {
    String text =
        "Fire warning upgraded near Mudgee\n\nBy Ann Lee\n\n"
            + "An emergency warning is in place for the Wollar Road fire, the RFS said.\n\n"
            + "Related stories\n\n"
            + "How to prepare your bushfire survival plan before the summer peak\n"
            + "Fire authorities say most households still have nothing written down...\n\n"
            + "Hunter farmers count losses after fast-moving grass fire near Merriwa\n"
            + "Hundreds of hectares of pasture and dozens of kilometres of fencing were lost.\n\n"
            + "An evacuation centre has been opened at the Mudgee Showground.\n\n"
            + "Hot, windy conditions return on Friday\n\n"
            + "The bureau forecasts 41 degrees. Winds will gust to 70 km/h.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "An emergency warning is in place for the Wollar Road fire, the RFS said.",
            "An evacuation centre has been opened at the Mudgee Showground.",
            "The bureau forecasts 41 degrees. Winds will gust to 70 km/h.");
  }

  @Test
  void aBroadcastersClosingCreditGivesTheAgenciesAndEndsTheStory() {
    String text =
        "Rail strike halts trains across Germany\n\nDate 03.12.2026\n\n"
            + "A 48-hour strike halted most long-distance trains on Wednesday.\n\n"
            + "The union wants a 35-hour week.\n\n"
            + "ab/rm (dpa, Reuters)\n\nSend us your feedback\n";
    Article a = parser.parse("t", text);
    assertThat(a.agency()).isEqualTo("dpa, Reuters");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aPullQuoteThatRepeatsABodySentenceIsDropped() {
    String text =
        "Mayor Vows to Finish the Harbour Wall\n\nBy Ann Lee\n\n"
            + "“We will finish this wall before the winter storms,” the mayor said on Friday.\n\n"
            + "“We will finish this wall before the winter storms”\n\n"
            + "The wall is two years late and 30 percent over budget.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "“We will finish this wall before the winter storms,” the mayor said on Friday.",
            "The wall is two years late and 30 percent over budget.");
  }

  @Test
  void aPullQuoteIsFoundInsideALongerParagraphAndALongParagraphIsNeverTakenForOne() {
    String longParagraph =
        "The council met for six hours on Tuesday and heard from more than forty residents, most of"
            + " whom spoke against the plan to close the library on Elm Street, which has served the"
            + " neighbourhood since 1931 and which the county says now costs more to heat and repair"
            + " than any other building it owns, including the old courthouse and the two"
            + " fire stations on the river road.";
    String text =
        "Library Closure Delayed After Long Night\n\nBy Ann Lee\n\n"
            + longParagraph
            + " The vote was put off until May.\n\n"
            + "Most of whom spoke against the plan to close the library\n\n"
            + longParagraph
            + "\n\n"
            + "The library stays open until then.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            longParagraph + " The vote was put off until May.",
            longParagraph,
            "The library stays open until then.");
  }

  @Test
  void aShortLineThatIntroducesAQuotationIsKeptInATextWithoutBlankLines() {
    String text =
        "Boat Launch Approved for the Lake\nBy Ann Lee\n"
            + "The town approved a temporary boat launch on Monday after a long debate.\n"
            + "Kuhn added:\n"
            + "\"We want people back on the water by Memorial Day.\"\n"
            + "Her message:\n"
            + "\"Call us before you close the ramp.\"\n"
            + "Work starts next week, the town said.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The town approved a temporary boat launch on Monday after a long debate.",
            "Kuhn added:",
            "\"We want people back on the water by Memorial Day.\"",
            "Her message:",
            "\"Call us before you close the ramp.\"",
            "Work starts next week, the town said.");
  }

  @Test
  void aListOfKeyPointsAboveTheLeadIsBodyAndTheDatelineIsReadFromTheLead() {
    String text =
        "Rates Held as Inflation Eases\n\nBy Ann Lee\n\n"
            + "Key points:\n"
            + "• The bank held its main rate at 4 per cent\n"
            + "• Two members voted for a cut\n\n"
            + "LONDON (Reuters) - The Bank of England held rates on Thursday, as most economists"
            + " had expected.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Key points:",
            "• The bank held its main rate at 4 per cent",
            "• Two members voted for a cut",
            "LONDON (Reuters) - The Bank of England held rates on Thursday, as most economists had"
                + " expected.");
    assertThat(a.dateline()).isEqualTo("LONDON");
    assertThat(a.agency()).isEqualTo("Reuters");
  }

  @Test
  void nothingAfterTheCopyrightOrTheWireCreditsIsBody() {
    String text =
        "Rates Held Steady as Inflation Eases\n\nBy Ann Lee\n\n"
            + "The central bank held rates on Thursday, as expected by most economists.\n\n"
            + "Reporting by Ann Lee; Editing by Tom Roe\n\n"
            + "Our journalists follow the trust principles that we set out in our guide.\n\n"
            + "© 2026 The Paper. Everything here is ours and you may not copy it.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The central bank held rates on Thursday, as expected by most economists.");
  }

  @Test
  void aDateAboveTheNavigationDoesNotTakeTheHeadline() {
    String text =
        "Tuesday, December 2, 2026\nSubscribe\nNews\nSport\n\n"
            + "Bridge closes for repairs until the spring\n\n"
            + "By Ann Lee\nDecember 2, 2026\n\n"
            + "The old river bridge closed on Tuesday for repairs that will last until April.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Bridge closes for repairs until the spring");
    assertThat(a.published()).isEqualTo("December 2, 2026");
    assertThat(a.author()).isEqualTo("Ann Lee");
  }

  @Test
  void aHeadlineWithoutBylineOrDateIsTheLineAboveTheFirstParagraph() {
    String text =
        "Menu\nSearch\n\nVolunteers clean up the beach after the storm\n\n"
            + "About 200 volunteers spent Saturday clearing the beach of debris left by the storm.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Volunteers clean up the beach after the storm");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "About 200 volunteers spent Saturday clearing the beach of debris left by the storm.");
    assertThat(a.author()).isEmpty();
  }

  @Test
  void theAgencyAnswersWhoWroteItWhenNoPersonIsNamed() {
    String text =
        "Quake Shakes the Coast Overnight\n\nBy Reuters\n\n"
            + "TOKYO, Dec 4 (Reuters) - A strong earthquake shook the coast overnight, officials said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).isEmpty();
    assertThat(a.agency()).isEqualTo("Reuters");
    assertThat(a.author()).isEqualTo("Reuters");
    assertThat(a.dateline()).isEqualTo("TOKYO");
    assertThat(a.paragraphs().get(0).text()).startsWith("TOKYO, Dec 4 (Reuters) - A strong");
  }

  @Test
  void severalAuthorsReadAsOnePhrase() {
    String text =
        "Strike Ends After Nine Days\n\nBy Ann Lee, Tom Roe and Kim Park\n\n"
            + "The strike ended on Friday after nine days, the union said in a statement.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Ann Lee", "Tom Roe", "Kim Park");
    assertThat(a.author()).isEqualTo("Ann Lee, Tom Roe and Kim Park");
  }

  @Test
  void aBylineWithThePublicationAfterABarNamesEveryAuthorAndNoPaper() {
    String text =
        "Strike Ends After Nine Days at the Port\n\n"
            + "By Jill Lawless and Danica Kirka | The Associated Press\n"
            + "December 2, 2026\n\n"
            + "LONDON (AP) — Dock workers returned on Friday after a nine-day strike, the union"
            + " said.\n\n"
            + "The strike had closed the port to container ships since the start of the month.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Jill Lawless", "Danica Kirka");
    assertThat(a.agency()).isEqualTo("Associated Press");
    assertThat(a.paragraphs()).hasSize(2);

    String paper =
        "Council Sells the Old Depot\n\nBy Maria Feldman, The Hartford Sentinel\n\n"
            + "The council sold the old bus depot on Tuesday to a housing charity for $1.\n";
    assertThat(parser.parse("t", paper).authors()).containsExactly("Maria Feldman");
  }

  @Test
  void aNameWithALongRoleOrWithItsAgencyIsTheBylineWithoutBy() {
    String text =
        "Streaming Service Raises Prices Again\n\n"
            + "Mark Sweney Media business correspondent\n"
            + "Tue 1 Dec 2026 12.00 GMT\n\n"
            + "The streaming service will raise its prices for the second time this year, it said"
            + " on Tuesday.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Mark Sweney");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The streaming service will raise its prices for the second time this year, it said"
                + " on Tuesday.");

    String wire =
        "Oil Falls as Stocks Build\n\nJane Doe | Reuters\n\n"
            + "Oil prices fell on Wednesday after figures showed stocks rising for a third week.\n";
    Article w = parser.parse("t", wire);
    assertThat(w.authors()).containsExactly("Jane Doe");
    assertThat(w.agency()).isEqualTo("Reuters");
    assertThat(w.title()).isEqualTo("Oil Falls as Stocks Build");
  }

  @Test
  void aLastParagraphAfterAListOfLinksIsKept() {
    String text =
        "Council Meets Again in May on Budget\n\nBy Ann Lee\n\n"
            + "The council failed to agree a budget on Tuesday after a six-hour meeting.\n\n"
            + "Related\nBudget gap widens to $4 million\nLibrary hours cut again\n"
            + "Pool to close for repairs\n\n"
            + "The council meets again on May 4.\n\nShare\nPrint\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The council failed to agree a budget on Tuesday after a six-hour meeting.",
            "The council meets again on May 4.");
  }

  @Test
  void aParagraphThatOpensWithTheHeadlinesWordsOrRepeatsAShortSentenceIsKept() {
    String text =
        "Fire destroys warehouse in Leeds\n\nBy Ann Lee\n\n"
            + "Fire destroys warehouse in Leeds overnight, the fire service said on Sunday.\n\n"
            + "No one was hurt.\n\n"
            + "No one was hurt, the police said, but two nearby homes were evacuated.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Fire destroys warehouse in Leeds overnight, the fire service said on Sunday.",
            "No one was hurt.",
            "No one was hurt, the police said, but two nearby homes were evacuated.");
  }
}
