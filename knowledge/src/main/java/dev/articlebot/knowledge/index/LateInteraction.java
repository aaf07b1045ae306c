package dev.articlebot.knowledge.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Matches a question to passages word piece by word piece, as late-interaction retrievers (ColBERT)
 * do: each piece of the question finds its most similar piece of the passage, both read in context
 * by the model, and these best matches are averaged. A piece weighs by how few passages use it, so
 * a name counts for much; one that most passages use ("the", "did") is left out.
 *
 * <p>One vector for a whole paragraph blurs everything it says into one point, so a question about
 * one part of it can land nearer another paragraph. Matching piece by piece keeps each part: every
 * word of the question must find a close word somewhere in the passage. On our question sets it is
 * the strongest single signal (the eval command measures it); it is too costly to run on every
 * passage, so {@code HybridRetriever} runs it on the leading few.
 *
 * <p>Each piece is kept as bytes, a step per piece ({@link TokenVectors.Bytes}), as the library
 * stores them and hands them over: a quarter of the memory of floats, so a library keeps four times
 * as many articles ready. A passage's bytes become floats only when a question is matched against
 * it.
 */
public final class LateInteraction {
  // Per passage, its pieces' bytes: piece after piece as handed over, turned dimension after
  // dimension (that coordinate of each of its pieces) when a question is first matched against the
  // passage; most passages of an article never are.
  private final AtomicReferenceArray<Layout> passages;
  private final int[] pieces; // per passage, how many pieces it has
  private final float[][] steps; // per passage, the step of each piece's bytes
  private final int[][] starts; // per passage, where each piece starts in its text
  private final int width;
  private final Map<Integer, Integer> documentFrequency = new HashMap<>();

  /** {@code passages.get(i)} holds the pieces of passage {@code i}. */
  public LateInteraction(List<TokenVectors> passages) {
    this.passages = new AtomicReferenceArray<>(passages.size());
    this.pieces = new int[passages.size()];
    this.steps = new float[passages.size()][];
    this.starts = new int[passages.size()][];
    int w = 0;
    for (int i = 0; i < passages.size(); i++) {
      TokenVectors t = passages.get(i);
      if (!t.isEmpty()) w = t.width();
      TokenVectors.Bytes b = t.bytes();
      this.steps[i] = b.steps();
      this.pieces[i] = t.size();
      this.passages.set(i, new Layout(b.values(), false));
      this.starts[i] = t.starts();
      for (int id : java.util.Arrays.stream(t.ids()).distinct().toArray()) {
        documentFrequency.merge(id, 1, Integer::sum);
      }
    }
    this.width = w;
  }

  /**
   * How well each of {@code ids}' passages matches {@code question}: the rarity-weighted mean of
   * each question piece's best cosine in the passage, from -1 to 1. All zero when the question or
   * the passages have no pieces (a model that does not expose them).
   */
  public double[] scores(TokenVectors question, int[] ids) {
    double[] out = new double[ids.length];
    if (width == 0 || question.isEmpty() || question.width() != width) return out;
    List<float[]> kept = new java.util.ArrayList<>();
    List<Double> weights = new java.util.ArrayList<>();
    double total = 0;
    for (int t = 0; t < question.size(); t++) {
      int df = documentFrequency.getOrDefault(question.ids()[t], 0);
      if (df > passages.length() / 2) continue; // in most passages: tells none apart
      double weight = Math.log(1 + passages.length() / (double) Math.max(1, df));
      kept.add(question.vectors()[t]);
      weights.add(weight);
      total += weight;
    }
    if (kept.isEmpty()) return out;
    int n = kept.size();
    float[][] q = kept.toArray(new float[0][]);
    // The passages' pieces side by side, one row per dimension: every question piece's cosine to
    // every piece is then a run of long multiply-adds over rows, which the JIT turns into SIMD.
    int[] start = new int[ids.length + 1];
    for (int k = 0; k < ids.length; k++) start[k + 1] = start[k] + pieceCount(ids[k]);
    int columns = start[ids.length];
    Workspace w = workspace.get().fit(width, n, columns);
    float[][] rows = w.rows;
    for (int k = 0; k < ids.length; k++) {
      int count = pieces[ids[k]];
      if (count == 0) continue;
      byte[] p = byDimension(ids[k]);
      for (int d = 0; d < width; d++) widen(p, d * count, count, rows[d], start[k]);
    }
    float[][] cosines = w.cosines;
    for (int t = 0; t < n; t++) java.util.Arrays.fill(cosines[t], 0, columns, 0f);
    for (int d = 0; d < width; d++) {
      float[] row = rows[d];
      int t = 0;
      for (; t + 1 < n; t += 2) {
        multiplyAdd(cosines[t], q[t][d], cosines[t + 1], q[t + 1][d], row, columns);
      }
      if (t < n) multiplyAdd(cosines[t], q[t][d], row, columns);
    }
    for (int k = 0; k < ids.length; k++) {
      if (start[k] == start[k + 1]) continue;
      float[] step = steps[ids[k]];
      double sum = 0;
      for (int t = 0; t < n; t++) {
        float best = -1f;
        for (int j = start[k]; j < start[k + 1]; j++) {
          best = Math.max(best, cosines[t][j] * step[j - start[k]]);
        }
        sum += weights.get(t) * best;
      }
      out[k] = sum / total;
    }
    return out;
  }

