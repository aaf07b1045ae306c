package dev.articlebot.knowledge.index;

import java.util.Arrays;

/**
 * The word pieces of one text, each with the model's vector for it in that context (unit length).
 * Only pieces holding a letter or digit are kept: punctuation and the model's markers carry no
 * subject. {@code ids} are the model's vocabulary ids, which tell the same piece apart from others
 * across texts.
 */
public record TokenVectors(int[] ids, float[][] vectors) {
  /** No pieces: from a model that does not expose them. */
  public static final TokenVectors NONE = new TokenVectors(new int[0], new float[0][]);

  public TokenVectors {
    if (ids.length != vectors.length) {
      throw new IllegalArgumentException(ids.length + " ids but " + vectors.length + " vectors");
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
    float[][] v = Arrays.copyOf(vectors, vectors.length + more.vectors.length);
    System.arraycopy(more.vectors, 0, v, vectors.length, more.vectors.length);
    return new TokenVectors(i, v);
  }

  /** One flat array (count, width, ids, then the vectors), for the embedding cache. */
  public float[] toArray() {
    int width = vectors.length == 0 ? 0 : vectors[0].length;
    float[] out = new float[2 + ids.length * (1 + width)];
    out[0] = ids.length;
    out[1] = width;
    for (int k = 0; k < ids.length; k++) {
      out[2 + k] = ids[k]; // vocabulary ids are far below 2^24: exact as a float
      System.arraycopy(vectors[k], 0, out, 2 + ids.length + k * width, width);
    }
    return out;
  }

  /** Reads {@link #toArray()}'s form back; throws IllegalArgumentException on anything else. */
  public static TokenVectors fromArray(float[] a) {
    if (a.length < 2) throw new IllegalArgumentException("too short");
    int count = (int) a[0];
    int width = (int) a[1];
    if (count < 0 || width < 0 || a.length != 2 + (long) count * (1 + width)) {
      throw new IllegalArgumentException("length does not match " + count + " x " + width);
    }
    int[] ids = new int[count];
    float[][] vectors = new float[count][];
    for (int k = 0; k < count; k++) {
      ids[k] = (int) a[2 + k];
      int from = 2 + count + k * width;
      vectors[k] = Arrays.copyOfRange(a, from, from + width);
    }
    return new TokenVectors(ids, vectors);
  }
}
