package dev.articlebot.knowledge.conversation;

import java.util.List;

/**
 * One answered turn of a conversation, as later turns read it: plain values only, so a chat can
 * keep it (and write it to disk) without knowing how it was made.
 *
 * @param question the question as read (completed, when it was a follow-up)
 * @param articleId the article the answer came from, or "" when it cited nothing
 * @param people who the turn was about, most salient first: the person asked about, then the people
 *     quoted or named in the passage that answered
 * @param subject what the question was about, in its own words ("the trade war truce"), or ""
 * @param shown the paragraphs the answer led with, in {@code articleId}; "more" goes past them
 * @param answered whether the article answered it
 */
public record Turn(
    String question,
    String articleId,
    List<String> people,
    String subject,
    List<Integer> shown,
    boolean answered) {
  public Turn {
    question = question == null ? "" : question;
    articleId = articleId == null ? "" : articleId;
    people = people == null ? List.of() : List.copyOf(people);
    subject = subject == null ? "" : subject;
    shown = shown == null ? List.of() : List.copyOf(shown);
  }
}
