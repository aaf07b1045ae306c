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
    assertThat(scanner.scan("China’s Foreign Ministry and the Workers’ Union’s ’90s rules"))
        .isEmpty();
    assertThat(scanner.scan("Olmos' front lawn and the residents' group, rock 'n roll")).isEmpty();
    assertThat(scanner.scan("")).isEmpty();
  }

  @Test
  void britishSingleQuotesWithApostrophesInside() {
    assertThat(words("‘I’ve watched it back, and he’s first,’ Caddick said. ‘We win that.’"))
        .containsExactly("I’ve watched it back, and he’s first", "We win that.");
    assertThat(words("Trump’s ‘Co-Equals’ remark")).containsExactly("Co-Equals");
    assertThat(words("it would be ‘ring-fenced’ for the railways’ future"))
        .containsExactly("ring-fenced");
  }

  @Test
  void aPluralPossessiveInsideASingleQuoteDoesNotCloseIt() {
    assertThat(words("‘The drivers’ pay is the issue,’ she said."))
        .containsExactly("The drivers’ pay is the issue");
  }

  @Test
  void doubleQuotesNestInsideSingleQuotes() {
    assertThat(words("‘It said “we’ve hit a rock, don’t panic”,’ he said."))
        .containsExactly("It said “we’ve hit a rock, don’t panic”");
  }

  @Test
  void anUnclosedSingleQuoteRunsOnOnlyWhenItOpensTheParagraph() {
    List<QuotedSpan> spans = scanner.scan("‘I told them at half-time. I am so proud of them.");
    assertThat(spans).singleElement().satisfies(s -> assertThat(s.closed()).isFalse());
    assertThat(scanner.scan("They stayed ‘til dawn.")).isEmpty();
    // with no other closer, a mark after an s closes: the so-called ‘green jobs’ agenda
    assertThat(words("the so-called ‘green jobs’ agenda")).containsExactly("green jobs");
  }

  @Test
  void straightSingleQuotes() {
    assertThat(words("'We are ready,' she said.")).containsExactly("We are ready");
  }

  @Test
  void guillemetsMarkAQuotationAndMayHoldOthers() {
    assertThat(words("«Seville is not for sale,» he said. «We want “real” neighbours.»"))
        .containsExactly("Seville is not for sale", "We want “real” neighbours.");
  }
}
