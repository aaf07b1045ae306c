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

  @Test
  void aShortHeadingEndsAListOfLinksAndARelatedLabelMayBeSingular() {
    String text =
        "Senate passes rail safety bill\nBy Ann Lee\n\n"
            + "The Senate passed the rail safety bill on Wednesday by a vote of 61 to 38.\n\n"
            + "Related article\n"
            + "NTSB: Overheated bearing went undetected for 15 miles before derailment\n"
            + "Industry pushback\n"
            + "The freight rail industry argued the crew-size rule would add costs, its group said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Senate passed the rail safety bill on Wednesday by a vote of 61 to 38.",
            "The freight rail industry argued the crew-size rule would add costs, its group said.");
    assertThat(a.paragraphs().get(1).section()).isEqualTo("Industry pushback");
  }

  @Test
  void theLeadPicturesTitleAndCaptionAboveTheBylineAreNeitherHeadlineNorDek() {
    String text =
        "Warehouse fire forces hundreds from homes in north Toledo\n"
            + "Warehouse fire in north Toledo forces evacuations\n"
            + "Crews battled the fire at the warehouse on Benore Road for more than seven hours.\n"
            + "Source: WTLX\n"
            + "By Kendra Mills\n"
            + "Published: Dec. 3, 2026 at 4:51 PM EST\n"
            + "A fire that tore through a north Toledo warehouse Thursday forced about 340 people"
            + " from their homes.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Warehouse fire forces hundreds from homes in north Toledo");
    assertThat(a.dek()).isEmpty();
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Crews battled the fire at the warehouse on Benore Road for more than seven hours."
                + " Source: WTLX");
  }

  @Test
  void aReaderViewCopyGivesItsDekUnderTheByline() {
    String text =
        "lakeshorecourier.com\n"
            + "Dredging dispute leaves Muskegon harbor half-dug as shipping season closes\n"
            + "By Dana Kowalczyk, Staff writer\n"
            + "8–10 minutes\n"
            + "Published Dec. 3, 2026 at 6:00 a.m.\n\n"
            + "Contractor pulls its dredge over a bill for contaminated sediment; the commission"
            + " says the contract says otherwise\n"
            + "The dredge sits idle near the Mart Dock on Monday. (Dana Kowalczyk / Lakeshore"
            + " Courier)\n\n"
            + "The dredge Marit H has sat silent off the Mart Dock since Nov. 18, its crew sent"
            + " home.\n\n"
            + "Who pays for the mercury?\n"
            + "The commission does not dispute the lab results, the harbor master said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.dek())
        .isEqualTo(
            "Contractor pulls its dredge over a bill for contaminated sediment; the commission"
                + " says the contract says otherwise");
    assertThat(a.paragraphs()).hasSize(2);
    // a question set off above and not below heads its section
    assertThat(a.paragraphs().get(1).section()).isEqualTo("Who pays for the mercury?");
  }

  @Test
  void anExplainersKickedHeadlineCapitalQuestionsAndGalleryCaptions() {
    String text =
        "Commodities\n"
            + "Explainer: Why the Danube grain corridor deal is stalling\n"
            + "By Lena Petrov and Omar Haddad\n"
            + "December 4, 2026 3:12 PM GMT+1 Updated 2 hours ago\n"
            + "[1/2]A barge sails on the Danube near Galati, Romania, August 14, 2026."
            + " REUTERS/Andrei Mocanu/File Photo Purchase Licensing Rights, opens new tab\n"
            + "BUCHAREST, Dec 4 (Reuters) - A plan to move grain down the Danube has stalled.\n"
            + "WHAT IS THE CORRIDOR?\n"
            + "The corridor was agreed in principle by Romania, Moldova and Ukraine in June.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Explainer: Why the Danube grain corridor deal is stalling");
    assertThat(a.authors()).containsExactly("Lena Petrov", "Omar Haddad");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "A barge sails on the Danube near Galati, Romania, August 14, 2026."
                + " REUTERS/Andrei Mocanu/File Photo");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().get(1).section()).isEqualTo("WHAT IS THE CORRIDOR?");
  }

  @Test
  void anInterviewersQuestionsStayParagraphs() {
    String text =
        "Nell Ashdown: ‘I made him up on a train’\nInterview by Fiona Hesketh\n"
            + "Sun 29 Nov 2026 09.00 GMT\n"
            + "Nell Ashdown keeps the letter in a kitchen drawer, under the takeaway menus.\n"
            + "Nothing at all?\n"
            + "Shopping lists. Witness statements – I wrote a lot of witness statements.\n"
            + "Tell me about the day you gave evidence.\n"
            + "I was in the witness box for most of a day, and it felt like a week.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Fiona Hesketh");
    assertThat(a.paragraphs()).hasSize(5);
    assertThat(a.sections()).allSatisfy(s -> assertThat(s.heading()).isEmpty());
  }

  @Test
  void aVideosTitleRunningTimeAndDescriptionAreNoBody() {
    String text =
        "Council approves fare cap\nBy Ann Lee\n\n"
            + "Council voted 9-7 in favour of the 18-month pilot after three hours of debate.\n\n"
            + "'It adds up fast'\n\n"
            + "Tamsin Beardy, 24, is a nursing student who commutes from the North End.\n\n"
            + "WATCH | Riders react to the fare cap plan:\n"
            + "Winnipeg transit riders weigh in on monthly fare cap\n"
            + "Duration 2:14\n"
            + "Some riders say a monthly cap on fares would take the guesswork out of budgeting.\n\n"
            + "The Winnipeg Riders Alliance said in a statement that the cap was overdue.\n\n"
            + "ABOUT THE AUTHOR\n\nAnn Lee\n\nAnn Lee covers city hall for CBN Manitoba.\n\n"
            + "With files from The Canadian Press\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Council voted 9-7 in favour of the 18-month pilot after three hours of debate.",
            "Tamsin Beardy, 24, is a nursing student who commutes from the North End.",
            "The Winnipeg Riders Alliance said in a statement that the cap was overdue.");
    assertThat(a.paragraphs().get(1).section()).isEqualTo("'It adds up fast'");
    assertThat(a.agency()).isEqualTo("The Canadian Press");
  }

  @Test
  void aForwardedNewsletterIsReadFromItsStory() {
    String text =
        "Hi all — FYI for Thursday's meeting, see the piece below. — Sam\n\n"
            + "---------- Forwarded message ---------\n"
            + "From: The Morning Beacon <newsletters@eastfieldbeacon.org>\n"
            + "Date: Wed, Dec 2, 2026 at 6:02 AM\n"
            + "Subject: Water rates jump 14.5% | Parade detours\n"
            + "To: <sam@example.org>\n\n"
            + "View this email in your browser\n\n[image: The Morning Beacon]\n\n"
            + "Good morning, Eastfield!\n\n"
            + "In today's edition: Water rates jump 14.5% • Holiday parade detours\n\n"
            + "Today: Cloudy, a few flurries after 3 p.m. High 38, low 27.\n\n"
            + "Presented by Eastfield Community Credit Union\n\n"
            + "Eastfield water board approves 14.5% rate hike\n\n"
            + "By Priya Raman, Eastfield Beacon\n\n"
            + "Published Dec. 1, 2026 at 10:48 p.m.\n\n"
            + "The Eastfield water board voted 4-1 Tuesday night to raise rates 14.5% next year.\n\n"
            + "Thanks for reading. Forward this to a friend who loves Eastfield as much as you do.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Eastfield water board approves 14.5% rate hike");
    assertThat(a.authors()).containsExactly("Priya Raman");
    assertThat(a.published()).isEqualTo("Dec. 1, 2026 at 10:48 p.m.");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Eastfield water board voted 4-1 Tuesday night to raise rates 14.5% next year.");
  }

  @Test
  void aDateLineOfHeaderFieldsWithoutAnAddressKeepsItsMeaning() {
    String text =
        "Council approves budget\nDate: Dec 2, 2026\nSubject: the budget\n\n"
            + "The council approved the budget on Tuesday after a long debate.\n";
    assertThat(parser.parse("t", text).published()).isEqualTo("Dec 2, 2026");
  }

  @Test
  void aStoryPrintedToPdfLosesItsPageHeadersAndFootersAndReadsOnAcrossPages() {
    String line = "The findings come two weeks before a state board is scheduled to decide whether";
    String text =
        "12/3/26, 9:14 AM Nurses say ratios law is ignored | The Riverbend Courier\n"
            + "Nurses say ratios law is ignored\n"
            + "By Dana Whitlock | The Riverbend Courier\n\n"
            + line
            + "\nNorthway Health, the system that owns St. Aldric, can put off full compliance for\n"
            + "up to 18 months under a hardship provision in the law, a staff-\n"
            + "https://www.riverbendcourier.com/2026/12/03/nurses/ 1/2\n"
            + "12/3/26, 9:14 AM Nurses say ratios law is ignored | The Riverbend Courier\n"
            + "ing shortfall the state must weigh, the board said on Tuesday in a short statement.\n\n"
            + "The staffing law took effect in July and applies to every hospital in the state.\n"
            + "https://www.riverbendcourier.com/2026/12/03/nurses/ 2/2\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Nurses say ratios law is ignored");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            line
                + " Northway Health, the system that owns St. Aldric, can put off full compliance"
                + " for up to 18 months under a hardship provision in the law, a staffing shortfall"
                + " the state must weigh, the board said on Tuesday in a short statement.",
            "The staffing law took effect in July and applies to every hospital in the state.");
  }

  @Test
  void aBylineOfSlashedPartsAColonDatelineAFilePhotoAndAnIntroducedListAreRead() {
    String text =
        "News / City News / Pune News / PMC panel clears water meter plan\n"
            + "PMC panel clears Rs 486-crore water meter plan for Pune homes\n"
            + "Aditi Kulkarni / TNN / Updated: Dec 3, 2026, 14:05 IST\n"
            + "Follow us\n\n"
            + "PUNE: The standing committee on Tuesday approved a Rs 486-crore water meter plan.\n\n"
            + "A technician fits a meter at a housing society in Bibwewadi. (TNC file photo)\n\n"
            + "The proposed residential slabs, per connection per month, are:\n\n"
            + "Up to 15,000 litres: Rs 7 per 1,000 litres\n\n"
            + "Above 15,000 litres: Rs 12 per 1,000 litres\n\n"
            + "A minimum monthly charge of Rs 90 will apply to every connection.\n\n"
            + "Top Comment\n\nMeter is ok but first stop the leakages, the commissioner should act.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("PMC panel clears Rs 486-crore water meter plan for Pune homes");
    assertThat(a.authors()).containsExactly("Aditi Kulkarni");
    assertThat(a.agency()).isEqualTo("TNN");
    assertThat(a.dateline()).isEqualTo("PUNE");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "A technician fits a meter at a housing society in Bibwewadi. (TNC file photo)");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "PUNE: The standing committee on Tuesday approved a Rs 486-crore water meter plan.",
            "The proposed residential slabs, per connection per month, are:",
            "Up to 15,000 litres: Rs 7 per 1,000 litres",
            "Above 15,000 litres: Rs 12 per 1,000 litres",
            "A minimum monthly charge of Rs 90 will apply to every connection.");
  }

  @Test
  void aRadioPagesHeaderTranscriptNoticeAndAByOnALineOfItsOwn() {
    String text =
        "Morning Report\n\n"
            + "A rural hospital stopped delivering babies. Now some moms drive 90 minutes\n\n"
            + "December 2, 20265:04 AM ET\n\n"
            + "Heard on Morning Report\n\n"
            + "By\n\nLucia Ferrante\n\n"
            + "Transcript\n\n"
            + "GRANT HOLLOWAY, HOST: The maternity ward in Keller closed in March, and mothers now"
            + " drive to Wichita.\n\n"
            + "Transcript provided by NPV, Copyright NPV.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("A rural hospital stopped delivering babies. Now some moms drive 90 minutes");
    assertThat(a.authors()).containsExactly("Lucia Ferrante");
    assertThat(a.published()).isEqualTo("December 2, 20265:04 AM ET");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "GRANT HOLLOWAY, HOST: The maternity ward in Keller closed in March, and mothers now"
                + " drive to Wichita.");
  }

  @Test
  void anAggregatorsStoryByLineCopyrightCaptionsSponsorBoxAndFeedAreSetApart() {
    String text =
        "Lakeview Tribune logo\nLakeview Tribune\nFollow\n"
            + "Marlow County Schools to cut 14 bus routes in January\n"
            + "Story by Megan Albright • 2h\n"
            + "A school bus pulls out of the north depot on Tuesday. © Provided by Lakeview Tribune\n\n"
            + "Marlow County Schools will eliminate 14 of its 96 bus routes beginning Jan. 4.\n\n"
            + "Related video: Ohio districts scramble as bus driver shortage forces route cuts\n\n"
            + "Sponsored Content\nAd\n"
            + "Ohio Drivers Who Drive Less Than 50 Miles a Day Are Switching to This Plan\n"
            + "SmartSaver Auto Quotes\nLearn more\n\n"
            + "The district adds 3 routes to its list of those under review, the board said.\n\n"
            + "Megan Albright covers education for the Lakeview Tribune. Reach her at"
            + " malbright@lakeviewtribune.com.\n\n"
            + "Like\nComments\n8\nShare\n\nMore for You\n\nWKLV 7 Toledo\n"
            + "Toledo Public Schools adds 3 bus routes after hiring surge\n1d\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Megan Albright");
    assertThat(a.published()).isEqualTo("2h");
    assertThat(a.dek()).isEmpty();
    assertThat(a.captions()).hasSize(1);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Marlow County Schools will eliminate 14 of its 96 bus routes beginning Jan. 4.",
            "The district adds 3 routes to its list of those under review, the board said.");
  }

  @Test
  void aWritersNoteOnThemselvesAndACourtesyCreditAreNoBody() {
    String text =
        "Utility's battery project slips again\nRenata Sokolov\nPublished Dec 3, 2026\n\n"
            + "SALEM, Ore. — Oregon's board spent six hours on Tuesday questioning the utility.\n\n"
            + "Crews install battery enclosures at the site in October. Photo courtesy of Cascade"
            + " Crest Energy\n\n"
            + "The project was approved in May 2024 at an estimated cost of $312 million.\n\n"
            + "I cover utilities and grid policy across the Pacific Northwest. Tips welcome: message"
            + " me here. Views are my own.\n";
    Article a = parser.parse("t", text);
    assertThat(a.captions()).hasSize(1);
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aLinkWithItsLabelTakesTheCardUnderItAlong() {
    String text =
        "Schools cut 14 bus routes\nBy Megan Albright\n\n"
            + "Marlow County Schools will eliminate 14 of its 96 bus routes beginning Jan. 4.\n\n"
            + "Related video: Ohio districts scramble as bus driver shortage forces route cuts\n"
            + "WKLV 7 Toledo\n"
            + "Ohio districts scramble as bus driver shortage forces route cuts\n"
            + "2:14\n\n"
            + "‘Drivers are tired’\n\n"
            + "Transportation Director Gary Whitfield said the department has hired 11 drivers.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("", "‘Drivers are tired’");
  }

  @Test
  void aBroadcastersBylineWithItsJobAndHandleAndItsImageCaptionsAreRead() {
    String text =
        "Politics\n\n"
            + "Government U-turn on northern rail fare freeze as commuters face 3.4% rise\n\n"
            + "Ministers have abandoned a promise to freeze regulated fares in the north.\n\n"
            + "Sophie Marchetti | Political correspondent @sophiemarchetti\n\n"
            + "Wednesday 2 December 2026 14:22, UK\n\n"
            + "Why you can trust Skyline News\n\n"
            + "Image: Commuters on a platform at Leeds station. File pic: PA\n\n"
            + "Regulated rail fares in the north of England will rise by 3.4% in March.\n\n"
            + "Newsmark AI is in beta. Translations may contain inaccuracies—please refer to the"
            + " original content.\n\n"
            + "The Transport Secretary told MPs the freeze could not be funded.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Government U-turn on northern rail fare freeze as commuters face 3.4% rise");
    assertThat(a.authors()).containsExactly("Sophie Marchetti");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("Commuters on a platform at Leeds station. File pic: PA");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(Bylines.labelled("By Daniel Okoro - Senior Writer").get().authors())
        .containsExactly("Daniel Okoro");
  }

  @Test
  void anArticlePastedAsAQuotationInAChatIsReadWithoutItsQuotationMarksOrTheChat() {
    String text =
        "Dana Ortiz  9:58 AM\n"
            + "found this on the Courier site, paywalled so pasting the text below, thoughts?\n"
            + "Rogue Valley Courier\n"
            + "> Hospital will stop delivering babies in March\n"
            + "> By Hannah Lindqvist\n"
            + "> \n"
            + "> The hospital's board voted 6-1 on Tuesday night to close its birthing center.\n"
            + "> \n"
            + "> The closest hospital that delivers babies is 35 miles away, in Grants Pass.\n"
            + "> Hospital officials said recruiting had failed for two years running now.\n"
            + ":eyes: 3\n"
            + "Priya Shah  10:42 AM\n"
            + "wow\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Hospital will stop delivering babies in March");
    assertThat(a.authors()).containsExactly("Hannah Lindqvist");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The hospital's board voted 6-1 on Tuesday night to close its birthing center.",
            "The closest hospital that delivers babies is 35 miles away, in Grants Pass.",
            "Hospital officials said recruiting had failed for two years running now.");
  }

  @Test
  void aQuotedPassageOrTwoLeavesThePageAsItIs() {
    String text =
        "Council Approves the New Flood Plan\n\nBy Ann Lee\n\n"
            + "The council approved the flood plan on Tuesday after a long debate.\n\n"
            + "> We will be watching the river all winter.\n\n"
            + "Work starts in the spring, the council said, and runs for two years.\n";
    assertThat(parser.parse("t", text).paragraphs()).extracting(Paragraph::text).hasSize(3);
  }

  @Test
  void aBylineUnderMostOfTheStoryIsAnotherStorysInAListBelowIt() {
    String text =
        "News\nSport\n\nCounty maternity unit will stop delivering babies in February\n"
            + "Jenna Kowalczyk\n\n"
            + "Expectant parents in the county will soon have to leave it to give birth, the hospital"
            + " said on Tuesday.\n\n"
            + "The unit delivered 412 babies in the fiscal year that ended June 30, down from 611.\n\n"
            + "Twenty-two employees work on the unit, including 19 registered nurses, it said.\n\n"
            + "Recommended Stories\n"
            + "Hospital plans $30 million expansion of its birthing wing\n"
            + "Keystone Health Desk\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("County maternity unit will stop delivering babies in February");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void aVideosTitleThePlayerAndItsListPrintTwiceIsNoParagraph() {
    String text =
        "Council Approves the New Flood Plan\n\nBy Ann Lee\n\n"
            + "The council approved the flood plan on Tuesday after a long debate.\n\n"
            + "Rural towns are losing their flood defences. What that means for families\n"
            + "Video Player is loading.\nPlay Video\nMute\nFullscreen\nThis is a modal window.\n"
            + "Rural towns are losing their flood defences. What that means for families\n"
            + "2:41\nUp next\n\n"
            + "Work starts in the spring, the council said, and runs for two years.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The council approved the flood plan on Tuesday after a long debate.",
            "Work starts in the spring, the council said, and runs for two years.");
  }

  @Test
  void aHeadingThatAsksWhatSomeoneSaysIsAHeading() {
    String text =
        "Council Approves the New Flood Plan\n\nBy Ann Lee\n\n"
            + "The council approved the flood plan on Tuesday after a long debate.\n\n"
            + "What City Hall says\n\n"
            + "Mayor Ruth Obi said the work would start in the spring and take two years.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::section)
        .containsExactly("", "What City Hall says");
  }

  @Test
  void aPostWithoutABylineIsTheWritersItsClosingCreditNames() {
    String text =
        "🚨 HOSPITAL WILL STOP DELIVERING BABIES IN CADILLAC\n\n"
            + "CADILLAC — Pine River Regional Medical Center will stop delivering babies on Jan. 15,"
            + " its president said on Tuesday.\n\n"
            + "The unit delivered 212 babies in the fiscal year that ended Sept. 30.\n\n"
            + "— Reporting by Kayla Brandt and Marcus Odell\n"
            + "See less\n"
            + "NORTHLAND8NEWS.COM\n"
            + "Pine River Regional to close Cadillac birthing center Jan. 15\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Kayla Brandt", "Marcus Odell");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aForwardedMessagesEmphasisMarksAndAnEditorsNoteOverTheHeadlineAreNoPartOfIt() {
    String text =
        "[03/12/26, 09:14] +1 (503) 555-0147: 🚨 *MID-VALLEY COURIER* | Local News\n\n"
            + "EDITOR’S NOTE: This story has been updated with the number of workers affected.\n\n"
            + "*Northfork Paper to close Lebanon mill in February*\n\n"
            + "_Union says workers got less than a day’s notice_\n\n"
            + "By Hannah Verloop\n"
            + "Published Dec. 2, 2026 6:48 PM PST\n\n"
            + "LEBANON — Northfork Paper Co. will close its mill on the South Santiam River by the end"
            + " of February, eliminating 412 jobs.\n\n"
            + "What happens to the workers?\n\n"
            + "The union said it would ask the company to keep the mill running through the spring.\n\n"
            + "_This story has been updated to correct the number of hourly workers. It is 318, not"
            + " 381._\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Northfork Paper to close Lebanon mill in February");
    assertThat(a.dek()).isEqualTo("Union says workers got less than a day’s notice");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "LEBANON — Northfork Paper Co. will close its mill on the South Santiam River by the end"
                + " of February, eliminating 412 jobs.",
            "The union said it would ask the company to keep the mill running through the spring.",
            "This story has been updated to correct the number of hourly workers. It is 318, not"
                + " 381.");
    assertThat(a.paragraphs().get(1).section()).isEqualTo("What happens to the workers?");
  }

  @Test
  void aStoryPastedTwiceFirstCutOffByAPaywallIsReadFromItsFullCopy() {
    String head =
        "Basin Gold agrees to sale to private equity firm\n\n"
            + "The family-owned potato processor will build a new line\n\n"
            + "By Dale Moreno\n\n"
            + "Basin Gold Foods agreed on Tuesday to sell a majority stake to Harrow Lane Capital.\n\n";
    String text =
        head
            + "This article is for subscribers only.\nSubscribe for $1\n"
            + "Already a subscriber? Log in\n\nMost Read\n© 2026 Basin Business Journal\n\n"
            + head
            + "The family will keep a 30% stake and two of seven board seats, the company said.\n\n"
            + "The board approved the sale 5-2 on Nov. 24, with the chairman voting no.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Basin Gold agrees to sale to private equity firm");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Basin Gold Foods agreed on Tuesday to sell a majority stake to Harrow Lane Capital.",
            "The family will keep a 30% stake and two of seven board seats, the company said.",
            "The board approved the sale 5-2 on Nov. 24, with the chairman voting no.");
  }

  @Test
  void aVideosBlockUnderTheHeaderIsNoParagraph() {
    String text =
        "Ice storm leaves 40,000 without power\n\n"
            + "Author: Marisa Delgado\n"
            + "Published: 6:02 PM CST December 2, 2026\n"
            + "Video: Crews work to restore power\n"
            + "Crews work to restore power\n"
            + "Crews worked into the night Wednesday on the city's west side.\n"
            + "2:47\n"
            + "Play\n\n"
            + "About 40,000 customers were still without power Wednesday night, the utility said.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "About 40,000 customers were still without power Wednesday night, the utility said.");
  }

  @Test
  void aBylineThatEndsWithACommaGoesOnWithTheNamesUnderIt() {
    String text =
        "Ambulance service will stop overnight coverage\n\n"
            + "By Maren Olstad,\n"
            + "Julian Achterberg\n"
            + "December 3, 2026\n\n"
            + "The volunteer ambulance service in La Farge will stop answering calls overnight on"
            + " Jan. 1, its director said on Tuesday.\n";
    assertThat(parser.parse("t", text).authors())
        .containsExactly("Maren Olstad", "Julian Achterberg");
  }

  @Test
  void aWrappedHeadlineIsWholeAndASectionAfterTheDateIsNoPartOfIt() {
    String text =
        """
        LOCAL NEWS
        Havenport council approves $48 million water plant
        expansion despite rate worries

        Marisol Vance, Sam Brightwater
        Dec 3, 2026 - Politics & Policy

        After more than five hours of public comment, the Havenport City Council voted 5-2 early \
        Friday to approve a $48 million expansion of the Ellery Road Water Treatment Plant.

        The vote clears the way for construction to begin next spring.

        Go deeper: Denver's e-bike rebates sold out in 11 minutes. Here's who got them

        Editor's note: This story has been updated with comment from the mayor.
        """;
    Article a = parser.parse("plant", text);
    assertThat(a.title())
        .isEqualTo(
            "Havenport council approves $48 million water plant expansion despite rate worries");
    assertThat(a.authors()).containsExactly("Marisol Vance", "Sam Brightwater");
    assertThat(a.published()).isEqualTo("Dec 3, 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "After more than five hours of public comment, the Havenport City Council voted 5-2"
                + " early Friday to approve a $48 million expansion of the Ellery Road Water"
                + " Treatment Plant.",
            "The vote clears the way for construction to begin next spring.");
  }

  @Test
  void aChartPastedLabelByLineWithItsSourceIsNeitherBodyNorHeading() {
    String text =
        """
        Denver's e-bike rebates are about to get harder to score

        By Kendra Oyelaran

        The standard rebate would drop from $300 to $200 under the plan city officials unveiled.

        Denver e-bike rebates issued, by year
        Standard
        Income-qualified
        2024
        2025
        0
        5k
        Data: Denver Office of Climate Action, Sustainability and Resiliency; Chart: Axios Visuals

        Local bike shops have come to depend on the rebate rush, one owner said.

        Harlow Minerals PLC
        HRLW.LLondon Stock Exchange182.00-11.43%
        Shares in the company closed down 11.4% at 182 pence on Friday, their lowest since March.
        """;
    Article a = parser.parse("chart", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The standard rebate would drop from $300 to $200 under the plan city officials"
                + " unveiled.",
            "Local bike shops have come to depend on the rebate rush, one owner said.",
            "Shares in the company closed down 11.4% at 182 pence on Friday, their lowest since"
                + " March.");
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
  }

  @Test
  void aDateOverTheHeadlineAndTagsUnderTheStoryAreReadAsTheyAre() {
    String text =
        """
        Home
        Argentina
        Fisheries

        Friday, December 4th 2026 - 10:19 UTC

        Chubut governor threatens to shut Patagonian ports to the squid fleet

        The governor of Chubut warned on Thursday that he could close three ports to vessels.

        Image:
        Jiggers moored in Puerto Madryn on Wednesday. Pic: Sky News

        The decree was signed on Monday by the fisheries minister in Buenos Aires.

        Tags: Chubut, Fisheries, Puerto Madryn, squid.
        """;
    Article a = parser.parse("squid", text);
    assertThat(a.title())
        .isEqualTo("Chubut governor threatens to shut Patagonian ports to the squid fleet");
    assertThat(a.published()).isEqualTo("Friday, December 4th 2026 - 10:19 UTC");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("Jiggers moored in Puerto Madryn on Wednesday. Pic: Sky News");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The governor of Chubut warned on Thursday that he could close three ports to vessels.",
            "The decree was signed on Monday by the fisheries minister in Buenos Aires.");
  }

  @Test
  void aFieldsValueIsNoHeadlineAndAStandfirstMayOpenWithAnAmount() {
    String text =
        """
        Press release
        Passenger trains to return to Charnwood Forest line for first time in 60 years

        £418 million to reopen the line between Leicester and Burton, with 4 new stations.

        From:
            Department for Transport and The Rt Hon Priya Lockhart MP
        Published
            4 December 2026

        Passenger trains will return to the line between Leicester and Burton for the first time \
        in more than 60 years.

        Notes to editors

        The £418 million total is made up of track, signalling and stations.
        """;
    Article a = parser.parse("rail", text);
    assertThat(a.title())
        .isEqualTo(
            "Passenger trains to return to Charnwood Forest line for first time in 60 years");
    assertThat(a.dek())
        .isEqualTo(
            "£418 million to reopen the line between Leicester and Burton, with 4 new stations.");
    assertThat(a.published()).isEqualTo("4 December 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Passenger trains will return to the line between Leicester and Burton for the first"
                + " time in more than 60 years.");
  }

  @Test
  void aSectionLabelOverRunningTextIsAHeadingAndASectionNameMayOpenTheDateLine() {
    String text =
        """
        Ostrander adds holiday surcharges on residential, oversize deliveries
        Okeima Lindsay-Grant/Staff Reporter
        Nation Thursday, 04 Dec 2026 7:41 PM MYT
        Last update on: Thu Dec 4, 2026 08:40 PM

        A delivery driver carries packages to a home in San Francisco.
        Justin Sullivan via Getty Images

        Dive Brief:
        Ostrander Parcel Service will add a peak surcharge of $1.15 per package on residential \
        ground deliveries from Dec. 14 through Jan. 17, the carrier said in a notice.

        Rice stocks at a wholesaler in Selayang. - Bernama

        Shippers whose weekly volume tops their October average will pay more, the notice said.

        Found a mistake in this article?
        Thank you for your report!
        """;
    Article a = parser.parse("parcel", text);
    assertThat(a.authors()).containsExactly("Okeima Lindsay-Grant");
    assertThat(a.published()).isEqualTo("Thursday, 04 Dec 2026 7:41 PM MYT");
    assertThat(a.updated()).isEqualTo("Thu Dec 4, 2026 08:40 PM");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "A delivery driver carries packages to a home in San Francisco. Justin Sullivan via"
                + " Getty Images",
            "Rice stocks at a wholesaler in Selayang. - Bernama");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Ostrander Parcel Service will add a peak surcharge of $1.15 per package on residential"
                + " ground deliveries from Dec. 14 through Jan. 17, the carrier said in a notice.",
            "Shippers whose weekly volume tops their October average will pay more, the notice"
                + " said.");
    assertThat(a.paragraph(1).orElseThrow().section()).isEqualTo("Dive Brief:");
  }

  @Test
  void aTopicsListPrintedOneToALineIsNoHeading() {
    String text =
        """
        Wexley County commissioners OK $48.6 million jail expansion in split vote

        By Kayla Brennan

        The Wexley County Board of Commissioners voted 2-1 on Thursday to expand the jail.

        Already a subscriber? Log in
        Get up-to-the-minute news sent straight to your device.
        Topics
        Breaking News
        Local News

        About 60 people packed the meeting room for the vote, and public comment ran long.
        """;
    Article a = parser.parse("jail", text);
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
  }

  @Test
  void aNameWithItsWireAgencyIsTheBylineAndALabelOverItsDateIsNoName() {
    String text =
        """
        National News

        Ottawa to open federal dental-care plan to uninsured adults under 65 by spring
        Dylan Thorburn, The Canadian Press
        Posted Dec 4, 2026 2:10 pm
        Last Updated
        Dec 4, 2026 4:47 pm

        OTTAWA — The federal government will open its dental-care plan to every uninsured adult.

        "No one should have to choose between a broken tooth and the rent," the minister said.

        This report by The Canadian Press was first published Dec. 4, 2026.
        """;
    Article a = parser.parse("dental", text);
    assertThat(a.authors()).containsExactly("Dylan Thorburn");
    assertThat(a.agency()).isEqualTo("The Canadian Press");
    assertThat(a.updated()).isEqualTo("Dec 4, 2026 4:47 pm");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aPlayersCaptionControlsAreNeitherCaptionWordsNorHeadline() {
    String text =
        """
        Climate

        Drought-tolerant wheat passed its toughest test yet. Kansas farmers still want proof

        Listen · 4:12
        4-Minute Listen
        Playlist
        Download
        Transcript

        By Dana Whitcombe, Luis Arredondo
        December 4, 2026 5:01 AM ET

        toggle caption
        Luis Arredondo/High Plains Public Radio

        Wendell Kasper checks soil moisture in a wheat field west of Colby, Kan., on Nov. 24. Luis Arredondo/High Plains Public Radio
        hide caption

        On a gray morning just before Thanksgiving, Wendell Kasper knelt at the edge of a field.

        "That's about what it's been since July," said Kasper, who grows wheat and sorghum.
        """;
    Article a = parser.parse("wheat", text);
    assertThat(a.title())
        .isEqualTo(
            "Drought-tolerant wheat passed its toughest test yet. Kansas farmers still want proof");
    assertThat(a.dek()).isEmpty();
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Wendell Kasper checks soil moisture in a wheat field west of Colby, Kan., on Nov. 24."
                + " Luis Arredondo/High Plains Public Radio");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aMembershipBoxInsideTheStoryLeavesNoHeadingAndNoParagraph() {
    String text =
        """
        Västerås to slash Swedish for Immigrants budget by a third

        By Rachel Kjellberg

        Västerås municipality will cut funding for its Swedish for Immigrants classes next year.

        Teachers said evening classes were the only option for many students who already work.

        ------------------------------------------------------------
        MEMBERSHIP
        Independent journalism about Sweden, in English
        Our reporting on residence permits and citizenship is funded by readers like you.
        Become a Member from 49 kr/month
        Already a Member? Log in
        ------------------------------------------------------------

        One of those students is a trained nurse who works nights at a care home in Bäckby.
        """;
    Article a = parser.parse("sfi", text);
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
  }

  @Test
  void aWireBylineGluedToItsUpdateTimeIsNoHeadlineAndADashHeadingIsAHeading() {
    String text =
        """
        World, Europe

        Istanbul begins Kadıköy ferry terminal expansion as maritime union threatens strike

        2.4 billion-lira project to raise terminal capacity, but the union says rotas add waiting

        Ayşe Nur Kaplan   |04.12.2026 - Update : 04.12.2026

        ISTANBUL (AA) - Istanbul's port authority on Thursday began work on the terminal.

        The minister said the rota was a matter for the operator and the union.

        - Commuters caught in the middle

        At the pier on Thursday morning, passengers squeezed past construction hoardings.

        - Fares will rise by 5 per cent in January.
        - Night sailings will stop at midnight.
        """;
    Article a = parser.parse("ferry", text);
    assertThat(a.title())
        .isEqualTo(
            "Istanbul begins Kadıköy ferry terminal expansion as maritime union threatens strike");
    assertThat(a.authors()).containsExactly("Ayşe Nur Kaplan");
    assertThat(a.updated()).isEqualTo("04.12.2026");
    assertThat(a.agency()).isEqualTo("Anadolu Agency");
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("", "- Commuters caught in the middle");
    assertThat(a.paragraphs()).hasSize(5);
  }

  @Test
  void aListOfLinksOneToALineTakesNoTitleOverASentenceAfterItsBlankLine() {
    String text =
        """
        Brussels unveils €2.4bn emergency fund as bluetongue virus reaches 11 EU countries

        By Sophie Lamarque

        The commissioner said the first payments could be made by the end of February.

        Related
        EU farm ministers clash over Mercosur safeguards as tractors circle Brussels
        What is bluetongue? The midge-borne virus spreading through Europe's herds
        Dutch farmers demand compensation as avian flu cull widens in Gelderland

        'By February, half my herd could be gone'
        In the countryside, patience is running out.

        Jean-Baptiste Morvan, who runs a dairy farm near Loudéac, said he had lost 23 animals.
        """;
    Article a = parser.parse("bluetongue", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The commissioner said the first payments could be made by the end of February.",
            "In the countryside, patience is running out.",
            "Jean-Baptiste Morvan, who runs a dairy farm near Loudéac, said he had lost 23 animals.");
  }

  @Test
  void aCaptionOfSentencesWithoutItsLastStopUnderTheHeadlineIsNoStandfirst() {
    String text =
        """
        Chubut governor threatens to shut Patagonian ports to squid fleet over quota decree

        Saavedra Quiroga said his legal team had gone to the federal court. The governor, 58, was a fisheries inspector before entering politics

        The governor of Chubut warned on Thursday that he could close the ports to other fleets.

        "We are not asking Buenos Aires for a single peso," he told reporters in Rawson.
        """;
    Article a = parser.parse("squid", text);
    assertThat(a.dek()).isEmpty();
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Saavedra Quiroga said his legal team had gone to the federal court. The governor, 58,"
                + " was a fisheries inspector before entering politics");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aHeadlineInCapitalsWrappedOverLinesIsWholeAndTheWritersJobUnderTheBylineIsNoHeading() {
    String text =
        """
        CITY HALL
        BRT PRICE TAG CLIMBS
        AGAIN AS OPENING SLIPS
        Committee told rapid transit line will cost $41M more, open a year late
        BY MEGAN HOLLOWAY
        Staff Writer
        Saskatoon’s bus rapid transit system will cost about $41 million more than budgeted.

        The revised estimate puts the total cost of the project at $291 million.
        """;
    Article a = parser.parse("brt", text);
    assertThat(a.title()).isEqualTo("BRT PRICE TAG CLIMBS AGAIN AS OPENING SLIPS");
    assertThat(a.authors()).containsExactly("MEGAN HOLLOWAY");
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
    assertThat(a.dek())
        .isEqualTo("Committee told rapid transit line will cost $41M more, open a year late");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aWriterFieldIsTheBylineAndATagsLineAndAFeedbackQuestionAreNoBody() {
    String text =
        """
        Skytrain to run until 1am at weekends, but fare cap row deepens

        Published: 4 Dec 2026 at 14:32
        Newspaper section: News
        Writer: Supaporn Kaewmanee and Theerapat Charoensuk

        Bangkok's Green Line will run until 1am on Fridays and Saturdays from next month.

        The fare cap dispute between City Hall and the operator is no closer to an end.

        Related search: BTS, skytrain, Green Line, fare cap, public transport

        Do you like the content of this article?
        Yes
        No
        """;
    Article a = parser.parse("skytrain", text);
    assertThat(a.authors()).containsExactly("Supaporn Kaewmanee", "Theerapat Charoensuk");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.captions()).isEmpty();
  }

  @Test
  void aStorysCardInTheBodyAndANoteOnWhoWroteItAreNoBodyAndAnAgencyAloneIsTheAgency() {
    String text =
        """
        Swiss Politics
        Valais parliament backs glacier levy, voters to have final say

        Lawmakers in the Alpine canton have approved a surcharge on ski passes.

        This content was published on December 4, 2026 - 14:32
        4 minutes

        By Mara Steiner

        Keystone-SDA

        Valais could become the first Swiss canton to charge skiers a dedicated glacier fee.

        More
        Climate Adaptation
        Why Switzerland is wrapping its glaciers in blankets

        This content was published on Aug 14, 2026
        Fleece covers can cut melting by more than half – but only on a few hectares of ice.

        The fiercest opposition has come from the tourism industry, the company said.

        This news story has been written and carefully fact-checked by an external editorial team.
        """;
    Article a = parser.parse("glacier", text);
    assertThat(a.title())
        .isEqualTo("Valais parliament backs glacier levy, voters to have final say");
    assertThat(a.published()).isEqualTo("December 4, 2026 - 14:32");
    assertThat(a.agency()).isEqualTo("Keystone-SDA");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Valais could become the first Swiss canton to charge skiers a dedicated glacier fee.",
            "The fiercest opposition has come from the tourism industry, the company said.");
  }

  @Test
  void aWikiPagesPictureCreditsLinkBoxCommentBoxAndFooterAreNoBody() {
    String text =
        "From Wikinews, the free news source you can write!\n"
            + "Ferry operator cuts winter crossings to islands near Tromsø\n"
            + "Friday, December 4, 2026\n\n"
            + "Location of Tromsø in Norway. Image: NordNorsk.\n"
            + "Share this:\nFacebook\nReddit\n"
            + "Wikipedia has more about this subject:\nTromsø\nVengsøy\n\n"
            + "Hagen Sjøtransport announced on Thursday that it will cut winter crossings.\n"
            + "The ferry MF Karoline at the Belvik quay in March 2024.\n"
            + "Image: Frode Lien.\n"
            + "The company operates five vessels and employs about 90 people.\n"
            + "Have your say\n"
            + "Do you depend on a ferry to get to work? How would cuts like these affect you?\n"
            + "Add or view comments\n"
            + "The mayor said the cuts would fall hardest on 400 islanders.\n\n"
            + "Sources\n"
            + "Ola Nordmann. \"Ferry fares to rise\" — The Arctic Courier, December 3, 2026\n\n"
            + "This page was last edited on 5 December 2026, at 09:12.\n"
            + "Text is available under the Creative Commons Attribution 2.5 License; additional"
            + " terms may apply.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Ferry operator cuts winter crossings to islands near Tromsø");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Location of Tromsø in Norway. Image: NordNorsk.",
            "The ferry MF Karoline at the Belvik quay in March 2024. Image: Frode Lien.");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Hagen Sjøtransport announced on Thursday that it will cut winter crossings.",
            "The company operates five vessels and employs about 90 people.",
            "The mayor said the cuts would fall hardest on 400 islanders.");
  }

  @Test
  void aResearchDatabasesExportGivesItsLabelledBylineAndHighlightAndNoPaperAsWriter() {
    String text =
        "Page 1 of 2\n"
            + "Councillors approve £9 congestion charge for Sheffield city centre\n\n"
            + "Councillors approve £9 congestion charge for Sheffield city centre\n\n"
            + "The Northern Ledger\nDecember 4, 2026 Friday\nFirst Edition\n\n"
            + "Copyright 2026 The Northern Ledger Ltd All Rights Reserved\n\n"
            + "Section: NEWS; Pg. 7\nLength: 761 words\n"
            + "Byline: Rachel Okafor and Tom Featherstone\n"
            + "Dateline: SHEFFIELD\n"
            + "Highlight: Drivers crossing the inner ring road will pay from September 2027\n\n"
            + "Body\n\n"
            + "Drivers entering Sheffield city centre will pay a £9 daily charge.\n\n"
            + "| About LexisNexis | Privacy Policy | Terms & Conditions\n\n"
            + "Page 2 of 2\n"
            + "Councillors approve £9 congestion charge for Sheffield city centre\n\n"
            + "The charge was passed by 41 votes to 22, the council said.\n\n"
            + "Graphic\n\n"
            + "PHOTO: Traffic queues at Park Square (Photo: Simon Hartley); Councillor Ashdown after"
            + " the vote (Photo: Priya Nandra)\n\n"
            + "Load-Date: December 5, 2026\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Rachel Okafor", "Tom Featherstone");
    assertThat(a.dek())
        .isEqualTo("Drivers crossing the inner ring road will pay from September 2027");
    assertThat(a.published()).isEqualTo("December 4, 2026 Friday");
    assertThat(a.dateline()).isEqualTo("SHEFFIELD");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Traffic queues at Park Square (Photo: Simon Hartley)",
            "Councillor Ashdown after the vote (Photo: Priya Nandra)");
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Drivers entering Sheffield city centre will pay a £9 daily charge.",
            "The charge was passed by 41 votes to 22, the council said.");
  }

  @Test
  void aLegalServicesDatedOpeningGivesTheDateAndItsCreditsEndTheStory() {
    String text =
        "Law360\nShare us on:\nShare on Twitter\nPrint\n"
            + "Judge Halts Illinois Ban On Ride-Hail Surge Pricing\n"
            + "By Daniel Whitcomb\n\n"
            + "Ride-hail companies had begun stripping fare multipliers from their apps."
            + " (iStock.com/Evan Marchetti)\n\n"
            + "Law360 (December 4, 2026, 6:12 PM EST) -- An Illinois federal judge on Friday"
            + " blocked the state from enforcing its ban on surge pricing.\n\n"
            + "The case is Rideshare Access Coalition et al. v. Brennan, in the U.S. District Court"
            + " for the Northern District of Illinois.\n\n"
            + "--Additional reporting by Priya Raman. Editing by Michael Tolan.\n\n"
            + "Update: This story has been updated to include comment from the defendant's"
            + " counsel.\n\n"
            + "Companies\nCarver Technologies Inc.\nTandem Rides Inc.\n";
    Article a = parser.parse("t", text);
    assertThat(a.published()).isEqualTo("December 4, 2026, 6:12 PM EST");
    assertThat(a.dek()).isEmpty();
    assertThat(a.captions()).hasSize(1);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Law360 (December 4, 2026, 6:12 PM EST) -- An Illinois federal judge on Friday blocked"
                + " the state from enforcing its ban on surge pricing.",
            "The case is Rideshare Access Coalition et al. v. Brennan, in the U.S. District Court"
                + " for the Northern District of Illinois.");
  }

  @Test
  void aOneSentenceLeadOverTheLeadPictureIsTheDekAndAClosingReportedByNamesTheWriters() {
    String text =
        "VnExpress International\nNews\nBusiness\n \nNews > Traffic\n"
            + "Friday, 4/12/2026, 4:32 pm (GMT+7)\n"
            + "HCMC metro line to run later, cut monthly pass prices from Dec. 15\n"
            + "Ho Chi Minh City's only metro line will run until 11 pm on weekdays from Dec. 15,"
            + " after ridership beat forecasts.\n\n"
            + "Passengers wait to board a train at Ben Thanh Station, Dec. 3, 2026. Photo by"
            + " VnExpress/Quynh Tran\n\n"
            + "The line currently runs from 5 am to 10 pm, the board said on Friday.\n"
            + "Monthly passes will cost VND240,000, down from VND300,000.\n"
            + "Reported by Quynh Tran and Thanh Nhan\n \n"
            + "Tags: Ho Chi Minh City metro fare\nRelated news\n"
            + "Feeder bus routes to metro stations see half-empty seats, survey finds\n";
    Article a = parser.parse("t", text);
    assertThat(a.dek())
        .isEqualTo(
            "Ho Chi Minh City's only metro line will run until 11 pm on weekdays from Dec. 15,"
                + " after ridership beat forecasts.");
    assertThat(a.authors()).containsExactly("Quynh Tran", "Thanh Nhan");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The line currently runs from 5 am to 10 pm, the board said on Friday.",
            "Monthly passes will cost VND240,000, down from VND300,000.");
  }

  @Test
  void aReplicaEditionsPageDetailsAndBylineStandOverTheHeadlineAndItsFactBoxHoldsItems() {
    String text =
        "PressReader\nCatalog\nFor You\nSign in\n\n"
            + "The Chronicle Herald (Halifax)\n5 Dec 2026\n\n"
            + "The Chronicle Herald (Halifax) · 5 Dec 2026 · A3 ·\n"
            + "ELLEN MACISAAC STAFF REPORTER emacisaac@herald.ca\n\n"
            + "Council OKs harbourfront hotel\n\n"
            + "Heritage group vows to keep fighting 14-storey proposal after 10-7 vote\n\n"
            + "Halifax regional council has approved a 14-storey hotel on the downtown waterfront,"
            + " ending a three-year fight over the lot.\n\n"
            + "“We are against this hotel, on this spot, at this height.”\n"
            + "DR. MARGARET LISOWSKI HARBOUR HERITAGE SOCIETY\n\n"
            + "SUBMITTED A rendering of the proposed hotel on the harbourfront.\n\n"
            + "Councillors voted 10-7 to approve a development agreement for the proposal.\n\n"
            + "SEE HOTEL / A4\n\nHOTEL\nFROM A3\n"
            + "ELLEN MACISAAC STAFF REPORTER emacisaac@herald.ca\n\n"
            + "The company said it would begin detailed design work in the new year.\n\n"
            + "Dr. Margaret Lisowski said: “We are against this hotel, on this spot, at this"
            + " height.”\n\n"
            + "BY THE NUMBERS\n"
            + "14 storeys, or 48 metres, at the tower’s highest point\n"
            + "212 hotel rooms and 36 condominium units\n"
            + "$118 million estimated construction cost\n\n"
            + "© 2026 The Chronicle Herald (Halifax)\nPowered by TECNAVIA\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Council OKs harbourfront hotel");
    assertThat(a.authors()).containsExactly("ELLEN MACISAAC");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("SUBMITTED A rendering of the proposed hotel on the harbourfront.");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Halifax regional council has approved a 14-storey hotel on the downtown waterfront,"
                + " ending a three-year fight over the lot.",
            "Councillors voted 10-7 to approve a development agreement for the proposal.",
            "The company said it would begin detailed design work in the new year.",
            "Dr. Margaret Lisowski said: “We are against this hotel, on this spot, at this"
                + " height.”",
            "14 storeys, or 48 metres, at the tower’s highest point",
            "212 hotel rooms and 36 condominium units",
            "$118 million estimated construction cost");
  }

  @Test
  void aReplicaEditionsPullQuoteCreditAndRepeatedBylineHeadNoSection() {
    String text =
        "The Chronicle Herald (Halifax) · 5 Dec 2026 · A3 ·\n"
            + "ELLEN MACISAAC STAFF REPORTER emacisaac@herald.ca\n\n"
            + "Council OKs harbourfront hotel\n\n"
            + "Halifax regional council has approved a 14-storey hotel on the downtown waterfront,"
            + " ending a three-year fight over the lot.\n\n"
            + "“We are against this hotel, on this spot, at this height.”\n"
            + "DR. MARGARET LISOWSKI HARBOUR HERITAGE SOCIETY\n\n"
            + "Councillors voted 10-7 to approve a development agreement for the proposal.\n\n"
            + "SEE HOTEL / A4\n\nHOTEL\nFROM A3\n"
            + "ELLEN MACISAAC STAFF REPORTER emacisaac@herald.ca\n\n"
            + "Dr. Margaret Lisowski said: “We are against this hotel, on this spot, at this"
            + " height.”\n";
    Article a = parser.parse("t", text);
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void anAcademicsDisclosureBoxRepublishingNoteAndCallToWriteAreNotTheArticle() {
    String text =
        "THE CONVERSATION\nAcademic rigour, journalistic flair\n\n"
            + "Bores are running dry across inland NSW\n\n"
            + "In parts of the central west, the water table has dropped more than six metres.\n\n"
            + "Published: December 3, 2026 6:12am AEDT\n\nAuthor\n\nTamsin Weatherall\n"
            + "Senior Lecturer in Hydrogeology, Riverina University\n\n"
            + "Disclosure statement\n"
            + "Tamsin Weatherall receives funding from the Australian Research Council.\n\n"
            + "Partners\n\n"
            + "Riverina University provides funding as a member of The Conversation AU.\n\n"
            + "View all partners\n\n"
            + " We believe in the free flow of information\n"
            + "Republish our articles for free, online or in print, under a Creative Commons"
            + " license.\n\n"
            + "When Bernard Quade’s stock bore started sucking air in August, he assumed the pump"
            + " had failed.\n\n"
            + "The rain will come eventually, but the water beneath our feet runs on a slower"
            + " clock.\n\n\n"
            + "Want to write?\n"
            + "Write an article and join a growing community of more than 213,800 academics.\n\n"
            + "Register now\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Tamsin Weatherall");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "When Bernard Quade’s stock bore started sucking air in August, he assumed the pump"
                + " had failed.",
            "The rain will come eventually, but the water beneath our feet runs on a slower"
                + " clock.");
  }

  @Test
  void aWiresRawCopyOpensItsParagraphsWithIndentsAndIsStampedWhenSent() {
    String text =
        "BC-US--Wildfire-Evacuations, 1st Ld-Writethru,0898\n"
            + "Colorado wildfire forces 4,000 from homes as winds shift\n"
            + "Eds: UPDATES with evacuation numbers, quotes from sheriff. With AP Photos.\n"
            + "By COLIN MAHER and ANITA DESROCHES\n"
            + "Associated Press\n\n"
            + "   GREELEY, Colo. (AP) — A wind-driven wildfire tore across dry\n"
            + "grassland and farm country in northern Colorado on Friday, forcing\n"
            + "about 4,000 people from their homes as gusts swung around.\n"
            + "   The Hadley Fire had burned roughly 11,500 acres by Friday evening\n"
            + "and was zero percent contained, according to the sheriff's office.\n"
            + "   \"The wind turned on us about 2 o'clock,\" Sheriff Raymond Castellano\n"
            + "said at an evening briefing. \"We went from watching this thing to\n"
            + "knocking on doors in about 20 minutes.\"\n"
            + "   Castellano said deputies had ordered mandatory evacuations for\n"
            + "the town of Kersey and for rural areas near the South Platte River.\n"
            + "   \"When that front came through, the fire made a hard right turn\n"
            + "and ran almost 6 miles in a little over an hour,\" Roubideaux said.\n"
            + "\"You can't put engines in front of that.\"\n"
            + "   The sheriff said about 1,600 households had received emergency\n"
            + "alerts by phone and that some residents had refused to leave.\n"
            + "   ___\n\n"
            + "   Associated Press writer Jesse Bedford in Denver contributed to this report.\n\n"
            + "(Copyright 2026 The Associated Press. All Rights Reserved.)\n\n"
            + "AP-WF-12-05-26 0214GMT\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Colorado wildfire forces 4,000 from homes as winds shift");
    assertThat(a.dek()).isEmpty();
    assertThat(a.authors()).containsExactly("COLIN MAHER", "ANITA DESROCHES");
    assertThat(a.published()).isEqualTo("12-05-26 0214GMT");
    assertThat(a.paragraphs()).hasSize(6);
    assertThat(a.paragraphs().get(4).text())
        .isEqualTo(
            "\"When that front came through, the fire made a hard right turn and ran almost 6"
                + " miles in a little over an hour,\" Roubideaux said. \"You can't put engines in"
                + " front of that.\"");
  }

  @Test
  void aNewsroomsCopyGivesItsHeadlineStandfirstAndBylineInFieldsAndItsSidebarsFacts() {
    String text =
        "SLUG: HR-buscontract\nDESK: Metro/Ed\nBUDGET: 700 words, photo, sidebar\n"
            + "HED: Harbor Ridge signs $14.2M bus deal despite driver shortage\n"
            + "DEK: Board approves five-year contract with Carver Transit on 5-2 vote\n"
            + "BYLINE: By Joanna Feld, Staff Writer\n"
            + "DATE: Dec. 3, 2026\n"
            + "ART: photo of buses at Carver depot on Peach St., by Luis Aranda\n\n"
            + "\tThe Harbor Ridge School Board on Tuesday approved a five-year, $14.2 million"
            + " contract with Carver Transit to run the district’s school buses.\n\n"
            + "\tThe 5-2 vote came after nearly three hours of public comment.\n\n"
            + "SIDEBAR:\n"
            + "Contract: Carver Transit, 5 years, $14.2 million\n"
            + "Starting driver pay: $24.50/hour, up from $21.75\n"
            + "Routes consolidated since August: 11\n\n"
            + "-30-\n\n"
            + "Contact: jfeld@lakeshoreledger.com / 555-0134\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Harbor Ridge signs $14.2M bus deal despite driver shortage");
    assertThat(a.dek())
        .isEqualTo("Board approves five-year contract with Carver Transit on 5-2 vote");
    assertThat(a.authors()).containsExactly("Joanna Feld");
    assertThat(a.published()).isEqualTo("Dec. 3, 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Harbor Ridge School Board on Tuesday approved a five-year, $14.2 million contract"
                + " with Carver Transit to run the district’s school buses.",
            "The 5-2 vote came after nearly three hours of public comment.",
            "Contract: Carver Transit, 5 years, $14.2 million",
            "Starting driver pay: $24.50/hour, up from $21.75",
            "Routes consolidated since August: 11");
    assertThat(a.sections()).extracting(Section::heading).contains("SIDEBAR");
  }

  @Test
  void aNewspapersSocialPostGivesTheStoryUnderItsPictographsAndHashtagsAndItsWritersSignOff() {
    String text =
        "Lakeshore Ledger\nDecember 4 at 6:12 PM · \n"
            + "📰 PINE HOLLOW SHUTS ITS PUBLIC BEACH AS TOXIC ALGAE BLOOM SPREADS\n\n"
            + "Pine Hollow closed its public beach on Lake Harris on Friday afternoon after state"
            + " tests confirmed a toxic algae bloom. #PineHollow\n\n"
            + "“We don’t take closing the beach lightly,” said Dana Whitcomb, the town’s parks"
            + " director.\n\n"
            + "👉 Symptoms to watch for: lakeshoreledger.com/health/algae-advisory\n\n"
            + "The town now wants to know whether runoff feeds the bloom. #AlgaeBloom #LakeHarris\n\n"
            + "WHAT TO KNOW 👇\n"
            + "• The beach and boat ramp are closed until further notice.\n\n"
            + "— Corinne Maddox, Ledger staff\n\n"
            + "📸 Caution tape blocks the beach entrance Friday. (Ledger photo/Marcus Lyle)\n\n"
            + "See less\n👍❤️😢 1.2K\n342 comments  88 shares\nLike\nComment\nShare\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("PINE HOLLOW SHUTS ITS PUBLIC BEACH AS TOXIC ALGAE BLOOM SPREADS");
    assertThat(a.dek()).isEmpty();
    assertThat(a.authors()).containsExactly("Corinne Maddox");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Caution tape blocks the beach entrance Friday. (Ledger photo/Marcus Lyle)");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Pine Hollow closed its public beach on Lake Harris on Friday afternoon after state"
                + " tests confirmed a toxic algae bloom. #PineHollow",
            "“We don’t take closing the beach lightly,” said Dana Whitcomb, the town’s parks"
                + " director.",
            "The town now wants to know whether runoff feeds the bloom. #AlgaeBloom #LakeHarris",
            "• The beach and boat ramp are closed until further notice.");
    assertThat(a.sections()).extracting(Section::heading).contains("WHAT TO KNOW");
  }

  @Test
  void aTextBrowsersDumpLosesItsLinkNumbersMenusAndReferencesAndKeepsItsWrappedListItems() {
    String text =
        "   [1]Skip to main content [2]Skip to homepage\n\n"
            + "     * [5]News\n     * [6]Sports\n     * [7]Opinion\n\n"
            + "          Rockford council approves $118M bus rapid transit line\n\n"
            + "   By [15]Caitlin Moreau\n   Rock River Sentinel\n\n"
            + "   Published 6:14 a.m. CT Dec. 4, 2026\n\n"
            + "   Rockford will get its first bus rapid transit line after the [19]City Council\n"
            + "   voted 8-4 late Thursday to approve a $118 million plan.\n\n"
            + "   The plan approved Thursday calls for:\n\n"
            + "     * Center-running, bus-only lanes on about 5.1 miles of East State Street\n"
            + "       between Third Street and Alpine Road\n"
            + "     * 19 stations with level boarding, real-time arrival signs and ticket\n"
            + "       machines, spaced roughly a half-mile apart\n\n"
            + "   The mayor said the city would bring a proposal for a small-business fund to\n"
            + "   the council in January.\n\n"
            + "     * [31]About Us\n     * [32]Contact Us\n     * [33]Privacy Policy\n\n"
            + "   (c) 2026 Rock River Sentinel. All rights reserved.\n\n"
            + "References\n\n"
            + "   Visible links:\n"
            + "   1. https://www.rockriversentinel.com/#main\n"
            + "   2. https://www.rockriversentinel.com/\n"
            + "   5. https://www.rockriversentinel.com/news/\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Rockford council approves $118M bus rapid transit line");
    assertThat(a.authors()).containsExactly("Caitlin Moreau");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Rockford will get its first bus rapid transit line after the City Council voted 8-4"
                + " late Thursday to approve a $118 million plan.",
            "The plan approved Thursday calls for:",
            "* Center-running, bus-only lanes on about 5.1 miles of East State Street between"
                + " Third Street and Alpine Road",
            "* 19 stations with level boarding, real-time arrival signs and ticket machines,"
                + " spaced roughly a half-mile apart",
            "The mayor said the city would bring a proposal for a small-business fund to the"
                + " council in January.");
  }

  @Test
  void aForwardedPoolReportGoesByItsSubjectAndKeepsAQuotationWithItsNote() {
    String text =
        "fyi - pool from the flood stop, photo attached.\n\n"
            + "---------- Forwarded message ---------\n"
            + "From: Caroline Voss <cvoss@capitalledger.com>\n"
            + "Date: Fri, Dec 4, 2026 at 4:12 PM\n"
            + "Subject: Gov pool report #3 — flood site visit\n"
            + "To: Statehouse Pool <statehouse-pool@googlegroups.com>\n\n\n"
            + "POOL REPORT #3\n"
            + "Reporter: Caroline Voss, The Capital Ledger\n"
            + "Dec. 4, 2026\n\n"
            + "2:41 p.m. — The governor's motorcade arrived on Front Street in Aldridge Falls and\n"
            + "stopped outside Hendricks Hardware, where the waterline is still visible.\n\n"
            + "Walter Pruitt, 71, showed the governor a furnace and a chest freezer, both\n"
            + "ruined. Delgado told him he would qualify for the full household grant.\n\n"
            + "\"Well, that'll about cover the furnace,\" Pruitt said, laughing. (quote\n"
            + "approximate — pool was in the hallway)\n\n"
            + "3:36 p.m. — Outside the Methodist church on Mill Street, Gov. Delgado met\n"
            + "volunteers unloading a box truck of bleach, mops and contractor bags.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Gov pool report #3 — flood site visit");
    assertThat(a.captions()).isEmpty();
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.paragraphs().get(2).text())
        .isEqualTo(
            "\"Well, that'll about cover the furnace,\" Pruitt said, laughing. (quote approximate"
                + " — pool was in the hallway)");
  }

  @Test
  void aStoryCopiedOutOfAContentSystemsEditorKeepsItsWordsAndLosesItsMarkup() {
    String text =
        "Riverbend food bank runs out of turkeys weeks before Christmas\n"
            + "Posted on December 4, 2026 by Maren Okafor in News, Community\n\n"
            + "<!-- wp:paragraph -->\n"
            + "<p>The walk-in freezer at the Riverbend Community Food Bank held no turkeys by"
            + " 10:40 a.m. Tuesday.</p>\n"
            + "<!-- /wp:paragraph -->\n\n"
            + "\"We have never run out this early, not once in 19 years,\" said Dr. Lorraine"
            + " Haskett, the food bank's executive director.\n\n"
            + "<!-- wp:heading -->\n"
            + "<h2 class=\"wp-block-heading\">Where the turkeys went</h2>\n"
            + "<!-- /wp:heading -->\n\n"
            + "<!-- wp:quote -->\n"
            + "<blockquote class=\"wp-block-quote\"><p>\"We have never run out this early, not"
            + " once in 19 years.\"</p><cite>Lorraine Haskett</cite></blockquote>\n"
            + "<!-- /wp:quote -->\n\n"
            + "<p>Dorsey's Market ended its holiday turkey drive this year,&nbsp;the food bank"
            + " said.</p>\n\n"
            + "[embed]https://www.youtube.com/watch?v=Rk7bW2nQx4E[/embed]\n\n"
            + "[caption id=\"attachment_4463\" align=\"aligncenter\" width=\"1200\"]<img"
            + " src=\"https://example.org/line.jpg\" alt=\"A line\" /> Families wait in line"
            + " outside the food bank on Tuesday. Photo by Dev Alcott[/caption]\n\n"
            + "Riverbend accepts donations at 1120 E. Sprague Ave., Monday through Friday.\n\n"
            + "[related_posts]\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Riverbend food bank runs out of turkeys weeks before Christmas");
    assertThat(a.authors()).containsExactly("Maren Okafor");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Families wait in line outside the food bank on Tuesday. Photo by Dev Alcott");
    assertThat(a.sections()).extracting(Section::heading).contains("Where the turkeys went");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The walk-in freezer at the Riverbend Community Food Bank held no turkeys by 10:40"
                + " a.m. Tuesday.",
            "\"We have never run out this early, not once in 19 years,\" said Dr. Lorraine"
                + " Haskett, the food bank's executive director.",
            "Dorsey's Market ended its holiday turkey drive this year, the food bank said.",
            "Riverbend accepts donations at 1120 E. Sprague Ave., Monday through Friday.");
  }

  @Test
  void aNewslettersMastheadDatesTheStoryItLeadsWith() {
    String text =
        "View in browser <https://view.morningledger.news/?e=2026-12-04>\n\n"
            + "THE MORNING LEDGER — Friday, Dec. 4, 2026\n\n"
            + "Good morning, Harbor Ridge. It's Friday, and it's going to be cold: high of 34.\n\n"
            + "Here's what you need to know today.\n\n"
            + "— Nate\n\n"
            + "TOP STORY\n\n"
            + "Council pushes short-term rental vote to January\n"
            + "By Colleen Marsh\n\n"
            + "The Harbor Ridge City Council on Thursday delayed a vote on limits to short-term"
            + " rentals until January.\n\n"
            + "The ordinance would cap the number of permits in each ward, the council president"
            + " said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Council pushes short-term rental vote to January");
    assertThat(a.published()).isEqualTo("Friday, Dec. 4, 2026");
  }

  @Test
  void aResultsTablePastedWithTabsGivesARowToAParagraphAndKeepsItsSource() {
    String text =
        "Brook wins the Ward 4 seat by 97 votes\n\n"
            + "By Hollis Carter\n"
            + "Published 11:02 p.m. Dec. 2, 2026\n\n"
            + "Anya Brook won the open Ward 4 council seat on Tuesday, beating Lionel Tate by 97"
            + " votes in a race decided by the last precincts to report.\n\n"
            + "\u201cWe knocked on every door twice,\u201d Brook said.\n\n"
            + "Ward 4 (12 of 12 precincts reporting)\n"
            + "Candidate\tVotes\tPct.\n"
            + "Anya Brook\t1,204\t52.1%\n"
            + "Lionel Tate\t1,107\t47.9%\n"
            + "Source: County Board of Elections, unofficial results\n\n"
            + "Related:\n"
            + "Where the Ward 4 candidates stood on housing\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Anya Brook won the open Ward 4 council seat on Tuesday, beating Lionel Tate by 97"
                + " votes in a race decided by the last precincts to report.",
            "\u201cWe knocked on every door twice,\u201d Brook said.",
            "Candidate Votes Pct.",
            "Anya Brook 1,204 52.1%",
            "Lionel Tate 1,107 47.9%",
            "Source: County Board of Elections, unofficial results");
    assertThat(a.sections())
        .extracting(Section::heading)
        .contains("Ward 4 (12 of 12 precincts reporting)");
  }

  @Test
  void aMagazineFeaturesShortHeadlineDropCapCreditLineAndEndMarkAreReadAsPrinted() {
    String text =
        "FEATURES\n\n"
            + "The Long Winter\n\n"
            + "For forty years the Orla Jansen kept the lake open. This year the ice won. Her"
            + " crew tried to say what they had lost.\n\n"
            + "Words by Petra Lund\n\n"
            + "December 3, 2026\n\n"
            + "T\n"
            + "he icebreaker left the harbour at dawn, as it had every winter morning since"
            + " 1986.\n\n"
            + "Captain Ivo Brand, who has run the Orla Jansen for 22 years, kept one hand on the"
            + " throttle.\n\n"
            + "Left: Captain Ivo Brand in the wheelhouse on the last morning. Right: the ice off"
            + " the north pier.\n"
            + "Sven Hallqvist for Northline\n\n"
            + "\u201cWe did what we could,\u201d Brand said. \u25a0\n\n"
            + "This article appears in the January 2027 print edition under the headline \u201cThe"
            + " Ice Won.\u201d\n\n"
            + "Petra Lund is a contributing writer.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("The Long Winter");
    assertThat(a.dek()).startsWith("For forty years the Orla Jansen kept the lake open.");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Left: Captain Ivo Brand in the wheelhouse on the last morning. Right: the ice off"
                + " the north pier. Sven Hallqvist for Northline");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The icebreaker left the harbour at dawn, as it had every winter morning since 1986.",
            "Captain Ivo Brand, who has run the Orla Jansen for 22 years, kept one hand on the"
                + " throttle.",
            "\u201cWe did what we could,\u201d Brand said.");
  }

  @Test
  void aStudentPapersBarCreditAndItsAuthorBoxAreNoBody() {
    String text =
        "News\n"
            + "Senate cuts funding for the campus radio station\n"
            + "Rosa Delgado, Staff Writer\n"
            + "December 2, 2026\n"
            + "The station's manager checks levels before the morning show on Nov. 24.\n"
            + "Jonah Pike | The Campus Ledger\n\n"
            + "The student senate voted 12-8 on Monday to cut the radio station's share of the"
            + " activity fee.\n\n"
            + "\u201cWe had no good options,\u201d the senate president said.\n\n"
            + "Rosa Delgado, Staff Writer\n"
            + "Rosa is a junior studying journalism. She also hosts a show on the station.\n\n"
            + "More to Discover\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Rosa Delgado");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "The station's manager checks levels before the morning show on Nov. 24. Jonah Pike"
                + " | The Campus Ledger");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The student senate voted 12-8 on Monday to cut the radio station's share of the"
                + " activity fee.",
            "\u201cWe had no good options,\u201d the senate president said.");
  }

  @Test
  void anExplainersTableOfContentsIsDroppedAndItsReadersQuestionsHeadTheirAnswers() {
    String text =
        "Rate cut: what it means for your loan\n"
            + "Written by Neha Rao | Edited by Arun Iyer\n"
            + "Published: Dec 4, 2026, 07:30 AM IST\n\n"
            + "Table of Contents\n"
            + "1. What did the bank announce?\n"
            + "2. What borrowers can do now\n\n"
            + "What did the bank announce?\n"
            + "The central bank cut its key rate by 25 basis points to 5 per cent on Thursday.\n\n"
            + "What borrowers can do now\n"
            + "Check your loan statement or app to see which rate your loan is linked to.\n"
            + "Note your next reset date; the lower rate applies only from then.\n\n"
            + "FAQs\n"
            + "Will my monthly payment fall at once?\n"
            + "Not at once. The lower rate applies from your next reset date.\n\n"
            + "Disclaimer: The views above are those of individual analysts, not of this"
            + " publication.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The central bank cut its key rate by 25 basis points to 5 per cent on Thursday.",
            "Check your loan statement or app to see which rate your loan is linked to.",
            "Note your next reset date; the lower rate applies only from then.",
            "Not at once. The lower rate applies from your next reset date.");
    assertThat(a.sections())
        .extracting(Section::heading)
        .contains("What borrowers can do now", "Will my monthly payment fall at once?");
  }

  @Test
  void aScienceReleaseGivesItsDateStandfirstAndCaptionAndDropsItsDataBox() {
    String text =
        "Back to News Releases\n"
            + "NEWS RELEASE 3-DEC-2026\n"
            + "Street trees cool richer neighborhoods more at night\n"
            + "Poorer blocks get less overnight cooling from their trees, an 11-city study finds.\n"
            + "Peer-Reviewed Publication\n"
            + "Ellery University\n\n"
            + "CLEVELAND — Planting street trees has become a go-to strategy for cities trying to"
            + " protect residents from heat.\n\n"
            + "The study was published Dec. 2 in the journal Nature Climate Change.\n\n"
            + "IMAGE: A researcher measures the temperature of a leaf on a residential street.\n"
            + "view more\n\n"
            + "Credit: Jordan Pell / Ellery University\n\n"
            + "JOURNAL\nNature Climate Change\n\n"
            + "DOI\n10.1038/s41558-026-02217-4\n\n"
            + "METHOD OF RESEARCH\nObservational study\n\n"
            + "COI STATEMENT\nThe authors declare no competing interests.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Street trees cool richer neighborhoods more at night");
    assertThat(a.dek()).startsWith("Poorer blocks get less overnight cooling");
    assertThat(a.authors()).isEmpty();
    assertThat(a.published()).isEqualTo("3-DEC-2026");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "A researcher measures the temperature of a leaf on a residential street. Credit:"
                + " Jordan Pell / Ellery University");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "CLEVELAND — Planting street trees has become a go-to strategy for cities trying to"
                + " protect residents from heat.",
            "The study was published Dec. 2 in the journal Nature Climate Change.");
  }

  @Test
  void aGovernmentReleaseHasNoWriterAndItsUpdateStampStandsUnderIt() {
    String text =
        "Press Release\n"
            + "Albuquerque contractor sentenced to 46 months for defrauding relief programs\n"
            + "Thursday, December 3, 2026\n"
            + "Share\n"
            + "For Immediate Release\n"
            + "U.S. Attorney's Office, District of New Mexico\n\n"
            + "ALBUQUERQUE – An Albuquerque contractor was sentenced on Wednesday to 46 months in"
            + " prison.\n\n"
            + "Assistant U.S. Attorney Ana Lim prosecuted the case.\n\n"
            + "Updated December 4, 2026\n\n"
            + "Topic\nFinancial Fraud\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).isEmpty();
    assertThat(a.published()).isEqualTo("Thursday, December 3, 2026");
    assertThat(a.updated()).isEqualTo("December 4, 2026");
  }

  @Test
  void aSummaryAMachineWroteOverTheStoryIsNoBodyAndATablesLegendIs() {
    String text =
        "Regulators approve rate increase for Pacifica\n\n"
            + "By Caroline Whitfield\n"
            + "Updated 6:02 AM EST, December 4, 2026\n\n"
            + "Quick Read\n"
            + "• Regulators voted 2-1 to let Pacifica raise rates.\n"
            + "• Bills will rise about $11 a month from March.\n"
            + "This summary was generated by AI and reviewed by our editors.\n"
            + "Was this summary helpful? Yes / No\n\n"
            + "SALEM, Ore. — Oregon’s utility regulators on Thursday approved a rate increase for"
            + " Pacifica Energy.\n\n"
            + "The vote was 2-1, the commission said.\n\n"
            + "Team            League  Overall\n"
            + "x-Harbor Ridge  5-0     9-1\n"
            + "Westfield       3-1     7-2\n"
            + "x-clinched division title\n";
    Article a = parser.parse("t", text);
    assertThat(a.dateline()).isEqualTo("SALEM, Ore.");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "SALEM, Ore. — Oregon’s utility regulators on Thursday approved a rate increase for"
                + " Pacifica Energy.",
            "The vote was 2-1, the commission said.",
            "Team League Overall",
            "x-Harbor Ridge 5-0 9-1",
            "Westfield 3-1 7-2",
            "x-clinched division title");
  }

  @Test
  void recommendationWidgetsAndAPollInsideTheStoryAreDropped() {
    String text =
        "Council bans gas leaf blowers from 2028\n\n"
            + "By Nora Whitcomb\n"
            + "Published 7:14 AM CST Dec. 3, 2026\n\n"
            + "The city council voted 6-3 on Tuesday to ban gas-powered leaf blowers from 2028.\n\n"
            + "Promoted Content\n"
            + "Sponsored Links by Taboola\n"
            + "Doctors Stunned: This Simple Trick Melts Belly Fat\n"
            + "Health Daily\n"
            + "Here's What a New Walk-In Tub Should Cost You in 2026\n"
            + "Walk-In Tubs | Search Ads\n\n"
            + "Landscapers asked for two more years to switch to batteries.\n\n"
            + "POLL\n"
            + "Should the city ban gas leaf blowers?\n"
            + "Yes\nNo\nNot sure\nVote\nView results\n\n"
            + "The ban takes effect on March 1, 2028.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The city council voted 6-3 on Tuesday to ban gas-powered leaf blowers from 2028.",
            "Landscapers asked for two more years to switch to batteries.",
            "The ban takes effect on March 1, 2028.");
  }

  @Test
  void aLongSocialPostGivesItsWriterItsTimeAndNotItsReplies() {
    String text =
        "Post\n\n"
            + "Dana Whitcomb\n"
            + "@dwhitcomb_news\n"
            + "Follow\n"
            + "Carver Elementary to close for the rest of the school year after mold found\n"
            + "The district will close Carver Elementary for the rest of the school year, the"
            + " superintendent said on Wednesday.\n\n"
            + "Students will move to two other buildings from Monday.\n\n"
            + "4:12 PM · Dec 3, 2026\n"
            + "48.2K Views\n"
            + "Rick D.\n"
            + "@rickd_spokane\n"
            + "· 3h\n"
            + "Replying to @dwhitcomb_news\n"
            + "So they knew in November and parents find out in December?\n"
            + "7\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Dana Whitcomb");
    assertThat(a.published()).isEqualTo("4:12 PM · Dec 3, 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The district will close Carver Elementary for the rest of the school year, the"
                + " superintendent said on Wednesday.",
            "Students will move to two other buildings from Monday.");
  }

  @Test
  void aPoliceLogsDaysHeadTheirEntries() {
    String text =
        "Police blotter: A stolen kayak and a loose emu\n\n"
            + "By Tess Harlan\n"
            + "Dec. 4, 2026\n\n"
            + "The following items are taken from police logs.\n\n"
            + "Monday, Nov. 30\n"
            + "10:42 p.m., Elm Street: A caller reported a kayak stolen from a porch.\n\n"
            + "Morning Brief\n"
            + "Get the day’s top stories in your inbox every weekday morning.\n"
            + "Sign Up\n\n"
            + "Tuesday, Dec. 1\n"
            + "7:15 a.m., Mill Pond Road: An emu was seen standing in the road.\n";
    Article a = parser.parse("t", text);
    assertThat(a.published()).isEqualTo("Dec. 4, 2026");
    assertThat(a.sections())
        .extracting(Section::heading)
        .contains("Monday, Nov. 30", "Tuesday, Dec. 1")
        .doesNotContain("Morning Brief");
  }

  @Test
  void aSharedDocumentsCommentsAndDeskNotesAreNoPartOfTheStory() {
    String text =
        "DRAFT — council budget story v3\n"
            + "Suggested edit: Replace: \"approved\" with \"narrowly approved\"\n"
            + "Gil Brandt\n"
            + "4:31 PM Dec 2\n"
            + "Accept / Reject\n\n"
            + "Filed: Wed., Dec. 2, 2026, 4:10 p.m.\n"
            + "ART: Ortiz shot the meeting — use the wide of the chamber\n\n"
            + "Council narrowly passes budget that raises parking fees\n\n"
            + "By Nora Castellanos\n\n"
            + "CUTLINE: Residents hold signs during public testimony on Tuesday. (Sam Ortiz/The"
            + " Ledger)\n\n"
            + "The council approved a $1.14 billion[a] two-year budget on Tuesday.\n\n"
            + "The vote was 5-4, the clerk said.[b]\n\n"
            + "###\n\n"
            + "[a]Gil Brandt: can we confirm this figure with the finance office?\n"
            + "[b]Leah Moss: cut this graf if we're tight on space\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Council narrowly passes budget that raises parking fees");
    assertThat(a.published()).isEqualTo("Wed., Dec. 2, 2026, 4:10 p.m.");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Residents hold signs during public testimony on Tuesday. (Sam Ortiz/The Ledger)");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The council approved a $1.14 billion two-year budget on Tuesday.",
            "The vote was 5-4, the clerk said.");
  }

  @Test
  void aTranscriptsTurnsAreItsParagraphsAndItsSpeakerLabelsNoPlaceOrHeading() {
    String text =
        "TRANSCRIPT: Mayor announces shelter expansion ahead of winter storm\n\n"
            + "December 3, 2026\n\n"
            + "MAYOR CAROLYN HOLLIS: Good afternoon, everyone. The city is opening 310 more beds"
            + " tonight.\n\n"
            + "DR. RUTH LANGE: Cold kills more people in this city than heat does.\n\n"
            + "MAYOR HOLLIS: Thank you, Ruth. Marcus?\n\n"
            + "MARCUS ODUYA: With these 40 extra cots we can keep the doors open. We have 55"
            + " volunteers signed up for this weekend, and we need about 30 more for the overnight"
            + " shifts. If you can give four hours, sign up on our website. And if you have wool"
            + " socks and hand warmers, drop them off at our back door. We go through them faster"
            + " than anything else.\n";
    Article a = parser.parse("t", text);
    assertThat(a.dateline()).isEmpty();
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .hasSize(4)
        .contains("MAYOR HOLLIS: Thank you, Ruth. Marcus?");
  }

  @Test
  void aCommentsLinkBetweenHeadlineAndBylineAndANewsletterFormsMessagesAreNoHeaderOrBody() {
    String text =
        "News > Local News\n"
            + "Marsden Road bridge to stay shut into new year after lorry strike\n"
            + "Engineers say the crossing could be closed until at least mid-January, with long"
            + " diversions\n"
            + "Bookmark\nShare\nComments\n"
            + "By Rebecca Lumb Senior Reporter\n12:47, 3 Dec 2026\n\n"
            + "Drivers in Kessleton are facing diversions of up to 40 minutes after the bridge"
            + " closed.\n\n"
            + "Get the biggest stories from across the region straight to your inbox\n"
            + "Sign up\nInvalid email\nSomething went wrong, please try again later.\n\n"
            + "The bus company said a revised timetable would start on Monday.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Marsden Road bridge to stay shut into new year after lorry strike");
    assertThat(a.dek()).startsWith("Engineers say");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Drivers in Kessleton are facing diversions of up to 40 minutes after the bridge"
                + " closed.",
            "The bus company said a revised timetable would start on Monday.");
  }

  @Test
  void aStoryDatedOverItsHeadlineIsNotHeadedByALinkedStorysTitleAndDate() {
    String text =
        "Politics\nWorld\nBusiness & Economy\n\n"
            + "3 DEC, 14:21\nUpdated at: 3 DEC, 15:40\n"
            + "Russia-Iran rail freight corridor via Azerbaijan opens with fixed tariff\n"
            + "The first container train has left the Moscow hub for the Iranian city of Qazvin and"
            + " is due to arrive in nine days, the Russian Transport Ministry said\n"
            + "A container train at the Yalama border station © Rauf Guliyev/NEWSRU\n"
            + "Share\nCopy link\n\n"
            + "MOSCOW, December 3. /NEWSRU/. The rail freight corridor to Iran opened on Thursday,"
            + " the deputy minister said at the ceremony in the capital.\n\n"
            + "The tariff for a 40-foot container has been set at $1,180 until the end of next"
            + " year, she said.\n\n"
            + "Read also\n"
            + "Kazakhstan, Turkmenistan join talks on eastern branch of North-South corridor\n"
            + "Yesterday, 19:05\n\n"
            + "The Azerbaijani side has completed the modernization of 108 km of track, an official"
            + " of its railway told reporters.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Russia-Iran rail freight corridor via Azerbaijan opens with fixed tariff");
    assertThat(a.published()).isEqualTo("3 DEC, 14:21");
    assertThat(a.updated()).isEqualTo("3 DEC, 15:40");
    assertThat(a.dateline()).isEqualTo("MOSCOW");
    assertThat(a.agency()).isEqualTo("NEWSRU");
    assertThat(a.dek()).startsWith("The first container train");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void aSitesMarksForScreenReadersAndAnEmbeddedInstagramPostAreNoWordsOfTheStory() {
    String text =
        "Lake closed to fishing after zebra mussel outbreak\n\nBy Ann Lee\n\n"
            + "The closure follows a survey, according to the annual report (link is external)"
            + " released in October.\n\n"
            + "Anglers can find other lakes on the department's map (opens in a new window).\n\n"
            + "View this post on Instagram\n\n"
            + "This is the hardest thing we've ever had to write. Thank you for every cup of"
            + " coffee. #diner\n\n"
            + "A post shared by Helen's Kitchen (@helenskitchenpvd)\n\n"
            + "The resort owner said she would lose most of her winter bookings.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The closure follows a survey, according to the annual report released in October.",
            "Anglers can find other lakes on the department's map.",
            "The resort owner said she would lose most of her winter bookings.");
  }

  @Test
  void aBlockOfAuthorCardsGivesEveryAuthorAndFootnotesEndTheText() {
    String text =
        "Insights\nClient Alert\n"
            + "Seventh Circuit Holds Warehouse Workers Must Be Paid for Security Screening\n\n"
            + "December 3, 2026\n\n"
            + "Katherine M. Moreland\nPartner\nChicago\n"
            + "Daniel R. Feld\nCounsel\nMilwaukee\n"
            + "Priya Natarajan\nAssociate\nChicago\n\n"
            + "On December 1, 2026, the court held that warehouse workers must be paid for the time"
            + " they spend in security screening.[1]\n\n"
            + "The company argued that the screening time was de minimis.[2]\n\n"
            + "Footnotes\n[1] Martinez v. Ridgeline Logistics, Inc., No. 25-1142 (7th Cir. Dec. 1,"
            + " 2026).\n[2] Integrity Staffing Solutions, Inc. v. Busk, 574 U.S. 27 (2014).\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors())
        .containsExactly("Katherine M. Moreland", "Daniel R. Feld", "Priya Natarajan");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aTeamSheetsListsOfNamesAmongItsDataAndALinkGluedBetweenParagraphsAreNoParagraphs() {
    String text =
        "Lund’s late curler sends Ashford into play-offs\n\nBy Rachel Ogundipe\n\n"
            + "Jonas Lund settled a scrappy afternoon with a curling shot nine minutes from time.\n\n"
            + "Hale said the side had earned its place in the top six after a hard month.\n"
            + "Championship roundup: Stafford Rovers stay top as Bedford Borough slip up again\n"
            + "The referee said Doyle had pulled Brennan back at the corner.\n\n"
            + "Ashford Town: Miller; Carr, Doyle (Iwu 74), Ebo, Hart; Pritchard, Sowerby; Okafor.\n"
            + "Subs not used: Gallagher (g), Price, Tennant, Fox, Odell.\n"
            + "Booked: Doyle, Sowerby, Okafor.\n"
            + "Goals: Okafor 23, Lund 81.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Jonas Lund settled a scrappy afternoon with a curling shot nine minutes from time.",
            "Hale said the side had earned its place in the top six after a hard month.",
            "The referee said Doyle had pulled Brennan back at the corner.");
    // a list of names alone, with no data beside it, is read by its shape
    assertThat(
            parser
                .parse(
                    "t",
                    "Council names its new board\n\nBy Ann Lee\n\n"
                        + "The council named five people to the harbour board on Monday.\n\n"
                        + "Members: Ana Lim, Ben Ortiz, Cy Hale.\n")
                .paragraphs())
        .hasSize(2);
  }

  @Test
  void aLivePagesEntriesAreHeadedByTheirHeadlinesAndNotSignedInTheText() {
    String text =
        "Storm Ingrid live: power cuts and rail disruption across the north\n\n"
            + "By Priya Nandakumar\nThu 3 Dec 2026\n\n"
            + "Harcourt Grid has restored power to about 40,000 homes, the operator said.\n\n"
            + "Crews have been working through the night in Cumbria and Lancashire.\n"
            + "Share\n\n"
            + "14:05 GMT\nDrivers told to avoid A66 over Stainmore\nCallum Reid\nCallum Reid\n"
            + "The A66 remains closed in both directions after several lorries were blown over.\n"
            + "Share\n\n"
            + "13:41 GMT\nMet Office extends amber warning\nPriya Nandakumar\nPriya Nandakumar\n"
            + "Key event\n"
            + "The Met Office has extended its amber wind warning until 9am on Friday.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Harcourt Grid has restored power to about 40,000 homes, the operator said.",
            "Crews have been working through the night in Cumbria and Lancashire.",
            "The A66 remains closed in both directions after several lorries were blown over.",
            "The Met Office has extended its amber wind warning until 9am on Friday.");
    assertThat(a.paragraphs().get(2).section())
        .isEqualTo("Drivers told to avoid A66 over Stainmore");
    assertThat(a.paragraphs().get(3).section()).isEqualTo("Met Office extends amber warning");
  }

  @Test
  void aSitesAppealBoxWithItsTranslationAndButtonIsNoPartOfTheStory() {
    String text =
        "Eviction defense program is running out of money\n\nBy Ana Ferrer\n\n"
            + "The program opened in early 2024 with $4.2 million in federal money.\n\n"
            + "Mirador is a nonprofit newsroom. We publish every story in English and Spanish, free"
            + " for everyone.\n"
            + "Mirador es una redacción sin fines de lucro. Publicamos cada historia en inglés y"
            + " español.\n"
            + "Donate / Dona\n\n"
            + "The supervisor said he does not yet have the three votes he needs.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The program opened in early 2024 with $4.2 million in federal money.",
            "The supervisor said he does not yet have the three votes he needs.");
  }

  @Test
  void aLoneVoteUnderItsItemIsTheStorysAndAnFaqLabelIsNoParagraph() {
    String text =
        "Council OKs parking meters, bond\n\nBy Ann Lee\n\n"
            + "Item 4: Downtown parking meters\n\n"
            + "The council approved meters on six downtown blocks after a long debate on Tuesday.\n\n"
            + "Vote: 5-2 (Marsh, Delacroix opposed)\n\n"
            + "Item 9: Short-term rental permits\n\n"
            + "Council members could not agree on a cap, and the item will come back next month.\n\n"
            + "Vote: Tabled until Jan. 13\n\n"
            + "Frequently asked questions\n\n"
            + "When do the meters start?\n\n"
            + "The city expects the first meters to be working by the middle of March.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The council approved meters on six downtown blocks after a long debate on Tuesday.",
            "Vote: 5-2 (Marsh, Delacroix opposed)",
            "Council members could not agree on a cap, and the item will come back next month.",
            "Vote: Tabled until Jan. 13",
            "The city expects the first meters to be working by the middle of March.");
    // the label heads no paragraph of its own: the question under it does
    assertThat(a.paragraphs().get(4).section()).isEqualTo("When do the meters start?");
  }

  @Test
  void aListOfLinksWithTheirDatesUnderItsLabelIsNoBodyEvenWhereALinkAsks() {
    String text =
        "Ravens vs. Steelers prediction, odds, picks\n\nBy Gavin Marchetti\nDec 3, 2026\n\n"
            + "The pick here leans on the Ravens defense against a Pittsburgh offense that may be"
            + " without its best receiver.\n\n"
            + "More NFL previews\n"
            + "Bengals vs. Browns prediction, odds, picks: Cincinnati’s pass rush meets a turnover-prone"
            + " offense\n"
            + "Dec 3, 2026\n"
            + "Chiefs vs. Chargers prediction, odds, picks: Can Los Angeles stay hot at home?\n"
            + "Dec 2, 2026\n";
    assertThat(parser.parse("t", text).paragraphs()).hasSize(1);
  }

  @Test
  void aReadLaterExportsFieldsInOneMarkdownBlockAreNoStandfirst() {
    String md =
        "# Calder Bay council votes to cap short-term rentals\n\n"
            + "Source: [www.harborlightnews.com](https://www.harborlightnews.com/news/1)\n"
            + "Saved: December 4, 2026 at 7:12 AM\n"
            + "Author: Dana Whitcombe\n"
            + "Tags: #housing #local\n"
            + "Read time: 7 min\n\n"
            + "---\n\n"
            + "The Calder Bay City Council voted 5-2 late Wednesday to cap short-term rentals.\n";
    Article a = parser.parse("t", md);
    assertThat(a.dek()).isEmpty();
    assertThat(a.authors()).containsExactly("Dana Whitcombe");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Calder Bay City Council voted 5-2 late Wednesday to cap short-term rentals.");
  }

  @Test
  void aBoxsLastItemOverItsSourceLineHeadsNothing() {
    String text =
        "Ravens vs. Steelers prediction\n\nBy Gavin Marchetti\nDec 3, 2026\n\n"
            + "Haverford has been running on a side field all week and expects to play on Sunday.\n\n"
            + "Injury report\n"
            + "WR Cameron Haverford — questionable (hamstring)\n"
            + "TE Brody Castellanos — out (knee)\n"
            + "Source: team injury reports, Wed. Dec. 2\n\n"
            + "An MRI on Monday showed a mild strain, the team's head athletic trainer said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aReleaseDatedOverItsContactLineHasItsHeadlineAndSubheadUnderThem() {
    String text =
        "Having trouble viewing this email? View it as a Web page.\n\n"
            + "Oregon Department of Transportation banner\n\n"
            + "FOR IMMEDIATE RELEASE\n\nDecember 2, 2026\n\n"
            + "Contact: Kelsey Marchetti, 503-555-0134, kelsey.marchetti@odot.oregon.gov\n\n"
            + "OR 58 OVER WILLAMETTE PASS TO CLOSE SIX WEEKS THIS WINTER FOR ROCKFALL REPAIRS\n\n"
            + "Full closure begins Jan. 11; commercial trucks will detour through Roseburg.\n\n"
            + "The Oregon Department of Transportation will fully close OR 58 over Willamette Pass"
            + " for six weeks beginning Monday, Jan. 11, to repair a rock slope.\n\n"
            + "Crew inspecting rock slope above OR 58\n\n"
            + "An ODOT crew inspects loose basalt above OR 58 near milepost 52 on Oct. 27. Photo:"
            + " Oregon Department of Transportation\n\n"
            + "The slope has shed more than 400 cubic yards of rock since August, the agency said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo(
            "OR 58 OVER WILLAMETTE PASS TO CLOSE SIX WEEKS THIS WINTER FOR ROCKFALL REPAIRS");
    assertThat(a.published()).isEqualTo("December 2, 2026");
    // the subhead under the headline in capitals, one sentence over a longer paragraph
    assertThat(a.dek())
        .isEqualTo("Full closure begins Jan. 11; commercial trucks will detour through Roseburg.");
    // a picture's title over its caption heads no section
    assertThat(a.sections()).extracting(Section::heading).containsOnly("");
    assertThat(a.paragraphs()).hasSize(2);
    // a section's heading over a picture that shows something else still heads its section
    String headed =
        "Bus routes cut as driver shortage deepens\n\nBy Ann Lee\n\n"
            + "The district will stop busing students who live within 2 miles of school.\n\n"
            + "Parents worry about walking routes\n\n"
            + "Tasha Monroe speaks during public comment at the board's meeting on Monday. © Megan"
            + " Albright/Lakeview Tribune\n\n"
            + "For Tasha Monroe, the new boundary means a walk of about 1.8 miles for her son.\n";
    assertThat(parser.parse("t", headed).paragraphs().get(1).section())
        .isEqualTo("Parents worry about walking routes");
  }

  @Test
  void aChartsBlockAMethodsBoxAndTheWritersBiographiesAreNoPartOfTheStory() {
    String text =
        "Falls rise at home building sites as inspections drop\n\n"
            + "by Lena Haskins and Marcus Odom\n\nDec. 2, 2026\n\n"
            + "Arturo Pineda had been roofing houses for 19 years when he fell from a roof.\n\n"
            + "The pattern held across the state's fastest-growing counties, the analysis found.\n\n"
            + "Falls Rose as Inspections Dropped\n"
            + "Serious falls and inspections at residential sites, by year\n"
            + "Loading…\n"
            + "Source: Analysis of OSHA inspection records, 2019-2025.\n"
            + "Chart: Sofia Reyes\n\n"
            + "A safety researcher said the numbers likely understate the problem.\n\n"
            + "How We Reported This Story\n\n"
            + "To identify falls, The Longleaf Report obtained inspection records for 2019 through"
            + " 2025.\n\n"
            + "Read the full methodology\n\n"
            + "Correction, Dec. 3, 2026: An earlier version of this story misstated the year the rule"
            + " took effect. It was 2019.\n\n"
            + "Lena Haskins is a reporter at The Longleaf Report covering labor.\n\n"
            + "Marcus Odom is a senior reporter at The Longleaf Report.\n\n"
            + "Thank you for your interest in republishing this story.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Arturo Pineda had been roofing houses for 19 years when he fell from a roof.",
            "The pattern held across the state's fastest-growing counties, the analysis found.",
            "A safety researcher said the numbers likely understate the problem.",
            "Correction, Dec. 3, 2026: An earlier version of this story misstated the year the rule"
                + " took effect. It was 2019.");
  }

  @Test
  void aChargesBlockAndAMoreInformationBoxAreNoPartOfTheStory() {
    String text =
        "Task force raid nets five arrests\n\nBy Ann Lee\n\n"
            + "Deputies seized fentanyl and two handguns at a trailer park on Tuesday morning.\n\n"
            + "Charges:\n"
            + "Calloway: trafficking in a controlled substance, first degree\n"
            + "Fortner: trafficking in a controlled substance, first degree; possession of drug"
            + " paraphernalia\n"
            + "Lewis: possession of a handgun by a convicted felon\n\n"
            + "More information\n\n"
            + "The neighbors take to the street against the trailer park's landlord\n\n"
            + "The sheriff said more arrests were likely in the coming weeks.\n\n"
            + "Comments are closed.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Deputies seized fentanyl and two handguns at a trailer park on Tuesday morning.",
            "The sheriff said more arrests were likely in the coming weeks.");
  }

  @Test
  void aReleaseCopiedOutOfAPdfReadsOnOverItsPageBreaks() {
    String text =
        "NORTHSHORE ORE CARRIERS, INC.\n1 Waterfront Plaza, Suite 410\nDuluth, MN 55802\n\n"
            + "NEWS RELEASE\n\nFOR IMMEDIATE RELEASE\n\n"
            + "NORTHSHORE ORE CARRIERS ORDERS TWO 1,000-FOOT FREIGHTERS\n"
            + "FROM FRASER SHIPYARDS IN $548 MILLION CONTRACT\n\n"
            + "DULUTH, Minn., Dec. 2, 2026 — Northshore Ore Carriers, Inc. today announced that it"
            + " has signed a contract with Fraser Shipyards to build two freighters.\n\n"
            + "The company said that the new vessels will replace its two oldest freighters, which"
            + " will be retired from\n\n"
            + "-more-\n\nPage 1 of 2\n"
            + "NORTHSHORE ORE CARRIERS, INC.\n1 Waterfront Plaza, Suite 410\nDuluth, MN 55802\n\n"
            + "service once the new ships are delivered in 2030.\n\n"
            + "###\n\nPage 2 of 2\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo(
            "NORTHSHORE ORE CARRIERS ORDERS TWO 1,000-FOOT FREIGHTERS FROM FRASER SHIPYARDS IN $548"
                + " MILLION CONTRACT");
    assertThat(a.published()).isEqualTo("Dec. 2, 2026");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
    assertThat(a.paragraphs().get(1).text())
        .isEqualTo(
            "The company said that the new vessels will replace its two oldest freighters, which"
                + " will be retired from service once the new ships are delivered in 2030.");
  }

  @Test
  void aContributorsCardAndTheSitesDisclaimerStayInTheHeader() {
    String text =
        "Skip to content\nForbes\nSubscribe\nSign In\nEnergy\n"
            + "Poland’s Biggest Coal Plant Will Become A Battery And Nuclear Hub\n"
            + "Tomasz Wilk\nContributor\n"
            + "I cover the energy transition in Central and Eastern Europe.\n"
            + "Follow Author\nDec 3, 2026, 06:30am EST\nShare to Facebook\n"
            + "Opinions expressed by Forbes Contributors are their own.\n"
            + "Cooling towers at the Belchatow plant in central Poland.\ngetty\n\n"
            + "The state-controlled utility that runs the Belchatow power station said on Tuesday"
            + " that it would turn the site into a battery and nuclear hub by 2035.\n\n"
            + "A bucket-wheel excavator near Belchatow, Poland, in 2024.\n"
            + "Bloomberg via Getty Images\n\n"
            + "The union said its members would vote on strike action next month.\n\n"
            + "Follow me on Twitter or LinkedIn. Check out my website or some of my other work"
            + " here.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Poland’s Biggest Coal Plant Will Become A Battery And Nuclear Hub");
    assertThat(a.authors()).containsExactly("Tomasz Wilk");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Cooling towers at the Belchatow plant in central Poland. getty",
            "A bucket-wheel excavator near Belchatow, Poland, in 2024. Bloomberg via Getty Images");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The state-controlled utility that runs the Belchatow power station said on Tuesday"
                + " that it would turn the site into a battery and nuclear hub by 2035.",
            "The union said its members would vote on strike action next month.");
  }

  @Test
  void aShortSentenceRightOverTheRunningTextIsTheHeadersNotTheLead() {
    String lead =
        "Germany's governing coalition agreed on Wednesday to cut the tax refund on agricultural"
            + " diesel by more than a third.";
    String header = "Farmers win a reprieve on diesel\n\nBy Ann Lee\nDecember 3, 2026\n";
    // a caption without its credit over the lead
    assertThat(
            parser.parse("t", header + "Tractors outside the chancellery.\n\n" + lead).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(lead);
    // a lead that quotes someone is the story's, however short
    assertThat(parser.parse("t", header + "“We lost everything.”\n\n" + lead).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("“We lost everything.”", lead);
  }

  @Test
  void aNewslettersPitchAndABoxClosedByItsSeeAllLinkAreNoPartOfTheStory() {
    String text =
        "Business\nSable Peak’s grocery deal puts Britain’s suppliers on edge\n"
            + "Photo of Liz Harlan\nLiz Harlan\nDec 3, 2026, 1:52pm EST\nShare\n"
            + "Title icon\nThe News\n\n"
            + "Sable Peak Partners agreed on Wednesday to buy Bramley & Pike, Britain’s"
            + " fifth-largest grocery chain, for £6.8 billion including debt.\n"
            + "Semafor Business: Liz Harlan’s newsletter on the people and deals shaping the"
            + " global economy.\n"
            + "Sign up for Semafor Business\nThanks for signing up!\n"
            + "Title icon\nKnow More\n\n"
            + "Bramley & Pike runs about 480 supermarkets across England and Wales.\n\n"
            + "BRUSSELS PLAYBOOK\n"
            + "Your guide to the most powerful people in the EU, every weekday morning.\n"
            + "By signing up, you agree to receive email newsletters or updates from us.\n"
            + "SIGN UP\n\n"
            + "The regulator is expected to review the deal early next year.\n"
            + "Semafor Signals\nSupported by Microsoft\n"
            + "Global insights on today’s biggest stories.\nSee all Signals\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Liz Harlan");
    assertThat(a.captions()).isEmpty();
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Sable Peak Partners agreed on Wednesday to buy Bramley & Pike, Britain’s"
                + " fifth-largest grocery chain, for £6.8 billion including debt.",
            "Bramley & Pike runs about 480 supermarkets across England and Wales.",
            "The regulator is expected to review the deal early next year.");
    assertThat(a.sections()).extracting(Section::heading).containsExactly("The News", "Know More");
  }

  @Test
  void aRubricHeadsAShortHeadlineAndTheDateLineNamesWhereTheStoryWasFiled() {
    String text =
        "The Economist\nMenu\nSubscribe\nEurope | The Dutch housing squeeze\nRent asunder\n"
            + "A plan to cap middle-market rents is the Netherlands’ boldest housing gamble yet\n"
            + "Photograph: Getty Images\nDec 3rd 2026|AMSTERDAM\nShare\n"
            + "Listen to this story. Enjoy more audio and podcasts on iOS or Android.\n\n"
            + "THE QUEUE outside a two-room flat in De Pijp stretched down the stairwell and onto"
            + " the pavement on a wet Saturday morning.\n\n"
            + "This time the queue suggests that voters are in no mood to wait for the market. ■\n\n"
            + "This article appeared in the Europe section of the print edition under the headline"
            + " “Priced out of Amsterdam”\n\n"
            + "More from Europe\n\nCan Spain’s minority government pass another budget?\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Rent asunder");
    assertThat(a.dek())
        .isEqualTo(
            "A plan to cap middle-market rents is the Netherlands’ boldest housing gamble yet");
    assertThat(a.published()).isEqualTo("Dec 3rd 2026");
    assertThat(a.dateline()).isEqualTo("AMSTERDAM");
    assertThat(a.captions()).extracting(Caption::text).containsExactly("Photograph: Getty Images");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aLineOverTheLeadThatSharesNoWordWithTheHeadlineIsTheHeaders() {
    String lead =
        "A lake-effect snowstorm has buried parts of western New York under more than 4 feet of"
            + " snow, shutting a long stretch of Interstate 90.";
    String page =
        "News\nLake-Effect Snow Buries New York as Travel Ban Holds\n"
            + "Published Dec 03, 2026 at 10:12 AM EST\nBy Anna Kowalczyk\nShare\n"
            + "%s is committed to challenging conventional wisdom and finding connections in the"
            + " search for common ground.\n\n"
            + lead
            + "\n";
    assertThat(parser.parse("t", page.formatted("Newsweek")).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(lead);
    // a line that tells of what the headline tells is the story's
    assertThat(parser.parse("t", page.formatted("The travel ban")).paragraphs()).hasSize(2);
  }

  @Test
  void aHeadingOverAStoryParagraphEndsTheListOfLinksAboveIt() {
    String text =
        "Germany: Coalition agrees to cut farmers' diesel tax break\n12/03/2026\n\n"
            + "Germany's governing coalition agreed on Wednesday to cut the tax refund on"
            + " agricultural diesel by more than a third.\n\n"
            + "Skip next section Explore more\nExplore more\n"
            + "Germany: Thousands of farmers bring Berlin traffic to a halt\n"
            + "Hundreds of tractors rolled into the capital to protest against planned cuts.\n"
            + "Politics11/26/20262 min\n"
            + "Greens call for 'real transition'\n"
            + "The opposition Greens criticized the deal from the opposite direction. Tobias"
            + " Engelhardt, a Green party lawmaker on the agriculture committee, said the coalition"
            + " had shied away from a real transition once again.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("", "Greens call for 'real transition'");
    // a listed story's headline over the paragraph the list was pasted into names something else
    Article listed =
        parser.parse(
            "t",
            text.replace(
                "Greens call for 'real transition'",
                "Christmas lights switch-on moved to Saturday"));
    assertThat(listed.paragraphs()).hasSize(2);
    assertThat(listed.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aWritersCardWithTheirNameJobAndNoteStaysInTheHeader() {
    String text =
        "Talbot's late 3 lifts Celtics past Bucks\nDec 3, 2026, 11:48 PM ET\n\n"
            + "Jamal Whitfield\nJamal Whitfield\nSNC Staff Writer\nClose\n"
            + "Jamal Whitfield covers the Milwaukee Bucks for SNC. He has covered the NBA since"
            + " 2012.\nFacebook\nEmail\ncomment\n\n"
            + "MILWAUKEE -- Jaylen Ruffin scored 27 points and Dorian Talbot hit a late 3-pointer as"
            + " Boston beat Milwaukee 112-108 on Wednesday night.\n\n"
            + "Talbot's clutch 3 seals win over Bucks (0:46)\n\n"
            + "Dorian Talbot drills a step-back 3 from the left wing to put Boston ahead for good.\n\n"
            + "The win was Boston's fifth straight.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Jamal Whitfield");
    assertThat(a.dateline()).isEqualTo("MILWAUKEE");
    // the video's title with its running time and the player's line under it are no paragraphs
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "MILWAUKEE -- Jaylen Ruffin scored 27 points and Dorian Talbot hit a late 3-pointer as"
                + " Boston beat Milwaukee 112-108 on Wednesday night.",
            "The win was Boston's fifth straight.");
  }

  @Test
  void aLabelledAuthorASynopsisAndArticleContentMarks() {
    String text =
        "Mill Creek LRT opening pushed back a year\nSynopsis\n"
            + "The city says the extension won't carry passengers before December 2027, and the"
            + " contractor disputes the blame.\n"
            + "Author of the article:\nMegan Thorvaldson\n"
            + "Published Dec 03, 2026\n\n"
            + "Article content\n"
            + "The opening of Edmonton's Mill Creek LRT extension has been pushed back by a full year"
            + " after testing uncovered faults in its signalling.\n"
            + "Article content\n"
            + "The mayor said council will receive a full update at its Dec. 15 meeting.\n\n"
            + "Note from the author:\n"
            + "Hi, this is Megan. Please consider supporting our newsroom.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Mill Creek LRT opening pushed back a year");
    assertThat(a.dek()).startsWith("The city says the extension");
    assertThat(a.authors()).containsExactly("Megan Thorvaldson");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void anEmbeddedDocumentViewerIsNoPartOfTheStory() {
    String text =
        "Judge strikes down county's ban on camping in parks\n\nBy Tomas Greer\nDec. 3, 2026\n\n"
            + "A judge on Wednesday struck down the county's ban on camping in its parks, ruling"
            + " that it punished people who had nowhere else to sleep.\n\n"
            + "Read the judge's ruling\n"
            + "Contributed to DocumentViewer by Tomas Greer (Valley Herald)\n"
            + "Page 1 of 42\nZoom\n–\n+\nPrevious\nNext\nDownload\nFull screen\n"
            + "IN THE CIRCUIT COURT OF THE STATE OF OREGON\n"
            + "This matter came before the Court on the parties' cross-motions for summary judgment."
            + " Having considered the\n"
            + "p. 1\n"
            + "View document or read text\n\n"
            + "The county said it would appeal the ruling to the state's appeals court.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "A judge on Wednesday struck down the county's ban on camping in its parks, ruling that"
                + " it punished people who had nowhere else to sleep.",
            "The county said it would appeal the ruling to the state's appeals court.");
  }

  @Test
  void aSentenceALinkBrokeOverLinesIsOneParagraph() {
    String text =
        "Chip Stocks Power Nasdaq Higher\n\nBy Colin Park\nDec. 3, 2026\n\n"
            + "Chip stocks rallied on Wednesday after a supplier raised its forecast for the year.\n\n"
            + "Bank shares moved the other way. Shares of Wexford Bancorp\n(WXF)\n"
            + "fell 3.1% after the lender cut its forecast.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Chip stocks rallied on Wednesday after a supplier raised its forecast for the year.",
            "Bank shares moved the other way. Shares of Wexford Bancorp (WXF) fell 3.1% after the"
                + " lender cut its forecast.");
  }

  @Test
  void aHeadlineRepeatedUnderTheDateAndALinkedStorysCardAreNoCopyOfTheStory() {
    String text =
        "The Ledger Quarter\nHome\nNews\n"
            + "Ledgerton council votes 7-4 to put rent stabilization on next year's ballot\n\n"
            + "Voters will decide in November 2027 whether to cap yearly rent increases at 5%."
            + " Landlords say they will campaign against it.\n"
            + "Nadia Ferreira\nNadia Ferreira\nDec 3, 2026\n"
            + "Ledgerton council votes 7-4 to put rent stabilization on next year's ballot\n"
            + "Tenants packed the gallery at City Hall on Tuesday night. Photo by Kian Ross / The"
            + " Ledger Quarter\n\n"
            + "The Ledgerton City Council voted 7-4 early Wednesday to put rent stabilization on next"
            + " year's ballot.\n"
            + "Tenants deliver 9,000 signatures, forcing council vote on rent cap\n"
            + "Ledgerton Tenants United says it collected the names in eleven weeks.\n"
            + "The Ledger Quarter\nNadia Ferreira\n\n"
            + "The measure would cap annual rent increases at 5% or the rate of inflation.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Ledgerton council votes 7-4 to put rent stabilization on next year's ballot");
    assertThat(a.authors()).containsExactly("Nadia Ferreira");
    assertThat(a.dek()).startsWith("Voters will decide");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Ledgerton City Council voted 7-4 early Wednesday to put rent stabilization on next"
                + " year's ballot.",
            "The measure would cap annual rent increases at 5% or the rate of inflation.");
  }

  @Test
  void aSymbolOpensAListItemAsABulletDoes() {
    String text =
        "Riga port workers begin 48-hour strike\n\nDecember 3\n\n"
            + "Around 1,200 dockworkers at the Port of Riga walked off the job on Thursday over a"
            + " plan to install automated cranes.\n\n"
            + "In numbers:\n🔹 1,200 dockworkers on strike\n🔹 14 automated cranes planned by 2028\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .contains("🔹 1,200 dockworkers on strike", "🔹 14 automated cranes planned by 2028");
  }

  @Test
  void aBlockClosedByItsViewAllLinkIsNoPartOfTheStory() {
    String text =
        "Chip Stocks Power Nasdaq Higher\n\nBy Colin Park\nDec. 3, 2026\n\n"
            + "Chip stocks rallied on Wednesday after a supplier raised its forecast for the year.\n\n"
            + "Stocks to watch\nHALV 84.12 +9.02%\nCRVN 212.55 +5.61%\nView all market data\n\n"
            + "Bank shares fell after a lender cut its forecast for the quarter.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aTimelinesLastEntryHeadsNoParagraph() {
    String text =
        "Grad workers vote to unionize\n\nBy Priya Venkataraman\nDecember 3, 2026\n\n"
            + "Graduate student workers at Whitmore State University voted to unionize this week by a"
            + " nearly six-to-one margin.\n\n"
            + "Timeline\nSept. 12 – Union files for election\nNov. 30 – Three days of voting begin\n"
            + "Dec. 2 – Ballots counted; union wins 1,842-317\n\n"
            + "The university said it would begin bargaining in the spring semester.\n";
    assertThat(parser.parse("t", text).sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aMastheadsMottoIsNoRunningTextAndTheHeadlineIsOverTheStory() {
    String text =
        "THE KILBARRA CLARION\nYour town. Your paper. Since 1978.\n\nHome\nNews\nSport\n\n"
            + "Councillors back plan to switch town water supply to boreholes\n\n"
            + "Kilbarra’s drinking water will no longer be drawn from the river under a plan backed"
            + " by councillors on Monday night.\n\n"
            + "The scheme is expected to go to tender in September, the council said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Councillors back plan to switch town water supply to boreholes");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aSignatureLineUnderTheStoryGivesItsWriterAndDates() {
    String text =
        "Councillors back plan to switch town water supply to boreholes\n\n"
            + "Kilbarra’s drinking water will no longer be drawn from the river under a plan backed"
            + " by councillors on Monday night.\n\n"
            + "The scheme is expected to go to tender in September, the council said.\n\n"
            + "Orla Brennock | orla.brennock@clarion.ie | Published 10 March 2026, 16:05"
            + " | Updated 10 March 2026, 19:40\n\n"
            + "Share this story\n3 comments\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Orla Brennock");
    assertThat(a.published()).isEqualTo("10 March 2026, 16:05");
    assertThat(a.updated()).isEqualTo("10 March 2026, 19:40");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aPictureStandInIsNoCaptionAndAPullQuoteWithItsSpeakerIsNoCaption() {
    String text =
        "Councillors back plan to switch town water supply to boreholes\n\nBy Orla Brennock\n\n"
            + "[Image]\nStaff at the treatment works, which has supplied the town since 1967.\n"
            + "Photo: Ciarán Mulkerrin / Brackwater Images\n\n"
            + "Kilbarra’s drinking water will no longer be drawn from the river under a plan backed"
            + " by councillors on Monday night.\n\n"
            + "“I’m not against the boreholes. I’m against signing a blank cheque,” he said.\n\n"
            + "“I’m against signing a blank cheque” – Cllr Peadar Gilsenan\n\n"
            + "The scheme is expected to go to tender in September, the council said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Staff at the treatment works, which has supplied the town since 1967."
                + " Photo: Ciarán Mulkerrin / Brackwater Images");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(3);
  }

  @Test
  void aFactBoxUnderALabelInSentenceCaseIsTheStorysEveryItem() {
    String text =
        "Arbitrator orders province to pay builder of stalled hospital\n\n"
            + "By Marguerite Okafor\nFebruary 9, 2026\n\n"
            + "An arbitrator has ordered the province to pay $312-million to the consortium building"
            + " the stalled hospital.\n\n"
            + "By the numbers\n"
            + "$2.46-billion — the latest estimate of the hospital’s total cost, including financing\n"
            + "$312-million — the amount the arbitrator ordered the province to pay\n"
            + "484 — beds planned for the new hospital\n\n"
            + "The province can ask a court to set aside the award only on narrow grounds.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .contains(
            "$312-million — the amount the arbitrator ordered the province to pay",
            "484 — beds planned for the new hospital")
        .hasSize(5);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("", "By the numbers");
  }

  @Test
  void aNameThatCallsItselfAPressAgencyIsTheAgencyOfAWithFilesFromCredit() {
    String text =
        "Arbitrator orders province to pay builder of stalled hospital\n\n"
            + "By Marguerite Okafor\nFebruary 9, 2026\n\n"
            + "An arbitrator has ordered the province to pay $312-million to the consortium building"
            + " the stalled hospital.\n\n"
            + "The province can ask a court to set aside the award only on narrow grounds.\n\n"
            + "With files from Larchfield Press Agency\n\nComments are closed.\n";
    assertThat(parser.parse("t", text).agency()).isEqualTo("Larchfield Press Agency");
  }

  @Test
  void aPicturesOwnerAndPhotographerAfterTheSignAreItsCreditNotThePagesCopyright() {
    String text =
        "Cholera cases surge as floodwaters contaminate water supplies\n\n"
            + "Published: 3 December 2026\n\n"
            + "A mother holds her daughter at a treatment point near Garsen on 29 November.\n"
            + "© Lanternfield International/Jonah Keter\n\n"
            + "A cholera outbreak triggered by weeks of flooding has infected at least 4,870 people.\n\n"
            + "The outbreak was confirmed by the Ministry of Health on 9 November.\n";
    Article a = parser.parse("t", text);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "A mother holds her daughter at a treatment point near Garsen on 29 November."
                + " © Lanternfield International/Jonah Keter");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aPromotionsBlockEndingInItsButtonIsNoText() {
    String text =
        "Cholera cases surge as floodwaters contaminate water supplies\n\n"
            + "Published: 3 December 2026\n\n"
            + "A cholera outbreak triggered by weeks of flooding has infected at least 4,870 people.\n\n"
            + "Kenya floods appeal\nUS$25 could provide oral rehydration salts for 50 children.\n"
            + "Donate now\n\n"
            + "The outbreak was confirmed by the Ministry of Health on 9 November.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "A cholera outbreak triggered by weeks of flooding has infected at least 4,870 people.",
            "The outbreak was confirmed by the Ministry of Health on 9 November.");
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aFactBoxsItemsInATextNotWrappedStayOnePerLine() {
    String text =
        "Cholera cases surge as floodwaters contaminate water supplies\n\n"
            + "Published: 3 December 2026\n\n"
            + "A cholera outbreak triggered by weeks of flooding has infected thousands of people in"
            + " two counties, the organisation said on Thursday.\n\n"
            + "Key figures\n"
            + "4,870 suspected cholera cases recorded in two counties since 9 November\n"
            + "63 deaths, a case fatality rate of 1.3%\n"
            + "112,000 people displaced by flooding along the river\n\n"
            + "The outbreak was confirmed by the Ministry of Health on 9 November.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .contains(
            "4,870 suspected cholera cases recorded in two counties since 9 November",
            "63 deaths, a case fatality rate of 1.3%")
        .hasSize(5);
  }

  @Test
  void aDatelineOfTwoPlacesIsTheDateline() {
    String text =
        "Cholera cases surge as floodwaters contaminate water supplies\n\n"
            + "Published: 3 December 2026\n\n"
            + "NAIROBI/GENEVA, 3 December 2026 – A cholera outbreak triggered by weeks of flooding"
            + " has infected at least 4,870 people.\n\n"
            + "The outbreak was confirmed by the Ministry of Health on 9 November.\n";
    assertThat(parser.parse("t", text).dateline()).isEqualTo("NAIROBI/GENEVA");
  }

  @Test
  void aHeadingOverItsSponsorsLineHeadsItsSection() {
    String text =
        "Fairweather confirms Rooke out for cup tie\n\n9 February 2026\n\n"
            + "Head coach Alun Fairweather confirmed on Monday that top scorer Callum Rooke will miss"
            + " the quarter-final.\n\n"
            + "Advertisement\n\n"
            + "TEAM NEWS\n"
            + "Team news in association with Quayline Motors, Official Partner of Carrow Bay Athletic\n\n"
            + "Rooke, who has 14 goals this season, tore his left hamstring on 31 January.\n";
    Article a = parser.parse("t", text);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("", "TEAM NEWS");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  /**
   * A story copied from a replica edition's app: narrow columns, blank lines between paragraphs.
   */
  private static String replicaPage(String a6Extra) {
    StringBuilder b = new StringBuilder();
    b.append("The Ledger e-Edition\n\nA1 | THE HARBOURTON LEDGER | THURSDAY, DECEMBER 3, 2026\n\n");
    b.append(
        "TRANSIT BOARD VOTES TO\nCUT SEVEN BUS ROUTES\n\nBY MARGUERITE OSTLUND\nSTAFF WRITER\n\n");
    for (int k = 1; k <= 6; k++) {
      b.append("The transit board voted late on\nWednesday to change route number ")
          .append(k)
          .append("\nafter a long and heated meeting at\nthe authority’s headquarters.\n\n");
    }
    b.append("See TRANSIT, Page A6\n\nPORT TALKS STALL\nDockworkers and shippers will resume\n");
    b.append("negotiations Monday. BUSINESS, B1\n\n");
    b.append(
        "A6 | THE HARBOURTON LEDGER | THURSDAY, DECEMBER 3, 2026\n\nTRANSIT\nFrom Page A1\n\n");
    b.append(a6Extra);
    for (int k = 7; k <= 10; k++) {
      b.append("The board also voted to cut the\nservice on route number ")
          .append(k)
          .append(
              " to one\nbus every thirty minutes on all\nweekdays from the start of March.\n\n");
    }
    return b.toString();
  }

  @Test
  void aReplicaEditionsStoryGoesOnAfterItsJumpAndItsPagesHeadsAreNoText() {
    Article a = parser.parse("t", replicaPage(""));
    assertThat(a.title()).isEqualTo("TRANSIT BOARD VOTES TO CUT SEVEN BUS ROUTES");
    assertThat(a.published()).isEqualTo("THURSDAY, DECEMBER 3, 2026");
    assertThat(a.paragraphs()).hasSize(10);
    assertThat(a.paragraphs().get(6).text())
        .isEqualTo(
            "The board also voted to cut the service on route number 7 to one bus every thirty"
                + " minutes on all weekdays from the start of March.");
  }

  @Test
  void anAdvertisementsLinesUnderItsMarkerAreNoTextAndAColumnsCreditIsACredit() {
    Article a =
        parser.parse(
            "t",
            replicaPage(
                "ADVERTISEMENT\nBRINDLECOMBE FURNITURE BARN\nUP TO 40% OFF SOFAS\n"
                    + "brindlecombebarn.com\n\n"
                    + "Riders board a Route 14 bus at the\nKessler Avenue transfer center on\n"
                    + "Wednesday afternoon.\nSTAFF PHOTO BY LUCA FERNSBY\n\n"));
    assertThat(a.paragraphs()).hasSize(10);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Riders board a Route 14 bus at the Kessler Avenue transfer center on Wednesday"
                + " afternoon. STAFF PHOTO BY LUCA FERNSBY");
  }

  @Test
  void aBulletOpensItsItemEvenInNarrowColumns() {
    Article a =
        parser.parse(
            "t",
            replicaPage(
                "THE CUTS AT A GLANCE\n• Routes eliminated: 3, 9, 14, 17\n"
                    + "• Cut to every 30 minutes: 6, 11\n• Annual savings: about $11.6 million\n\n"));
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .contains("• Routes eliminated: 3, 9, 14, 17", "• Cut to every 30 minutes: 6, 11");
  }

  @Test
  void aRowOfLinksOverALinkSaysNothingOfTheWrapWidth() {
    String page =
        replicaPage("")
            + "Terms of Service | Privacy Policy | Subscriber Help: 1-800-555-0197\n"
            + "eedition.harbourtonledger.com\n";
    Article a = parser.parse("t", page);
    assertThat(a.paragraphs()).hasSize(10);
    assertThat(a.paragraphs().get(0).text())
        .isEqualTo(
            "The transit board voted late on Wednesday to change route number 1 after a long and"
                + " heated meeting at the authority’s headquarters.");
  }

  @Test
  void aHeadlineUnderTheDateThatTheBreadcrumbPrintedIsTheHeadlineNotTheMinistersName() {
    String text =
        "Home\nMedia releases\nPassenger trains to return to Forbes as rail link gets green light\n\n"
            + "The Hon. Rebecca Thornaby MP\nMinister for Transport\n\n"
            + "Tuesday, 14 October 2025\n\n"
            + "Passenger trains to return to Forbes as rail link gets green light\n\n"
            + "The minister with a retired driver at the former Forbes railway station.\n"
            + "Download image (JPG, 2.4 MB)\n\n"
            + "Passenger trains will run to Forbes for the first time in more than four decades after"
            + " the government committed $184.6 million to a new daily service.\n\n"
            + "Standard adult fares will be $14.80 one way.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Passenger trains to return to Forbes as rail link gets green light");
    assertThat(a.published()).isEqualTo("Tuesday, 14 October 2025");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "The minister with a retired driver at the former Forbes railway station.");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aMatchReportsWriterAtTheGroundAndItsFactsUnderTheStory() {
    String text =
        "Bevan holds his nerve as Harlequins edge Rovers with last-gasp penalty\n\n"
            + "Owain Tudgay at Parc y Felin\nSat 7 Mar 2026 19:42 GMT\n\n"
            + "Cai Bevan struck a 79th-minute penalty from 38 metres to give the home side a 27-24"
            + " victory on Saturday evening.\n\n"
            + "AS IT HAPPENED: Relive every try, kick and card in our minute-by-minute live blog\n\n"
            + "The Ruck Report\nEvery try and table from the championship, in your inbox every Monday.\n"
            + "Enter your email address\nSign up\n"
            + "We'll only use your email to send you this newsletter. See our privacy notice.\n\n"
            + "Rovers had one last chance to snatch the win, working through 14 phases.\n\n"
            + "Scorers: Tries: Gwynfor, Pengelly, Harries. Cons: Bevan 3. Pens: Bevan 2.\n"
            + "Llanferwen Harlequins: 15 G Morris; 14 O Harries, 13 M Pengelly; 10 C Bevan;"
            + " 9 R Griffiths; 1 D Howells\n"
            + "Referee: Huw Penhallow.\nAttendance: 4,312.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Owain Tudgay");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
    assertThat(a.captions()).isEmpty();
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aHealthSitesWriterAndReviewerAreItsHeaderAndItsReviewNoteEndsTheStory() {
    String text =
        "News\n\nSlow taper beat cold turkey for people quitting heartburn pills, trial finds\n\n"
            + "Cutting the dose over eight weeks nearly halved rebound symptoms in long-term users\n\n"
            + "Written by Nadia Carrowby\nMedically reviewed by Simon Aldous-Pierce, MD\n"
            + "Updated on March 12, 2026\n\n"
            + "People who want to come off common heartburn pills are far more likely to succeed if"
            + " they cut back slowly, a trial found.\n\n"
            + "Henrik Skovbjerg-Lund at his home in Aarhus in February.\n"
            + "Image courtesy of Henrik Skovbjerg-Lund\n\n"
            + "The team is now planning a follow-up study.\n\n"
            + "How we reviewed this article:\n\n"
            + "Verdalia Health has strict sourcing guidelines and relies on peer-reviewed studies.\n\n"
            + "Revision history\nOriginally published: March 10, 2026\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Slow taper beat cold turkey for people quitting heartburn pills, trial finds");
    assertThat(a.authors()).containsExactly("Nadia Carrowby");
    assertThat(a.published()).isEqualTo("March 10, 2026");
    assertThat(a.updated()).isEqualTo("March 12, 2026");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Henrik Skovbjerg-Lund at his home in Aarhus in February."
                + " Image courtesy of Henrik Skovbjerg-Lund");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aShortFirstParagraphIsRunningTextNoHeadline() {
    String text =
        "---\ntitle: Ferry service resumes after storm\n---\n\n"
            + "Ferries to Inchmore resumed on Monday after three days of gales.\n\n"
            + "Harbour master Colm Devlin said the pier had held through the worst of the storm.\n";
    assertThat(parser.parse("t", text).paragraphs()).hasSize(2);
  }

  @Test
  void creditsUnderCaptionsInTheirManyWordings() {
    String text =
        "Harmonia Hall reopens with a holiday classic\n\nBy Jolene Marquardt\nDec. 4, 2026\n\n"
            + "Volunteers hang restored light fixtures above the stage in October 2026.\n"
            + "Courtesy of Bluff Street Players\n\n"
            + "The Bluff Street Players will reopen the restored 1926 hall on Dec. 11 with a holiday"
            + " production.\n\n"
            + "Deimos photographed by the probe's camera on 12 April 2026.\n"
            + "Image credit: VSA/Kestrel KIRA Team\n"
            + "Download high-resolution image (TIFF, 24 MB)\n\n"
            + "The company raised $1.4 million from donors, grants and the city.\n\n"
            + "The charge zone covers about 2.7 square miles between the two rivers.\n"
            + "Graphic: Hollis Tran / The Riverward Post\n\n"
            + "The hall seats 410 people.\n";
    Article a = parser.parse("t", text);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Volunteers hang restored light fixtures above the stage in October 2026."
                + " Courtesy of Bluff Street Players",
            "Deimos photographed by the probe's camera on 12 April 2026."
                + " Image credit: VSA/Kestrel KIRA Team",
            "The charge zone covers about 2.7 square miles between the two rivers."
                + " Graphic: Hollis Tran / The Riverward Post");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void anIfYouGoBoxKeepsEveryFieldAsTheStorys() {
    String text =
        "Harmonia Hall reopens with a holiday classic\n\nBy Jolene Marquardt\nDec. 4, 2026\n\n"
            + "The Bluff Street Players will reopen the restored 1926 hall on Dec. 11 with a holiday"
            + " production.\n\n"
            + "IF YOU GO\n"
            + "What: Bluff Street Players' “A Christmas Carol”\n"
            + "When: 7:30 p.m. Dec. 11-13\n"
            + "Where: Harmonia Hall, 212 E. Third St., Winona\n"
            + "Tickets: $18 adults, $10 students\n"
            + "Info: bluffstreetplayers.org or 507-555-0143\n\n"
            + "Contact Jolene Marquardt at jmarquardt@bluffsideledger.com.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .contains(
            "Where: Harmonia Hall, 212 E. Third St., Winona",
            "Info: bluffstreetplayers.org or 507-555-0143");
  }

  @Test
  void anOutageStorysEmbedPromotionAndReadingListAreNoTextAndAQuotedHeadingHeads() {
    String text =
        "Vantorra outage takes down card terminals\n\nBy Priya Lasko\nMar 10, 2026\n\n"
            + "A bad configuration change knocked Vantorra Cloud offline for nearly six hours.\n\n"
            + "Embedded content from status.vantorra.cloud\nVantorra Cloud Status\n"
            + "Status page: Investigating - We are investigating reports of elevated error rates.\n"
            + "Mar 10, 2026 - 14:09 UTC\nView incident history\n\n"
            + "'The terminals just said no'\n\n"
            + "\"The terminals just said no, over and over,\" Osei-Brandt said of her bakeries.\n\n"
            + "Newsletter\nThe Uptime Brief\nOutages, incidents and the people who fix them. Every"
            + " Thursday.\nEnter your email\nSign up\n"
            + "By signing up, you agree to our Privacy Policy and Terms of Use.\n\n"
            + "Developers reported separate problems with sign-ins.\n\n"
            + "Further reading\nInside Vantorra's $2.1 billion bet on data sovereignty\n"
            + "Why DNS keeps breaking the internet, explained\n"
            + "Cardenfold raises £60 million to take on bigger payment rivals\n"
            + "What a cloud SLA actually promises you (and what it doesn't)\n\n"
            + "Vantorra said in a follow-up post that it will give all affected customers a credit"
            + " of 25 per cent of their monthly bill.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(4);
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("", "'The terminals just said no'");
  }

  @Test
  void anEReadersExportIsReadWithoutItsPageTurnsAndItsReadersNote() {
    String text =
        "The last boat to Inchmara: an island braces for life with half a ferry\n\n"
            + "by Elspeth Garvie\nThe Saltgrass Ledger · 1 December 2026\n14 min read\n\n"
            + "For 41 years the crossing has worked like this: four sailings a day, seven days a"
            + " week.\n\n"
            + "“We employ eleven crew on the route,” Ferrier said. “We will keep talking about\n"
            + "— Page 3 —\n"
            + "what a sustainable service looks like in the years ahead.”\n\n"
            + "Note: ask Sam about this\n\n"
            + "Strachan was blunt: “The numbers don’t add up.”\n";
    Article a = parser.parse("t", text);
    assertThat(a.published()).isEqualTo("1 December 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .contains(
            "“We employ eleven crew on the route,” Ferrier said. “We will keep talking about what"
                + " a sustainable service looks like in the years ahead.”")
        .hasSize(3);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aPullQuotesSpeakerAndWhoTheyAreUnderItAreNoHeading() {
    String text =
        "Supreme Court strikes down carers' residence rule\n\nBy Harriet Vellacott\nOct 14, 2026\n\n"
            + "Fallowfield, who cared for her late husband for 11 years, said: \"Nobody chooses where"
            + " their parent has a stroke. Carers go where they are needed, and for three years"
            + " this rule punished them for it.\"\n\n"
            + "\"Nobody chooses where their parent has a stroke. Carers go where they are needed\"\n"
            + "Bernadette Fallowfield, Carers Standing Together\n\n"
            + "The department said it would study the judgment carefully.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aStatisticsBulletinIsReadUnderItsKindWithItsNumberedSectionsAndChartCaptions() {
    String text =
        "National Statistics Authority\nMenu\nEconomy\nPeople, population and community\n"
            + "Taking part in a survey?\nRelease calendar\nMethodology\n\n"
            + "Home\nEconomy\nInflation and price indices\nStatistical bulletin:\n"
            + "Consumer price inflation, Ireland: March 2027\n"
            + "Price indices and percentage changes for the Consumer Prices Index (CPI).\n\n"
            + "This is the latest release. View previous releases\n\n"
            + "Contact: Dervla Kinsella-Marr\nconsumer.prices@statsauthority.ie\n\n"
            + "Release date: 14 April 2027\n\nNext release: 19 May 2027\n\n"
            + "Table of contents\n1. Main points\n2. Overview of consumer price inflation\n"
            + "3. Data sets related to this bulletin\n4. Related links\n\n"
            + "1. Main points\n"
            + "The Consumer Prices Index (CPI) rose by 3.4% in the 12 months to March 2027.\n"
            + "On a monthly basis, CPI rose by 0.8% in March 2027.\n\n"
            + "Back to table of contents\n\n"
            + "2. Overview of consumer price inflation\n"
            + "The CPI 12-month inflation rate was 3.4% in March 2027, up from 2.9% in February.\n\n"
            + "Figure 1: Annual CPI inflation rose to 3.4% in March 2027\n"
            + "Source: Monthly Price Survey from the National Statistics Authority\n"
            + "Download this chart\n\n"
            + "Electricity prices rose by 9.8% on the month as four suppliers raised their rates.\n\n"
            + "Back to table of contents\n\n"
            + "3. Data sets related to this bulletin\nConsumer price inflation\n"
            + "Dataset | Released 14 April 2027\n"
            + "Indices, percentage changes and weights for the measures of consumer price"
            + " inflation.\n\n"
            + "4. Related links\nConsumer price inflation, Ireland: February 2027\n"
            + "Statistical bulletin | Released 17 March 2027\n\n"
            + "Is this page useful?\nYes\nNo\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Consumer price inflation, Ireland: March 2027");
    assertThat(a.dek()).startsWith("Price indices and percentage changes");
    assertThat(a.published()).isEqualTo("14 April 2027");
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("1. Main points", "2. Overview of consumer price inflation");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Figure 1: Annual CPI inflation rose to 3.4% in March 2027 Source: Monthly Price Survey"
                + " from the National Statistics Authority");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(4);
  }

  @Test
  void aWiredReleaseKeepsItsHighlightsAndDatelineAndDropsItsFinancialStatements() {
    String text =
        "Newswire\nHome\nNews Releases\nEarnings\n\nNews provided by\n\n"
            + "Quillmark Flow Systems, Inc.\n\nNov 05, 2026, 16:05 ET\n\nShare this article\n\n"
            + "Share toX\nShare toFacebook\nShare toLinkedIn\nShare toEmail\nPrint\n\n"
            + "Quillmark Flow Systems Reports Third-Quarter 2026 Results, Raises Outlook\n"
            + "Metering backlog reaches a record $1.12 billion as utilities replace meters\n\n"
            + "Net sales of $842.6 million, up 7.8%; organic sales up 6.2%\n"
            + "GAAP diluted EPS of $1.26, up 24%; adjusted EPS of $1.52, up 30%\n"
            + "Operating margin of 13.5%; adjusted operating margin of 15.9%\n\n"
            + "Continue Reading\n\n"
            + "DENVER, Nov. 5, 2026 /Larkspan Newswire/ -- Quillmark Flow Systems, Inc. today"
            + " reported third-quarter 2026 net sales of $842.6 million.\n\n"
            + "Conference Call\n\n"
            + "Quillmark will host a conference call to discuss its results at 5:00 p.m. Eastern"
            + " time today.\n\n"
            + "QUILLMARK FLOW SYSTEMS, INC.\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
            + "(in millions, except per share data)\n(unaudited)\n\n"
            + "\tThree Months Ended September 30,\tNine Months Ended September 30,\n"
            + "\t2026\t2025\t2026\t2025\n"
            + "Net sales\t$\t842.6\t$\t781.3\t$\t2,431.8\t$\t2,286.4\n"
            + "Cost of sales\t527.4\t497.6\t1,528.9\t1,462.3\n\n"
            + "Earnings per share:\nBasic\t$\t1.27\t$\t1.03\t$\t3.40\t$\t2.76\n\n"
            + "Free cash flow\n"
            + "Net cash provided by operating activities\t$\t131.9\t$\t301.4\n\n"
            + "Non-GAAP Financial Measures\n\n"
            + "This release contains references to adjusted operating income and adjusted earnings"
            + " per share, which are not measures of performance under GAAP.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Quillmark Flow Systems Reports Third-Quarter 2026 Results, Raises Outlook");
    assertThat(a.dek()).startsWith("Metering backlog");
    assertThat(a.dateline()).isEqualTo("DENVER");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .startsWith("Net sales of $842.6 million, up 7.8%; organic sales up 6.2%")
        .hasSize(6)
        .noneMatch(p -> p.contains("Cost of sales") || p.contains("Earnings per share"));
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("", "Conference Call", "Non-GAAP Financial Measures");
  }

  @Test
  void aPollWithItsQuestionOnItsLabelsLineIsNoText() {
    String text =
        "Hospital parking charges to rise by more than 50 per cent\n\nBy Helen Marchbank\n"
            + "10 March 2026, 6:00am\n\n"
            + "Patients and visitors face paying more to park from next month.\n\n"
            + "POLL: Should hospital parking be free for patients?\nYes\nNo\nNot sure\nVote\n"
            + "1,204 votes\n\n"
            + "Margaret Oduya, 67, said the increase would cost the couple more than £200 a year.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aStoryPastedWholeUnderAForumPostIsReadUnderItsOwnHeaderUpToItsSourceLink() {
    String text =
        "Zenith Commons\nSign Up\nLog In\n\n"
            + "Article: Council narrowly approves protected bike lanes on Kettle Avenue\n"
            + "Zenith Commons › Local Politics\n\nYou have selected 0 posts.\n\nselect all\n\n"
            + "1 / 6\nDec 2\n\npedalpusher_mk\nNew member\nDec 2\n\n"
            + "Thought this was worth sharing — thoughts? Pasting the whole thing since the"
            + " paywall kicks in after three articles.\n\nridgelinedispatch.com\n\n"
            + "Council narrowly approves protected bike lanes on Kettle Avenue\n\n"
            + "The 6-3 vote clears the way for a $4.2 million redesign of the corridor\n\n"
            + "By Renata Osei-Bright and Calvin Thorsby\n"
            + "Published December 2, 2025 at 1:52 a.m. CST\n\n"
            + "DULUTH, Minn. — The Duluth City Council voted 6-3 early Tuesday to build protected"
            + " bike lanes along a 1.8-mile stretch of Kettle Avenue.\n\n"
            + "The $4.2 million project will separate bike traffic from cars with concrete curbs.\n\n"
            + "Source: https://www.ridgelinedispatch.com/news/local/2025/12/02/kettle-avenue/\n\n"
            + "Long-time lurker, first post — be gentle.\n\n6 Likes\nReply\n\n"
            + "hillside_hank\nRegular · joined Mar '19\nDec 2\n\n"
            + "Finally. I've been riding Kettle to work for six years and the stretch past Ninth"
            + " is genuinely scary after dark.\n\n4 Likes\nReply\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Council narrowly approves protected bike lanes on Kettle Avenue");
    assertThat(a.authors()).containsExactly("Renata Osei-Bright", "Calvin Thorsby");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .hasSize(2)
        .first()
        .asString()
        .startsWith("DULUTH, Minn.");
  }

  @Test
  void aPropertySitesListingCardsAndCalculatorAreNoTextAndItsChartIsCaptioned() {
    String text =
        "Bristol rents hit record £1,985 a month\n\nBy Callum Ashdown\n14 April 2026\n\n"
            + "Average rents in Bristol have reached a record £1,985 a month.\n\n"
            + "FEATURED PROPERTY\n£1,750 pcm\n2 bed · 1 bath · 740 sq ft\n"
            + "Flat 3, 22 Caversham Rise, Bristol\nListed by Ashcombe & Vane Lettings\n"
            + "View property\n\n"
            + "The figures were published a day after the council approved a plan to buy 300"
            + " homes.\n\n"
            + "Mortgage calculator\nProperty price\n£ 350,000\nDeposit\n£ 35,000\nCalculate\n"
            + "Estimated monthly repayment: £1,751\n"
            + "For illustration only. Your home may be repossessed if you do not keep up"
            + " repayments on your mortgage.\n\n"
            + "Average monthly asking rent for a newly advertised home in Bristol, 2019-2026\n"
            + "Data: Hearthstead Lettings Monitor, January-March each year\n\n"
            + "“Rents are rising more than twice as fast as wages,” Faraday said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(3);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Average monthly asking rent for a newly advertised home in Bristol, 2019-2026 Data:"
                + " Hearthstead Lettings Monitor, January-March each year");
  }

  @Test
  void anAgencysListOfRelatedAlertsAndItsContactBoxAreNoText() {
    String text =
        "Weekday service to change on eight routes from April 5\n\nPublished: February 18, 2026\n\n"
            + "HALIFAX, N.S. — Harbourlink will change weekday service on eight routes from April"
            + " 5.\n\n"
            + "Booking rules for Harbourlink Access, the door-to-door service, will not change.\n\n"
            + "Related service alerts\n"
            + "Detour: Route 7 Linden Street at Orme Street, until March 6\n"
            + "Stop closure: Kestrel Point Terminal, Bay 4, March 2 to March 20\n"
            + "View all service alerts\n\n"
            + "Was this page helpful?\nYes\nNo\n\n"
            + "Contact customer service\nPhone: 902-555-0143 (7 a.m. to 9 p.m., daily)\n"
            + "Text: 55123\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aFactBoxLabelSetApartFromItsItemsHeadsThemAndAHeroCaptionKeepsItsCredit() {
    String text =
        "Quillmere opens sodium-ion cell plant in Pori\n\nBy Elina Vaara\n3 March 2026\n\n"
            + "Image: Employees and guests gather on the formation floor of the Pori plant.\n"
            + "Photo: Quillmere Energy / Jari Nummela\n\n"
            + "PORI, Finland — Quillmere Energy opened its first cell plant on Monday.\n\n"
            + "Key facts\n\n"
            + "Investment: €1.1 billion, including a €180 million loan\n"
            + "Capacity: 4.2 GWh a year at full output\n"
            + "Jobs: 410 today, 640 by spring 2027\n\n"
            + "A first customer\n\n"
            + "Kaarnavesi Power will take the first 300 MWh of cells from October.\n";
    Article a = parser.parse("t", text);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Image: Employees and guests gather on the formation floor of the Pori plant. Photo:"
                + " Quillmere Energy / Jari Nummela");
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("", "Key facts", "A first customer");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(5);
  }

  @Test
  void aNumberedReleaseKeepsItsPhotosOwnerAndDropsItsPromotionsAndDownloads() {
    String text =
        "Press release\nRef. PR 47/26\n12 March 2026 15:40\n\n"
            + "Baltic offshore grid: Council agrees negotiating position on shared network\n"
            + "Member states back rules to plan and run a joint electricity grid in the Baltic Sea\n\n"
            + "Energy ministers at the start of the Council meeting in Riga, 12 March 2026\n"
            + "© Northern Economic Union – Audiovisual Service\n\n"
            + "Share\nEmail\nPrint\n\n"
            + "1. The Council today adopted its negotiating position on the proposed regulation.\n\n"
            + "2. Seven member states voted in favour of the text. Sweden abstained.\n\n"
            + "Infographic – Baltic Offshore Grid: key figures\nSee full infographic\n\n"
            + "3. The regulation would create a single planning framework for offshore"
            + " transmission.\n\n"
            + "Downloads\n"
            + "General approach – Regulation on the Baltic Offshore Grid (PDF, 1.4 MB)\n"
            + "Outcome of the Council meeting – Energy, 12 March 2026 (PDF, 412 KB)\n";
    Article a = parser.parse("t", text);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Energy ministers at the start of the Council meeting in Riga, 12 March 2026 ©"
                + " Northern Economic Union – Audiovisual Service");
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(3);
  }

  @Test
  void aShopsPriceBoxAndADocumentCardsTabLinkAreNoText() {
    String text =
        "Brindlewood launches Moss, a $499 home robot\n\nBy Dana Whitcombe\nMarch 10, 2026\n\n"
            + "AUSTIN, Texas — Brindlewood Robotics on Tuesday launched Moss, a home robot.\n\n"
            + "Compare prices\nBrindlewood Moss home robot\nHollowell Electronics — $499.00\n"
            + "Corvid Mart — $499.99\nPrices last checked March 10, 2026\n\n"
            + "The robot will ship in April to buyers in the United States.\n\n"
            + "Document: Staff FAQ.pdf\nStaff FAQ.pdf\nPage 1 of 8\nOpen in new tab\n\n"
            + "Repairs will be handled through the company's own parts store.\n";
    Article a = parser.parse("t", text);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(3);
  }

  @Test
  void anEmbargoedReleaseIsPublishedWhenItsEmbargoLiftsAndHeadsItsKeyFindings() {
    String text =
        "EMBARGOED UNTIL 16:00 GMT WEDNESDAY 4 MARCH 2026\n\n"
            + "Twelve-week exercise programme lets one in three patients put off knee replacement\n\n"
            + "Largest UK trial of its kind finds supervised strength training cut pain by 38%\n\n"
            + "Key findings\n\n"
            + "·         612 patients waiting for a knee replacement took part in the trial.\n"
            + "·         Pain scores fell by 38% in the exercise group.\n\n"
            + "A supervised exercise programme lasting 12 weeks allowed a third of patients to put"
            + " off surgery, a trial has found.\n\n"
            + "‘I’d forgotten what it was like to walk the dog’\n\n"
            + "Derek Haworth, 68, a retired bus driver from Keighley, was on the waiting list for"
            + " two years.\n\n"
            + "“I could barely get up the stairs,” he said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.published()).isEqualTo("16:00 GMT WEDNESDAY 4 MARCH 2026");
    assertThat(a.sections())
        .extracting(Section::heading)
        .containsExactly("Key findings", "‘I’d forgotten what it was like to walk the dog’");
    assertThat(a.captions()).isEmpty();
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(5);
  }

  @Test
  void anIncidentPagesAdviceBoxAndTableOpenNoStoryAndNameNoWriter() {
    String text =
        "Incident\nMount Wyralla bushfire, north of Corrabeen\nStatus: Watch and Act\n"
            + "Last updated: 6:20pm Tuesday 14 January 2025\n\n"
            + "Type\tBushfire\nLocation\tMount Wyralla State Forest\nSize\t4,870 ha\n"
            + "Incident number\tEG-25-0117\n\n"
            + "ADVICE\n"
            + "LEAVE NOW if you are in Corrabeen, Hollis Creek or on Yallambee Road.\n"
            + "If you are not in these areas, stay informed and be ready to act if a new warning is"
            + " issued.\n\n"
            + "Update 6:20pm Tuesday 14 January\n\n"
            + "The Mount Wyralla fire has crossed Yallambee Road and is burning towards Kettering"
            + " Flat.\n\n"
            + "Incident controller Darren Mulvaney said a wind change was expected tonight.\n\n"
            + "Information on this site is provided to help you make decisions. Do not rely on a"
            + " single source of information in an emergency.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("Mount Wyralla bushfire, north of Corrabeen");
    assertThat(a.authors()).isEmpty();
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .hasSize(2)
        .first()
        .asString()
        .startsWith("The Mount Wyralla fire");
  }

  @Test
  void aBodysOwnNewsroomIsNoWriterAndAPromotionsTeaserLinkHeadsNothing() {
    String text =
        "Prothero banned for six matches after pushing referee\n\n"
            + "By Carys Llewelyn, WNFC Media\nPublished: Thursday 12 November 2026, 16:45\n\n"
            + "Abercarrog Town captain Dylan Prothero has been banned for six matches.\n\n"
            + "Become a referee\n"
            + "Courses are running across Wales this winter. Find your nearest course >\n\n"
            + "The panel said the push was deliberate.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Carys Llewelyn");
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aChildrensStorysGlossaryPollAndQuizAreNoTextAndItsTagsEndIt() {
    String text =
        "UK rocket puts its first satellite into orbit\n\nBy Hannah Okafor, Reporter\n"
            + "5 March 2026\n\n"
            + "A rocket launched from Scotland has put a satellite into orbit for the first time.\n\n"
            + "WORD CHECK\n"
            + "orbit – the curved path something takes as it travels around a planet\n"
            + "satellite – a machine sent into space to circle the Earth\n"
            + "launch – when a rocket takes off into space\n\n"
            + "The satellite, called Curlew, is about the size of a shoebox.\n\n"
            + "Have your say\nWould you like to go to space?\nYes\nNo\nMaybe\nVote now\n\n"
            + "Pupils in Inverness watched the launch live on a big screen.\n\n"
            + "Quiz time!\n1. What is the name of the satellite?\na) Kestrel\nb) Curlew\nc) Pathfinder\n"
            + "2. Where did the pupils watch the launch?\na) At home\nb) At school\n"
            + "Check my answers\n\n"
            + "Tags: Space, Science, Scotland, Schools\n\n"
            + "More Science & Space stories\nWhy is the Moon sometimes orange?\n"
            + "Meet the robot that cleans up beaches\n\n"
            + "Kestrel Kids News is written for children aged 8 to 14. Stories are checked by our"
            + " editors.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(3);
  }

  @Test
  void aPressConferencesTopicLabelsHeadItsWordsAndATablesLinkToItsRestIsNoRow() {
    String text =
        "Haddow rues no-try call as Bayhawks lose ground\n\nBy Lachlan Reid\n17 August 2026\n\n"
            + "Geelong coach Warren Haddow spoke to the media on Monday after the 22-20 loss.\n\n"
            + "On the injury to Jayden Crossley:\n\n"
            + "“It’s a massive blow, there’s no point pretending otherwise.”\n\n"
            + "Southern Cross Premiership ladder\n"
            + "Pos\tTeam\tP\tPts\n1\tTownsville Reefrunners\t24\t36\n2\tHobart Tigersnakes\t24\t34\n"
            + "3\tCairns Cassowaries\t24\t32\n"
            + "View full ladder\n\n"
            + "Captain Tevita Manulevu on the no-try and his 200th game:\n\n"
            + "“I thought I was out of the play, to be honest.”\n";
    Article a = parser.parse("t", text);
    assertThat(a.sections())
        .extracting(Section::heading)
        .contains(
            "On the injury to Jayden Crossley:",
            "Captain Tevita Manulevu on the no-try and his 200th game:");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .doesNotContain("View full ladder", "On the injury to Jayden Crossley:")
        .hasSize(7);
  }

  @Test
  void namesAloneOneToALineAreTheWritersAndAPhotosGalleryPromptAndAFollowBoxAreNoText() {
    String text =
        "Government survives confidence vote after deal on rural transit\n\n"
            + "Rachel Nakamura-Bell\nOwen Tremblay-Sato\nOttawa\n"
            + "Published November 18, 2026 at 11:58 p.m. ET\n\n"
            + "Open this photo in gallery:\n"
            + "The finance minister speaks to reporters after the vote.\n"
            + "Laurent Diaby/Brantwood Press Images\n\n"
            + "OTTAWA — The minority government survived a confidence vote late Wednesday.\n\n"
            + "The motion passed 171-164 shortly after 11:30 p.m. ET.\n\n"
            + "Follow related authors and topics\n"
            + "Rachel Nakamura-Bell\nFollow\nFederal politics\nFollow\n"
            + "Authors and topics you follow will be added to your personal news feed in"
            + " Following.\n\n"
            + "Comments\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Rachel Nakamura-Bell", "Owen Tremblay-Sato");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .hasSize(2)
        .first()
        .asString()
        .startsWith("OTTAWA");
  }

  @Test
  void aClipUpNextUnderTheVideosLabelIsNoHeadlineAndABylineGoesOnAfterAnd() {
    String text =
        "Local News\n\n"
            + "Rockford man sentenced to 73 years in deadly gas station robbery\n"
            + "The 29-year-old was convicted in December of killing an overnight clerk.\n\n"
            + "Play Video\nVideo: Mother of slain clerk speaks after killer is sentenced\n"
            + "Up Next\nRockford police investigate shots fired near Keith Creek Parkway\n"
            + "01:42\n0:00 / 2:31\n\n"
            + "By Corinne Vasterling, WJQX 17 Courts Reporter\n"
            + "and Mateo Quillen, WJQX 17 Digital Producer\n"
            + "Published: Mar. 12, 2026 at 5:42 PM CDT\n\n"
            + "ROCKFORD, Ill. (WJQX) — A Rockford man was sentenced Thursday to 73 years in"
            + " prison.\n\n"
            + "The judge imposed 52 years for murder and 21 for armed robbery.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Rockford man sentenced to 73 years in deadly gas station robbery");
    assertThat(a.authors()).containsExactly("Corinne Vasterling", "Mateo Quillen");
  }

  @Test
  void aMarketQuotesBoxIsNoTextAnAgencysNameInCapitalsCreditsACaptionAndAHeadingEndsALinkList() {
    String text =
        "Brantholm to cut 1,000 jobs and close Hamilton plant\n\n"
            + "By Renata Halvorsen-Szabo\nPublished November 6, 2025 at 7:42 a.m. ET\n\n"
            + "HAMILTON, Ont. — Brantholm Industries Inc. will eliminate about 1,000 jobs, the"
            + " company said Thursday.\n\n"
            + "Brantholm Industries Inc.\nBRH\nC$14.22\n-3.25 (-18.60%)\n"
            + "As of close Nov. 6, 2025\nView full quote\n\n"
            + "The cuts amount to roughly 12 per cent of the company's work force.\n\n"
            + "Read more\nOntario auto-parts suppliers brace for more tariff pain\n"
            + "Opinion: Canada's EV supply chain needs a plan B\n\n"
            + "A gut punch for Hamilton's east end\n\n"
            + "For the workers at Plant 2, the news came at a 6 a.m. meeting on the plant floor,"
            + " about an hour before the results were made public.\n\n"
            + "Diane Kovalchuk, Brantholm's chief executive, at the company's annual meeting in"
            + " May.\n"
            + "LAKESHORE IMAGE AGENCY\n\n"
            + "The company said it would offer retraining to affected workers.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(4);
    assertThat(a.sections())
        .extracting(Section::heading)
        .contains("A gut punch for Hamilton's east end")
        .doesNotContain("LAKESHORE IMAGE AGENCY", "View full quote");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Diane Kovalchuk, Brantholm's chief executive, at the company's annual meeting in May."
                + " LAKESHORE IMAGE AGENCY");
  }

  @Test
  void writtenByOverTheNameUnderALongStandfirstIsTheBylineAndAPlaceBeforeABarDatesIt() {
    String text =
        "Trending\nHoli 2026\nPune Water Cut\nMumbai Local Mega Block\n\n"
            + "Home\n/\nCities\n/\nPune\n/\n"
            + "Pune: Devraj Chowk flyover's first arm opens to traffic after 26-month delay\n\n"
            + "The 1.8-km flyover on Solapur Road, originally due in January 2024, has seen its cost"
            + " rise from ₹312 crore to ₹398 crore. Civic officials blame land acquisition and"
            + " buried utilities; traders say the diversions have emptied their shops.\n\n"
            + "Written by\nKetaki Sahasrabudhe\nPune | Updated: March 12, 2026 14:37 IST\n\n"
            + "Follow Us\nAdd The Indus Ledger as a preferred source\n\n"
            + "Share\nPrint\nComments (14)\n\n"
            + "PUNE: More than two years after its original deadline, the civic body on Wednesday"
            + " opened the first arm of the Devraj Chowk flyover to traffic.\n\n"
            + "The second arm is due by the end of June, officials said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo("Pune: Devraj Chowk flyover's first arm opens to traffic after 26-month delay");
    assertThat(a.authors()).containsExactly("Ketaki Sahasrabudhe");
    assertThat(a.updated()).isEqualTo("March 12, 2026 14:37 IST");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aBookmarksNoteUnderTheSaveButtonIsNoText() {
    String text =
        "Council approves 420 homes on former golf course\n\nBy Hannah Wilmot\n"
            + "11:42, 11 Mar 2026\n\n"
            + "Derby's planning committee has approved 420 homes on the former golf course.\n\n"
            + "The developer said work would start next year.\n\n"
            + "Bookmark\nShare\n\nStory Saved\nYou can find this story in My Bookmarks.\n\n"
            + "Tags\nPlanning\nHousing\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aMatchFactsBoxsResultLineIsNoTextAndATimeAgoBeforeTheDateIsNoPartOfIt() {
    String text =
        "Falconer double sends Leith Mariners third\n\n"
            + "Marta Coelho Vaz\n3 hours ago · Wed, August 12, 2026 at 6:47 PM EDT\n\n"
            + "Leith Mariners beat ten-man Kelvin Vale 3-2 at Ocean Road on Saturday.\n\n"
            + "Kelvin Vale have won only one of their last six games.\n\n"
            + "Match facts\nLeith Mariners 3-2 Kelvin Vale\n"
            + "Caledonian Premier League · Ocean Road · Att: 11,482\n"
            + "Goals\nLeith Mariners: Falconer 12, 51 pen, Pettigrew 88\n"
            + "Referee: Alison Dunnet\n\n"
            + "Share this article\n";
    Article a = parser.parse("t", text);
    assertThat(a.published()).isEqualTo("Wed, August 12, 2026 at 6:47 PM EDT");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aHeadlineEndingInAParticleOverItsDekIsNoWrappedLineAndADonationBoxIsNoText() {
    String text =
        "Nine days dry: Joburg east residents queue at tankers as pump station repairs drag on\n"
            + "Two of the three pumps at the pump station failed on 3 March, leaving about 12,400"
            + " households without reliable water. The city now says supply should return on"
            + " Sunday.\n\n"
            + "By Karabo Lekgetho\nPublished 12 March 2026, 06:40\n\n"
            + "On Wednesday, Thandi Mabuza woke before 5am and loaded six containers into her car.\n\n"
            + "Help keep Gauteng informed\n"
            + "The Reef Sentinel is a nonprofit newsroom. Our reporting is free to read and free to"
            + " republish, and it is paid for by readers like you. If this story helped you, please"
            + " consider a gift today.\n"
            + "Donate now\n\n"
            + "The tanker arrived at 8.40am, residents said.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo(
            "Nine days dry: Joburg east residents queue at tankers as pump station repairs drag"
                + " on");
    assertThat(a.dek()).startsWith("Two of the three pumps");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
    assertThat(a.sections()).extracting(Section::heading).containsExactly("");
  }

  @Test
  void aDateAndTimeApartByABulletAreOneDate() {
    String text =
        "Free health checks for over-40s in £640m plan\n\n"
            + "By Eleanor Castlereagh, Health Editor\n10 March 2026 • 10:30pm\n"
            + "Updated 11 March 2026 • 9:15am\n\n"
            + "Millions of adults over 40 will be offered free health checks, the Health Secretary"
            + " announced.\n\n"
            + "The checks will be run from vans at supermarkets and football grounds.\n";
    Article a = parser.parse("t", text);
    assertThat(a.published()).isEqualTo("10 March 2026 • 10:30pm");
    assertThat(a.updated()).isEqualTo("11 March 2026 • 9:15am");
  }

  @Test
  void aWritersNameAndJobApartByADotAreTheBylineAndALabelledCallToActionIsNoText() {
    String text =
        "News › Canada › British Columbia\n\n"
            + "Evacuation order expanded as wildfire north of Kamloops more than triples in size\n\n"
            + "About 2,300 people told to leave as Cutbank Creek fire grows to 4,800 hectares"
            + " overnight\n\n"
            + "Corinne Malachuk · Kamloops Reporter, SPB News\n"
            + "Posted: Aug 14, 2026 5:18 PM PDT | Last Updated: Aug 14, 2026 8:47 PM PDT\n\n"
            + "About 2,300 people were ordered to leave their homes north of Kamloops on Friday.\n\n"
            + "Wildfire season 2026: Find the latest on fires, evacuations and air quality across"
            + " B.C. here\n\n"
            + "Highway 5 was closed Friday for about 30 kilometres north of the city.\n";
    Article a = parser.parse("t", text);
    assertThat(a.title())
        .isEqualTo(
            "Evacuation order expanded as wildfire north of Kamloops more than triples in size");
    assertThat(a.authors()).containsExactly("Corinne Malachuk");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
    assertThat(a.captions()).isEmpty();
  }

  @Test
  void creditsInBracketsAfterCourtesyOrWithAStationsNumberCreditTheCaptionAbove() {
    String text =
        "Ice storm leaves thousands in the dark\n\n"
            + "By Kelsey Darnell\nPublished: Feb. 16, 2026 at 6:12 AM EST\n\n"
            + "Ice storm aftermath: Thousands in the dark across Central Kentucky\nPlay Video\n2:47\n"
            + "Crews spent Sunday clearing ice-laden trees from power lines.\n"
            + "Credit: Ridgeline 9 News\n\n"
            + "LEXINGTON, Ky. — More than 98,000 homes were still without power Monday.\n\n"
            + "Ice-covered branches hang over power lines along Larkspur Avenue in Winchester on"
            + " Sunday.\n"
            + "(Photo: Kelsey Darnell/Ridgeline 9 News)\n\n"
            + "The storm arrived Saturday evening as a band of freezing rain.\n\n"
            + "A tree split by the weight of ice rests on the garage of a home in Winchester.\n"
            + "Courtesy: Tolliver family\n\n"
            + "Crews expect to restore most customers by Friday.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .hasSize(3)
        .first()
        .asString()
        .startsWith("LEXINGTON");
    assertThat(a.captions()).hasSize(3);
  }

  @Test
  void anAgencyOnTheLineUnderTheBylineIsTheStorysAgency() {
    String text =
        "Italy rail strike strands commuters\n\nGiulia Ferrante in Rome\n"
            + "with Halden Press Agency\n12 November 2026, 14:37 CET\n\n"
            + "A 24-hour walkout by train drivers cancelled more than half of the services.\n\n"
            + "The union said crews were exhausted.\n";
    Article a = parser.parse("t", text);
    assertThat(a.authors()).containsExactly("Giulia Ferrante");
    assertThat(a.agency()).isEqualTo("Halden Press Agency");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void aCompanysDataCardWithItsToolsIsNoText() {
    String text =
        "Valve maker to close Rockford plant\n\nBy Kendra Ruiz\n\n"
            + "Halvorsen Fluid Systems Inc. will close its Rockford plant, cutting 412 jobs.\n\n"
            + "The company was acquired in 2016 by a private equity firm.\n\n"
            + "Halvorsen Fluid Systems Inc.\nRockford, IL\n"
            + "Industry: Industrial Machinery & Components\nEmployees: 1,120 (companywide)\n"
            + "Follow\nView Company Profile\n\n"
            + "Related Articles\nRockford-area manufacturers brace for higher steel costs\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Halvorsen Fluid Systems Inc. will close its Rockford plant, cutting 412 jobs.",
            "The company was acquired in 2016 by a private equity firm.");
  }

  @Test
  void aFactBoxTheNewsroomWroteStaysBody() {
    String text =
        "Valve maker to close Rockford plant\n\nBy Kendra Ruiz\n\n"
            + "Halvorsen Fluid Systems Inc. will close its Rockford plant, cutting 412 jobs.\n\n"
            + "The plant at a glance\nOpened: 1958\nWorkers: 412\n\n"
            + "The company was acquired in 2016 by a private equity firm.\n";
    assertThat(parser.parse("t", text).paragraphs())
        .extracting(Paragraph::text)
        .contains("Opened: 1958", "Workers: 412");
  }
}
