package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quote extraction, attribution and lookup on the development corpus's news stories, scored against
 * their gold ({@link QuoteScore} states the matching rule). The floors are below what the stories
 * reach today, so a change that loses a quote or a lookup somewhere fails here; a wrong speaker and
 * a place or organisation listed as a person fail everywhere. {@code target/quote-report.txt} holds
 * the table per story (the hand-written fixtures too) and every miss.
 */
class NewsQuotesTest {

  static List<NewsGold> news() {
    return NewsGold.readAll(NewsGold.CORPUS);
  }

  @ParameterizedTest
  @MethodSource("news")
  void nothingIsGivenToTheWrongPersonAndNoPlaceOrOrganisationIsAPerson(NewsGold gold) {
    QuoteScore s = QuoteScoring.score(gold);
    assertThat(s.problems()).as(gold.id()).noneMatch(p -> p.startsWith("WRONG"));
    assertThat(s.notPeopleListed()).as(gold.id()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("news")
  void eachStoryKeepsItsRecallAndPrecision(NewsGold gold) {
    QuoteScore s = QuoteScoring.score(gold);
    assertThat(s.recall()).as(gold.id() + " recall " + s.problems()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.precision()).as(gold.id() + " precision").isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void averagedOverStories() throws IOException {
    List<QuoteScore> scores = new ArrayList<>();
    for (NewsGold g : news()) scores.add(QuoteScoring.score(g));
    List<QuoteScore> all = new ArrayList<>(scores);
    for (String id : TestArticles.ALL) all.add(QuoteScoring.score(id));
    writeReport("quote-report.txt", all, news());
    double recall = scores.stream().mapToDouble(QuoteScore::recall).average().orElse(0);
    double precision = scores.stream().mapToDouble(QuoteScore::precision).average().orElse(0);
    double lookups = scores.stream().mapToDouble(QuoteScore::lookupAccuracy).average().orElse(0);
    assertThat(recall).isGreaterThanOrEqualTo(0.99);
    assertThat(precision).isGreaterThanOrEqualTo(0.99);
    assertThat(lookups).isGreaterThanOrEqualTo(0.93);
  }

  /** The table, every problem, and the people listed for each story, in target/{@code name}. */
  static void writeReport(String name, List<QuoteScore> scores, List<NewsGold> stories)
      throws IOException {
    StringBuilder out = new StringBuilder(QuoteScoring.table(scores));
    for (QuoteScore s : scores) {
      if (s.problems().isEmpty()) continue;
      out.append("\n").append(s.article()).append('\n');
      for (String p : s.problems()) out.append("  ").append(p).append('\n');
    }
    out.append("\nPeople listed (quoted [role] | named only)\n");
    for (NewsGold g : stories) {
      QuoteBook book = QuoteBook.of(List.of(g.article()));
      out.append(g.id()).append(": ");
      for (Speaker s : book.speakers()) {
        out.append(s.name()).append(" [").append(s.role()).append("] ");
      }
      out.append("| ");
      for (Speaker s : book.unquoted()) out.append(s.name()).append("; ");
      out.append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", name), out);
    System.out.print(out);
  }
}
