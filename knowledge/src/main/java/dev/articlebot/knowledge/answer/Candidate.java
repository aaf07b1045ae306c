package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.Passage;

/**
 * A passage that retrieval found for a question, with the evidence retrieval read.
 *
 * @param passage the passage
 * @param retrievalRank its place in retrieval's order, from 0
 * @param paragraphCosine the question's cosine to the paragraph's embedding
 * @param sentenceCosines the question's cosine to each sentence's embedding
 * @param bm25 the paragraph's BM25 score for the question (0 when it shares no term)
 */
public record Candidate(
    Passage passage,
    int retrievalRank,
    double paragraphCosine,
    double[] sentenceCosines,
    double bm25) {

  /** The sentence that reads closest to the question. */
  public int bestSentence() {
    int best = 0;
    for (int i = 1; i < sentenceCosines.length; i++) {
      if (sentenceCosines[i] > sentenceCosines[best]) best = i;
    }
    return best;
  }

  public double bestSentenceCosine() {
    return sentenceCosines[bestSentence()];
  }

  /** The stronger of the paragraph's and its best sentence's similarity. */
  public double dense() {
    return Math.max(paragraphCosine, bestSentenceCosine());
  }
}
