package dev.articlebot.knowledge.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The phraser over the port, with a scripted model: what it sends and how it reads replies. */
class PhraserTest {
  private static final Citation SIX =
      new Citation(
          "a", "A Story", 6, "", "The talks lasted 90 minutes in Busan.", "The talks", 0.6);
  private static final Answer ANSWER =
      new Answer(
          "How long did they talk?",
          true,
          SIX.text(),
          List.of(SIX),
          0.5,
          false,
          Answer.Refusal.NONE,
          "model");

  private final List<LanguageModel.Request> sent = new ArrayList<>();

  private LanguageModel says(String... replies) {
    List<String> queue = new ArrayList<>(List.of(replies));
    return request -> {
      sent.add(request);
      return new LanguageModel.Reply(queue.remove(0), 10, 2);
    };
  }

  @Test
  void theModelIsSentTheConversationThePassagesAndTheQuestionOnly() {
    Phraser p =
        new Phraser(
            says("They talked for 90 minutes [¶6]."),
            new Phraser.Settings(0, 0, 10),
            Phraser.Observer.NONE,
            System::nanoTime);

    Answer a =
        p.phrase(
            ANSWER,
            List.of(
                new Turn(Turn.Speaker.READER, "Where did they meet?"),
                new Turn(Turn.Speaker.BOT, "In Busan [¶6].")));

    assertThat(a.phrased()).isTrue();
    assertThat(sent).singleElement();
    assertThat(sent.get(0).user())
        .isEqualTo(
            "Conversation so far:\n"
                + "Reader: Where did they meet?\n"
                + "Bot: In Busan [¶6].\n\n"
                + "Passages:\n"
                + "[¶6] The talks lasted 90 minutes in Busan.\n\n"
                + "Question: How long did they talk?");
  }

  @Test
  void theJudgesFirstWordDecides() {
    assertThat(Phraser.yesOrNo("Yes.")).contains(true);
    assertThat(Phraser.yesOrNo("**No**, the passages do not say")).contains(false);
    assertThat(Phraser.yesOrNo("no\nbecause")).contains(false);
    assertThat(Phraser.yesOrNo("Nobody knows")).isEmpty();
    assertThat(Phraser.yesOrNo("Maybe")).isEmpty();
  }

  @Test
  void aRateLimitPausesCallsUntilRetryAfterHasPassed() {
    AtomicLong now = new AtomicLong(0);
    List<Fallback> fallbacks = new ArrayList<>();
    LanguageModel limited =
        request -> {
          sent.add(request);
          if (sent.size() == 1) {
            throw new ModelFailure(
                Fallback.RATE_LIMITED, "429", java.time.Duration.ofSeconds(5), null);
          }
          return new LanguageModel.Reply("They talked for 90 minutes [¶6].", 1, 1);
        };
    Phraser p =
        new Phraser(
            limited,
            new Phraser.Settings(0, 0, 100),
            new Phraser.Observer() {
              @Override
              public void called(
                  String kind, java.time.Duration took, boolean replied, int in, int out) {}

              @Override
              public void fellBack(Fallback why) {
                fallbacks.add(why);
              }

              @Override
              public void judged(boolean answers) {}
            },
            now::get);

    assertThat(p.phrase(ANSWER)).isEqualTo(ANSWER);
    now.set(4_999_000_000L);
    assertThat(p.phrase(ANSWER)).isEqualTo(ANSWER);
    assertThat(sent).hasSize(1);
    now.set(5_000_000_000L);
    assertThat(p.phrase(ANSWER).phrased()).isTrue();
    assertThat(fallbacks).containsExactly(Fallback.RATE_LIMITED, Fallback.RATE_LIMITED);
  }

  @Test
  void offReturnsEveryAnswerAsItIs() {
    assertThat(Phraser.off().enabled()).isFalse();
    assertThat(Phraser.off().phrase(ANSWER)).isSameAs(ANSWER);
  }
}
