package dev.articlebot.knowledge.eval;

import java.util.List;

/**
 * One question of an evaluation set.
 *
 * @param id its id
 * @param question the question as a reader would type it
 * @param paragraphs paragraphs that answer it, best first; empty when the article does not
 * @param kind fact, paraphrase, offtopic, unanswerable, ...
 */
public record EvalQuestion(String id, String question, List<Integer> paragraphs, String kind) {
  public EvalQuestion {
    if (question == null) throw new IllegalArgumentException("question is required");
    paragraphs = List.copyOf(paragraphs);
    kind = kind == null ? "" : kind;
  }

  public boolean answerable() {
    return !paragraphs.isEmpty();
  }
}
