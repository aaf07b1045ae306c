package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dir;

  /** Counts what it embeds; vectors derive from the text so they are checkable. */
  static final class CountingEmbedder implements Embedder {
    final List<String> embedded = new ArrayList<>();

    @Override
    public String modelId() {
      return "fake";
    }

    @Override
    public float[] embed(String text) {
      embedded.add(text);
      return new float[] {text.length(), text.hashCode() % 7, 1f};
    }
  }

  @Test
  void aRestartReadsVectorsInsteadOfEmbeddingAgain() {
    CountingEmbedder model = new CountingEmbedder();
    new CachingEmbedder(model, EmbeddingCache.open(dir, "fake")).embedAll(List.of("a", "bb"));
    assertThat(model.embedded).containsExactly("a", "bb");

    CountingEmbedder again = new CountingEmbedder();
    List<float[]> vectors =
        new CachingEmbedder(again, EmbeddingCache.open(dir, "fake")).embedAll(List.of("bb", "ccc"));
    assertThat(again.embedded).containsExactly("ccc");
    assertThat(vectors.get(0)).containsExactly(2f, "bb".hashCode() % 7, 1f);
  }

  /** Exposes word pieces: one per character, so they are checkable. */
  static final class PieceEmbedder implements Embedder {
    final List<String> encoded = new ArrayList<>();

    @Override
    public String modelId() {
      return "fake";
    }

    @Override
    public float[] embed(String text) {
      return encode(text).vector();
    }

    @Override
    public Encoded encode(String text) {
      encoded.add(text);
      int[] ids = text.chars().toArray();
      float[][] vectors = new float[ids.length][];
      for (int k = 0; k < ids.length; k++) vectors[k] = new float[] {ids[k], 1f};
      return new Encoded(new float[] {text.length(), 1f}, new TokenVectors(ids, vectors));
    }
  }

  @Test
  void wordPiecesAreCachedBesideVectors() {
    PieceEmbedder model = new PieceEmbedder();
    new CachingEmbedder(model, EmbeddingCache.open(dir, "fake")).encodeAll(List.of("ab", "c"));
    assertThat(model.encoded).containsExactly("ab", "c");

    PieceEmbedder again = new PieceEmbedder();
    List<Embedder.Encoded> back =
        new CachingEmbedder(again, EmbeddingCache.open(dir, "fake")).encodeAll(List.of("ab", "d"));
    assertThat(again.encoded).containsExactly("d");
    assertThat(back.get(0).vector()).containsExactly(2f, 1f);
    assertThat(back.get(0).tokens().ids()).containsExactly('a', 'b');
    assertThat(back.get(0).tokens().vectors()[1]).containsExactly('b', 1f);
  }

  @Test
  void aVectorWithoutItsPiecesIsEncodedAgain() {
    // Caches written before pieces were kept hold vectors only.
    EmbeddingCache old = EmbeddingCache.open(dir, "fake");
    old.put("ab", new float[] {9f, 9f});
    old.save();
    PieceEmbedder model = new PieceEmbedder();
    var out = new CachingEmbedder(model, EmbeddingCache.open(dir, "fake")).encodeAll(List.of("ab"));
    assertThat(model.encoded).containsExactly("ab");
    assertThat(out.get(0).tokens().size()).isEqualTo(2);
  }

  @Test
  void readsTheFileFormatFloatByFloatWritersProduce() throws Exception {
    EmbeddingCache written = EmbeddingCache.open(dir, "m");
    written.put("a paragraph", new float[] {0.25f, -1.5f, 3e-8f});
    written.save();
    // The same entries as DataOutputStream.writeFloat lays them out, one float at a time.
    Path file = dir.resolve("embeddings-m.bin");
    byte[] bytes = Files.readAllBytes(file);
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(expected)) {
      out.write(bytes, 0, bytes.length - 3 * Float.BYTES);
      for (float f : new float[] {0.25f, -1.5f, 3e-8f}) out.writeFloat(f);
    }
    assertThat(bytes).isEqualTo(expected.toByteArray());
    assertThat(EmbeddingCache.open(dir, "m").get("a paragraph"))
        .containsExactly(0.25f, -1.5f, 3e-8f);
  }

  @Test
  void aDamagedCacheIsIgnoredNotFatal() throws Exception {
    Files.write(dir.resolve("embeddings-fake.bin"), new byte[] {1, 2, 3});
    EmbeddingCache cache = EmbeddingCache.open(dir, "fake");
    assertThat(cache.size()).isZero();
    cache.put("x", new float[] {1f});
    cache.save();
    assertThat(EmbeddingCache.open(dir, "fake").get("x")).containsExactly(1f);
  }

  @Test
  void cachesArePerModel() {
    EmbeddingCache a = EmbeddingCache.open(dir, "model-a");
    a.put("t", new float[] {1f});
    a.save();
    assertThat(EmbeddingCache.open(dir, "model-b").get("t")).isNull();
  }
}
