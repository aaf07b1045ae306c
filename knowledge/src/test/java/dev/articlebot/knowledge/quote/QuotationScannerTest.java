package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationScannerTest {

  private final QuotationScanner scanner = new QuotationScanner();

  private List<String> words(String text) {
    return scanner.scan(text).stream().map(s -> s.words(text)).toList();
  }

  @Test
  void curlyQuotesAroundAnAttribution() {
    assertThat(words("“First part,” she said, “second part.”"))
        .containsExactly("First part", "second part.");
  }

  @Test
  void aMistypedOpeningMarkClosesWhenItFollowsTheWords() {
    String text = "“No intention to challenge anyone,“ Xi said. “Partners,” he added.";
    assertThat(words(text)).containsExactly("No intention to challenge anyone", "Partners");
  }

  @Test
  void nestedSingleQuotesStayInside() {
    String text = "“It goes with the vision to ‘Make America Great Again,’” Xi said.";
    assertThat(words(text))
        .containsExactly("It goes with the vision to ‘Make America Great Again,’");
  }

  @Test
  void straightQuotesAndNestedDoubleQuotes() {
    assertThat(words("\"Prices will swing,\" said Wang. \"Bet on both.\""))
        .containsExactly("Prices will swing", "Bet on both.");
    assertThat(words("“He called it \"a farce,\" and left,” Kelly said."))
        .containsExactly("He called it \"a farce,\" and left");
  }

  @Test
  void aQuotationThatRunsOnIsOpenAtTheEnd() {
    List<QuotedSpan> spans = scanner.scan("He warned: “This is the easy part. The rest is hard.");
    assertThat(spans).singleElement().satisfies(s -> assertThat(s.closed()).isFalse());
    assertThat(words("He warned: “This is the easy part."))
        .containsExactly("This is the easy part.");
  }

  @Test
  void apostrophesAndPlainTextAreNotQuotes() {
    assertThat(scanner.scan("China’s Foreign Ministry and Trump’s ‘Co-Equals’ remark")).isEmpty();
    assertThat(scanner.scan("")).isEmpty();
  }
}
