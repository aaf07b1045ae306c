package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionTextTest {
  private final QuestionText text = new QuestionText(100);

  @Test
  void dropsMentionsLinksAndMarkup() {
    assertThat(text.clean("<@U123> **what** did <!here> @everyone say? https://x.y/z").text())
        .isEqualTo("what did say?");
    assertThat(text.clean("@articlebot what is the `G2`?").text()).isEqualTo("what is the G2 ?");
    assertThat(text.clean("hey @ArticleBot, when did they meet?").text())
        .isEqualTo("hey , when did they meet?");
    assertThat(text.clean("mail ed@example.com about it").text())
        .isEqualTo("mail ed@example.com about it");
  }

  @Test
  void capsLongQuestionsAtAWordBoundary() {
    QuestionText.Cleaned c = text.clean("word ".repeat(2_000));
    assertThat(c.truncated()).isTrue();
    assertThat(c.text().length()).isLessThanOrEqualTo(100);
    assertThat(c.text()).startsWith("word").endsWith("word");
  }

  @Test
  void aLongMessageKeepsItsQuestion() {
    String question = "So what did they agree in the end?";
    QuestionText.Cleaned after = text.clean("Some background first. ".repeat(40) + question);
    assertThat(after.truncated()).isTrue();
    assertThat(after.text()).endsWith(question).hasSizeLessThanOrEqualTo(100);
    QuestionText.Cleaned before = text.clean(question + " And a long aside.".repeat(40));
    assertThat(before.truncated()).isTrue();
    assertThat(before.text()).endsWith(question);
  }

  @Test
  void blankAndNullBecomeEmpty() {
    assertThat(text.clean(null).text()).isEmpty();
    assertThat(text.clean(" \t\n ").text()).isEmpty();
  }

  @Test
  void dropsInvisibleAndControlCharacters() {
    assertThat(text.clean("\u200Bwho\u00AD wrote\u0001this?\uFEFF").text())
        .isEqualTo("who wrote this?");
    assertThat(text.clean("\u200B\u200B").text()).isEmpty();
  }

  @Test
  void keepsEmojiAndOtherScripts() {
    assertThat(text.clean("关税 怎么样 😂").text()).isEqualTo("关税 怎么样 😂");
  }
}
