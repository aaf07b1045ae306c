package dev.articlebot.bot.feedback;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One reader's rating of one answer. A later click by the same reader on the same answer replaces
 * it ({@link #key()}).
 *
 * @param answerId the answer rated
 * @param rater who rated it: a one-way hash of the platform and the platform's user id
 * @param at when
 * @param vote 👍 or 👎
 * @param reason what was wrong, after a 👎, if said
 * @param rightParagraph the paragraph that answers, if the reader named it
 */
public record FeedbackRecord(
    String answerId,
    String rater,
    Instant at,
    Rating.Vote vote,
    Optional<Rating.Reason> reason,
    OptionalInt rightParagraph) {
  public FeedbackRecord {
    if (answerId == null || answerId.isBlank()) throw new IllegalArgumentException("answerId");
    if (rater == null || rater.isBlank()) throw new IllegalArgumentException("rater");
    if (at == null || vote == null) throw new IllegalArgumentException("at and vote");
    reason = reason == null ? Optional.empty() : reason;
    rightParagraph = rightParagraph == null ? OptionalInt.empty() : rightParagraph;
    if (vote == Rating.Vote.UP && (reason.isPresent() || rightParagraph.isPresent())) {
      throw new IllegalArgumentException("a 👍 has no reason");
    }
  }

  /** One record per reader and answer. */
  public String key() {
    return answerId + "/" + rater;
  }

  /** Whether it says the same as {@code other} (time aside). */
  boolean sameAs(FeedbackRecord other) {
    return other != null
        && key().equals(other.key())
        && vote == other.vote
        && reason.equals(other.reason)
        && rightParagraph.equals(other.rightParagraph);
  }
}
