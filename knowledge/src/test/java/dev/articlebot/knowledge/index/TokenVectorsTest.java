package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenVectorsTest {
  private static final TokenVectors TWO =
      new TokenVectors(
          new int[] {7592, 2088}, new int[] {0, 6}, new float[][] {{1f, 0f}, {0.6f, 0.8f}});

  @Test
  void survivesTheCacheForm() {
    TokenVectors back = TokenVectors.fromArray(TWO.toArray());
    assertThat(back.ids()).containsExactly(7592, 2088);
    assertThat(back.starts()).containsExactly(0, 6);
    assertThat(back.vectors()[0]).containsExactly(1f, 0f);
    assertThat(back.vectors()[1]).containsExactly(0.6f, 0.8f);
    assertThat(TokenVectors.fromArray(TokenVectors.NONE.toArray()).isEmpty()).isTrue();
  }

  @Test
  void aDamagedCacheFormIsRejected() {
    float[] cut = java.util.Arrays.copyOf(TWO.toArray(), 5);
    assertThatThrownBy(() -> TokenVectors.fromArray(cut))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TokenVectors.fromArray(new float[] {-1f, 2f}))
        .isInstanceOf(IllegalArgumentException.class);
    // the form of older caches, without offsets: count, width, ids, vectors
    assertThatThrownBy(() -> TokenVectors.fromArray(new float[] {1f, 2f, 7592f, 1f, 0f}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idsAndVectorsMustPair() {
    assertThatThrownBy(() -> new TokenVectors(new int[] {1, 2}, new int[2], new float[][] {{1f}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new TokenVectors(new int[] {1, 2}, new int[2], new float[][] {{1f}, {1f, 0f}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new TokenVectors(new int[] {1, 2}, new int[1], new float[][] {{1f}, {0f}}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partsJoinInOrder() {
    TokenVectors more = new TokenVectors(new int[] {999}, new int[] {12}, new float[][] {{0f, 1f}});
    TokenVectors joined = TWO.followedBy(more);
    assertThat(joined.ids()).containsExactly(7592, 2088, 999);
    assertThat(joined.starts()).containsExactly(0, 6, 12);
    assertThat(joined.vectors()[2]).containsExactly(0f, 1f);
    assertThat(TokenVectors.NONE.followedBy(more)).isSameAs(more);
  }

  @Test
  void theFewThatStartInARangeAreOneSentencesPieces() {
    TokenVectors three =
        TWO.followedBy(new TokenVectors(new int[] {999}, new int[] {12}, new float[][] {{0f, 1f}}));
    assertThat(three.within(5, 12).ids()).containsExactly(2088);
    assertThat(three.within(0, 100)).isSameAs(three);
    assertThat(three.within(13, 20).isEmpty()).isTrue();
  }

  @Test
  void piecesHeldAsBytesAreTheFloatsRoundedToTheirSteps() {
    TokenVectors.Bytes b = TWO.bytes();
    assertThat(b.values()).containsExactly(127, 0, 95, 127);
    assertThat(b.steps()[0]).isEqualTo(1f / 127f);
    TokenVectors held = TokenVectors.ofBytes(TWO.ids(), TWO.starts(), 2, b);
    assertThat(held.bytes()).isSameAs(b);
    assertThat(held.width()).isEqualTo(2);
    assertThat(held.vectors()[1][0]).isCloseTo(0.6f, within(0.8f / 254));
    assertThat(held.vectors()[1][1]).isCloseTo(0.8f, within(1e-6f));
  }

  @Test
  void piecesHeldAsBytesJoinAndSplitAsFloatsDo() {
    TokenVectors held = TokenVectors.ofBytes(TWO.ids(), TWO.starts(), 2, TWO.bytes());
    TokenVectors joined =
        held.followedBy(
            new TokenVectors(new int[] {999}, new int[] {12}, new float[][] {{0f, 1f}}));
    assertThat(joined.ids()).containsExactly(7592, 2088, 999);
    assertThat(joined.starts()).containsExactly(0, 6, 12);
    assertThat(joined.vectors()[2][1]).isCloseTo(1f, within(1e-6f));
    TokenVectors second = joined.within(5, 12);
    assertThat(second.ids()).containsExactly(2088);
    assertThat(second.bytes().values()).containsExactly(95, 127);
    assertThat(joined.within(13, 20).isEmpty()).isTrue();
  }

  @Test
  void bytesMustFitTheirPieces() {
    assertThatThrownBy(
            () ->
                TokenVectors.ofBytes(
                    new int[] {1},
                    new int[] {0},
                    2,
                    new TokenVectors.Bytes(new byte[3], new float[1])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TokenVectors.ofBytes(
                    new int[] {1},
                    new int[] {0},
                    2,
                    new TokenVectors.Bytes(new byte[2], new float[2])))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
