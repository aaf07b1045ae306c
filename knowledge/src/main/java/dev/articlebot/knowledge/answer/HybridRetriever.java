package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.Passage;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks passages for a question by fusing signals, each standardised over the passages (z-scores)
 * and weighted: the paragraph's embedding, its best sentence's, and BM25 over its words; then the
 * leading passages are matched to the question word piece by word piece ({@link
 * dev.articlebot.knowledge.index.LateInteraction}), the strongest signal, which is too costly to
 * run on every passage. Score fusion keeps how far ahead a passage is, which rank fusion throws
 * away; on our question sets it puts the right paragraph first more often than reciprocal rank
 * fusion (see the eval command).
 */
public final class HybridRetriever {

  /** Fusion weights. */
  public record Weights(double paragraph, double sentence, double lexical, double pieces) {
    public static final Weights DEFAULT = new Weights(1.0, 1.0, 0.7, 3.0);

    public Weights {
      if (paragraph < 0 || sentence < 0 || lexical < 0 || pieces < 0) {
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

  /**
   * "According to Shen, …" and "what did Zhao say about a tit-for-tat spiral?": the reader asks for
   * that person's account, so the passages about them go ahead of every other (the fused scores are
   * sums of a few standardised signals). Another paragraph may share more words with the question
   * ("tit-for-tat"), but it is not what that person said.
   */
  static final double ATTRIBUTED_FIRST = 100;

  private static final java.util.regex.Pattern ATTRIBUTED =
      java.util.regex.Pattern.compile(
          "\\baccording to\\s+([^,;:?!]+)"
              + "|\\b(?:what|how)\\s+(?:did|does|do|has|have|had|would|will)\\s+(.+?)\\s+"
              + "(?:say|said|think|argue|argued|claim|believe|feel|write|wrote|warn|urge|stress"
              + "|suggest|mean)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** How many leading passages are matched piece by piece; the rest keep their order below them. */
  static final int PIECE_MATCHED = 12;

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
  public List<Candidate> rank(String question, Embedder.Encoded encoded) {
    PassageIndex.DenseScores dense = index.dense(encoded.vector());
    Map<Integer, Double> bm25 = index.lexical(question);
    List<Passage> passages = index.passages();
    int n = passages.size();

    double[] bestSentence = new double[n];
    int[] bestSentenceIdx = new int[n];
    double[] lexical = new double[n];
    for (int i = 0; i < n; i++) {
      double[] s = dense.sentences()[i];
      int best = 0;
      for (int j = 1; j < s.length; j++) if (s[j] > s[best]) best = j;
      bestSentenceIdx[i] = best;
      bestSentence[i] = s[best];
      lexical[i] = bm25.getOrDefault(i, 0.0);
    }

    double[] fused = new double[n];
    addStandardised(fused, dense.paragraph(), weights.paragraph());
    addStandardised(fused, bestSentence, weights.sentence());
    addStandardised(fused, lexical, weights.lexical());
    for (int id : people.passagesAboutPeopleNamedIn(question)) fused[id] += NAMED_PERSON_BONUS;
    java.util.regex.Matcher attributed = ATTRIBUTED.matcher(question);
    if (attributed.find()) {
      String who = attributed.group(1) != null ? attributed.group(1) : attributed.group(2);
      for (int id : people.passagesAboutPeopleNamedIn(who)) {
        fused[id] += ATTRIBUTED_FIRST;
      }
    }
    addStandardised(fused, pieceMatch(encoded, fused), weights.pieces());

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
   * The piece-by-piece match of the {@link #PIECE_MATCHED} passages that lead on {@code fused};
   * every other passage gets the lowest of their scores, so it cannot overtake them on this signal.
   */
  private double[] pieceMatch(Embedder.Encoded encoded, double[] fused) {
    int n = fused.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(fused[b], fused[a]));
    int[] leading = new int[Math.min(PIECE_MATCHED, n)];
    for (int k = 0; k < leading.length; k++) leading[k] = order[k];
    double[] matched = index.pieceMatch(encoded.tokens(), leading);
    double floor = java.util.Arrays.stream(matched).min().orElse(0);
    double[] out = new double[n];
    java.util.Arrays.fill(out, floor);
    for (int k = 0; k < leading.length; k++) out[leading[k]] = matched[k];
    return out;
  }

  /**
   * The question's terms that the fewest passages use (at least one does): what most sets the
   * question's subject apart, "September" and "phone" in "how long did the September phone call
   * last?".
   */
  public java.util.Set<String> rarestTerms(String question) {
    return index.rarestOf(index.analysis().termSet(question));
  }

  /**
   * Whether the text and the candidate's passage share a rare word ({@link PassageIndex#isRare}).
   */
  public boolean sharesRareTerm(String text, Candidate c) {
    java.util.Set<String> own = index.terms(c.passage().id());
    for (String term : index.analysis().termSet(text)) {
      if (own.contains(term) && index.isRare(term)) return true;
    }
    return false;
  }

  /** How the index reads text into terms. */
  public TextAnalysis analysis() {
    return index.analysis();
  }

  /** Whether the candidate's passage uses one of {@code terms}. */
  public boolean uses(Candidate c, java.util.Set<String> terms) {
    return !usedOf(c, terms).isEmpty();
  }

  /** Those of {@code terms} that the candidate's passage uses. */
  public java.util.Set<String> usedOf(Candidate c, java.util.Set<String> terms) {
    java.util.Set<String> own = index.terms(c.passage().id());
    java.util.Set<String> out = new java.util.HashSet<>(terms);
    out.retainAll(own);
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