  /**
   * How each piece of {@code question} matches the pieces of passage {@code id}: the question's
   * pieces that most passages do not share, with their rarity weights, and each one's cosine to
   * every piece of the passage.
   */
  public Alignment align(TokenVectors question, int id) {
    int pieces = pieceCount(id);
    if (width == 0 || question.isEmpty() || question.width() != width) {
      return new Alignment(new int[0], new double[0], new float[0][0], starts[id]);
    }
    List<Integer> kept = new java.util.ArrayList<>();
    List<Double> weights = new java.util.ArrayList<>();
    List<float[]> rows = new java.util.ArrayList<>();
    float[][] p = workspace.get().fit(width, 0, pieces).rows;
    if (pieces > 0) {
      byte[] bytes = byDimension(id);
      for (int d = 0; d < width; d++) widen(bytes, d * pieces, pieces, p[d], 0);
    }
    float[] step = steps[id];
    for (int t = 0; t < question.size(); t++) {
      int df = documentFrequency.getOrDefault(question.ids()[t], 0);
      if (df > passages.length() / 2) continue;
      kept.add(t);
      weights.add(Math.log(1 + passages.length() / (double) Math.max(1, df)));
      rows.add(new float[pieces]);
    }
    // Four (then two) question pieces at a time, reading each row of the passage once for all of
    // them: the same multiply-adds in the same order as one at a time, with fewer reads.
    int n = kept.size();
    int t = 0;
    for (; t + 3 < n; t += 4) {
      float[] q = question.vectors()[kept.get(t)];
      float[] q2 = question.vectors()[kept.get(t + 1)];
      float[] q3 = question.vectors()[kept.get(t + 2)];
      float[] q4 = question.vectors()[kept.get(t + 3)];
      float[][] cos = {rows.get(t), rows.get(t + 1), rows.get(t + 2), rows.get(t + 3)};
      for (int d = 0; d < width; d++) {
        multiplyAdd(cos, q[d], q2[d], q3[d], q4[d], p[d], pieces);
      }
    }
    for (; t + 1 < n; t += 2) {
      float[] q = question.vectors()[kept.get(t)];
      float[] q2 = question.vectors()[kept.get(t + 1)];
      float[] cos = rows.get(t);
      float[] cos2 = rows.get(t + 1);
      for (int d = 0; d < width; d++) multiplyAdd(cos, q[d], cos2, q2[d], p[d], pieces);
    }
    if (t < n) {
      float[] q = question.vectors()[kept.get(t)];
      float[] cos = rows.get(t);
      for (int d = 0; d < width; d++) multiplyAdd(cos, q[d], p[d], pieces);
    }
    for (float[] cos : rows) {
      for (int j = 0; j < pieces; j++) cos[j] *= step[j];
    }
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    int[] k = kept.stream().mapToInt(Integer::intValue).toArray();
    return new Alignment(k, w, rows.toArray(new float[0][]), starts[id]);
  }

  /** The vector of piece {@code j} of passage {@code id}. */
  public float[] piece(int id, int j) {
    Layout p = passages.get(id);
    int count = pieces[id];
    float[] out = new float[width];
    for (int d = 0; d < width; d++) {
      out[d] = p.values()[p.byDimension() ? d * count + j : j * width + d] * steps[id][j];
    }
    return out;
  }

