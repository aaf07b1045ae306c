package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.Passage;
import dev.articlebot.knowledge.index.PassageIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds candidates by fusing three signals, each standardised over the passages (z-scores) and
 * weighted: the question's cosine to the paragraph's embedding, to its best sentence's, and BM25
 * over its words. Score fusion keeps how far ahead a passage is, which rank fusion throws away.
 */
public final class HybridRetriever implements Retriever {

  /** Fusion weights. */
  public record Weights(double paragraph, double sentence, double lexical) {
    public static final Weights DEFAULT = new Weights(1.0, 1.0, 0.7);

    public Weights {
      if (paragraph < 0 || sentence < 0 || lexical < 0) {
        throw new IllegalArgumentException("weights must be >= 0");
      }
    }
  }

  /** How many candidates go on to the closer look. */
  public static final int CANDIDATES = 12;

  private final PassageIndex index;
  private final Weights weights;
  private final int candidates;

  public HybridRetriever(PassageIndex index, Weights weights, int candidates) {
    this.index = index;
    this.weights = weights;
    this.candidates = candidates;
  }

  @Override
  public List<Candidate> retrieve(Question question) {
    if (question.encoded().vector().length == 0) return List.of();
    PassageIndex.DenseScores dense = index.dense(question.encoded().vector());
    Map<Integer, Double> bm25 = index.lexical(question.searched());
    List<Passage> passages = index.passages();
    int n = passages.size();
    double[] bestSentence = new double[n];
    double[] lexical = new double[n];
    for (int i = 0; i < n; i++) {
      bestSentence[i] = Arrays.stream(dense.sentences()[i]).max().orElse(-1);
      lexical[i] = bm25.getOrDefault(i, 0.0);
    }
    double[] fused = new double[n];
    addStandardised(fused, dense.paragraph(), weights.paragraph());
    addStandardised(fused, bestSentence, weights.sentence());
    addStandardised(fused, lexical, weights.lexical());
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(fused[b], fused[a]));
    List<Candidate> out = new ArrayList<>();
    for (int k = 0; k < Math.min(candidates, n); k++) {
      int i = order[k];
      out.add(
          new Candidate(
              passages.get(i), k, dense.paragraph()[i], dense.sentences()[i], lexical[i]));
    }
    return out;
  }

  /** Adds weight * (score - mean) / standard deviation; constant signals add nothing. */
  private static void addStandardised(double[] fused, double[] scores, double weight) {
    if (weight == 0 || scores.length == 0) return;
    double mean = 0;
    for (double s : scores) mean += s;
    mean /= scores.length;
    double var = 0;
    for (double s : scores) var += (s - mean) * (s - mean);
    double sd = Math.sqrt(var / scores.length);
    if (sd < 1e-9) return;
    for (int i = 0; i < scores.length; i++) fused[i] += weight * (scores[i] - mean) / sd;
  }
}
