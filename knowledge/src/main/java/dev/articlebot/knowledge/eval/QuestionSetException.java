package dev.articlebot.knowledge.eval;

/**
 * A question set that cannot be read: its message names the file (where known) and the line, and is
 * meant to be shown to the person who wrote the set as it is.
 */
public final class QuestionSetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  QuestionSetException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The same problem, its message opening with where it is ("questions.jsonl, line 4: …"). */
  public QuestionSetException in(Object file) {
    return new QuestionSetException(file + ", " + getMessage(), getCause());
  }
}