  /**
   * One question's kept pieces against one passage's pieces.
   *
   * @param kept which of the question's pieces were kept (those most passages do not share)
   * @param weights each kept question piece's rarity weight
   * @param cosines per kept question piece, its cosine to each passage piece
   * @param starts where each passage piece starts in the passage's text
   */
  public record Alignment(int[] kept, double[] weights, float[][] cosines, int[] starts) {
    /**
     * For each kept question piece, the passage piece starting in {@code [from, to)} that it
     * matches best, or -1 where none starts there.
     */
    public int[] bestPiece(int from, int to) {
      int[] in = within(from, to);
      int[] out = new int[weights.length];
      for (int t = 0; t < weights.length; t++) {
        float b = Float.NEGATIVE_INFINITY;
        out[t] = -1;
        for (int j : in) {
          if (cosines[t][j] > b) {
            b = cosines[t][j];
            out[t] = j;
          }
        }
      }
      return out;
    }

    /**
     * Each kept question piece's best cosine among the passage pieces starting in {@code [from,
     * to)} of its text; -1 where none does.
     */
    public double[] best(int from, int to) {
      int[] in = within(from, to);
      double[] out = new double[weights.length];
      for (int t = 0; t < weights.length; t++) {
        float b = -1f;
        for (int j : in) b = Math.max(b, cosines[t][j]);
        out[t] = b;
      }
      return out;
    }

    /** The passage pieces starting in {@code [from, to)}, in order: found once for every piece. */
    private int[] within(int from, int to) {
      int[] in = new int[starts.length];
      int n = 0;
      for (int j = 0; j < starts.length; j++) if (starts[j] >= from && starts[j] < to) in[n++] = j;
      return java.util.Arrays.copyOf(in, n);
    }
  }

  /** {@code into += factor * row} over the first {@code length} elements. */
  private static void multiplyAdd(float[] into, float factor, float[] row, int length) {
    for (int j = 0; j < length; j++) into[j] += factor * row[j];
  }

  /** Four {@link #multiplyAdd}s at once, into {@code into[0..3]}, reading {@code row} once. */
  private static void multiplyAdd(
      float[][] into, float f1, float f2, float f3, float f4, float[] row, int length) {
    float[] a = into[0];
    float[] b = into[1];
    float[] c = into[2];
    float[] e = into[3];
    for (int j = 0; j < length; j++) {
      float r = row[j];
      a[j] += f1 * r;
      b[j] += f2 * r;
      c[j] += f3 * r;
      e[j] += f4 * r;
    }
  }

  /** Two {@link #multiplyAdd}s at once, reading {@code row} once. */
  private static void multiplyAdd(
      float[] into, float factor, float[] into2, float factor2, float[] row, int length) {
    for (int j = 0; j < length; j++) {
      float r = row[j];
      into[j] += factor * r;
      into2[j] += factor2 * r;
    }
  }

  /** Scratch arrays of one thread, grown as needed and kept: no allocation per question. */
  private static final class Workspace {
    float[][] rows = new float[0][0];
    float[][] cosines = new float[0][0];

    Workspace fit(int width, int pieces, int columns) {
      int had = rows.length == 0 ? 0 : rows[0].length;
      if (rows.length < width || had < columns) rows = new float[width][Math.max(had, columns)];
      int hadCosines = cosines.length == 0 ? 0 : cosines[0].length;
      if (cosines.length < pieces || hadCosines < columns) {
        cosines = new float[Math.max(pieces, cosines.length)][Math.max(hadCosines, columns)];
      }
      return this;
    }
  }

  private final ThreadLocal<Workspace> workspace = ThreadLocal.withInitial(Workspace::new);

  private int pieceCount(int passage) {
    return pieces[passage];
  }

  /** {@code into[at + j] = bytes[from + j]} for j below {@code length}. */
  private static void widen(byte[] bytes, int from, int length, float[] into, int at) {
    for (int j = 0; j < length; j++) into[at + j] = bytes[from + j];
  }

  /**
   * One passage's bytes.
   *
   * @param byDimension whether dimension after dimension, else piece after piece
   */
  private record Layout(byte[] values, boolean byDimension) {}

  /** Passage {@code id}'s bytes dimension after dimension, turned so once. */
  private byte[] byDimension(int id) {
    Layout p = passages.get(id);
    if (!p.byDimension()) {
      p = new Layout(transposed(p.values(), pieces[id], width), true);
      passages.set(id, p);
    }
    return p.values();
  }

  /** {@code values} (piece after piece, {@code width} each) dimension after dimension instead. */
  private static byte[] transposed(byte[] values, int count, int width) {
    byte[] out = new byte[values.length];
    for (int k = 0; k < count; k++) {
      for (int d = 0; d < width; d++) out[d * count + k] = values[k * width + d];
    }
    return out;
  }
}
