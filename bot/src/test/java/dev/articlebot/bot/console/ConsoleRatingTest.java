package dev.articlebot.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.feedback.Feedback;
import dev.articlebot.bot.feedback.FeedbackRecord;
import dev.articlebot.bot.feedback.RatedBot;
import dev.articlebot.bot.feedback.Rating;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** + and - in the console rate the last answer; after -, a number says what was wrong. */
class ConsoleRatingTest {
  @TempDir Path state;

  private String chat(RatedBot bot, String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleAdapter(
            bot.dispatcher, new ConsoleRenderer(100), (a, n) -> Optional.empty(), "article")
        .run(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            "ready");
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void minusThenANumberAndAParagraphRecordWhatWasWrong() throws Exception {
    RatedBot bot = new RatedBot(state, Clock.systemUTC());
    String out = chat(bot, "What did they agree?\n-\n3 6\nexit\n");

    assertThat(out).contains("Rate this answer: + (good) or - (wrong)");
    assertThat(out).contains("What was wrong").contains("3  Should have answered");
    assertThat(out).contains("Noted: should have answered. The right paragraph: ¶6.");
    String id = bot.feedback.store().answers().get(0).id();
    FeedbackRecord r =
        bot.feedback.store().rating(id, Feedback.rater(Caller.CONSOLE)).orElseThrow();
    assertThat(r.vote()).isEqualTo(Rating.Vote.DOWN);
    assertThat(r.reason()).contains(Rating.Reason.SHOULD_HAVE_ANSWERED);
    assertThat(r.rightParagraph()).hasValue(6);
  }

  @Test
  void plusRatesTheLastAnswerAndANumberWithoutAQuestionOpenIsAQuestion() throws Exception {
    RatedBot bot = new RatedBot(state, Clock.systemUTC());
    String out = chat(bot, "+\nFirst?\nSecond?\n+\n2\nexit\n");

    assertThat(out).contains("There is no answer to rate yet");
    assertThat(bot.feedback.store().answers()).hasSize(3); // "2" was asked, not a reason
    String second = bot.feedback.store().answers().get(1).id();
    assertThat(bot.feedback.store().ratings())
        .singleElement()
        .satisfies(r -> assertThat(r.answerId()).isEqualTo(second));
    assertThat(out).contains("Thanks for rating the answer.");
  }
}
