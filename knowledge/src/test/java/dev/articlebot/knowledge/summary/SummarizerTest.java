package dev.articlebot.knowledge.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.SentenceSplitter;
import dev.articlebot.knowledge.index.CachingEmbedder;
import dev.articlebot.knowledge.index.EmbeddingCache;
import dev.articlebot.knowledge.index.MiniLmEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizerTest {
  private static final Path NEWS = Path.of("corpus", "news");

  /** Words that make a sentence lean on the one before it when they open it. */
  private static final Set<String> LEANING =
      Set.of(
          "however",
          "but",
          "and",
          "also",
          "so",
          "yet",
          "meanwhile",
          "it",
          "its",
          "they",
          "their",
          "he",
          "she",
          "his",
          "her",
          "this",
          "that",
          "these",
          "those",
          "such");

  private static MiniLmEmbedder model;
  private static EmbeddingCache cache;

  @BeforeAll
  static void model() throws Exception {
    model =
        MiniLmEmbedder.load(
            Path.of("target", "test-state", "models"), Executors.newFixedThreadPool(2));
    cache = EmbeddingCache.open(Path.of("target", "test-state"), model.modelId());
  }

  private static KnowledgeBase index(List<Article> articles) {
    return KnowledgeBase.build(articles, new CachingEmbedder(model, cache), model, 500);
  }

  /** What every summary keeps to, whatever the article and however it was split into paragraphs. */
  private static void assertGoodSummary(Article article, Summary s) {
    assertThat(s.bullets()).hasSizeBetween(Summarizer.MIN_BULLETS, Summarizer.MAX_BULLETS);
    assertThat(s.bulletChars()).isLessThanOrEqualTo(Summarizer.MAX_BULLET_CHARS);
    Set<String> seen = new HashSet<>();
    for (Summary.Bullet b : s.bullets()) {
      Paragraph p = article.paragraph(b.paragraph()).orElseThrow();
      assertThat(p.text()).as("bullet is verbatim from its paragraph").contains(b.text());
      assertThat(seen.add(b.text())).as("said once: " + b.text()).isTrue();
      String first = b.text().split("[\\s,]+")[0].toLowerCase(Locale.ROOT);
      assertThat(LEANING).as("needs the sentence before it: " + b.text()).doesNotContain(first);
      assertThat(count(b.text(), '“'))
          .as("a whole quotation or none")
          .isEqualTo(count(b.text(), '”'));
      assertThat(b.text()).as("not itself a quotation").doesNotStartWith("“");
    }
    for (Summary.KeyQuote q : s.quotes()) {
      assertThat(article.paragraph(q.paragraph()).orElseThrow().text()).contains(q.text());
    }
    assertThat(s.quotes()).extracting(Summary.KeyQuote::speaker).doesNotHaveDuplicates();
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  /** The words of four letters or more, lower case. */
  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 4)
        .collect(Collectors.toSet());
  }

  /** How much of {@code sentence}'s words {@code bullet} has. */
  private static double overlap(String sentence, String bullet) {
    Set<String> want = words(sentence);
    Set<String> have = words(bullet);
    return want.stream().filter(have::contains).count() / (double) Math.max(1, want.size());
  }

  @Test
  void theBundledArticlesSummaryCarriesItsNewsLeadFirst() {
    KnowledgeBase kb = TestKnowledge.bundled();
    Article article = kb.articles().get(0);
    Summary s = kb.summaries().get(0);
    assertGoodSummary(article, s);
    assertThat(s.title()).isEqualTo("An ‘Inevitable Peace’?");
    assertThat(s.bullets().get(0).text())
        .as("the lead first")
        .isEqualTo(article.paragraphs().get(0).sentences().get(0).text());
    String all = s.bullets().stream().map(Summary.Bullet::text).collect(Collectors.joining(" "));
    assertThat(all).as("the truce and the tariff cuts").contains("truce").contains("tariffs");
    assertThat(s.quotes()).hasSizeBetween(1, 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"wire-port-strike", "bbc-flood-defences", "verge-chip-recall"})
  void aNewsPageSummaryCarriesItsLeadNearTheTop(String slug) throws Exception {
    Article article =
        new ArticleLoader(new ArticleParser()).load(NEWS.resolve(slug + ".txt")).get(0);
    Summary s = index(List.of(article)).summaries().get(0);
    assertGoodSummary(article, s);
    // The page's author says which paragraph is the lead; the parser may split it differently.
    String gold =
        new ObjectMapper()
            .readTree(NEWS.resolve(slug + ".gold.json").toFile())
            .path("paragraphs")
            .get(0)
            .asText();
    String lead = new SentenceSplitter().split(gold).get(0).text();
    List<Summary.Bullet> top = s.bullets().subList(0, 2);
    assertThat(top)
        .as("the lead, “%s”, in the first two bullets", lead)
        .anySatisfy(b -> assertThat(overlap(lead, b.text())).isGreaterThanOrEqualTo(0.6));
  }

  @Test
  void aBulletNeverLeansOnTheSentenceBeforeIt() {
    assertThat(
            Summarizer.standsAlone("However, the US soon launched new trade control measures.", 9))
        .isFalse();
    assertThat(
            Summarizer.standsAlone(
                "It marked the first meeting between the two leaders since.", 10))
        .isFalse();
    assertThat(
            Summarizer.standsAlone(
                "Held on the sidelines of the summit, it marked the first meeting in years.", 14))
        .isFalse();
    assertThat(Summarizer.standsAlone("As a result, the two sides agreed to meet again soon.", 11))
        .isFalse();
    assertThat(
            Summarizer.standsAlone("Both countries agreed to suspend the measures for a year.", 9))
        .isTrue();
    assertThat(
            Summarizer.standsAlone(
                "Varga said: \"We have taken a step today, and we will see what comes next.", 15))
        .as("a quotation left open")
        .isFalse();
    assertThat(
            Summarizer.insideQuotation(
                "“This club waited 61 years. My phone has 400 messages,” he said.", 29))
        .isTrue();
    assertThat(Summarizer.insideQuotation("The port’s workers struck. Talks failed.", 28))
        .as("an apostrophe opens nothing")
        .isFalse();
  }

  @Test
  void isDeterministic() {
    KnowledgeBase kb = TestKnowledge.bundled();
    KnowledgeBase again =
        dev.articlebot.knowledge.KnowledgeLoader.load(
            new dev.articlebot.knowledge.KnowledgeLoader.Settings(
                null, Path.of("target", "test-state"), 500));
    assertThat(again.summaries()).isEqualTo(kb.summaries());
  }

  @Test
  void worksOnOtherArticlesToo() throws Exception {
    ArticleParser parser = new ArticleParser();
    List<Article> articles = new ArrayList<>();
    for (String id : List.of("harbor-vote", "battery-lab")) {
      try (var in = getClass().getResourceAsStream("/quotes/" + id + ".txt")) {
        articles.add(parser.parse(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    KnowledgeBase kb = index(articles);
    assertThat(kb.summaries()).hasSize(2);
    for (int i = 0; i < 2; i++) assertGoodSummary(articles.get(i), kb.summaries().get(i));
  }
}
