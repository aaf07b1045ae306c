package dev.articlebot.knowledge.index;

import java.util.Arrays;

/**
 * The word pieces of one text, each with the model's vector for it in that context (unit length)
 * and where it starts in the text. Only pieces holding a letter or digit are kept: punctuation and
 * the model's markers carry no subject. {@code ids} are the model's vocabulary ids, which tell the
 * same piece apart from others across texts; {@code starts} are character offsets into the text the
 * pieces were read from, so the pieces of one sentence of a paragraph can be told apart.
 */
public final class TokenVectors {
  /** No pieces: from a model that does not expose them. */
  public static final TokenVectors NONE = new TokenVectors(new int[0], new int[0], new float[0][]);

  /** Marks {@link #toArray()}'s form, which older caches without offsets lack. */
  private static final float FORMAT = -2f;

  private final int[] ids;
  private final int[] starts;
  private final int width;

  /** Each piece's vector, when held as floats; else null. */
  private final float[][] vectors;

  /** When held as bytes ({@link Bytes}); else null. */
  private final Bytes bytes;

  /**
   * The pieces as bytes, one byte per coordinate: piece {@code k}'s coordinate {@code d} is {@code
   * values[k * width + d] * steps[k]}, the step being the piece's largest coordinate over 127 (1
   * for a zero piece). A unit vector loses at most half a step per coordinate, which moves a cosine
   * between pieces by about 0.001; a quarter of the memory of floats.
   *
   * @param values piece after piece, {@code width} bytes each
   * @param steps per piece, what one step of its bytes is worth
   */
  public record Bytes(byte[] values, float[] steps) {}

  public TokenVectors(int[] ids, int[] starts, float[][] vectors) {
    if (ids.length != vectors.length || ids.length != starts.length) {
      throw new IllegalArgumentException(
          ids.length + " ids, " + starts.length + " offsets, " + vectors.length + " vectors");
    }
    int w = vectors.length == 0 ? 0 : vectors[0].length;
    for (float[] v : vectors) {
      if (v.length != w) throw new IllegalArgumentException("vectors differ in width");
    }
    this.ids = ids;
    this.starts = starts;
    this.width = w;
    this.vectors = vectors;
    this.bytes = null;
  }

  private TokenVectors(int[] ids, int[] starts, int width, Bytes bytes) {
    this.ids = ids;
    this.starts = starts;
    this.width = width;
    this.vectors = null;
    this.bytes = bytes;
  }

  /**
   * Pieces held as {@link Bytes}, as a library stores them: read back without a float in between.
   */
  public static TokenVectors ofBytes(int[] ids, int[] starts, int width, Bytes bytes) {
    int n = ids.length;
    if (starts.length != n || bytes.steps().length != n) {
      throw new IllegalArgumentException(
          n + " ids, " + starts.length + " offsets, " + bytes.steps().length + " steps");
    }
    if (width < 0 || bytes.values().length != (long) n * width) {
      throw new IllegalArgumentException(bytes.values().length + " bytes for " + n + " x " + width);
    }
    return n == 0 ? NONE : new TokenVectors(ids, starts, width, bytes);
  }

  public int[] ids() {
    return ids;
  }

  public int[] starts() {
    return starts;
  }

  /** The dimensions of each piece's vector (0 when there are no pieces). */
  public int width() {
    return width;
  }

