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
 * byte per dimension with a step per piece ({@link TokenVectors.Bytes}): 384 bytes a piece instead
 * of 1,536. They are read back as those bytes, which the word-piece matcher keeps as they are.
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
    return encode(new ArrayList<>(byKey.entrySet()));
  }

  /**
   * These vectors in parts of at most about {@code budget} bytes each (an embedding larger than
   * that is a part alone), each in {@link #encode()}'s form: {@link #union} of their decodings is
   * these vectors. Read back in parts, a large article needs no buffer of its whole size.
   */
  List<byte[]> encodeParts(int budget) {
    List<Map.Entry<String, Kept>> entries = new ArrayList<>(byKey.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    List<byte[]> out = new ArrayList<>();
    List<Map.Entry<String, Kept>> part = new ArrayList<>();
    int size = 8;
    for (Map.Entry<String, Kept> e : entries) {
      int more = entrySize(e.getValue().encoded());
      if (!part.isEmpty() && size + more > budget) {
        out.add(encode(part));
        part = new ArrayList<>();
        size = 8;
      }
      part.add(e);
      size += more;
    }
    if (!part.isEmpty() || out.isEmpty()) out.add(encode(part));
    return out;
  }

  private static byte[] encode(List<Map.Entry<String, Kept>> entries) {
    int size = 8;
    for (Map.Entry<String, Kept> e : entries) size += entrySize(e.getValue().encoded());
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(FORMAT);
    out.putInt(entries.size());
    for (Map.Entry<String, Kept> entry : entries) {
      out.put(HexFormat.of().parseHex(entry.getKey()));
      out.put((byte) (entry.getValue().withPieces() ? 1 : 0));
      float[] v = entry.getValue().encoded().vector();
      out.putInt(v.length);
      for (float f : v) out.putFloat(f);
      TokenVectors t = entry.getValue().encoded().tokens();
      int width = t.width();
      TokenVectors.Bytes b = t.bytes();
      out.putInt(t.size());
      out.putInt(width);
      for (int k = 0; k < t.size(); k++) {
        out.putInt(t.ids()[k]);
        out.putInt(t.starts()[k]);
        out.putFloat(b.steps()[k]);
        out.put(b.values(), k * width, width);
      }
    }
    return out.array();
  }

  private static int entrySize(Embedder.Encoded e) {
    TokenVectors t = e.tokens();
    int width = t.width();
    return 33 + 4 + 4 * e.vector().length + 8 + t.size() * (12 + width);
  }

  /** Reads {@link #encode()}'s bytes; throws IllegalArgumentException on anything else. */
  static StoredVectors decode(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes));
  }

  /**
   * Reads {@link #encode()}'s bytes, all that {@code in} has left; throws IllegalArgumentException
   * on anything else.
   */
  static StoredVectors decode(ByteBuffer in) {
    try {
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
        if ((long) pieces * (12 + width) > in.remaining()) {
          throw new IllegalArgumentException(pieces + " pieces of " + width + " do not fit");
        }
        int[] ids = new int[pieces];
        int[] starts = new int[pieces];
        float[] steps = new float[pieces];
        byte[] values = new byte[pieces * width];
        for (int k = 0; k < pieces; k++) {
          ids[k] = in.getInt();
          starts[k] = in.getInt();
          steps[k] = in.getFloat();
          in.get(values, k * width, width);
        }
        TokenVectors tokens =
            TokenVectors.ofBytes(ids, starts, width, new TokenVectors.Bytes(values, steps));
        byKey.put(
            HexFormat.of().formatHex(key), new Kept(new Embedder.Encoded(v, tokens), withPieces));
      }
      if (in.hasRemaining()) throw new IllegalArgumentException(in.remaining() + " bytes left");
      return new StoredVectors(byKey);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unreadable stored vectors: " + e.getMessage(), e);
    }
  }

  /** The vectors of all of {@code parts}. */
  static StoredVectors union(List<StoredVectors> parts) {
    if (parts.size() == 1) return parts.get(0);
    Map<String, Kept> all = new HashMap<>();
    for (StoredVectors p : parts) all.putAll(p.byKey);
    return new StoredVectors(all);
  }

  private static int count(ByteBuffer in, int bytesEach) {
    int n = in.getInt();
    if (n < 0 || (long) n * bytesEach > in.remaining()) {
      throw new IllegalArgumentException("a count of " + n + " does not fit");
    }
    return n;
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
