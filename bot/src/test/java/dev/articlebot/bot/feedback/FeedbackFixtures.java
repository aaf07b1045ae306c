package dev.articlebot.bot.feedback;

import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Settings, answers and a clock for feedback tests, shared with the platform tests. */
public final class FeedbackFixtures {
  public static final String ARTICLE = "an-inevitable-peace";

  private FeedbackFixtures() {}

  /** Feedback on, 90 days kept, answers rateable for 7 days, no weekly post. */
  public static AppConfig.Feedback settings(boolean keepQuestions) {
    return new AppConfig.Feedback(
        true,
        keepQuestions,
        Duration.ofDays(90),
        Duration.ofDays(7),
        new AppConfig.WeeklyReport(
            false,
            DayOfWeek.MONDAY,
            LocalTime.of(9, 0),
            ZoneId.of("UTC"),
            Duration.ofHours(6),
            List.of(),
            List.of()));
  }

  /** An answer from paragraph {@code paragraph}, or a refusal citing it as the nearest. */
  public static Answer answer(String question, boolean answered, int paragraph) {
    Citation c =
        new Citation(
            ARTICLE,
            "An ‘Inevitable Peace’?",
            paragraph,
            "",
            "Paragraph " + paragraph + " in full.",
            "Sentence of paragraph " + paragraph + ".",
            0.6);
    return new Answer(
        question,
        answered,
        answered ? c.quote() : "",
        List.of(c),
        answered ? 0.9 : 0.1,
        false,
        answered ? Answer.Refusal.NONE : Answer.Refusal.NOT_IN_ARTICLE);
  }

  /** A clock that stands still until moved. */
  public static final class MovableClock extends Clock {
    private volatile Instant now;

    public MovableClock(Instant start) {
      this.now = start;
    }

    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
