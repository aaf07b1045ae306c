package dev.articlebot.knowledge.index;

import java.util.Arrays;

/**
 * The word pieces of one text, each with the model's vector for it in that context (unit length)
 * and where it starts in the text. Only pieces holding a letter or digit are kept: punctuation and
 * the model's markers carry no subject. {@code ids} are the model's vocabulary ids, which tell the
 * same piece apart from others across texts; {@code starts} are character offsets into the text the
 * pieces were read from, so the pieces of one sentence of a paragraph can be told apart.
 */
public record TokenVectors(int[] ids, int[] starts, float[][] vectors) {
  /** No pieces: from a model that does not expose them. */
  public static final TokenVectors NONE = new TokenVectors(new int[0], new int[0], new float[0][]);

  /** Marks {@link #toArray()}'s form, which older caches without offsets lack. */
  private static final float FORMAT = -2f;

  public TokenVectors {
    if (ids.length != vectors.length || ids.length != starts.length) {
      throw new IllegalArgumentException(
          ids.length + " ids, " + starts.length + " offsets, " + vectors.length + " vectors");
    }
    int width = vectors.length == 0 ? 0 : vectors[0].length;
    for (float[] v : vectors) {
      if (v.length != width) throw new IllegalArgumentException("vectors differ in width");
    }
  }

  public int size() {
    return ids.length;
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  /** This text's pieces and then {@code more}'s: a long text encoded in parts. */
  public TokenVectors followedBy(TokenVectors more) {
    if (isEmpty()) return more;
    if (more.isEmpty()) return this;
    int[] i = Arrays.copyOf(ids, ids.length + more.ids.length);
    System.arraycopy(more.ids, 0, i, ids.length, more.ids.length);
    int[] s = Arrays.copyOf(starts, starts.length + more.starts.length);
    System.arraycopy(more.starts, 0, s, starts.length, more.starts.length);
    float[][] v = Arrays.copyOf(vectors, vectors.length + more.vectors.length);
    System.arraycopy(more.vectors, 0, v, vectors.length, more.vectors.length);
    return new TokenVectors(i, s, v);
  }

  /** The pieces that start in {@code [from, to)} of the text, in order. */
  public TokenVectors within(int from, int to) {
    int first = 0;
    while (first < starts.length && starts[first] < from) first++;
    int last = first;
    while (last < starts.length && starts[last] < to) last++;
    if (first == 0 && last == starts.length) return this;
    return new TokenVectors(
        Arrays.copyOfRange(ids, first, last),
        Arrays.copyOfRange(starts, first, last),
        Arrays.copyOfRange(vectors, first, last));
  }

  /**
   * One flat array (a format mark, count, width, ids, offsets, then the vectors), for the embedding
   * cache.
   */
  public float[] toArray() {
    int width = vectors.length == 0 ? 0 : vectors[0].length;
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
