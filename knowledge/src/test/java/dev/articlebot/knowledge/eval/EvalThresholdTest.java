package dev.articlebot.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards answer quality where users meet it: on the bundled article with all its question sets, and
 * on a sample of the development corpus (encyclopedia articles and news pages), averaged over
 * articles. The floors sit a little under what the shipped model reaches, so a change that makes
 * answers worse fails here; the articles that judge the bot are other ones. {@code eval --corpus}
 * reports every article.
 */
class EvalThresholdTest {
  private static final ArticleLoader LOADER = new ArticleLoader(new ArticleParser());

  /** Articles of every kind in the corpus, a few of each. */
  private static final List<String> SAMPLE =
      List.of(
          "steam-engine",
          "warsaw",
          "imperialism",
          "kenya",
          "teacher",
          "wire-port-strike",
          "guardian-rail-fares",
          "local-tv-water-main",
          "courthouse-zoning-ruling",
          "verge-chip-recall");

  @Test
  void theBundledArticleAnswersItsOwnSets() {
    Corpus.Entry bundled = Corpus.bundled(LOADER).entries().get(0);
    EvalReport r = new Evaluation(TestKnowledge.bundled()).run(bundled.questions());
    assertThat(r.answerable()).isGreaterThan(500);
    assertThat(r.firstRightRate()).as("right passage first").isGreaterThanOrEqualTo(FIRST_BUNDLED);
    assertThat(r.topThreeRate()).as("right passage in top 3").isGreaterThanOrEqualTo(TOP3_BUNDLED);
    assertThat(r.rightRefusalRate())
        .as("unanswerable refused")
        .isGreaterThanOrEqualTo(REFUSED_BUNDLED);
    assertThat(r.wrongRefusalRate()).as("answerable refused").isLessThanOrEqualTo(0.05);
  }

  @Test
  void aSampleOfTheCorpusReachesItsAverages() {
    Corpus sample = Corpus.read(TestKnowledge.CORPUS, LOADER).only(SAMPLE);
    assertThat(sample.entries()).hasSize(SAMPLE.size());
    CorpusEvaluation.Report r = new CorpusEvaluation(TestKnowledge::index).run(sample);
    assertThat(r.first()).as("right passage first").isGreaterThanOrEqualTo(FIRST_SAMPLE);
    assertThat(r.topThree()).as("right passage in top 3").isGreaterThanOrEqualTo(TOP3_SAMPLE);
    assertThat(r.goldInAnswer()).as("gold answer quoted").isGreaterThanOrEqualTo(GOLD_SAMPLE);
    assertThat(r.answerableRefused()).as("answerable refused").isLessThanOrEqualTo(0.05);
    assertThat(r.unanswerableRefused())
        .as("unanswerable refused")
        .isGreaterThanOrEqualTo(REFUSED_SAMPLE);
  }

  private static final double FIRST_BUNDLED = 0.85;
  private static final double TOP3_BUNDLED = 0.95;
  private static final double REFUSED_BUNDLED = 0.45;
  private static final double FIRST_SAMPLE = 0.85;
  private static final double TOP3_SAMPLE = 0.95;
  private static final double GOLD_SAMPLE = 0.75;
  // 0.298 with the model of 148 articles, whose neighbouring paragraphs' signals bring more right
  // passages first and refuse a few unanswerable questions fewer (cross-validated 0.402 -> 0.399)
  private static final double REFUSED_SAMPLE = 0.28;
}
