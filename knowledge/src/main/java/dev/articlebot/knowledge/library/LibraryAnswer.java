package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.answer.Answer;
import java.util.List;
import java.util.Optional;

/**
 * A question answered from the library.
 *
 * @param answer the answer, or the refusal, with its citations; all from {@code article}
 * @param article the article it comes from; empty when the library holds none, or when the question
 *     asks about "the article" while several are loaded and none was named ({@link #asksWhich()})
 * @param consulted the articles whose passages were weighed, best first
 * @param libraryArticles how many articles the library held when asked
 * @param asksWhich whether the question is about an article itself (who wrote it, when, what it is
 *     about) and the library cannot tell which: the reply should ask
 */
public record LibraryAnswer(
    Answer answer,
    Optional<LibraryEntry> article,
    List<LibraryEntry> consulted,
    int libraryArticles,
    boolean asksWhich) {
  public LibraryAnswer {
    consulted = List.copyOf(consulted);
  }
}
