package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteExtractorTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  /** An article whose paragraphs are the blank-line separated blocks of {@code body}. */
  private ArticleQuotes extract(String body) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String block : body.split("\n\n")) {
      paragraphs.add(new Paragraph(paragraphs.size() + 1, "", block, splitter.split(block)));
    }
    return extractor.extract(new Article("probe", "", "", "", "", "", "", paragraphs, List.of()));
  }

  @Test
  void scareQuotesAndTermsOfTheBundledArticleAreNobodysQuote() {
    ArticleQuotes result = extractor.extract(TestArticles.article(TestArticles.BUNDLED));
    List<String> terms =
        List.of(
            "reciprocal tariffs",
            "non-alignment",
            "inevitable peace",
            "national rejuvenation",
            "Make America Great Again",
            "rejuvenation",
            "great again");
    assertThat(result.terms()).containsExactlyElementsOf(terms);
    assertThat(result.quotes())
        .filteredOn(q -> q.kind() == QuoteKind.DIRECT)
        .extracting(Quote::text)
        .doesNotContainAnyElementsOf(
            List.of("reciprocal tariffs", "non-alignment", "rejuvenation", "great again"));
  }

  @Test
  void aTitleAndSurnameIsAPersonAndHonorificsTellGender() {
    ArticleQuotes result =
        extract(
            "“It’s over,” Ms. Jones said. She added that the company would appeal.\n\n"
                + "“We are ready,” said Defense Secretary Lloyd Austin, who added that he had"
                + " ordered more ships.\n\n"
                + "“We will see,” she said.");
    // "she" skips Austin, whom "he" made male, and finds Jones ("Ms.")
    assertThat(result.quotes())
        .extracting(Quote::speakerName)
        .containsExactly("Jones", "Jones", "Lloyd Austin", "Lloyd Austin", "Jones");
    assertThat(result.speakers().get(1).role()).isEqualTo("Defense Secretary");
  }

  @Test
  void anonymousAndInstitutionalSourcesAreNotSpeakers() {
    ArticleQuotes result =
        extract(
            "“This is a disaster,” one official said.\n\n"
                + "The ministry said in a statement that the “temporary” measures would end.\n\n"
                + "China said it would remove the duties.");
    assertThat(result.quotes()).isEmpty();
    assertThat(result.speakers()).isEmpty();
    assertThat(result.terms()).containsExactly("This is a disaster", "temporary");
  }

  @Test
  void aPronounWithNobodyBeforeItIsNotAttributed() {
    assertThat(extract("“Nothing to add,” he said.").quotes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "“",
        "”",
        "\"",
        "“Unclosed quotation that runs to the end",
        "Closed” without an opening, said Wu Xinbo.",
        "“”",
        "“ ”, he said.",
        "He said. She said. They said.",
        "According to, the end.",
        "“A,” “B,” “C,” said.",
        ", said Mr. .",
        "Li Li Li Li Li said “Li” li.",
        "😀 “🔥,” said 😀.",
        "习近平说：“我们准备好了。”"
      })
  void oddParagraphsDoNotBreakExtraction(String body) {
    assertThatCode(
            () -> {
              ArticleQuotes result = extract(body);
              for (Quote q : result.quotes()) assertThat(body).contains(q.text());
            })
        .doesNotThrowAnyException();
  }

  @Test
  void aNameGivenInQuotationMarksIsANicknameAndTheSpeakerStillSpeaks() {
    ArticleQuotes result =
        extract(
            "The mill will close in March.\n\n"
                + "Tomas Verhoef, who has run the night shift for 20 years and whom everyone on the"
                + " floor calls “Tom,” said the closure had been expected since spring.");
    assertThat(result.quotes()).extracting(Quote::speakerName).containsExactly("Tomas Verhoef");
    assertThat(result.speakers().get(0).aliases()).contains("Tom");
    assertThat(result.terms()).containsExactly("Tom");
  }

  @Test
  void aNicknameInQuotationMarksNeitherEndsAnIntroductionNorSpeaks() {
    ArticleQuotes result =
        extract(
            "The mill will close in March.\n\n"
                + "Tomas Verhoef, whom everyone on the floor calls “Tom,” said the closure had been"
                + " expected. He put it plainly:\n\n"
                + "“We saw it coming for a year.”");
    assertThat(result.quotes())
        .extracting(Quote::speakerName, Quote::text)
        .containsExactly(
            tuple("Tomas Verhoef", "the closure had been expected"),
            tuple("Tomas Verhoef", "We saw it coming for a year."));
  }

  @Test
  void aCompoundNounThatOpensASentenceIsNoPartOfTheNameAfterIt() {
    ArticleQuotes result =
        extract(
            "Candle-maker Kelly Marsden, 39, said the cancellation would cost traders dearly.\n\n"
                + "“I had already made 600 candles,” said Ms Marsden.");
    assertThat(result.quotes())
        .extracting(Quote::speakerName)
        .containsExactly("Kelly Marsden", "Kelly Marsden");
  }

  @Test
  void aPossessorInARoleIsSomeoneElseAndGivesNoGender() {
    ArticleQuotes result =
        extract(
            "Oren Blum, a partner at the fund, said it would keep the plant open.\n\n"
                + "The board split, with the chairman’s sister, Ruth Adler, voting against.\n\n"
                + "“I understand the math,” Ruth Adler said.\n\n"
                + "She said she feared the company would be sold again.");
    assertThat(result.quotes())
        .extracting(Quote::speakerName)
        .containsExactly("Oren Blum", "Ruth Adler", "Ruth Adler");
  }

  @Test
  void anEmptyBookAnswersNotFound() {
    QuoteBook empty = QuoteBook.of(List.of());
    assertThat(empty.speakers()).isEmpty();
    assertThat(empty.all()).isEmpty();
    assertThat(empty.lookup("Wu")).isInstanceOf(QuoteLookup.NotFound.class);
    assertThat(empty.suggest("w", 5)).isEmpty();
  }

  @Test
  void recordsRejectNonsense() {
    assertThatThrownBy(() -> new Speaker(" ", List.of(), "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Speaker("A B", List.of(), "", List.of(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote("a", "A B", "text", 0, "", QuoteKind.DIRECT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote("a", "A B", " ", 1, "", QuoteKind.DIRECT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote("a", "A B", "text", 1, "", null))
        .isInstanceOf(IllegalArgumentException.class);
    Speaker one = new Speaker("A B", List.of(), "", List.of(1));
    assertThatThrownBy(() -> new QuoteLookup.Ambiguous("a", List.of(one)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Quote("a", "A B", "text", 1, null, QuoteKind.PARAPHRASE).context()).isEmpty();
    assertThat(new QuoteLookup.Found(one, List.of(), null).corrected()).isFalse();
  }
}
