package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.knowledge.EmptyArticleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser();
  private final Article bundled = new ArticleLoader(parser).loadBundled();

  @Test
  void readsTheHeaderOfThePastedArticle() {
    assertThat(bundled.id()).isEqualTo("an-inevitable-peace");
    assertThat(bundled.title()).isEqualTo("An ‘Inevitable Peace’?");
    assertThat(bundled.dek()).startsWith("President Xi and President Trump’s meeting");
    assertThat(bundled.author()).isEqualTo("Yu Xiaodong");
    assertThat(bundled.published()).isEqualTo("Jan.1");
    assertThat(bundled.byline()).isEqualTo("By Yu Xiaodong Updated Jan.1");
    assertThat(bundled.authors()).containsExactly("Yu Xiaodong");
    assertThat(bundled.updated()).isEqualTo("Jan.1");
    assertThat(bundled.agency()).isEmpty();
  }

  @Test
  void numbersBodyParagraphsInReadingOrder() {
    List<Paragraph> ps = bundled.paragraphs();
    assertThat(ps).hasSize(41);
    assertThat(ps.get(0).text()).startsWith("On October 30, Chinese President Xi Jinping met");
    assertThat(ps.get(40).text()).startsWith("“In the meantime, China must be prepared");
    assertThat(bundled.paragraph(21).orElseThrow().text())
        .isEqualTo("“China will continue to practice true multilateralism,” he said.");
  }

  @Test
  void keepsJunkHeadingsAndCaptionsOutOfTheBody() {
    for (Paragraph p : bundled.paragraphs()) {
      assertThat(p.text())
          .isNotIn("Old Version", "International", "Print", "De-escalation", "Gaining Balance")
          .doesNotContain("(Photo by");
    }
    assertThat(bundled.captions()).hasSize(3);
    assertThat(bundled.captions().get(0).text()).endsWith("(Photo by Xinhua)");
    assertThat(bundled.captions().get(0).afterParagraph()).isZero();
    assertThat(bundled.captions().get(1).afterParagraph()).isEqualTo(32);
  }

  @Test
  void groupsParagraphsIntoSections() {
    assertThat(bundled.sections())
        .extracting(Section::heading)
        .containsExactly("", "De-escalation", "‘Co-Equals’", "‘Mutual Success’", "Gaining Balance");
    assertThat(bundled.paragraph(14).orElseThrow().label()).isEqualTo("¶14 · ‘Co-Equals’");
    assertThat(bundled.paragraph(2).orElseThrow().label()).isEqualTo("¶2");
  }

  @Test
  void survivesNonBreakingSpacesAndWindowsLineEnds() {
    String text =
        "Old Version\r\n\r\nA Headline\r\n\r\nBy Jane Roe\r\n\r\n"
            + "The first paragraph has enough words to be body text for sure.\u00a0\r\n\r\n"
            + "Section\u00a0\r\nThe second paragraph also has plenty of words in it today.\r\n";
    Article a = parser.parse("t", text);
    assertThat(a.title()).isEqualTo("A Headline");
    assertThat(a.author()).isEqualTo("Jane Roe");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The first paragraph has enough words to be body text for sure.",
            "The second paragraph also has plenty of words in it today.");
    assertThat(a.paragraphs().get(1).section()).isEqualTo("Section");
  }

  @Test
  void joinsHardWrappedParagraphs() {
    String text =
        "Headline Here\n\nBy Sam Poe\n\n"
            + "This paragraph was wrapped at a fixed width by the tool that\n"
            + "copied it, so its lines must be joined back into one paragraph.\n\n"
            + "A second paragraph stands on its own line and ends properly here.\n";
    Article a = parser.parse("t", text);
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().get(0).text())
        .isEqualTo(
            "This paragraph was wrapped at a fixed width by the tool that copied it, so its lines"
                + " must be joined back into one paragraph.");
  }

  @Test
  void readsMarkdownWithFrontMatter() {
    String md =
        "---\ntitle: \"Talks Resume\"\nauthor: Ana Diaz\nurl: https://example.org/talks\n"
            + "published: 2025-11-02\n---\n\n"
            + "The **talks** resumed on Monday after a [long](https://x.y) pause.\n"
            + "They lasted two hours.\n\n"
            + "## Outlook\n\n"
            + "![Delegates at the table](photo.jpg)\n\n"
            + "*Delegates meet in Geneva.*\n\n"
            + "Both sides expect another round in December.\n";
    Article a = parser.parse("talks", md);
    assertThat(a.title()).isEqualTo("Talks Resume");
    assertThat(a.author()).isEqualTo("Ana Diaz");
    assertThat(a.authors()).containsExactly("Ana Diaz");
    assertThat(a.url()).isEqualTo("https://example.org/talks");
    assertThat(a.published()).isEqualTo("2025-11-02");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The talks resumed on Monday after a long pause. They lasted two hours.",
            "Both sides expect another round in December.");
    assertThat(a.paragraphs().get(1).section()).isEqualTo("Outlook");
    // the picture's alternative text is not shown on the page: its caption is
    assertThat(a.captions()).extracting(Caption::text).containsExactly("Delegates meet in Geneva.");
  }

  @Test
  void readsAPageClippedToMarkdownLikeAPastedPage() {
    String md =
        """
        ---
        title: "Pier closes for repairs | Bay Courier"
        source: "https://baycourier.example/news/pier"
        author:
          - "[[Rosa Lind]]"
          - "[[Owen Price]]"
        published: 2026-12-03
        ---
        [Skip to main content](#main)

        # Pier closes for repairs after storm damage

        Engineers found cracked piles under the central span on Tuesday.

        By [Rosa Lind](https://baycourier.example/rosa) and [Owen Price](https://baycourier.example/owen)

        Published 3rd Dec 2026, 06:00 GMT

        Share

        [](https://facebook.example/share)[](https://x.example/share)

        ![Waves at the pier](https://img.example/pier.jpg)

        *The pier at high tide on Monday. Picture: Ann Bell*

        The town's pier will close for six months while **engineers** replace 14 piles, the \
        [council](https://baycourier.example/council) said on Wednesday.

        - Repairs will cost £2.1m.

        > The town's pier will close for six months

        Advertisement

        ## More on this story

        - [Storm batters the coast for a second night](https://baycourier.example/storm)
        - [Council sets a repair budget for the pier](https://baycourier.example/budget)
        """;
    Article a = parser.parse("pier", md);
    assertThat(a.title()).isEqualTo("Pier closes for repairs after storm damage");
    assertThat(a.dek())
        .isEqualTo("Engineers found cracked piles under the central span on Tuesday.");
    assertThat(a.authors()).containsExactly("Rosa Lind", "Owen Price");
    assertThat(a.published()).isEqualTo("3rd Dec 2026, 06:00 GMT");
    assertThat(a.url()).isEqualTo("https://baycourier.example/news/pier");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("The pier at high tide on Monday. Picture: Ann Bell");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The town's pier will close for six months while engineers replace 14 piles, the"
                + " council said on Wednesday.",
            "Repairs will cost £2.1m.");
  }

  @Test
  void anArticleWithoutBodyIsRejected() {
    assertThatThrownBy(() -> parser.parse("empty", "Print\n\nShare\n"))
        .isInstanceOf(EmptyArticleException.class);
    assertThatThrownBy(() -> parser.parse("blank", "  \n\u00a0\n"))
        .isInstanceOf(EmptyArticleException.class);
  }

  @Test
  void readsMarkdownWithoutFrontMatterFromItsHeadline() {
    String md =
        "# Council votes to repair the footbridge\n\n"
            + "*The 1936 crossing will be rehabilitated, not replaced.*\n\n"
            + "**By Jonah Whitfield** | Riverside Ledger | December 5, 2026\n\n"
            + "---\n\n"
            + "The Amherst Town Council voted 5-2 on Wednesday night to repair the footbridge,\n"
            + "the narrow steel crossing over the [Mill\n"
            + "River](https://example.org/river).\n\n"
            + "- Rehabilitate the bridge for about $2.3 million.\n"
            + "- Replace it for about $3.4 million.\n";
    Article a = parser.parse("bridge", md);
    assertThat(a.title()).isEqualTo("Council votes to repair the footbridge");
    assertThat(a.dek()).isEqualTo("The 1936 crossing will be rehabilitated, not replaced.");
    assertThat(a.authors()).containsExactly("Jonah Whitfield");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Amherst Town Council voted 5-2 on Wednesday night to repair the footbridge, the"
                + " narrow steel crossing over the Mill River.",
            "Rehabilitate the bridge for about $2.3 million.",
            "Replace it for about $3.4 million.");
  }
}
