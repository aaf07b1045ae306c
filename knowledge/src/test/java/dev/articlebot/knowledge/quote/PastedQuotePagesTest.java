package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quote reviewer's probe pages ({@code quotes/probes/}, see the README there), each read from
 * its gold paragraphs and from its page by the page reader: nothing is given to the wrong person or
 * to a person when the text names nobody, no quote is found that is not one, and no organisation or
 * place is listed as a person. {@code target/quote-report-probes.txt} holds the tables.
 */
class PastedQuotePagesTest {

  static final Path PROBES = Path.of("src", "test", "resources", "quotes", "probes");

  static List<NewsGold> probes() {
    return NewsGold.readAll(PROBES);
  }

  @ParameterizedTest
  @MethodSource("probes")
  void readFromGoldParagraphsNothingIsWrong(NewsGold gold) {
    QuoteScore s = QuoteScoring.score(gold);
    assertThat(s.problems()).as(gold.id()).noneMatch(p -> p.startsWith("WRONG"));
    assertThat(s.problems()).as(gold.id()).noneMatch(p -> p.startsWith("spurious"));
    assertThat(s.notPeopleListed()).as(gold.id()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("probes")
  void readFromThePageNothingIsWrong(NewsGold gold) {
    QuoteScore s = QuoteScoring.scorePage(gold);
    assertThat(s.problems()).as(gold.id()).noneMatch(p -> p.startsWith("WRONG"));
    assertThat(s.problems()).as(gold.id()).noneMatch(p -> p.startsWith("spurious"));
    assertThat(s.notPeopleListed()).as(gold.id()).isEmpty();
  }

  @Test
  void report() throws IOException {
    List<QuoteScore> scores = new ArrayList<>();
    List<QuoteScore> pages = new ArrayList<>();
    for (NewsGold g : probes()) {
      scores.add(QuoteScoring.score(g));
      pages.add(QuoteScoring.scorePage(g));
    }
    NewsQuotesTest.writeReport("quote-report-probes.txt", scores, pages, probes());
    assertThat(scores).hasSize(9);
  }
}
