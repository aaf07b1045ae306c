package dev.articlebot.knowledge.answer;

import java.util.List;

/**
 * The answer to a question, grounded in the article.
 *
 * @param question the question as asked (after capping)
 * @param answered false when the article does not hold the answer
 * @param text what a reader sees: the answering sentence(s), verbatim, or "" when not answered
 * @param citations the passages it stands on, best first; when not answered, the nearest ones
 * @param confidence in [0, 1]
 * @param truncated whether the question was cut to the length cap
 */
public record Answer(
    String question,
    boolean answered,
    String text,
    List<Citation> citations,
    double confidence,
    boolean truncated) {
  public Answer {
    if (question == null) throw new IllegalArgumentException("question must not be null");
    text = text == null ? "" : text;
    citations = List.copyOf(citations);
    if (answered && (text.isBlank() || citations.isEmpty())) {
      throw new IllegalArgumentException("an answer has text and citations");
    }
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence in [0,1]");
  }

  /** The same answer, marked as given to a question that was cut. */
  public Answer truncatedQuestion() {
    return new Answer(question, answered, text, citations, confidence, true);
  }
}
