package dev.articlebot.knowledge.eval;

import java.util.List;

/**
 * One question of an evaluation set.
 *
 * @param id its id
 * @param question the question as a reader would type it
 * @param paragraphs paragraphs that answer it, best first (0 is the headline block); for a question
 *     the article does not answer, the paragraph it was written about, if any
 * @param answerable whether the article answers it
 * @param answers the answer in the article's own words, each verbatim; empty when not given
 * @param kind fact, paraphrase, offtopic, unanswerable, ...
 */
public record EvalQuestion(
    String id,
    String question,
    List<Integer> paragraphs,
    boolean answerable,
    List<String> answers,
    String kind) {
  public EvalQuestion {
    if (question == null) throw new IllegalArgumentException("question is required");
    paragraphs = List.copyOf(paragraphs);
    answers = List.copyOf(answers);
    kind = kind == null ? "" : kind;
    if (answerable && paragraphs.isEmpty()) {
      throw new IllegalArgumentException(id + ": an answerable question names its paragraphs");
    }
  }

  /** A question of the project's own sets: answerable exactly when it names paragraphs. */
  public EvalQuestion(String id, String question, List<Integer> paragraphs, String kind) {
    this(id, question, paragraphs, !paragraphs.isEmpty(), List.of(), kind);
  }
}
