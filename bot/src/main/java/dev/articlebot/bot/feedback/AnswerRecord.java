package dev.articlebot.bot.feedback;

import java.time.Instant;
import java.util.Optional;

/**
 * An answer the bot gave with rating buttons: what a click on them refers to.
 *
 * @param id the answer id the buttons carry (random, unguessable)
 * @param at when it was given
 * @param platform where ("discord", "slack", "console")
 * @param articleId the article of the passage it led with, or "" when it cited none
 * @param paragraph that passage's paragraph number, or -1 when it cited none
 * @param answered whether it answered (false: refused)
 * @param refusal why it refused ("none" when it answered)
 * @param question the question, only when {@code feedback.keep-questions} is on
 */
public record AnswerRecord(
    String id,
    Instant at,
    String platform,
    String articleId,
    int paragraph,
    boolean answered,
    String refusal,
    Optional<String> question) {
  public AnswerRecord {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("id");
    if (at == null) throw new IllegalArgumentException("at");
    articleId = articleId == null ? "" : articleId;
    refusal = refusal == null ? "none" : refusal;
    question = question == null ? Optional.empty() : question.filter(q -> !q.isBlank());
  }
}
