package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.PassageIndex;
import java.util.List;
import java.util.Set;

/**
 * Decides whether the best passages really hold what the question asks about, so the bot can say
 * "the article does not say" instead of pretending.
 */
public final class AnswerCheck {

  /** The decision and a relevance per ranked position. */
  public record Verdict(boolean answered, double confidence, double[] relevances) {
    public double relevance(int i) {
      return i < relevances.length ? relevances[i] : 0;
    }
  }

  private final PassageIndex index;
  private final double minSimilarity;

  public AnswerCheck(PassageIndex index, double minSimilarity) {
    this.index = index;
    this.minSimilarity = minSimilarity;
  }

  public Verdict judge(String question, List<HybridRetriever.Candidate> ranked) {
    double[] rel = new double[Math.min(ranked.size(), Answerer.CITATIONS)];
    for (int i = 0; i < rel.length; i++) rel[i] = clamp(ranked.get(i).dense());
    if (ranked.isEmpty()) return new Verdict(false, 0, rel);
    HybridRetriever.Candidate top = ranked.get(0);
    Set<String> q = index.analysis().termSet(question);
    boolean answered = top.dense() >= minSimilarity && !q.isEmpty();
    return new Verdict(answered, clamp(top.dense()), rel);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
