package dev.articlebot.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

  @Test
  void shortTextIsOnePiece() {
    assertThat(TextSplitter.split("  Calm seas.  ", 20)).containsExactly("Calm seas.");
    assertThat(TextSplitter.split("", 20)).isEmpty();
  }

  @Test
  void prefersParagraphBreaks() {
    String text = "First paragraph is here.\n\nSecond one. It goes on.";
    assertThat(TextSplitter.split(text, 30))
        .containsExactly("First paragraph is here.", "Second one. It goes on.");
  }

  @Test
  void thenSentenceEnds() {
    String text = "One two three. Four five six. Seven eight nine.";
    assertThat(TextSplitter.split(text, 32))
        .containsExactly("One two three. Four five six.", "Seven eight nine.");
  }

  @Test
  void sentenceEndsMayCloseWithAQuote() {
    String text = "He said “it will hold.” Then he left the room quietly.";
    assertThat(TextSplitter.split(text, 30).get(0)).isEqualTo("He said “it will hold.”");
  }

  @Test
  void thenSpacesButNeverInsideAWord() {
    String text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
    List<String> pieces = TextSplitter.split(text, 12);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(12));
    assertThat(String.join(" ", pieces)).isEqualTo(text);
  }

  @Test
  void aWordLongerThanTheLimitIsTheOnlyThingCut() {
    String link = "https://example.org/" + "x".repeat(50);
    List<String> pieces = TextSplitter.split("see " + link, 30);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(30));
    assertThat(pieces.get(0)).isEqualTo("see");
    assertThat(String.join("", pieces.subList(1, pieces.size()))).isEqualTo(link);
  }

  @Test
  void neverSeparatesAnEscapeFromItsCharacter() {
    String text = "a".repeat(9) + "\\*" + "b".repeat(9);
    List<String> pieces = TextSplitter.split(text, 10);
    assertThat(pieces.get(0)).isEqualTo("a".repeat(9));
    assertThat(pieces.get(1)).startsWith("\\*");
  }

  @Test
  void truncateEndsAtAWordWithAnEllipsis() {
    assertThat(TextSplitter.truncate("short", 10)).isEqualTo("short");
    assertThat(TextSplitter.truncate("Wu Xinbo, Fudan University", 14)).isEqualTo("Wu Xinbo,…");
    assertThat(TextSplitter.truncate("Wu Xinbo, Fudan University", 14).length())
        .isLessThanOrEqualTo(14);
  }
}
