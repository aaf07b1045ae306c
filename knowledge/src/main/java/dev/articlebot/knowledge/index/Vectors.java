package dev.articlebot.knowledge.index;

/** Arithmetic on embedding vectors. */
public final class Vectors {
  private Vectors() {}

  /** Dot product; the cosine similarity for unit vectors. */
  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("dimensions differ");
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** A copy scaled to unit length (zero vectors stay zero). */
  public static float[] normalized(float[] v) {
    double n = Math.sqrt(dot(v, v));
    float[] out = v.clone();
    if (n > 0) for (int i = 0; i < out.length; i++) out[i] /= (float) n;
    return out;
  }
}