  public int size() {
    return ids.length;
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  /** Each piece's vector: when held as bytes, worked out from them afresh on every call. */
  public float[][] vectors() {
    if (vectors != null) return vectors;
    float[][] out = new float[ids.length][width];
    for (int k = 0; k < ids.length; k++) {
      for (int d = 0; d < width; d++) out[k][d] = bytes.values()[k * width + d] * bytes.steps()[k];
    }
    return out;
  }

  /** The pieces as {@link Bytes}: as held, or each float vector rounded to its steps. */
  public Bytes bytes() {
    if (bytes != null) return bytes;
    byte[] values = new byte[ids.length * width];
    float[] steps = new float[ids.length];
    for (int k = 0; k < ids.length; k++) {
      float[] v = vectors[k];
      float max = 0;
      for (float f : v) max = Math.max(max, Math.abs(f));
      float step = max == 0 ? 1f : max / 127f;
      steps[k] = step;
      for (int d = 0; d < width; d++) {
        values[k * width + d] = (byte) Math.max(-127, Math.min(127, Math.round(v[d] / step)));
      }
    }
    return new Bytes(values, steps);
  }

  /** This text's pieces and then {@code more}'s: a long text encoded in parts. */
  public TokenVectors followedBy(TokenVectors more) {
    if (isEmpty()) return more;
    if (more.isEmpty()) return this;
    int[] i = Arrays.copyOf(ids, ids.length + more.ids.length);
    System.arraycopy(more.ids, 0, i, ids.length, more.ids.length);
    int[] s = Arrays.copyOf(starts, starts.length + more.starts.length);
    System.arraycopy(more.starts, 0, s, starts.length, more.starts.length);
    if (vectors != null && more.vectors != null) {
      float[][] v = Arrays.copyOf(vectors, vectors.length + more.vectors.length);
      System.arraycopy(more.vectors, 0, v, vectors.length, more.vectors.length);
      return new TokenVectors(i, s, v);
    }
    if (width != more.width) throw new IllegalArgumentException("vectors differ in width");
    Bytes a = bytes();
    Bytes b = more.bytes();
    byte[] values = Arrays.copyOf(a.values(), a.values().length + b.values().length);
    System.arraycopy(b.values(), 0, values, a.values().length, b.values().length);
    float[] steps = Arrays.copyOf(a.steps(), a.steps().length + b.steps().length);
    System.arraycopy(b.steps(), 0, steps, a.steps().length, b.steps().length);
    return new TokenVectors(i, s, width, new Bytes(values, steps));
  }

  /** The pieces that start in {@code [from, to)} of the text, in order. */
  public TokenVectors within(int from, int to) {
    int first = 0;
    while (first < starts.length && starts[first] < from) first++;
    int last = first;
    while (last < starts.length && starts[last] < to) last++;
    if (first == 0 && last == starts.length) return this;
    int[] i = Arrays.copyOfRange(ids, first, last);
    int[] s = Arrays.copyOfRange(starts, first, last);
    if (vectors != null) return new TokenVectors(i, s, Arrays.copyOfRange(vectors, first, last));
    if (first == last) return NONE;
    return new TokenVectors(
        i,
        s,
        width,
        new Bytes(
            Arrays.copyOfRange(bytes.values(), first * width, last * width),
            Arrays.copyOfRange(bytes.steps(), first, last)));
  }

  /**
   * One flat array (a format mark, count, width, ids, offsets, then the vectors), for the embedding
   * cache.
   */
  public float[] toArray() {
    float[][] vectors = vectors();
    int n = ids.length;
    float[] out = new float[3 + n * (2 + width)];
    out[0] = FORMAT;
    out[1] = n;
    out[2] = width;
    for (int k = 0; k < n; k++) {
      out[3 + k] = ids[k]; // vocabulary ids and offsets are far below 2^24: exact as floats
      out[3 + n + k] = starts[k];
      System.arraycopy(vectors[k], 0, out, 3 + 2 * n + k * width, width);
    }
    return out;
  }

  /** Reads {@link #toArray()}'s form back; throws IllegalArgumentException on anything else. */
  public static TokenVectors fromArray(float[] a) {
    if (a.length < 3 || a[0] != FORMAT) throw new IllegalArgumentException("not this format");
    int count = (int) a[1];
    int width = (int) a[2];
    if (count < 0 || width < 0 || a.length != 3 + (long) count * (2 + width)) {
      throw new IllegalArgumentException("length does not match " + count + " x " + width);
    }
    int[] ids = new int[count];
    int[] starts = new int[count];
    float[][] vectors = new float[count][];
    for (int k = 0; k < count; k++) {
      ids[k] = (int) a[3 + k];
      starts[k] = (int) a[3 + count + k];
      int from = 3 + 2 * count + k * width;
      vectors[k] = Arrays.copyOfRange(a, from, from + width);
    }
    return new TokenVectors(ids, starts, vectors);
  }
}
