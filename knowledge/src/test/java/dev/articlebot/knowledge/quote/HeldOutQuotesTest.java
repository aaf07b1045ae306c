package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The held-out estimate: quote extraction on the stories in {@code quotes/heldout/}, read from
 * their gold paragraphs and from their pages by the page reader, scored like {@link
 * NewsQuotesTest}. {@code target/quote-report-heldout.txt} holds the tables. The stories are kept
 * out of tuning (see the README there), so their scores estimate quote extraction on news nobody
 * here has seen. The floors sit just below the scores the extractor reaches on them: they catch a
 * change that makes things worse, they are not targets to reach by tuning.
 */
class HeldOutQuotesTest {

  @Test
  void heldOutStories() throws IOException {
    List<NewsGold> stories = NewsGold.readAll(NewsGold.HELD_OUT);
    assertThat(stories).hasSize(3);
    List<QuoteScore> scores = new ArrayList<>();
    List<QuoteScore> pages = new ArrayList<>();
    for (NewsGold g : stories) {
      scores.add(QuoteScoring.score(g));
      pages.add(QuoteScoring.scorePage(g));
    }
    NewsQuotesTest.writeReport("quote-report-heldout.txt", scores, pages, stories);
    assertThat(average(scores, QuoteScore::recall)).isGreaterThanOrEqualTo(0.95);
    assertThat(average(pages, QuoteScore::recall)).isGreaterThanOrEqualTo(0.95);
    assertThat(average(scores, QuoteScore::precision)).isGreaterThanOrEqualTo(0.92);
    assertThat(average(pages, QuoteScore::precision)).isGreaterThanOrEqualTo(0.92);
    assertThat(scores.stream().mapToInt(QuoteScore::wrong).sum()).isLessThanOrEqualTo(1);
    assertThat(pages.stream().mapToInt(QuoteScore::wrong).sum()).isLessThanOrEqualTo(1);
  }

  static double average(
      List<QuoteScore> scores, java.util.function.ToDoubleFunction<QuoteScore> f) {
    return scores.stream().mapToDouble(f).average().orElse(0);
  }
}
