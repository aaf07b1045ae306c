package dev.articlebot.knowledge.answer;

import java.util.Optional;

/**
 * The first stage of the answer pipeline: a question that needs no search ("who wrote this?", "who
 * is Wu Xinbo?") is answered straight from what the articles and the quote book say. The direct
 * answers run in {@link Answerer}'s order; the first that answers decides.
 */
interface DirectAnswer {
  /** A short name, shown by {@code eval -v}. */
  String name();

  Optional<Answer> answer(Question q);
}
