package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlackTextTest {

  @Test
  void escapesTheThreeControlCharacters() {
    assertThat(SlackText.escape("<!channel> & <@U1> > x"))
        .isEqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; x");
    assertThat(SlackText.escape("&amp;")).isEqualTo("&amp;amp;");
    assertThat(SlackText.escape(null)).isEmpty();
  }

  @Test
  void unescapeIsTheInverseOfEscape() {
    for (String s : List.of("a &lt; b", "&amp;lt;", "<!here> & <x>", "&&&;;")) {
      assertThat(SlackText.unescape(SlackText.escape(s))).isEqualTo(s);
    }
    assertThat(SlackText.unescape("Tom &amp; Jerry &lt;3 &gt;")).isEqualTo("Tom & Jerry <3 >");
    assertThat(SlackText.unescape("&amp;lt;")).isEqualTo("&lt;");
  }

  @Test
  void stripsOnlyTheBotsMention() {
    assertThat(SlackText.stripMention("<@UBOT> what? <@U2>", "UBOT")).isEqualTo("what? <@U2>");
    assertThat(SlackText.stripMention("hey <@UBOT|articlebot>, tell me", "UBOT"))
        .isEqualTo("hey , tell me");
    assertThat(SlackText.stripMention("<@UBOTX> hi", "UBOT")).isEqualTo("<@UBOTX> hi");
  }

  @Test
  void splitsAtParagraphsThenSentencesThenWords() {
    String para = "First paragraph here.\n\nSecond paragraph is here too.";
    assertThat(SlackText.split(para, 30))
        .containsExactly("First paragraph here.", "Second paragraph is here too.");
    String sentences = "One two three. Four five six seven eight.";
    assertThat(SlackText.split(sentences, 30))
        .containsExactly("One two three.", "Four five six seven eight.");
    assertThat(SlackText.split("alpha beta gamma delta epsilon zeta", 20))
        .containsExactly("alpha beta gamma", "delta epsilon zeta");
  }

  @Test
  void cutsInsideAWordOnlyWhenOneWordIsTooLongAndNeverInsideAnEntity() {
    String word = "x".repeat(18) + "&amp;" + "y".repeat(10);
    List<String> pieces = SlackText.split(word, 20);
    assertThat(pieces.get(0)).isEqualTo("x".repeat(18));
    assertThat(String.join("", pieces)).isEqualTo(word);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(20));
  }

  @Test
  void abbreviatesBetweenWords() {
    assertThat(SlackText.abbreviate("short", 10)).isEqualTo("short");
    assertThat(SlackText.abbreviate("one two three four five six", 16)).isEqualTo("one two three…");
  }
}
