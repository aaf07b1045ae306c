package dev.articlebot.knowledge.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.TokenVectors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredVectorsTest {
  private final HashingEmbedder model = new HashingEmbedder();

  private static String paragraph(int i) {
    return "Paragraph "
        + i
        + " tells of the harbour pilots, their night shifts and vote number "
        + i;
  }

  private StoredVectors kept(int paragraphs) {
    StoredVectors.Builder b = new StoredVectors.Builder();
    for (int i = 0; i < paragraphs; i++) {
      b.encoded(paragraph(i), model.encode(paragraph(i)));
      b.embedded("Sentence " + i + ".", model.embed("Sentence " + i + "."));
    }
    return b.build();
  }

  @Test
  void partsReadBackTogetherAreTheWholeWithTheSameBytes() {
    StoredVectors whole = kept(30);
    List<byte[]> parts = whole.encodeParts(4_000);

    assertThat(parts).hasSizeGreaterThan(2);
    assertThat(parts).allSatisfy(p -> assertThat(p.length).isLessThanOrEqualTo(4_000));
    List<StoredVectors> read = new ArrayList<>();
    for (byte[] p : parts) read.add(StoredVectors.decode(p));
    StoredVectors back = StoredVectors.union(read);
    StoredVectors once = StoredVectors.decode(whole.encode());

    assertThat(back.size()).isEqualTo(whole.size());
    for (int i = 0; i < 30; i++) {
      Embedder.Encoded a = back.encoded(paragraph(i));
      Embedder.Encoded b = once.encoded(paragraph(i));
      assertThat(a.vector()).containsExactly(b.vector());
      assertThat(a.tokens().ids()).containsExactly(b.tokens().ids());
      assertThat(a.tokens().bytes().values()).containsExactly(b.tokens().bytes().values());
      assertThat(a.tokens().bytes().steps()).containsExactly(b.tokens().bytes().steps());
      assertThat(back.vector("Sentence " + i + "."))
          .containsExactly(once.vector("Sentence " + i + "."));
      assertThat(back.encoded("Sentence " + i + ".")).isNull(); // kept without pieces
    }
  }

  @Test
  void anEmbeddingLargerThanAPartIsAPartAlone() {
    StoredVectors whole = kept(3);
    List<byte[]> parts = whole.encodeParts(10);
    assertThat(parts).hasSize(6);
    assertThat(StoredVectors.union(parts.stream().map(StoredVectors::decode).toList()).size())
        .isEqualTo(6);
    assertThat(StoredVectors.NONE.encodeParts(10)).hasSize(1);
    assertThat(StoredVectors.decode(StoredVectors.NONE.encodeParts(10).get(0)).size()).isZero();
  }

  @Test
  void piecesAreReadBackAsTheBytesTheyWereKeptAs() {
    TokenVectors pieces = model.encode(paragraph(1)).tokens();
    StoredVectors back =
        StoredVectors.decode(
            new StoredVectors.Builder()
                .encoded(paragraph(1), model.encode(paragraph(1)))
                .build()
                .encode());
    TokenVectors read = back.encoded(paragraph(1)).tokens();
    assertThat(read.bytes().values()).containsExactly(pieces.bytes().values());
    float[][] floats = read.vectors();
    for (int k = 0; k < pieces.size(); k++) {
      for (int d = 0; d < pieces.width(); d++) {
        // within half a step of the piece's largest coordinate over 127
        assertThat(floats[k][d])
            .isCloseTo(
                pieces.vectors()[k][d],
                org.assertj.core.data.Offset.offset(read.bytes().steps()[k] / 2 + 1e-6f));
      }
    }
  }
}
