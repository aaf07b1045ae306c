package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void keepsInitialsInsideNames() {
    assertThat(
            split("Coined by economist C. Fred Bergsten first in 2005, the term stuck. It grew."))
        .containsExactly(
            "Coined by economist C. Fred Bergsten first in 2005, the term stuck.", "It grew.");
  }

  @Test
  void keepsAbbreviationsAndDottedInitialisms() {
    assertThat(split("The U.S. and Dr. Li met on Jan. 5 in Washington, D.C. They talked."))
        .containsExactly("The U.S. and Dr. Li met on Jan. 5 in Washington, D.C. They talked.");
    assertThat(split("Mr. Smith left. Mrs. Jones stayed."))
        .containsExactly("Mr. Smith left.", "Mrs. Jones stayed.");
  }

  @Test
  void doesNotSplitWithoutSpaceAfterTheStop() {
    assertThat(split("By Yu Xiaodong Updated Jan.1 and guancha.cn wrote 3.5 percent. Next."))
        .containsExactly("By Yu Xiaodong Updated Jan.1 and guancha.cn wrote 3.5 percent.", "Next.");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(split("He said it was “a turning point.” Others disagreed."))
        .containsExactly("He said it was “a turning point.”", "Others disagreed.");
    assertThat(split("“Is it over?” she asked. “No.”"))
        .containsExactly("“Is it over?” she asked.", "“No.”");
  }

  @Test
  void keepsAttributionAfterAQuotationThatEndsWithAFullStop() {
    assertThat(split("“We will stand our ground.” Gao said on Tuesday. Then he left."))
        .containsExactly("“We will stand our ground.” Gao said on Tuesday.", "Then he left.");
    assertThat(split("“The river will rise.” Ana Ruiz warned residents. They left."))
        .containsExactly("“The river will rise.” Ana Ruiz warned residents.", "They left.");
    assertThat(split("“It is over.” Mayor Lee explains. It was."))
        .containsExactly("“It is over.” Mayor Lee explains.", "It was.");
    assertThat(split("“It is over.” Then the lights went out."))
        .containsExactly("“It is over.”", "Then the lights went out.");
    // an attribution that opens a quotation of its own with a colon starts a new sentence
    assertThat(
            split("He would not withdraw “a text for our children.” He added: “The door is open.”"))
        .containsExactly(
            "He would not withdraw “a text for our children.”", "He added: “The door is open.”");
  }

  @Test
  void titlesMonthsAndWeekdaysOfTheLexiconEndNoSentence() {
    assertThat(split("Sen. Ruiz and Maj. Gen. Okafor spoke on Tues. Sept. 3 at noon. It rained."))
        .containsExactly(
            "Sen. Ruiz and Maj. Gen. Okafor spoke on Tues. Sept. 3 at noon.", "It rained.");
  }

  @Test
  void splitsQuotationsThatSpanSentences() {
    List<Sentence> s = splitter.split("“First, it works. Second, it lasts,” Wu added. The end.");
    assertThat(s)
        .extracting(Sentence::text)
        .containsExactly("“First, it works.", "Second, it lasts,” Wu added.", "The end.");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "One sentence here.   Another one follows!  And a third?";
    for (Sentence s : splitter.split(text)) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(splitter.split(text)).hasSize(3);
  }

  @Test
  void textWithoutEndPunctuationIsOneSentence() {
    assertThat(split("a line with no full stop")).containsExactly("a line with no full stop");
  }

  @Test
  void aNumbersAbbreviationStandsBeforeAFigureOnly() {
    assertThat(split("They live at No. 5 on Main Street. They left."))
        .containsExactly("They live at No. 5 on Main Street.", "They left.");
    assertThat(split("Two members will vote no. The district needs three votes."))
        .containsExactly("Two members will vote no.", "The district needs three votes.");
  }
}
