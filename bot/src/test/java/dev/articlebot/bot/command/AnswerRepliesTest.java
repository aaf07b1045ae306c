package dev.articlebot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerRepliesTest {
  private final AnswerReplies replies = new AnswerReplies(500);
  private final Citation nearest =
      new Citation("a", "A Story", 3, "", "They met in Oslo.", "They met in Oslo.", 0.4);

  private String firstNotice(Answer.Refusal why) {
    Reply r = replies.of(new Answer("q?", false, "", List.of(nearest), 0.4, false, why));
    assertThat(r.outcome()).isEqualTo(Reply.Outcome.REFUSED);
    return r.parts().stream()
        .filter(Part.Notice.class::isInstance)
        .map(p -> ((Part.Notice) p).text())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRefusalSaysWhatTheArticleLacksThenShowsTheNearestPassages() {
    assertThat(firstNotice(Answer.Refusal.NOT_IN_ARTICLE)).startsWith("The article doesn’t say.");
    assertThat(firstNotice(Answer.Refusal.DETAIL_NOT_GIVEN))
        .startsWith("The article doesn’t give that detail.");
    assertThat(firstNotice(Answer.Refusal.SPEAKER_NOT_QUOTED))
        .startsWith("The article doesn’t report what they said.");
    assertThat(firstNotice(Answer.Refusal.OTHER_LANGUAGE))
        .startsWith("I can only read questions in English");
    Reply r =
        replies.of(
            new Answer(
                "q?", false, "", List.of(nearest), 0.4, false, Answer.Refusal.DETAIL_NOT_GIVEN));
    assertThat(r.parts()).anyMatch(Part.Passage.class::isInstance);
  }
}
