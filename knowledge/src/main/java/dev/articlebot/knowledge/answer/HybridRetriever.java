package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.Passage;
import dev.articlebot.knowledge.index.PassageIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks passages for a question by fusing three rankings with weighted reciprocal rank fusion: the
 * paragraph's embedding, its best sentence's embedding, and BM25 over its words.
 */
public final class HybridRetriever {

  /** Fusion weights and the RRF constant. */
  public record Weights(double paragraph, double sentence, double lexical, int k) {
    public static final Weights DEFAULT = new Weights(1.0, 1.0, 1.0, 10);

    public Weights {
      if (paragraph < 0 || sentence < 0 || lexical < 0 || k < 1) {
        throw new IllegalArgumentException("weights must be >= 0 and k >= 1");
      }
    }
  }

  /** One ranked passage, with the evidence behind its rank. */
  public record Candidate(
      Passage passage,
      double fused,
      double paragraphCosine,
      double[] sentenceCosines,
      int bestSentence,
      double bm25) {
    public double bestSentenceCosine() {
      return sentenceCosines[bestSentence];
    }

    /** The stronger of the paragraph's and its best sentence's similarity. */
    public double dense() {
      return Math.max(paragraphCosine, bestSentenceCosine());
    }
  }

  private final PassageIndex index;
  private final Weights weights;

  public HybridRetriever(PassageIndex index, Weights weights) {
    this.index = index;
    this.weights = weights;
  }

  /** All passages, best first. */
  public List<Candidate> rank(String question, float[] questionVector) {
    PassageIndex.DenseScores dense = index.dense(questionVector);
    Map<Integer, Double> bm25 = index.lexical(question);
    List<Passage> passages = index.passages();
    int n = passages.size();

    double[] bestSentence = new double[n];
    int[] bestSentenceIdx = new int[n];
    for (int i = 0; i < n; i++) {
      double[] s = dense.sentences()[i];
      int best = 0;
      for (int j = 1; j < s.length; j++) if (s[j] > s[best]) best = j;
      bestSentenceIdx[i] = best;
      bestSentence[i] = s[best];
    }
    double[] lexical = new double[n];
    for (int i = 0; i < n; i++) lexical[i] = bm25.getOrDefault(i, 0.0);

    double[] fused = new double[n];
    addRrf(fused, dense.paragraph(), weights.paragraph(), true);
    addRrf(fused, bestSentence, weights.sentence(), true);
    addRrf(fused, lexical, weights.lexical(), false);

    List<Candidate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          new Candidate(
              passages.get(i),
              fused[i],
              dense.paragraph()[i],
              dense.sentences()[i],
              bestSentenceIdx[i],
              lexical[i]));
    }
    out.sort(Comparator.comparingDouble(Candidate::fused).reversed());
    return out;
  }

  /** Adds weight / (k + rank) for each passage; zero scores rank nowhere unless {@code all}. */
  private void addRrf(double[] fused, double[] scores, double weight, boolean all) {
    if (weight == 0) return;
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    for (int rank = 0; rank < order.length; rank++) {
      int i = order[rank];
      if (!all && scores[i] <= 0) break;
      fused[i] += weight / (weights.k() + rank + 1);
    }
  }
}
