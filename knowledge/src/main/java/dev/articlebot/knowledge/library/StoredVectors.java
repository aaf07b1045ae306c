package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.TokenVectors;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One article's embeddings, kept beside it in the library, keyed by the SHA-256 of the text they
 * embed: each paragraph's vector with its word pieces' vectors, and each sentence's vector. A text
 * whose key is here is never embedded again; an edited paragraph has another key and is.
 *
 * <p>Vectors are kept as 32-bit floats. Word pieces, a hundred times more numerous, are kept as one
 * byte per dimension with a scale per piece (the piece's largest coordinate maps to 127): 384 bytes
 * a piece instead of 1,536; a unit vector loses at most half a step (1/254 of that coordinate) per
 * coordinate, which moves a cosine between pieces by about 0.001.
 */
final class StoredVectors {
  private static final int FORMAT = 1;

  /** No vectors. */
  static final StoredVectors NONE = new StoredVectors(Map.of());

  /**
   * One text's embedding.
   *
   * @param encoded its vector, and its word pieces' vectors when {@code withPieces}
   * @param withPieces whether it was encoded with its pieces (a paragraph) or embedded whole (a
   *     sentence, kept without pieces)
   */
  private record Kept(Embedder.Encoded encoded, boolean withPieces) {}

  private final Map<String, Kept> byKey;

  private StoredVectors(Map<String, Kept> byKey) {
    this.byKey = byKey;
  }

  /** The vector of {@code text}, if kept. */
  float[] vector(String text) {
    Kept k = byKey.get(key(text));
    return k == null ? null : k.encoded().vector();
  }

  /** The vector and word pieces of {@code text}, if kept with its pieces. */
  Embedder.Encoded encoded(String text) {
    Kept k = byKey.get(key(text));
    return k == null || !k.withPieces() ? null : k.encoded();
  }

  int size() {
    return byKey.size();
  }

  /** Collects the embeddings of the texts an article is indexed with. */
  static final class Builder {
    private final Map<String, Kept> byKey = new HashMap<>();

    /** {@code text}'s vector and word pieces, from {@link Embedder#encode}. */
    Builder encoded(String text, Embedder.Encoded encoded) {
      byKey.put(key(text), new Kept(encoded, true));
      return this;
    }

    /** {@code text}'s vector alone; kept unless the text is already kept with its pieces. */
    Builder embedded(String text, float[] vector) {
      byKey.putIfAbsent(
          key(text), new Kept(new Embedder.Encoded(vector, TokenVectors.NONE), false));
      return this;
    }

    StoredVectors build() {
      return new StoredVectors(Map.copyOf(byKey));
    }
  }

  /**
   * An embedder that answers from these vectors and asks {@code model} only for texts not kept
   * here; {@code served} receives every text it answers for, kept or embedded now: the vectors of
   * an article indexed through it.
   */
  Embedder over(Embedder model, Builder served) {
    return new Embedder() {
      @Override
      public String modelId() {
        return model.modelId();
      }

      @Override
      public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
      }

      @Override
      public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
          float[] v = vector(t);
          out.add(v);
          if (v == null) missing.add(t);
          else served.embedded(t, v);
        }
        if (missing.isEmpty()) return out;
        List<float[]> computed = model.embedAll(missing);
        Map<String, float[]> byText = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
          byText.put(missing.get(i), computed.get(i));
          served.embedded(missing.get(i), computed.get(i));
        }
        for (int i = 0; i < texts.size(); i++) {
          if (out.get(i) == null) out.set(i, byText.get(texts.get(i)));
        }
        return out;
      }

      @Override
      public Encoded encode(String text) {
        return encodeAll(List.of(text)).get(0);
      }

      @Override
      public List<Encoded> encodeAll(List<String> texts) {
        List<Encoded> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
          Embedder.Encoded e = encoded(t);
          out.add(e);
          if (e == null) missing.add(t);
          else served.encoded(t, e);
        }
        if (missing.isEmpty()) return out;
        List<Encoded> computed = model.encodeAll(missing);
        Map<String, Encoded> byText = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
          byText.put(missing.get(i), computed.get(i));
          served.encoded(missing.get(i), computed.get(i));
        }
        for (int i = 0; i < texts.size(); i++) {
          if (out.get(i) == null) out.set(i, byText.get(texts.get(i)));
        }
        return out;
      }
    };
  }

  // ---- bytes

  byte[] encode() {
    int size = 8;
    for (Kept k : byKey.values()) size += entrySize(k.encoded());
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(FORMAT);
    out.putInt(byKey.size());
    for (Map.Entry<String, Kept> entry : byKey.entrySet()) {
      out.put(HexFormat.of().parseHex(entry.getKey()));
      out.put((byte) (entry.getValue().withPieces() ? 1 : 0));
      float[] v = entry.getValue().encoded().vector();
      out.putInt(v.length);
      for (float f : v) out.putFloat(f);
      TokenVectors t = entry.getValue().encoded().tokens();
      int width = t.isEmpty() ? 0 : t.vectors()[0].length;
      out.putInt(t.size());
      out.putInt(width);
      for (int k = 0; k < t.size(); k++) {
        out.putInt(t.ids()[k]);
        out.putInt(t.starts()[k]);
        float[] piece = t.vectors()[k];
        float scale = scale(piece);
        out.putFloat(scale);
        for (float f : piece) out.put(quantized(f, scale));
      }
    }
    return out.array();
  }

  private static int entrySize(Embedder.Encoded e) {
    TokenVectors t = e.tokens();
    int width = t.isEmpty() ? 0 : t.vectors()[0].length;
    return 33 + 4 + 4 * e.vector().length + 8 + t.size() * (12 + width);
  }

  /** Reads {@link #encode()}'s bytes; throws IllegalArgumentException on anything else. */
  static StoredVectors decode(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (in.getInt() != FORMAT) throw new IllegalArgumentException("another format");
      int n = count(in, 33);
      Map<String, Kept> byKey = new HashMap<>(n * 2);
      byte[] key = new byte[32];
      for (int i = 0; i < n; i++) {
        in.get(key);
        boolean withPieces = in.get() == 1;
        float[] v = new float[count(in, 4)];
        for (int d = 0; d < v.length; d++) v[d] = in.getFloat();
        int pieces = count(in, 12);
        int width = count(in, 1);
        int[] ids = new int[pieces];
        int[] starts = new int[pieces];
        float[][] vectors = new float[pieces][];
        for (int k = 0; k < pieces; k++) {
          ids[k] = in.getInt();
          starts[k] = in.getInt();
          float scale = in.getFloat();
          float[] piece = new float[width];
          for (int d = 0; d < width; d++) piece[d] = in.get() * scale;
          vectors[k] = piece;
        }
        TokenVectors tokens =
            pieces == 0 ? TokenVectors.NONE : new TokenVectors(ids, starts, vectors);
        byKey.put(
            HexFormat.of().formatHex(key), new Kept(new Embedder.Encoded(v, tokens), withPieces));
      }
      if (in.hasRemaining()) throw new IllegalArgumentException(in.remaining() + " bytes left");
      return new StoredVectors(byKey);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unreadable stored vectors: " + e.getMessage(), e);
    }
  }

  private static int count(ByteBuffer in, int bytesEach) {
    int n = in.getInt();
    if (n < 0 || (long) n * bytesEach > in.remaining()) {
      throw new IllegalArgumentException("a count of " + n + " does not fit");
    }
    return n;
  }

  /** The step of one byte: the largest coordinate's size over 127 (1 for a zero vector). */
  static float scale(float[] v) {
    float max = 0;
    for (float f : v) max = Math.max(max, Math.abs(f));
    return max == 0 ? 1f : max / 127f;
  }

  static byte quantized(float value, float scale) {
    return (byte) Math.max(-127, Math.min(127, Math.round(value / scale)));
  }

  static String key(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
