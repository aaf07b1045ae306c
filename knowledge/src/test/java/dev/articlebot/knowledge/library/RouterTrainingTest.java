package dev.articlebot.knowledge.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouterTrainingTest {
  private static final int BM25_SHARE = ArticleRouter.FEATURES.indexOf("bm25_share");
  private static final int PARAGRAPH_RANK = ArticleRouter.FEATURES.indexOf("paragraph_rank");

  /**
   * Questions over ten articles each: the right article always has the whole BM25 share, but its
   * paragraph comes anywhere among the first five, so rank fusion often puts another first.
   */
  private static List<RouterTraining.Example> examples(int articles, long seed) {
    Random random = new Random(seed);
    List<RouterTraining.Example> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      for (int q = 0; q < 20; q++) {
        List<ArticleRouter.Candidate> cs = new ArrayList<>();
        int rightAt = random.nextInt(5);
        for (int c = 0; c < 10; c++) {
          double[] f = new double[ArticleRouter.FEATURES.size()];
          boolean right = c == rightAt;
          f[BM25_SHARE] = right ? 1 : 0.3 + 0.4 * random.nextDouble();
          f[PARAGRAPH_RANK] = 60.0 / (60 + c + 1);
          cs.add(new ArticleRouter.Candidate(right ? "a" + a : "other" + c, f));
        }
        out.add(new RouterTraining.Example("a" + a, cs));
      }
    }
    return out;
  }

  @Test
  void learnedWeightsRouteBetterThanRankFusionOnArticlesTheyNeverSaw() {
    RouterTraining.Result r = RouterTraining.train(examples(12, 3), 4, "test");
    assertTrue(
        r.crossValidated().first() > r.untrained().first() + 0.3,
        r.untrained() + " -> " + r.crossValidated());
    assertEquals(1.0, r.crossValidated().topThree(), 1e-9);
    assertTrue(r.model().weights()[BM25_SHARE] > r.model().weights()[PARAGRAPH_RANK]);
    assertEquals(12, r.byArticle().size());
  }

  @Test
  void aQuestionWhoseArticleIsNoCandidateCountsAsMissedAndTrainsNothing() {
    List<ArticleRouter.Candidate> cs =
        List.of(new ArticleRouter.Candidate("x", new double[ArticleRouter.FEATURES.size()]));
    RouterTraining.Example lost = new RouterTraining.Example("a", cs);
    assertEquals(-1, RouterTraining.rankOf(lost, ArticleRouter.Model.untrained().weights()));
    assertArrayEquals(
        ArticleRouter.Model.untrained().weights(), RouterTraining.fit(List.of(lost)), 1e-12);
  }

  @Test
  void theModelReadsBackWhatItWrites() throws IOException {
    double[] w = RouterTraining.fit(examples(3, 5));
    ArticleRouter.Model m = new ArticleRouter.Model(w, "fitted");
    ArticleRouter.Model back =
        ArticleRouter.Model.read(
            new ByteArrayInputStream(m.toJson().getBytes(StandardCharsets.UTF_8)));
    assertArrayEquals(w, back.weights(), 1e-12);
    assertEquals("fitted", back.provenance());
    assertThrows(
        IOException.class,
        () ->
            ArticleRouter.Model.read(
                new ByteArrayInputStream("{\"weights\":{}}".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theShippedRouterIsLearned() {
    ArticleRouter.Model shipped = ArticleRouter.Model.bundled();
    assertTrue(shipped.provenance().startsWith("train --router"), shipped.provenance());
  }
}
