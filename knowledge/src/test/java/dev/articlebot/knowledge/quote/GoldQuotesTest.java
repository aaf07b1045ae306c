package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.quote.TestArticles.Gold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Extraction and attribution against the hand-written gold lists. */
class GoldQuotesTest {

  static final List<String> ARTICLES = TestArticles.ALL;

  private final QuoteExtractor extractor = new QuoteExtractor();

  @ParameterizedTest
  @FieldSource("ARTICLES")
  void everyGoldQuoteIsFoundAndAttributedToTheRightPerson(String id) {
    List<Quote> quotes = extractor.extract(TestArticles.article(id)).quotes();
    List<String> problems = new ArrayList<>();
    for (Gold g : TestArticles.gold(id)) {
      List<Quote> same = quotes.stream().filter(q -> TestArticles.sameQuote(g, q)).toList();
      if (same.isEmpty()) {
        problems.add("missing: " + g);
      } else if (same.stream().noneMatch(q -> q.speakerName().equals(g.speaker()))) {
        problems.add("wrong speaker " + same.get(0).speakerName() + " for " + g);
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("ARTICLES")
  void everyDirectQuoteIsInTheGoldListWithTheSameSpeaker(String id) {
    List<Gold> gold = TestArticles.gold(id);
    List<String> problems = new ArrayList<>();
    for (Quote q : extractor.extract(TestArticles.article(id)).quotes()) {
      if (q.kind() != QuoteKind.DIRECT) continue;
      List<Gold> same = gold.stream().filter(g -> TestArticles.sameQuote(g, q)).toList();
      if (same.isEmpty()) {
        problems.add("not in gold: " + q);
      } else if (same.stream().noneMatch(g -> g.speaker().equals(q.speakerName()))) {
        problems.add("wrong speaker: " + q);
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("ARTICLES")
  void everyParaphraseIsByAGoldSpeakerOfItsParagraph(String id) {
    List<Gold> gold = TestArticles.gold(id);
    List<String> problems = new ArrayList<>();
    for (Quote q : extractor.extract(TestArticles.article(id)).quotes()) {
      if (q.kind() != QuoteKind.PARAPHRASE) continue;
      boolean known =
          gold.stream()
              .anyMatch(
                  g ->
                      g.kind() == QuoteKind.PARAPHRASE
                          && g.paragraph() == q.paragraph()
                          && g.speaker().equals(q.speakerName()));
      if (!known) problems.add("unexpected paraphrase: " + q);
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("ARTICLES")
  void everyQuoteIsVerbatimFromItsParagraph(String id) {
    Article article = TestArticles.article(id);
    for (Quote q : extractor.extract(article).quotes()) {
      String paragraph = article.paragraph(q.paragraph()).orElseThrow().text();
      assertThat(paragraph).as(q.toString()).contains(q.text());
      assertThat(q.text()).doesNotStartWith("“").doesNotStartWith("\"").isEqualTo(q.text().strip());
      assertThat(q.articleId()).isEqualTo(id);
    }
  }

  @ParameterizedTest
  @FieldSource("ARTICLES")
  void everyQuoteHasASpeakerInTheDirectory(String id) {
    ArticleQuotes result = extractor.extract(TestArticles.article(id));
    List<String> names = result.speakers().stream().map(Speaker::name).toList();
    assertThat(names).doesNotHaveDuplicates();
    for (Quote q : result.quotes()) {
      assertThat(names).contains(q.speakerName());
      Speaker s = result.speakers().get(names.indexOf(q.speakerName()));
      assertThat(s.paragraphs()).contains(q.paragraph());
    }
  }

  /** Prints found/total and wrong attributions per speaker, the numbers the gold list yields. */
  @ParameterizedTest
  @FieldSource("ARTICLES")
  void reportPerSpeaker(String id) {
    List<Quote> quotes = extractor.extract(TestArticles.article(id)).quotes();
    Map<String, int[]> bySpeaker = new LinkedHashMap<>(); // total, found, wrong speaker
    for (Gold g : TestArticles.gold(id)) {
      int[] n = bySpeaker.computeIfAbsent(g.speaker() + " " + g.kind(), k -> new int[3]);
      n[0]++;
      List<Quote> same = quotes.stream().filter(q -> TestArticles.sameQuote(g, q)).toList();
      if (same.stream().anyMatch(q -> q.speakerName().equals(g.speaker()))) n[1]++;
      else if (!same.isEmpty()) n[2]++;
    }
    StringBuilder report = new StringBuilder("gold report for " + id + "\n");
    int wrong = 0;
    for (Map.Entry<String, int[]> e : bySpeaker.entrySet()) {
      int[] n = e.getValue();
      wrong += n[2];
      report.append(String.format("  %-28s %2d/%2d wrong %d%n", e.getKey(), n[1], n[0], n[2]));
    }
    System.out.print(report);
    assertThat(wrong).isZero();
  }
}
