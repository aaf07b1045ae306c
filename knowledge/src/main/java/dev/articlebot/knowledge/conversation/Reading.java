package dev.articlebot.knowledge.conversation;

import java.util.List;

/**
 * How a message was read in its conversation.
 *
 * @param asked the message as typed
 * @param question the question to answer: {@code asked} itself, or completed from earlier turns
 * @param kind whether it stood alone, was completed, or asked for more of the last answer
 * @param articleId for {@link Kind#MORE} and questions asking for something else, the article whose
 *     {@code skip} paragraphs were already shown; "" otherwise
 * @param skip paragraphs of {@code articleId} the answer should go past
 */
public record Reading(
    String asked, String question, Kind kind, String articleId, List<Integer> skip) {

  /** How a message relates to the turns before it. */
  public enum Kind {
    /** It stands alone (or there is no conversation before it): answered as asked. */
    AS_ASKED,
    /** It leaned on earlier turns and was completed from them. */
    COMPLETED,
    /** It asked for more of the last answer ("more", "go on"): the next passages. */
    MORE
  }

  public Reading {
    asked = asked == null ? "" : asked;
    question = question == null ? "" : question;
    articleId = articleId == null ? "" : articleId;
    skip = skip == null ? List.of() : List.copyOf(skip);
  }

  /** A message read as it was typed. */
  public static Reading asAsked(String text) {
    return new Reading(text, text, Kind.AS_ASKED, "", List.of());
  }

  /** Whether the question answered differs from what was typed (so a reply should say so). */
  public boolean completed() {
    return kind != Kind.AS_ASKED;
  }
}
