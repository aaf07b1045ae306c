package dev.articlebot.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Guards answer quality on the project's own question sets. The thresholds sit a little under what
 * the method reaches today, so a change that makes answers worse fails here; the held-out set that
 * judges the bot is a different one.
 */
class EvalThresholdTest {
  private final Evaluation evaluation = new Evaluation(TestKnowledge.bundled());

  @Test
  void mainQuestionSet() {
    EvalReport r = evaluation.run(Evaluation.bundled(Evaluation.BUNDLED));
    assertThat(r.answerable()).isGreaterThanOrEqualTo(60);
    assertThat(r.unanswerable()).isGreaterThanOrEqualTo(12);
    assertThat(r.firstRightRate()).as("right passage first").isGreaterThanOrEqualTo(0.90);
    assertThat(r.topThreeRate()).as("right passage in top 3").isGreaterThanOrEqualTo(0.95);
    assertThat(r.rightRefusalRate()).as("off-topic refused").isGreaterThanOrEqualTo(0.80);
    assertThat(r.wrongRefusalRate()).as("answerable refused").isLessThanOrEqualTo(0.05);
  }

  @Test
  void questionsInPlainReadersWording() {
    EvalReport r = evaluation.run(Evaluation.bundled(Evaluation.BUNDLED_NATURAL));
    assertThat(r.firstRightRate()).as("right passage first").isGreaterThanOrEqualTo(0.87);
    assertThat(r.topThreeRate()).as("right passage in top 3").isGreaterThanOrEqualTo(0.95);
    assertThat(r.rightRefusalRate()).as("off-topic refused").isGreaterThanOrEqualTo(0.90);
    assertThat(r.wrongRefusalRate()).as("answerable refused").isLessThanOrEqualTo(0.05);
  }

  @Test
  void secondQuestionSetWrittenSeparately() {
    EvalReport r = evaluation.run(Evaluation.bundled(Evaluation.BUNDLED_HOLDOUT));
    assertThat(r.firstRightRate()).as("right passage first").isGreaterThanOrEqualTo(0.85);
    assertThat(r.topThreeRate()).as("right passage in top 3").isGreaterThanOrEqualTo(0.95);
    assertThat(r.rightRefusalRate()).as("off-topic refused").isGreaterThanOrEqualTo(0.74);
    assertThat(r.wrongRefusalRate()).as("answerable refused").isLessThanOrEqualTo(0.05);
  }

  @Test
  void fourthSetWrittenAfterTheAnswerChecks() {
    EvalReport r = evaluation.run(Evaluation.bundled(Evaluation.BUNDLED_FRESH));
    assertThat(r.answerable()).isGreaterThanOrEqualTo(60);
    assertThat(r.firstRightRate()).as("right passage first").isGreaterThanOrEqualTo(0.87);
    assertThat(r.topThreeRate()).as("right passage in top 3").isGreaterThanOrEqualTo(0.96);
    assertThat(r.rightRefusalRate()).as("off-topic refused").isGreaterThanOrEqualTo(0.70);
    assertThat(r.wrongRefusalRate()).as("answerable refused").isLessThanOrEqualTo(0.05);
  }

  @Test
  void fifthSetWrittenLast() {
    EvalReport r = evaluation.run(Evaluation.bundled(Evaluation.BUNDLED_UNSEEN));
    assertThat(r.answerable()).isGreaterThanOrEqualTo(55);
    assertThat(r.firstRightRate()).as("right passage first").isGreaterThanOrEqualTo(0.84);
    assertThat(r.topThreeRate()).as("right passage in top 3").isGreaterThanOrEqualTo(0.92);
    assertThat(r.rightRefusalRate()).as("off-topic refused").isGreaterThanOrEqualTo(0.76);
    assertThat(r.wrongRefusalRate()).as("answerable refused").isLessThanOrEqualTo(0.05);
  }
}
