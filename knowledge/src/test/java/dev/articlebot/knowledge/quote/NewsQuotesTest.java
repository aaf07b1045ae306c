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
 * their gold ({@link QuoteScore} states the matching rule), each story read twice: from its gold
 * paragraphs (extraction apart from the page reader) and from its page by the page reader, as a
 * user's article is read. The stories once held out ({@code quotes/used/}) are scored with them,
 * from their pages too when they have one. The floors are below what the stories reach today, so a
 * change that loses a quote or a lookup somewhere fails here; a wrong speaker and a place or
 * organisation listed as a person fail everywhere. {@code target/quote-report.txt} holds the tables
 * per story (the hand-written fixtures too) and every miss.
 */
class NewsQuotesTest {

  static List<NewsGold> news() {
    return NewsGold.readAll(NewsGold.CORPUS);
  }

  static List<NewsGold> development() {
    List<NewsGold> out = new ArrayList<>(news());
    out.addAll(NewsGold.readAll(NewsGold.USED));
    return out;
  }

  @ParameterizedTest
  @MethodSource("development")
  void nothingIsGivenToTheWrongPersonAndNoPlaceOrOrganisationIsAPerson(NewsGold gold) {
    QuoteScore s = QuoteScoring.score(gold);
    assertThat(s.problems()).as(gold.id()).noneMatch(p -> p.startsWith("WRONG"));
    assertThat(s.notPeopleListed()).as(gold.id()).isEmpty();
  }

  /** The development stories that have a page beside their gold. */
  static List<NewsGold> withPages() {
    return development().stream().filter(NewsGold::hasPage).toList();
  }

  @ParameterizedTest
  @MethodSource("withPages")
  void readFromItsPageNothingIsGivenToTheWrongPerson(NewsGold gold) {
    QuoteScore s = QuoteScoring.scorePage(gold);
    assertThat(s.problems()).as(gold.id()).noneMatch(p -> p.startsWith("WRONG"));
    assertThat(s.notPeopleListed()).as(gold.id()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("development")
  void eachStoryKeepsItsRecallAndPrecision(NewsGold gold) {
    QuoteScore s = QuoteScoring.score(gold);
    assertThat(s.recall()).as(gold.id() + " recall " + s.problems()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.precision()).as(gold.id() + " precision").isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void averagedOverStories() throws IOException {
    List<QuoteScore> scores = new ArrayList<>();
    List<QuoteScore> pages = new ArrayList<>();
    for (NewsGold g : development()) {
      scores.add(QuoteScoring.score(g));
      if (g.hasPage()) pages.add(QuoteScoring.scorePage(g));
    }
    List<QuoteScore> all = new ArrayList<>(scores);
    for (String id : TestArticles.ALL) all.add(QuoteScoring.score(id));
    writeReport("quote-report.txt", all, pages, development());
    // Floors just below today's averages (0.984 recall, 0.992 precision, 0.837 lookups over 41
    // stories); the pages added last (live blogs, a local paper, a press release, a Q&A
    // interview, an AP story, a newsletter, pages in the shapes of the Times, the Post,
    // Bloomberg, DW, Al Jazeera, Le Monde, ABC Australia, an Indian daily, a chain paper, a TV
    // station, an AMP page and a phone app's share) brought lookups
    // by a description the article never gives as a role ("the pork farmer", "Ruth Zhou's son",
    // "the Greeley homeowner", "the former inmate's mother") that no rule reads, and reports a
    // participle goes on with ("…, cutting it from 78 wells to 52"). The eighth round's pages (a
    // Substack post, a portal's syndicated copy, a financial daily, an Asian wire, a story quoted
    // in a chat, a script-built page) read at 0.980 recall and 0.989 precision over 58 stories,
    // the 52 before unchanged: their writers logged a word in quotation marks inside a report
    // ("a written “transfer plan”", "‘run out of road’") as a quote, a scare quote or neither,
    // and one role is named only after it speaks ("the city’s fire marshal says …").
    // recall 0.980 over 65 stories, 0.976 over 77 (the fifteenth round's New Zealand page reads at
    // 0.909: a quotation after "according to the Opposition's recovery spokeswoman, Ana Lolohea")
    assertThat(HeldOutQuotesTest.average(scores, QuoteScore::recall)).isGreaterThanOrEqualTo(0.97);
    assertThat(HeldOutQuotesTest.average(scores, QuoteScore::precision))
        .isGreaterThanOrEqualTo(0.985);
    // lookups 0.835 over 65 stories, 0.828 over 69, 0.813 over 76, 0.806 over 84: the later
    // pages' readers look people up by descriptions the article never gives as roles ("the potato
    // grower near Warden", "the union business agent", "the head of the midwives' union", "the
    // independent scientist not involved in the research"); 0.7996 over 117 with the forty-third
    // and forty-fourth rounds' pages, whose readers ask for "Tom" (a Thomas the story names in a
    // quote) and "the school board president" (a "Board President"), every earlier story's
    // lookups as before or better
    assertThat(HeldOutQuotesTest.average(scores, QuoteScore::lookupAccuracy))
        .isGreaterThanOrEqualTo(0.795);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(16);
    // below the gold paragraphs' floor: the page reader drops short attribution lines ("Lim
    // added:"), and the quotation under one is then nobody's; the eleventh and twelfth rounds'
    // pages (a public radio page, a TV station's page, an Asian agency's wire) brought the pages
    // from 0.975 to 0.973; the twenty-third and twenty-fourth rounds' five quote stories (0.900 to
    // 1.000 each: reported speech by a role the introduction never gave, "the farmer", "the
    // academic") to 0.969
    assertThat(HeldOutQuotesTest.average(pages, QuoteScore::recall)).isGreaterThanOrEqualTo(0.965);
    // precision from pages 0.988 over 57, 0.985 over 69 (scare quotes the pages' writers did not
    // count: "shadow operation", "property resilience grant")
    assertThat(HeldOutQuotesTest.average(pages, QuoteScore::precision))
        .isGreaterThanOrEqualTo(0.98);
  }

  /**
   * The tables (from gold paragraphs, then from pages), every problem, and the people listed for
   * each story, in target/{@code name}.
   */
  static void writeReport(
      String name, List<QuoteScore> scores, List<QuoteScore> pages, List<NewsGold> stories)
      throws IOException {
    StringBuilder out = new StringBuilder("Read from gold paragraphs\n");
    out.append(QuoteScoring.table(scores));
    out.append("\nRead from pages by the page reader\n").append(QuoteScoring.table(pages));
    problems(out, scores, "");
    problems(out, pages, " (page)");
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
  }

  private static void problems(StringBuilder out, List<QuoteScore> scores, String view) {
    for (QuoteScore s : scores) {
      if (s.problems().isEmpty()) continue;
      out.append("\n").append(s.article()).append(view).append('\n');
      for (String p : s.problems()) out.append("  ").append(p).append('\n');
    }
  }
}
