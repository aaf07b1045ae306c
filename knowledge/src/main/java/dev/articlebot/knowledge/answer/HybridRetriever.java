package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.Passage;
import dev.articlebot.knowledge.index.PassageIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks passages for a question by fusing four signals, each standardised over the passages
 * (z-scores) and weighted: the paragraph's embedding, its best sentence's, its best sentence read
 * with the one before it, and BM25 over its words. Score fusion keeps how far ahead a passage is,
 * which rank fusion throws away; on our question sets it puts the right paragraph first more often
 * than reciprocal rank fusion (see the eval command).
 */
public final class HybridRetriever {

  /** Fusion weights. */
  public record Weights(double paragraph, double sentence, double window, double lexical) {
    public static final Weights DEFAULT = new Weights(1.0, 1.0, 1.0, 0.7);

    public Weights {
      if (paragraph < 0 || sentence < 0 || window < 0 || lexical < 0) {
        throw new IllegalArgumentException("weights must be >= 0");
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

  /**
   * The passages about the people a question names ("according to Zhao, …"): they get a bonus, so a
   * reader who names a person is answered from that person's paragraphs.
   */
  @FunctionalInterface
  public interface NamedPeople {
    NamedPeople NONE = question -> java.util.Set.of();

    java.util.Set<Integer> passagesAboutPeopleNamedIn(String question);
  }

  /** Bonus, in standard deviations, for a passage about a person the question names. */
  static final double NAMED_PERSON_BONUS = 1.0;

  private final PassageIndex index;
  private final Weights weights;
  private final NamedPeople people;

  public HybridRetriever(PassageIndex index, Weights weights) {
    this(index, weights, NamedPeople.NONE);
  }

  public HybridRetriever(PassageIndex index, Weights weights, NamedPeople people) {
    this.index = index;
    this.weights = weights;
    this.people = people;
  }

  /** All passages, best first. */
  public List<Candidate> rank(String question, float[] questionVector) {
    PassageIndex.DenseScores dense = index.dense(questionVector);
    Map<Integer, Double> bm25 = index.lexical(question);
    List<Passage> passages = index.passages();
    int n = passages.size();

    double[] bestSentence = new double[n];
    int[] bestSentenceIdx = new int[n];
    double[] bestWindow = new double[n];
    double[] lexical = new double[n];
    for (int i = 0; i < n; i++) {
      double[] s = dense.sentences()[i];
      double[] w = dense.windows()[i];
      int best = 0;
      double window = w[0];
      for (int j = 1; j < s.length; j++) {
        if (s[j] > s[best]) best = j;
        window = Math.max(window, w[j]);
      }
      bestSentenceIdx[i] = best;
      bestSentence[i] = s[best];
      bestWindow[i] = window;
      lexical[i] = bm25.getOrDefault(i, 0.0);
    }

    double[] fused = new double[n];
    addStandardised(fused, dense.paragraph(), weights.paragraph());
    addStandardised(fused, bestSentence, weights.sentence());
    addStandardised(fused, bestWindow, weights.window());
    addStandardised(fused, lexical, weights.lexical());
    for (int id : people.passagesAboutPeopleNamedIn(question)) fused[id] += NAMED_PERSON_BONUS;

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

  /**
   * The question's terms that the fewest passages use (at least one does): what most sets the
   * question's subject apart, "September" and "phone" in "how long did the September phone call
   * last?".
   */
  public java.util.Set<String> rarestTerms(String question) {
    java.util.Set<String> rarest = new java.util.HashSet<>();
    int fewest = Integer.MAX_VALUE;
    for (String term : index.analysis().termSet(question)) {
      int df = index.documentFrequency(term);
      if (df == 0 || df > fewest) continue;
      if (df < fewest) rarest.clear();
      fewest = df;
      rarest.add(term);
    }
    return rarest;
  }

  /** Whether the candidate's passage uses one of {@code terms}. */
  public boolean uses(Candidate c, java.util.Set<String> terms) {
    java.util.Set<String> own = index.terms(c.passage().id());
    return terms.stream().anyMatch(own::contains);
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
