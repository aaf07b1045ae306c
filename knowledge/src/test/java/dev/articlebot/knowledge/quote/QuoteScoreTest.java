package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rule and the counts of {@link QuoteScore}, on made-up gold and found quotes. */
class QuoteScoreTest {

  private static final String LONG =
      "We will keep the library open on Saturdays until the new budget is agreed in March.";

  private static NewsGold.GoldQuote gold(int paragraph, String speaker, String text) {
    return new NewsGold.GoldQuote(paragraph, speaker, QuoteKind.DIRECT, text);
  }

  private static Quote found(int paragraph, String speaker, String text) {
    return new Quote("a", speaker, text, paragraph, "", QuoteKind.DIRECT);
  }

  @Test
  void aFragmentOfALongGoldQuoteDoesNotMatchIt() {
    for (String fragment : List.of("library", "open on Saturdays", "the new budget")) {
      assertThat(QuoteScore.sameText(gold(3, "Ana Lim", LONG), found(3, "Ana Lim", fragment)))
          .as(fragment)
          .isFalse();
    }
    // nor does a long found text that swallows a short gold quote
    assertThat(
            QuoteScore.sameText(
                gold(3, "Ana Lim", "Never again."), found(3, "Ana Lim", "Never again. " + LONG)))
        .isFalse();
  }

  @Test
  void textsOfComparableLengthMatchByContainmentOrOverlap() {
    // the gold's trailing comma and quotation marks aside, the same words
    assertThat(
            QuoteScore.sameText(
                gold(3, "Ana Lim", "“We are ready for this winter,”"),
                found(3, "Ana Lim", "We are ready for this winter")))
        .isTrue();
    // more than half of the longer text, contained in it
    assertThat(
            QuoteScore.sameText(
                gold(3, "Ana Lim", LONG),
                found(3, "Ana Lim", "We will keep the library open on Saturdays until the new")))
        .isTrue();
    // one word different in a dozen
    assertThat(
            QuoteScore.sameText(
                gold(3, "Ana Lim", LONG),
                found(
                    3,
                    "Ana Lim",
                    "We shall keep the library open on Saturdays until the new budget is agreed"
                        + " in March.")))
        .isTrue();
  }

  @Test
  void aMatchNeedsTheSameParagraphAndKind() {
    assertThat(QuoteScore.overlaps(gold(3, "Ana Lim", LONG), found(4, "Ana Lim", LONG))).isFalse();
    Quote paraphrase = new Quote("a", "Ana Lim", LONG, 3, "", QuoteKind.PARAPHRASE);
    assertThat(QuoteScore.overlaps(gold(3, "Ana Lim", LONG), paraphrase)).isFalse();
    assertThat(QuoteScore.overlaps(gold(3, "Ana Lim", LONG), found(3, "Ana Lim", LONG))).isTrue();
  }

  @Test
  void foundQuotesAreRightWrongOrSpurious() {
    List<NewsGold.GoldQuote> gold =
        List.of(
            gold(1, "Ana Lim", "The ferry will sail."),
            gold(2, "Ruth Obi", "Not in this weather."),
            gold(3, null, "All sailings are cancelled."));
    List<Quote> found =
        List.of(
            found(1, "Ana Lim", "The ferry will sail."),
            found(2, "Ana Lim", "Not in this weather."),
            found(3, "Ruth Obi", "All sailings are cancelled."),
            found(4, "Ruth Obi", "a scare quote"),
            found(1, "Ana Lim", "ferry"));
    QuoteScore s =
        QuoteScore.of(
            "a", gold, found, QuoteScore::overlaps, String::equals, 0, List.of(), List.of());
    // the nobody's gold quote is not counted for recall
    assertThat(s.gold()).isEqualTo(2);
    assertThat(s.recalled()).isEqualTo(1);
    assertThat(s.right()).isEqualTo(1);
    // the wrong speaker, and a person named for what the text gives to nobody
    assertThat(s.wrong()).isEqualTo(2);
    // the scare quote and the one-word fragment
    assertThat(s.spurious()).isEqualTo(2);
    assertThat(s.precision()).isEqualTo(0.2);
    assertThat(s.recall()).isEqualTo(0.5);
  }
}
