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
 * @param refusal why the article does not answer it; {@link Refusal#NONE} when it does
 * @param decidedBy what decided it, in a line for people tuning the bot ({@code eval -v}): the rule
 *     that answered or refused, or the model's probability against its threshold
 * @param phrased true when {@code text} was written by the optional language model from the cited
 *     passages (each sentence citing one as [¶N], checked by {@code phrase.Guard}); false when it
 *     is the article's own sentences
 */
public record Answer(
    String question,
    boolean answered,
    String text,
    List<Citation> citations,
    double confidence,
    boolean truncated,
    Refusal refusal,
    String decidedBy,
    boolean phrased) {

  /** Why a question is not answered, so a reply can say more than "the article doesn't say". */
  public enum Refusal {
    /** Answered. */
    NONE,
    /** Nothing in the article is about what the question asks. */
    NOT_IN_ARTICLE,
    /** The article is about the subject but does not give the detail asked for ("how long…?"). */
    DETAIL_NOT_GIVEN,
    /** The question asks what someone said, and the article does not quote them. */
    SPEAKER_NOT_QUOTED,
    /** The question is not in English, the one language the bot reads. */
    OTHER_LANGUAGE
  }

  /** An answer in the article's own sentences, or a refusal. */
  public Answer(
      String question,
      boolean answered,
      String text,
      List<Citation> citations,
      double confidence,
      boolean truncated,
      Refusal refusal,
      String decidedBy) {
    this(question, answered, text, citations, confidence, truncated, refusal, decidedBy, false);
  }

  /** An answer or refusal whose decision needs no explaining. */
  public Answer(
      String question,
      boolean answered,
      String text,
      List<Citation> citations,
      double confidence,
      boolean truncated,
      Refusal refusal) {
    this(question, answered, text, citations, confidence, truncated, refusal, "");
  }

  /** An answer, or a plain "not in the article" refusal. */
  public Answer(
      String question,
      boolean answered,
      String text,
      List<Citation> citations,
      double confidence,
      boolean truncated) {
    this(
        question,
        answered,
        text,
        citations,
        confidence,
        truncated,
        answered ? Refusal.NONE : Refusal.NOT_IN_ARTICLE);
  }

  public Answer {
    if (question == null) throw new IllegalArgumentException("question must not be null");
    text = text == null ? "" : text;
    citations = List.copyOf(citations);
    if (answered && (text.isBlank() || citations.isEmpty())) {
      throw new IllegalArgumentException("an answer has text and citations");
    }
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence in [0,1]");
    if (refusal == null || answered != (refusal == Refusal.NONE)) {
      throw new IllegalArgumentException("a refusal reason exactly when not answered");
    }
    decidedBy = decidedBy == null ? "" : decidedBy;
    if (phrased && !answered) throw new IllegalArgumentException("only an answer is phrased");
  }

  /** The same answer, marked as given to a question that was cut. */
  public Answer truncatedQuestion() {
    return new Answer(
        question, answered, text, citations, confidence, true, refusal, decidedBy, phrased);
  }

  /** The same answer, worded as {@code newText} by the language model; {@code how} is appended. */
  public Answer phrasedAs(String newText, String how) {
    return new Answer(
        question,
        true,
        newText,
        citations,
        confidence,
        truncated,
        Refusal.NONE,
        decidedBy + "; " + how,
        true);
  }

  /** This answer turned into a refusal of the same question, citing the same (nearest) passages. */
  public Answer refused(Refusal why, String how) {
    return new Answer(
        question, false, "", citations, confidence, truncated, why, decidedBy + "; " + how, false);
  }
}
