package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlPageTest {
  private final ArticleParser parser = new ArticleParser();

  private static final String PAGE_WITHOUT_ARTICLE =
      """
      <!doctype html>
      <html><head>
      <title>Town votes | The Gazette</title>
      <meta property="og:title" content="Town votes to keep its library open">
      <meta name="author" content="Priya Shah and Leo Brandt">
      <meta property="article:published_time" content="2026-10-01T09:00:00Z">
      <meta property="article:modified_time" content="2026-10-01T12:30:00Z">
      <script type="application/ld+json">{ this is not json </script>
      </head><body>
      <div class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></div>
      <div class="page">
        <h1>Library stays open after a vote of 6 to 3</h1>
        <div class="social-share"><a>Share</a> <a>Tweet</a></div>
        <div class="content">
          <figure><img src="a.jpg"><figcaption>The reading room on Monday. <span>Photo: Leo Brandt</span></figcaption></figure>
          <p>The town council voted 6 to 3 on Monday to keep the <a href="/lib">Elm Street library</a> open,
             reversing a plan to close it at the end of the year.</p>
          <blockquote class="pullquote"><p>“A library is not a line in a budget.”</p></blockquote>
          <p>“A library is not a line in a budget,” said council member Rosa Lind. “It is the town’s living room.”</p>
          <h2>What happens next</h2>
          <p>The council will look for savings elsewhere<br>before the budget vote in November.</p>
          <div class="related-links"><h3>Related</h3><ul><li><a>Budget gap widens</a></li></ul></div>
          <p>The library’s opening hours stay the same.</p>
        </div>
      </div>
      <footer><p>© 2026 The Gazette</p></footer>
      </body></html>
      """;

  @Test
  void readsTheStoryOfAPageWithoutAnArticleElement() {
    Article a = parser.parseHtml("library", PAGE_WITHOUT_ARTICLE);
    assertThat(a.title()).isEqualTo("Library stays open after a vote of 6 to 3");
    assertThat(a.authors()).containsExactly("Priya Shah", "Leo Brandt");
    assertThat(a.published()).isEqualTo("2026-10-01T09:00:00Z");
    assertThat(a.updated()).isEqualTo("2026-10-01T12:30:00Z");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The town council voted 6 to 3 on Monday to keep the Elm Street library open, reversing"
                + " a plan to close it at the end of the year.",
            "“A library is not a line in a budget,” said council member Rosa Lind. “It is the town’s"
                + " living room.”",
            "The council will look for savings elsewhere before the budget vote in November.",
            "The library’s opening hours stay the same.");
    assertThat(a.paragraph(3).orElseThrow().section()).isEqualTo("What happens next");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("The reading room on Monday. Photo: Leo Brandt");
  }

  @Test
  void theHeadlineComesFromOgTitleWhenThePageHasNoH1() {
    String html =
        "<html><head><meta property=\"og:title\" content=\"Rain returns to the valley\">"
            + "</head><body><article><p>Rain fell across the valley on Sunday for the first time"
            + " in nine weeks, the weather service said.</p></article></body></html>";
    Article a = parser.parseHtml("rain", html);
    assertThat(a.title()).isEqualTo("Rain returns to the valley");
    assertThat(a.paragraphs()).hasSize(1);
  }

  @Test
  void jsonLdGivesAuthorsAndDatesInsideAGraph() {
    String html =
        """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
         {"@type":"NewsArticle","headline":"Port reopens","datePublished":"2026-03-02",
          "author":[{"@type":"Person","name":"Ines Koval"},{"@type":"Person","name":"Sam Ortega"}]}]}
        </script></head><body><main><h1>Port reopens after storm</h1>
        <p>The port reopened on Monday after a storm closed it for three days, officials said.</p>
        </main></body></html>
        """;
    Article a = parser.parseHtml("port", html);
    assertThat(a.authors()).containsExactly("Ines Koval", "Sam Ortega");
    assertThat(a.published()).isEqualTo("2026-03-02");
    assertThat(a.title()).isEqualTo("Port reopens after storm");
  }

  @Test
  void aBlogPostKeepsItsQuoteBlockAndSplitsParagraphsAtDoubleBreaks() throws Exception {
    String html;
    try (var in = getClass().getResourceAsStream("/reader/html/blog-post.html")) {
      html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Article a = parser.parseHtml("allotments", html);
    assertThat(a.title()).isEqualTo("Allotment waiting list hits a record 412 names");
    assertThat(a.authors()).containsExactly("June Fairley");
    assertThat(a.published()).isEqualTo("April 3, 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The waiting list for a plot at the Riverside allotments has reached 412 names, the"
                + " longest since the site opened in 1952.",
            "Secretary Alan Moss said some people had now waited more than six years.",
            "“We simply do not have the land,” he said. “Every plot that comes free is taken the"
                + " same week.”",
            "The committee will vote in May on splitting full plots into halves, which could cut"
                + " the list by a third.",
            "“A half plot is plenty for most families,” said member Rita Osei, who has split her"
                + " own.");
    assertThat(a.paragraph(4).orElseThrow().section()).isEqualTo("Half plots");
  }

  @Test
  void aFootnoteMarkerIsNoWordOfTheSentenceButASuperscriptIsAndNotesAndCallsToPayAreNoBody() {
    String html =
        """
        <html><body><article><h1>Transit agency redraws its bus map</h1>
        <p>The new network runs 14 frequent routes instead of six.<sup><a href="#fn1">1</a></sup>
        Riders get a bus every 15 minutes.</p>
        <p>Each stop serves about 400 m<sup>2</sup> of sidewalk, the agency said.</p>
        <div class="kg-cta-card"><p>This newsletter is free because readers pay for it.</p></div>
        <section class="footnotes"><ol><li id="fn1"><p>Counted on weekdays.</p></li></ol></section>
        </article></body></html>
        """;
    Article a = parser.parseHtml("transit", html);
    // the call to pay and the notes are not the story
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The new network runs 14 frequent routes instead of six. Riders get a bus every 15"
                + " minutes.",
            "Each stop serves about 400 m2 of sidewalk, the agency said.");
  }

  @Test
  void aCaptionMadeOfParagraphsIsOneCaptionAndAnAlsoReadLinkIsNoBody() {
    String html =
        """
        <html><body><article><h1>Metro extension delayed by two years</h1>
        <figure><img src="viaduct.jpg" alt="">
        <figcaption><p class="caption">Work on the viaduct has slowed since August.</p>
        <p class="source">| Photo Credit: M. Periasamy</p></figcaption></figure>
        <p>The opening has been pushed back to December 2028, the corporation said.</p>
        <p class="also-read"><strong>ALSO READ | </strong><a href="/x">Airport expansion: 78
        families yet to receive compensation</a></p>
        <p>Farmers want a higher rate per acre.</p>
        </article></body></html>
        """;
    Article a = parser.parseHtml("metro", html);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "Work on the viaduct has slowed since August. | Photo Credit: M. Periasamy");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The opening has been pushed back to December 2028, the corporation said.",
            "Farmers want a higher rate per acre.");
  }

  @Test
  void aLabelAndItsValueOrACaptionAndItsCreditAreSeparateWords() {
    String html =
        """
        <html><body><article><h1>Rail strike halts trains across Germany</h1>
        <div class="details"><span class="label">Author</span><span class="value">Anja
        Brückner</span></div>
        <figure><img src="a.jpg" alt=""><figcaption>Boards showed cancellations<span
        class="credit">Image: Tobias Wendler/dpa</span></figcaption></figure>
        <p>A 48-hour strike halted most long-distance trains on Wednesday.</p>
        </article></body></html>
        """;
    Article a = parser.parseHtml("rail", html);
    assertThat(a.authors()).containsExactly("Anja Brückner");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("Boards showed cancellations Image: Tobias Wendler/dpa");
  }

  @Test
  void aTimeInsideAParagraphIsAWordOfItAndATimeInTheHeaderIsALineOfItsOwn() {
    String html =
        """
        <html><body><article><h1>Library board votes to close two branches</h1>
        <div class="meta"><time datetime="2026-12-01">December 1, 2026</time>
        <span>4 min read</span></div>
        <p>RIVERSIDE — The county library board voted 5-2 on <time datetime="2026-11-30">Monday</time>
        to close the Elm Street branch in March.</p>
        </article></body></html>
        """;
    Article a = parser.parseHtml("library", html);
    assertThat(a.published()).isEqualTo("December 1, 2026");
    assertThat(a.dateline()).isEqualTo("RIVERSIDE");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "RIVERSIDE — The county library board voted 5-2 on Monday to close the Elm Street"
                + " branch in March.");
  }

  @Test
  void
      wrappersForSubscribersScreenSizesAndFloatsAreStoryAndSoIsAWeaklyNamedBlockOfLongParagraphs() {
    String html =
        """
        <html><body><article><h1>Library board votes to close two branches</h1>
        <p>The county library board voted 5-2 on Monday to close two branches in March.</p>
        <div class="subscriber-only"><p>"Nobody wanted to do this," the chair said.</p></div>
        <div class="hidden-xs"><p>Librarian Tom Greer said staff would move.</p></div>
        <div class="pull-left"><p>"We will fight this," said Councilwoman Maria Soto.</p></div>
        <div class="more-content">
          <p>The two branches served about 41,000 visitors last year, according to library figures.</p>
          <p>Parents said the Harbor View branch was the only place within walking distance for homework.</p>
        </div>
        <div class="pull-quote"><p>"We will fight this"</p></div>
        <div class="tags"><a>Libraries</a> <a>Budget</a></div>
        <div class="hidden"><p>Subscribe to read more.</p></div>
        <div class="share-tools"><a>Share</a><a>Tweet</a></div>
        </article></body></html>
        """;
    assertThat(parser.parseHtml("library", html).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The county library board voted 5-2 on Monday to close two branches in March.",
            "\"Nobody wanted to do this,\" the chair said.",
            "Librarian Tom Greer said staff would move.",
            "\"We will fight this,\" said Councilwoman Maria Soto.",
            "The two branches served about 41,000 visitors last year, according to library"
                + " figures.",
            "Parents said the Harbor View branch was the only place within walking distance for"
                + " homework.");
  }

  @Test
  void aLogoInAnH1IsNotTheHeadlineAndTheVisibleBylineComesBeforeThePublisherAsAuthor() {
    String html =
        """
        <html><head><title>Branches to close - The Daily Bugle</title>
        <meta property="og:title" content="Riverside library to close two branches">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Riverside library to close two branches",
         "author":{"@type":"Organization","name":"The Daily Bugle"}}</script>
        </head><body>
        <header><h1 class="site-title">The Daily Bugle</h1></header>
        <div class="container"><h1>Riverside library to close two branches</h1>
        <div class="byline">By Ana Ruiz | <time>December 1, 2026</time></div>
        <div itemprop="articleBody"><p>The county library board voted 5-2 on Monday to close two branches.</p></div>
        </div></body></html>
        """;
    Article a = parser.parseHtml("library", html);
    assertThat(a.title()).isEqualTo("Riverside library to close two branches");
    assertThat(a.authors()).containsExactly("Ana Ruiz");
    assertThat(a.byline()).isEqualTo("By Ana Ruiz");
    assertThat(a.published()).isEqualTo("December 1, 2026");
  }

  @Test
  void aPublisherGivenAsTheOnlyAuthorIsNoPerson() {
    String html =
        """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens",
         "author":{"@type":"Organization","name":"The Daily Bugle"}}</script></head>
        <body><article><h1>Port reopens</h1>
        <p>The port reopened on Monday after a storm closed it for three days.</p></article></body></html>
        """;
    Article a = parser.parseHtml("port", html);
    assertThat(a.authors()).isEmpty();
    assertThat(a.byline()).isEmpty();
  }

  @Test
  void aSubtitleInAHeadingUnderTheHeadlineIsTheDekAndTheAuthorsNameNoParagraph() {
    String html =
        """
        <!doctype html><html><head><title>Mall to homes | Inkwell</title>
        <meta name="author" content="Celia Marchetti"></head><body>
        <article>
        <h1>Tacoma Will Turn Its Dead Downtown Mall Into 340 Homes</h1>
        <h2>After a 6–3 council vote, the shuttered mall gets a $212 million second life.</h2>
        <div><a href="/@celia">Celia Marchetti</a> <span>Follow</span></div>
        <div><span>8 min read</span><span>Dec 4, 2026</span></div>
        <p>Tacoma’s City Council voted 6–3 on Tuesday night to turn Broadway Commons into homes.</p>
        <h3>A mall that never came back</h3>
        <p>Broadway Commons opened in 1987 with 96 stores and a food court.</p>
        </article></body></html>
        """;
    Article a = parser.parseHtml("mall", html);
    assertThat(a.dek())
        .isEqualTo("After a 6–3 council vote, the shuttered mall gets a $212 million second life.");
    assertThat(a.published()).isEqualTo("Dec 4, 2026");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().get(1).section()).isEqualTo("A mall that never came back");
  }

  @Test
  void aScriptBuiltPageNamesItsPullQuoteInAComponentAttribute() {
    String html =
        "<html><body><article><h1>Ski hill will open late</h1>"
            + "<div data-component=\"text-block\" class=\"sc-1x kQ\"><p>The hill will not open"
            + " until late January after its snowmaking pump failed on Nov. 24.</p></div>"
            + "<blockquote class=\"sc-06d jF\" data-component=\"pull-quote\"><p>“We rolled the"
            + " dice on one more season and we lost.”</p><cite>Darnell Okafor, parks director</cite>"
            + "</blockquote><div data-component=\"text-block\" class=\"sc-1x kQ\"><p>“We rolled"
            + " the dice on one more season and we lost,” said Darnell Okafor, the parks"
            + " director.</p></div></article></body></html>";
    Article a = parser.parseHtml("hill", html);
    // the quotation's credit opens no section
    assertThat(a.paragraphs()).extracting(Paragraph::section).containsOnly("");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The hill will not open until late January after its snowmaking pump failed on Nov. 24.",
            "“We rolled the dice on one more season and we lost,” said Darnell Okafor, the parks"
                + " director.");
  }

  @Test
  void anOldTableLayoutPageBreaksItsHeaderAndParagraphsWithLineBreaks() {
    String html =
        "<HTML><HEAD><TITLE>The Valley Gazette - Water district OKs rate hike</TITLE></HEAD><BODY>"
            + "<TABLE><TR><TD><FONT size=\"1\"><B>LOCAL NEWS</B></FONT><BR>"
            + "<FONT size=\"+2\"><B>Water district OKs rate hike</B></FONT><BR>"
            + "<FONT size=\"3\"><I>Board votes 4-1; a typical bill will rise about $9 a month</I>"
            + "</FONT><BR><BR><FONT size=\"-1\">By <B>Carol Vandenberg</B>, Gazette Staff Writer"
            + " | Thursday, December 3, 2026</FONT><BR><FONT size=\"2\">Customers of the water"
            + " district will pay about 18 percent more starting Feb. 1, the board decided on"
            + " Monday.<BR><BR>The increase raises the base monthly charge for a typical household"
            + " from $48.50 to $57.25, the district said.<BR><BR></FONT></TD></TR></TABLE>"
            + "</BODY></HTML>";
    Article a = parser.parseHtml("gazette", html);
    assertThat(a.title()).isEqualTo("Water district OKs rate hike");
    assertThat(a.dek()).isEqualTo("Board votes 4-1; a typical bill will rise about $9 a month");
    assertThat(a.authors()).containsExactly("Carol Vandenberg");
    assertThat(a.published()).isEqualTo("Thursday, December 3, 2026");
    assertThat(a.paragraphs()).extracting(Paragraph::text).hasSize(2);
  }

  @Test
  void aSponsorsBoxInsideTheStoryIsNoPartOfIt() {
    String html =
        "<html><body><h1>Last grocery store downtown to close</h1><table><tr><td>"
            + "<p>The only grocery store downtown will close on Jan. 31, its owner said on Monday.</p>"
            + "<table><tr><td>Sponsored by</td></tr><tr><td><p>Saving for something big in 2027?"
            + " Bluestem Credit Union's Holiday Club account pays 3.10% APY on balances up to"
            + " $5,000.</p><p>Federally insured by NCUA.</p></td></tr></table>"
            + "<p>Customers hope to buy the store as a co-op and have raised $180,000 so far.</p>"
            + "</td></tr></table></body></html>";
    assertThat(parser.parseHtml("store", html).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The only grocery store downtown will close on Jan. 31, its owner said on Monday.",
            "Customers hope to buy the store as a co-op and have raised $180,000 so far.");
  }

  @Test
  void aCaptionsLicensingLinkIsNoPartOfItAndATimeUnderTheDateIsItsTime() {
    String html =
        """
        <!doctype html><html><head><title>Miner scraps refinery | Wire</title></head><body>
        <article>
          <h1>Miner scraps refinery over subsidy delay</h1>
          <div class="byline">By Eleanor Whitby</div>
          <div class="dates"><span>December 4, 2026</span><span class="time">3:42 PM UTC</span></div>
          <figure><img src="a.jpg"><figcaption><span>A worker at the site, March 12, 2025.
            <span class="credit">REUTERS/Lee Smithers/File Photo</span></span>
            <a href="/licensing">Purchase Licensing Rights<span class="sr-only">, opens new tab</span></a>
          </figcaption></figure>
          <p>LONDON, Dec 4 (Wire) - A British miner on Friday scrapped plans to build a lithium
             refinery, saying a delay to a promised support package had left it unviable.</p>
          <p>Shares in the company closed down 11.4% at 182 pence, their lowest since March 2023.</p>
        </article></body></html>
        """;
    Article a = parser.parseHtml("refinery", html);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("A worker at the site, March 12, 2025. REUTERS/Lee Smithers/File Photo");
    assertThat(a.published()).isEqualTo("December 4, 2026 3:42 PM UTC");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void anInstitutionsBylineIsTheSourceEvenWhereTheMetadataCallsItAPerson() {
    String html =
        """
        <!doctype html><html><head><title>Kelp survives | Science X</title>
        <meta name="author" content="University of Tasmania">
        <meta property="article:published_time" content="2026-12-04T09:40:02-05:00">
        </head><body><article>
          <p>December 4, 2026</p>
          <p>This article has been reviewed according to Science X's editorial process and
             policies, and editors have highlighted its attributes.</p>
          <p>fact-checked peer-reviewed publication trusted source proofread</p>
          <h1>Tasmania's last giant kelp forests are surviving in pockets of cool water</h1>
          <p>by University of Tasmania</p>
          <p>Fragments of Tasmania's once-vast giant kelp forests are holding on in small pockets
             where cold water wells up from the deep, a new study has found.</p>
          <p>Giant kelp once formed dense canopies along much of that coastline, researchers said.</p>
        </article></body></html>
        """;
    Article a = parser.parseHtml("kelp", html);
    assertThat(a.authors()).isEmpty();
    assertThat(a.agency()).isEqualTo("University of Tasmania");
    assertThat(a.author()).isEqualTo("University of Tasmania");
    assertThat(a.published()).isEqualTo("December 4, 2026");
  }

  @Test
  void aDisclaimerBoxUnderTheStoryIsNoPartOfIt() {
    String html =
        "<html><body><h1>BoG caps forex margin for importers</h1><div class=\"article-body\">"
            + "<p>The Bank of Ghana will cap the margin banks may charge importers from January.</p>"
            + "<p>Importers said the rule came at the worst possible time for their orders.</p>"
            + "</div><div class=\"article-disclaimer\"><p><strong>DISCLAIMER:</strong> The Views,"
            + " Comments, Opinions, Contributions and Statements made by Readers and Contributors"
            + " on this platform do not necessarily represent the views or policy of the"
            + " publisher.</p></div></body></html>";
    assertThat(parser.parseHtml("forex", html).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Bank of Ghana will cap the margin banks may charge importers from January.",
            "Importers said the rule came at the worst possible time for their orders.");
  }

  @Test
  void aLinkThatDownloadsAFileIsNoWordOfTheCaption() {
    String html =
        """
        <html><head><title>Gas</title></head><body><article>
        <h1>Europe filled its gas tanks</h1>
        <p>Storage was full in November, and withdrawals have run ahead of the average since.</p>
        <figure><img src="f.png"><figcaption>
          <p><strong>Figure 1:</strong> Power and gas prices (€/MWh)</p>
          <p>Source: EPEX Spot; ICE Endex.</p>
          <a class="figure-download" href="/f.csv" download="">Download the data (CSV)</a>
        </figcaption></figure>
        <p>A cold snap would test the grid before March, the operator said.</p>
        </article></body></html>
        """;
    Article a = parser.parseHtml("gas", html);
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("Figure 1: Power and gas prices (€/MWh) Source: EPEX Spot; ICE Endex.");
  }

  @Test
  void aTableOfDataGivesARowToAParagraphAndALayoutTableItsBlocks() {
    String html =
        "<html><body><article><h1>Brook wins the Ward 4 seat by 97 votes</h1>"
            + "<p>Anya Brook won the open Ward 4 council seat on Tuesday, beating Lionel Tate by 97"
            + " votes.</p>"
            + "<h3>Ward 4 (12 of 12 precincts reporting)</h3>"
            + "<table><tr><th>Candidate</th><th>Votes</th></tr>"
            + "<tr><td>Anya Brook</td><td>1,204</td></tr>"
            + "<tr><td>Lionel Tate</td><td>1,107</td></tr></table>"
            + "<p>Source: County Board of Elections, unofficial results</p>"
            + "<table><tr><td><p>Tate said he would not ask for a recount and congratulated Brook"
            + " on a hard-fought race.</p></td><td></td></tr></table>"
            + "</article></body></html>";
    Article a = parser.parseHtml("ward", html);
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Anya Brook won the open Ward 4 council seat on Tuesday, beating Lionel Tate by 97"
                + " votes.",
            "Candidate Votes",
            "Anya Brook 1,204",
            "Lionel Tate 1,107",
            "Source: County Board of Elections, unofficial results",
            "Tate said he would not ask for a recount and congratulated Brook on a hard-fought"
                + " race.");
  }

  private static String paywalled(String body) {
    return "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Store to become apartments\",\"articleBody\":\""
        + body
        + "\"}</script></head><body><article><h1>Store to become apartments</h1>"
        + "<div class=\"article-body\"><p>The city wants to turn the old store into 212"
        + " apartments.</p><p>The council votes on Dec. 15.</p></div>"
        + "<div class=\"gate\"><p>Subscribe to continue reading</p><p>$1 for 6 months. Cancel"
        + " anytime.</p></div></article></body></html>";
  }

  @Test
  void aPaywalledPageGivesTheStoryItsMetadataHoldsAfterTheParagraphsItShows() {
    Article a =
        parser.parseHtml(
            "store",
            paywalled(
                "The city wants to turn the old store into 212 apartments.\\n\\nThe council votes on"
                    + " Dec. 15.\\n\\nThe developer would restore the facade.\\n\\nPreservationists"
                    + " want the staircase kept.\\n\\nThe mayor said the block had been dark too"
                    + " long."));
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The city wants to turn the old store into 212 apartments.",
            "The council votes on Dec. 15.",
            "The developer would restore the facade.",
            "Preservationists want the staircase kept.",
            "The mayor said the block had been dark too long.");
    // without breaks, three sentences to a paragraph
    Article unbroken =
        parser.parseHtml(
            "store",
            paywalled(
                "The city wants to turn the old store into 212 apartments. The council votes on"
                    + " Dec. 15. The developer would restore the facade. Preservationists want the"
                    + " staircase kept. The mayor said the block had been dark too long. A second"
                    + " vote is due in January. The sale price is $1."));
    assertThat(unbroken.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The city wants to turn the old store into 212 apartments.",
            "The council votes on Dec. 15.",
            "The developer would restore the facade. Preservationists want the staircase kept."
                + " The mayor said the block had been dark too long.",
            "A second vote is due in January. The sale price is $1.");
    // metadata that says no more than the page adds nothing
    Article shown =
        parser.parseHtml(
            "store",
            paywalled(
                "The city wants to turn the old store into 212 apartments. The council votes on"
                    + " Dec. 15."));
    assertThat(shown.paragraphs()).hasSize(2);
  }

  @Test
  void anOldPagesLargeTypeIsItsHeadlineAndItsDoubleBreaksItsParagraphs() {
    String html =
        "<html><head><title>The Valley Sentinel - Local News</title></head><body><table><tr>"
            + "<td><a href=\"/\">Home</a></td><td>"
            + "<font size=\"5\"><b>County ambulance service losing its last paramedics</b></font>"
            + "<br><br><font size=\"2\"><b>By Carla Dunmore</b><br>Staff Writer<br>"
            + "<i>Thursday, December 3, 2026 10:14 AM CST</i></font><br>"
            + "<table><tr><td><img src=\"a.jpg\"><br><font size=\"1\">The director checks"
            + " supplies in one of the county's two ambulances on Tuesday.<br><i>Sentinel"
            + " photo/Jenna Marsh</i></font></td></tr></table>"
            + "<font size=\"2\">The county's ambulance service will lose its last two paramedics"
            + " by the end of the month, for the first time<br>in nearly three decades.<br><br>"
            + "A paramedic who has worked there for 11 years turned in his notice on Nov. 20."
            + "<br><br>The service has advertised both jobs since September.<br><br></font>"
            + "</td></tr></table></body></html>";
    Article a = parser.parseHtml("ems", html);
    assertThat(a.title()).isEqualTo("County ambulance service losing its last paramedics");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly(
            "The director checks supplies in one of the county's two ambulances on Tuesday."
                + " Sentinel photo/Jenna Marsh");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The county's ambulance service will lose its last two paramedics by the end of the"
                + " month, for the first time in nearly three decades.",
            "A paramedic who has worked there for 11 years turned in his notice on Nov. 20.",
            "The service has advertised both jobs since September.");
  }
}
