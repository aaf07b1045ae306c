package dev.articlebot.knowledge.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.index.CachingEmbedder;
import dev.articlebot.knowledge.index.EmbeddingCache;
import dev.articlebot.knowledge.index.MiniLmEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SummarizerTest {

  private static void assertGoodSummary(Article article, Summary s) {
    assertThat(s.bullets()).hasSizeBetween(Summarizer.MIN_BULLETS, Summarizer.MAX_BULLETS);
    assertThat(s.bulletChars()).isLessThanOrEqualTo(Summarizer.MAX_BULLET_CHARS);
    Set<String> sections = new HashSet<>();
    int previous = 0;
    for (Summary.Bullet b : s.bullets()) {
      Paragraph p = article.paragraph(b.paragraph()).orElseThrow();
      assertThat(p.text()).as("bullet is verbatim from its paragraph").contains(b.text());
      assertThat(b.paragraph()).as("reading order").isGreaterThanOrEqualTo(previous);
      previous = b.paragraph();
      sections.add(p.section());
    }
    assertThat(s.bullets().get(0).paragraph()).as("starts with the lead").isEqualTo(1);
    assertThat(sections)
        .as("spread across the article")
        .hasSizeGreaterThanOrEqualTo(Math.min(3, article.sections().size()));
    for (Summary.KeyQuote q : s.quotes()) {
      assertThat(article.paragraph(q.paragraph()).orElseThrow().text()).contains(q.text());
    }
    assertThat(s.quotes()).extracting(Summary.KeyQuote::speaker).doesNotHaveDuplicates();
  }

  @Test
  void summarisesTheBundledArticleInItsOwnWords() {
    KnowledgeBase kb = TestKnowledge.bundled();
    Summary s = kb.summaries().get(0);
    assertGoodSummary(kb.articles().get(0), s);
    assertThat(s.title()).isEqualTo("An ‘Inevitable Peace’?");
    assertThat(s.quotes()).hasSizeBetween(1, 2);
    Set<String> sections = new HashSet<>();
    s.bullets()
        .forEach(
            b ->
                sections.add(
                    kb.articles().get(0).paragraph(b.paragraph()).orElseThrow().section()));
    assertThat(sections).as("lead, each section, the outlook").hasSize(5);
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
    List<Article> articles = new java.util.ArrayList<>();
    for (String id : List.of("harbor-vote", "battery-lab")) {
      try (var in = getClass().getResourceAsStream("/quotes/" + id + ".txt")) {
        articles.add(parser.parse(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    var model =
        MiniLmEmbedder.load(
            Path.of("target", "test-state", "models"), Executors.newFixedThreadPool(2));
    var cache = EmbeddingCache.open(Path.of("target", "test-state"), model.modelId());
    KnowledgeBase kb = KnowledgeBase.build(articles, new CachingEmbedder(model, cache), model, 500);
    assertThat(kb.summaries()).hasSize(2);
    for (int i = 0; i < 2; i++) assertGoodSummary(articles.get(i), kb.summaries().get(i));
  }
}
