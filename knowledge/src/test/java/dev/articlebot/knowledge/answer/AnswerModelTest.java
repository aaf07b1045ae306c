package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.knowledge.learn.BoostedTrees;
import dev.articlebot.knowledge.learn.LinearModel;
import dev.articlebot.knowledge.learn.Residual;
import dev.articlebot.knowledge.learn.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The answer model as the jar ships it: written by {@code train}, read back scoring the same. */
class AnswerModelTest {

  private static AnswerModel roundTrip(AnswerModel m) throws IOException {
    return AnswerModel.read(new ByteArrayInputStream(m.toJson().getBytes(StandardCharsets.UTF_8)));
  }

  private static double[] random(Random r, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = r.nextDouble() * 2 - 0.5;
    return x;
  }

  /** Scores of {@code a} and {@code b} on the same random inputs (floats in the file: 1e-5). */
  private static void scoresAlike(Scorer a, Scorer b) {
    Random r = new Random(11);
    for (int k = 0; k < 50; k++) {
      double[] x = random(r, a.features().size());
      assertThat(b.score(x)).isCloseTo(a.score(x), org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  private static LinearModel linear(List<String> features, long seed) {
    Random r = new Random(seed);
    int n = features.size();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return new LinearModel(features, random(r, n), ones, random(r, n), 0.25);
  }

  /** One tree splitting on the first feature at 0.5, worth -0.5 below and +0.75 above. */
  private static BoostedTrees oneSplit(List<String> features) {
    return new BoostedTrees(
        features,
        0,
        List.of(
            new BoostedTrees.Tree(
                new int[] {0, -1, -1},
                new double[] {0.5, 0, 0},
                new int[] {1, -1, -1},
                new int[] {2, -1, -1},
                new double[] {0, -0.5, 0.75})));
  }

  @Test
  void theShippedModelReadsAndWritesBackScoringTheSame() throws IOException {
    AnswerModel shipped = AnswerModel.bundled();
    AnswerModel again = roundTrip(shipped);
    scoresAlike(shipped.ranker(), again.ranker());
    scoresAlike(shipped.answerable(), again.answerable());
    scoresAlike(shipped.sentence(), again.sentence());
    assertThat(again.threshold()).isEqualTo(shipped.threshold());
    assertThat(again.newsThreshold()).isEqualTo(shipped.newsThreshold());
  }

  @Test
  void aLinearModelCorrectedByTreesIsWrittenAndReadAsOne() throws IOException {
    Residual ranker = new Residual(linear(Features.PASSAGE, 1), oneSplit(Features.PASSAGE));
    AnswerModel m =
        new AnswerModel(
            ranker,
            linear(Features.ANSWERABLE, 2),
            0.4,
            0.2,
            new Residual(linear(Features.SENTENCE, 3), oneSplit(Features.SENTENCE)),
            "test");
    AnswerModel again = roundTrip(m);
    assertThat(again.ranker()).isInstanceOf(Residual.class);
    assertThat(again.sentence()).isInstanceOf(Residual.class);
    scoresAlike(m.ranker(), again.ranker());
    scoresAlike(m.sentence(), again.sentence());

    // The trees add their leaf to the linear score, and explain it under the feature they split.
    double[] x = new double[Features.PASSAGE.size()];
    x[0] = 0.9;
    assertThat(ranker.score(x)).isCloseTo(ranker.start().score(x) + 0.75, within());
    double[] why = ranker.contributions(x);
    double[] linearWhy = ranker.start().contributions(x);
    assertThat(why[0] - linearWhy[0]).isCloseTo(0.75, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void aModelForOtherFeaturesIsRefusedWithTheCommandThatRebuildsIt() {
    LinearModel stale = linear(List.of("para_cos", "an_old_feature"), 4);
    assertThatThrownBy(
            () ->
                new AnswerModel(
                    stale,
                    linear(Features.ANSWERABLE, 2),
                    0.4,
                    0.2,
                    linear(Features.SENTENCE, 3),
                    "stale"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rebuild it with the train command");
  }
}
