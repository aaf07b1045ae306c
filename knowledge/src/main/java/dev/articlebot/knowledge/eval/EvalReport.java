package dev.articlebot.knowledge.eval;

import java.util.List;

/**
 * How well the answerer did on one article's questions.
 *
 * @param answerable questions the article answers
 * @param firstRight answerable questions whose first citation is a right paragraph
 * @param topThreeRight answerable questions with a right paragraph among the first three
 * @param reciprocalRankSum sum of 1/rank of the first right paragraph
 * @param wrongRefusals answerable questions the answerer refused
 * @param unanswerable questions the article does not answer
 * @param rightRefusals of those, the ones the answerer refused
 * @param offTopic of the unanswerable, those marked off-topic (kind "offtopic": nothing to do with
 *     the article, "tell me a joke"); issue 15 sets their own target
 * @param offTopicRefused of those, the ones the answerer refused
 * @param withGoldAnswer answerable questions whose answer text is known
 * @param goldInAnswer of those, the ones answered with a text holding the answer
 * @param misses what went wrong, one line each, for reading
 */
public record EvalReport(
    int answerable,
    int firstRight,
    int topThreeRight,
    double reciprocalRankSum,
    int wrongRefusals,
    int unanswerable,
    int rightRefusals,
    int offTopic,
    int offTopicRefused,
    int withGoldAnswer,
    int goldInAnswer,
    List<String> misses) {
  public EvalReport {
    misses = List.copyOf(misses);
  }

  public double firstRightRate() {
    return rate(firstRight, answerable);
  }

  public double topThreeRate() {
    return rate(topThreeRight, answerable);
  }

  public double meanReciprocalRank() {
    return answerable == 0 ? 0 : reciprocalRankSum / answerable;
  }

  public double wrongRefusalRate() {
    return rate(wrongRefusals, answerable);
  }

  public double rightRefusalRate() {
    return rate(rightRefusals, unanswerable);
  }

  /** Share of the off-topic questions refused. */
  public double offTopicRefusalRate() {
    return rate(offTopicRefused, offTopic);
  }

  /** Share of answerable questions with a known answer whose quoted answer holds it. */
  public double goldInAnswerRate() {
    return rate(goldInAnswer, withGoldAnswer);
  }

  private static double rate(int n, int of) {
    return of == 0 ? 0 : n / (double) of;
  }
}
