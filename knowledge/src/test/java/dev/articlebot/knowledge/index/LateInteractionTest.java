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
}
