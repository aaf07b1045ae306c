package dev.articlebot.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackTest {
  private static final Caller ALICE = new Caller("discord", "111", "c1");
  private static final Caller BOB = new Caller("discord", "222", "c1");

  @TempDir Path state;
  private final FeedbackFixtures.MovableClock clock =
      new FeedbackFixtures.MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

  private Feedback feedback(boolean keep) {
    return new Feedback(FeedbackStore.open(state), FeedbackFixtures.settings(keep), clock);
  }

  private static RatingControl control(String text) {
    return RatingControl.parse(text).orElseThrow();
  }

  @Test
  void eachReaderIsRecordedOnceInTheirOwnName() {
    Feedback f = feedback(false);
    List<String> seen = new ArrayList<>();
    f.observe((platform, vote, reason) -> seen.add(platform + ":" + vote.code()));
    String id = f.register(ALICE, FeedbackFixtures.answer("When?", true, 1)).orElseThrow();

    f.rate(ALICE, control(RatingControl.up(id)), OptionalInt.empty());
    f.rate(ALICE, control(RatingControl.up(id)), OptionalInt.empty());
    f.rate(BOB, control(RatingControl.down(id)), OptionalInt.empty());

    assertThat(f.store().ratings())
        .extracting(FeedbackRecord::rater, FeedbackRecord::vote)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Feedback.rater(ALICE), Rating.Vote.UP),
            org.assertj.core.groups.Tuple.tuple(Feedback.rater(BOB), Rating.Vote.DOWN));
    assertThat(seen).as("a repeat is not counted").containsExactly("discord:up", "discord:down");
    assertThat(Feedback.rater(ALICE)).doesNotContain("111");
  }

  @Test
  void aDownAsksWhatWasWrongAndTheReasonReplacesIt() {
    Feedback f = feedback(false);
    String id = f.register(ALICE, FeedbackFixtures.answer("When?", true, 1)).orElseThrow();

    Reply asked = f.rate(ALICE, control(RatingControl.down(id)), OptionalInt.empty());
    Part.Choices choices = (Part.Choices) asked.parts().get(0);
    assertThat(asked.ephemeral()).isTrue();
    assertThat(choices.choices())
        .extracting(Part.Choice::label)
        .containsExactly("Wrong passage", "Not in the article", "Should have answered", "Other");

    Reply noted = f.rate(ALICE, control(RatingControl.reason("wrong", id)), OptionalInt.of(14));
    assertThat(noted.plainText()).contains("wrong passage").contains("¶14");
    FeedbackRecord r = f.store().rating(id, Feedback.rater(ALICE)).orElseThrow();
    assertThat(r.vote()).isEqualTo(Rating.Vote.DOWN);
    assertThat(r.reason()).contains(Rating.Reason.WRONG_PASSAGE);
    assertThat(r.rightParagraph()).hasValue(14);
    assertThat(f.store().ratings()).hasSize(1);

    f.rate(ALICE, control(RatingControl.up(id)), OptionalInt.empty());
    assertThat(f.store().rating(id, Feedback.rater(ALICE)).orElseThrow().reason()).isEmpty();
  }

  @Test
  void anUnknownOrExpiredAnswerGetsANoticeAndRecordsNothing() {
    Feedback f = feedback(false);
    Reply unknown = f.rate(ALICE, control(RatingControl.up("deadbeef00")), OptionalInt.empty());
    assertThat(unknown.plainText()).contains("can no longer be rated");
    assertThat(unknown.ephemeral()).isTrue();

    String id = f.register(ALICE, FeedbackFixtures.answer("When?", true, 1)).orElseThrow();
    clock.advance(Duration.ofDays(8));
    Reply expired = f.rate(ALICE, control(RatingControl.up(id)), OptionalInt.empty());
    assertThat(expired.plainText()).contains("more than 7 days old");
    assertThat(f.store().ratings()).isEmpty();
  }

  @Test
  void theQuestionIsKeptOnlyWhenConfigured() {
    Feedback without = feedback(false);
    String a = without.register(ALICE, FeedbackFixtures.answer("Secret?", true, 1)).orElseThrow();
    assertThat(without.store().answer(a).orElseThrow().question()).isEmpty();

    Feedback with = feedback(true);
    String b = with.register(ALICE, FeedbackFixtures.answer("Kept?", true, 1)).orElseThrow();
    assertThat(with.store().answer(b).orElseThrow().question()).contains("Kept?");
  }

  @Test
  void theCommandLineGetsNoControls() {
    assertThat(
            feedback(false).register(Caller.COMMAND_LINE, FeedbackFixtures.answer("Q?", true, 1)))
        .isEmpty();
  }

  @Test
  void recordsOlderThanTheRetentionAreDeletedOnTheNextDaysFirstAnswer() {
    Feedback f = feedback(false);
    String old = f.register(ALICE, FeedbackFixtures.answer("Old?", true, 1)).orElseThrow();
    f.rate(ALICE, control(RatingControl.up(old)), OptionalInt.empty());
    clock.advance(Duration.ofDays(91));
    f.register(ALICE, FeedbackFixtures.answer("New?", true, 1));
    FeedbackStore reopened = FeedbackStore.open(state);
    assertThat(reopened.answer(old)).isEmpty();
    assertThat(reopened.ratings()).isEmpty();
    assertThat(reopened.answers()).hasSize(1);
  }
}
