package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote extraction, attribution and lookup on the development corpus's news stories and the
 * hand-written fixtures, scored against their gold ({@link QuoteScore} states the matching rule).
 */
class NewsQuotesTest {

  @Test
  void report() throws IOException {
    List<QuoteScore> scores = new ArrayList<>();
    for (NewsGold g : NewsGold.readAll(NewsGold.CORPUS)) scores.add(QuoteScoring.score(g));
    for (String id : TestArticles.ALL) scores.add(QuoteScoring.score(id));
    StringBuilder out = new StringBuilder(QuoteScoring.table(scores));
    for (QuoteScore s : scores) {
      if (s.problems().isEmpty()) continue;
      out.append("\n").append(s.article()).append('\n');
      for (String p : s.problems()) out.append("  ").append(p).append('\n');
    }
    out.append("\nPeople listed (quoted | named only)\n");
    for (NewsGold g : NewsGold.readAll(NewsGold.CORPUS)) {
      QuoteBook book = QuoteBook.of(List.of(g.article()));
      out.append(g.id()).append(": ");
      for (Speaker s : book.speakers())
        out.append(s.name()).append(" [").append(s.role()).append("] ");
      out.append("| ");
      for (Speaker s : book.unquoted()) out.append(s.name()).append("; ");
      out.append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "quote-report.txt"), out);
    System.out.print(out);
    assertThat(scores).hasSize(15);
  }
}
