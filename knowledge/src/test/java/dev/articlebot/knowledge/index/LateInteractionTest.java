package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LateInteractionTest {
  // Unit vectors in three dimensions, standing for word pieces read in context.
  private static final float[] HARBOUR = {1f, 0f, 0f};
  private static final float[] PORT = {0.96f, 0.28f, 0f}; // near HARBOUR
  private static final float[] THE = {0f, 0f, 1f};
  private static final float[] BUDGET = {0f, 1f, 0f};

  private static TokenVectors pieces(int[] ids, float[]... vectors) {
    return new TokenVectors(ids, new int[ids.length], vectors);
  }

  @Test
  void aPassageHoldingANearPieceMatchesBetter() {
    // ids: 1 harbour, 2 port, 3 the, 4 budget
    LateInteraction li =
        new LateInteraction(
            List.of(
                pieces(new int[] {3, 4}, THE, BUDGET),
                pieces(new int[] {3, 2}, THE, PORT),
                pieces(new int[] {3, 4}, THE, BUDGET)));
    TokenVectors question = pieces(new int[] {3, 1}, THE, HARBOUR);
    double[] s = li.scores(question, new int[] {0, 1, 2});
    assertThat(s[1]).isGreaterThan(s[0]);
    assertThat(s[0]).isEqualTo(s[2]);
    assertThat(s[1]).isCloseTo(0.96, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void aPieceMostPassagesUseIsLeftOut() {
    // "the" (id 3) is in every passage: matching it perfectly gains nothing.
    LateInteraction li =
        new LateInteraction(
            List.of(
                pieces(new int[] {3}, THE),
                pieces(new int[] {3, 4}, THE, BUDGET),
                pieces(new int[] {3}, THE),
                pieces(new int[] {3}, THE)));
    double[] s = li.scores(pieces(new int[] {3, 4}, THE, BUDGET), new int[] {0, 1});
    assertThat(s[0]).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6)); // THE . BUDGET
    assertThat(s[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void rarerPiecesWeighMore() {
    LateInteraction li =
        new LateInteraction(
            List.of(
                pieces(new int[] {1}, HARBOUR),
                pieces(new int[] {4}, BUDGET),
                pieces(new int[] {4, 3}, BUDGET, THE),
                pieces(new int[] {3}, THE)));
    // harbour is used by 1 passage of 4, budget by 2: a full match on harbour beats one on budget.
    double[] s = li.scores(pieces(new int[] {1, 4}, HARBOUR, BUDGET), new int[] {0, 1});
    assertThat(s[0]).isGreaterThan(s[1]);
  }

  @Test
  void withoutPiecesEveryScoreIsZero() {
    LateInteraction li = new LateInteraction(List.of(TokenVectors.NONE, TokenVectors.NONE));
    assertThat(li.scores(pieces(new int[] {1}, HARBOUR), new int[] {0, 1})).containsOnly(0.0);
    LateInteraction real = new LateInteraction(List.of(pieces(new int[] {1}, HARBOUR)));
    assertThat(real.scores(TokenVectors.NONE, new int[] {0})).containsOnly(0.0);
  }

  @Test
  void everyQuestionPieceIsAlignedWithEveryPassagePiece() {
    // five question pieces (four matched together, one alone) against seven passage pieces
    java.util.Random random = new java.util.Random(7);
    int width = 16;
    float[][] passage = new float[7][];
    int[] ids = new int[7];
    int[] starts = new int[7];
    for (int j = 0; j < passage.length; j++) {
      passage[j] = unit(random, width);
      ids[j] = 10 + j;
      starts[j] = 5 * j;
    }
    float[][] question = new float[5][];
    int[] questionIds = new int[5];
    for (int t = 0; t < question.length; t++) {
      question[t] = unit(random, width);
      questionIds[t] = 100 + t; // in no passage: every piece is kept
    }
    LateInteraction li =
        new LateInteraction(
            List.of(
                new TokenVectors(ids, starts, passage),
                pieces(new int[] {1}, unit(random, width))));
    LateInteraction.Alignment a = li.align(new TokenVectors(questionIds, new int[5], question), 0);

    assertThat(a.kept()).containsExactly(0, 1, 2, 3, 4);
    for (int t = 0; t < question.length; t++) {
      double best = -1;
      for (int j = 0; j < passage.length; j++) {
        double dot = 0;
        for (int d = 0; d < width; d++) dot += question[t][d] * passage[j][d];
        // the passage's pieces are kept in bytes: a step of 1/127 of their largest coordinate
        assertThat((double) a.cosines()[t][j])
            .isCloseTo(dot, org.assertj.core.data.Offset.offset(0.02));
        if (starts[j] >= 10 && starts[j] < 25) best = Math.max(best, a.cosines()[t][j]);
      }
      // pieces 2, 3 and 4 start in [10, 25)
      assertThat(a.best(10, 25)[t]).isEqualTo(best);
    }
    assertThat(a.best(100, 200)).containsOnly(-1.0);
    assertThat(a.bestPiece(100, 200)).containsOnly(-1);
  }

  private static float[] unit(java.util.Random random, int width) {
    float[] v = new float[width];
    double norm = 0;
    for (int d = 0; d < width; d++) {
      v[d] = (float) random.nextGaussian();
      norm += v[d] * v[d];
    }
    for (int d = 0; d < width; d++) v[d] /= (float) Math.sqrt(norm);
    return v;
  }
}
