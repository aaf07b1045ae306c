package dev.articlebot.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.index.Embedder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report, with the real all-MiniLM-L6-v2 question embeddings grouping refused questions. */
class FeedbackReportTest {
  private static final Path STATE = Path.of("target", "test-state").toAbsolutePath();
  private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  private static Embedder questions;

  @BeforeAll
  static void model() {
    questions = KnowledgeLoader.Embedders.open(STATE).questions();
  }

  private final List<AnswerRecord> answers = new ArrayList<>();
  private final List<FeedbackRecord> ratings = new ArrayList<>();

  private String answer(String question, boolean answered, int paragraph, String article) {
    String id = "a" + answers.size();
    answers.add(
        new AnswerRecord(
            id,
            T0.plus(Duration.ofHours(answers.size())),
            "slack",
            article,
            paragraph,
            answered,
            answered ? "none" : "not_in_article",
            Optional.ofNullable(question)));
    return id;
  }

  private void rate(String id, String rater, Rating.Vote vote, Rating.Reason reason) {
    ratings.add(
        new FeedbackRecord(
            id,
            rater,
            T0.plus(Duration.ofDays(1)),
            vote,
            Optional.ofNullable(reason),
            OptionalInt.empty()));
  }

  private FeedbackReport report() {
    return FeedbackReport.of(
        new FeedbackStore.Snapshot(answers, ratings),
        T0,
        T0.plus(Duration.ofDays(7)),
        questions::embed);
  }

  @Test
  void refusedQuestionsAskedInOtherWordsAreCountedTogetherMostAskedFirst() {
    for (String q :
        List.of(
            "how tall is trump?",
            "recipe for pancakes",
            "What is Trump's height?",
            "How tall is Donald Trump",
            "how do I make pancakes",
            "who won the 2022 world cup",
            "how old is Trump?")) {
      answer(q, false, 3, "peace");
    }
    answer("When did Xi and Trump meet?", true, 1, "peace");

    FeedbackReport r = report();

    assertThat(r.refused()).isEqualTo(7);
    assertThat(r.refusedGroups())
        .extracting(FeedbackReport.QuestionGroup::question, FeedbackReport.QuestionGroup::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("how tall is trump?", 3),
            org.assertj.core.groups.Tuple.tuple("recipe for pancakes", 2),
            org.assertj.core.groups.Tuple.tuple("who won the 2022 world cup", 1),
            org.assertj.core.groups.Tuple.tuple("how old is Trump?", 1));
  }

  @Test
  void answersWithTheMostDownsComeFirstWithWhyAndEachArticleIsCounted() {
    String a = answer("Who led the talks?", true, 4, "peace");
    String b = answer("When is the visit?", true, 9, "peace");
    String c = answer("What did the mayor say?", false, 2, "storm");
    answer(null, false, 2, "storm"); // question not kept
    answer("How tall is he?", false, 5, "peace").length();
    rate(a, "r1", Rating.Vote.DOWN, Rating.Reason.WRONG_PASSAGE);
    rate(a, "r2", Rating.Vote.DOWN, Rating.Reason.WRONG_PASSAGE);
    rate(a, "r3", Rating.Vote.UP, null);
    rate(b, "r1", Rating.Vote.DOWN, null);
    rate(c, "r1", Rating.Vote.DOWN, Rating.Reason.SHOULD_HAVE_ANSWERED);
    rate(c, "r2", Rating.Vote.UP, null);

    FeedbackReport r = report();

    assertThat(r.disliked())
        .extracting(d -> d.answer().id(), FeedbackReport.Disliked::down)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(a, 2),
            org.assertj.core.groups.Tuple.tuple(b, 1), // as many 👎, fewer 👍
            org.assertj.core.groups.Tuple.tuple(c, 1));
    assertThat(r.disliked().get(0).reasons()).containsEntry("wrong passage", 2);
    assertThat(r.articles())
        .extracting(
            FeedbackReport.ArticleCounts::articleId,
            FeedbackReport.ArticleCounts::answers,
            FeedbackReport.ArticleCounts::refused,
            FeedbackReport.ArticleCounts::up,
            FeedbackReport.ArticleCounts::down)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("peace", 3, 1, 1, 3),
            org.assertj.core.groups.Tuple.tuple("storm", 2, 2, 1, 1));
    assertThat(r.refusedWithoutText()).isEqualTo(1);

    String text = r.reply(id -> id.equals("peace") ? "An ‘Inevitable Peace’?" : id).plainText();
    assertThat(text)
        .contains("2 👎, 1 👍: “Who led the talks?”, answered from ¶4 of An ‘Inevitable Peace’?")
        .contains("1 refused questions were not kept (feedback.keep-questions is off)")
        .contains("storm: 2 answers, 2 refused, 1 👍, 1 👎");
  }

  @Test
  void onlyAnswersGivenInThePeriodCount() {
    answers.add(
        new AnswerRecord(
            "old",
            T0.minus(Duration.ofDays(1)),
            "slack",
            "peace",
            1,
            false,
            "x",
            Optional.of("Q?")));
    rate("old", "r1", Rating.Vote.DOWN, null);
    FeedbackReport r = report();
    assertThat(r.answers()).isZero();
    assertThat(r.down()).isZero();
    assertThat(r.disliked()).isEmpty();
  }
}
