package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The held-out estimate: quote extraction on the stories in {@code quotes/heldout/}, which were
 * written before the extractor was tuned on the news corpus and never used to tune it (see the
 * README there). Scored like {@link NewsQuotesTest}; {@code target/quote-report-heldout.txt} holds
 * the table. The floors are what the stories reached when first measured, not targets: a change
 * must not be made to raise them.
 *
 * <p>First measurement (commit after cf29b82): recall 0.855, precision 0.974 averaged over the
 * three stories, one paraphrase given to the wrong person, lookups 0.889. The failure classes were
 * then fixed by general rules, so the stories are no longer blind (see the README there); they stay
 * as a guard that no quote in them goes to the wrong person.
 */
class HeldOutQuotesTest {

  @Test
  void heldOutStories() throws IOException {
    List<NewsGold> stories = NewsGold.readAll(NewsGold.HELD_OUT);
    List<QuoteScore> scores = new ArrayList<>();
    for (NewsGold g : stories) scores.add(QuoteScoring.score(g));
    NewsQuotesTest.writeReport("quote-report-heldout.txt", scores, stories);
    assertThat(stories).hasSize(3);
    double recall = scores.stream().mapToDouble(QuoteScore::recall).average().orElse(0);
    double precision = scores.stream().mapToDouble(QuoteScore::precision).average().orElse(0);
    assertThat(recall).isGreaterThanOrEqualTo(0.85);
    assertThat(precision).isGreaterThanOrEqualTo(0.97);
    for (QuoteScore s : scores) {
      assertThat(s.problems()).as(s.article()).noneMatch(p -> p.startsWith("WRONG"));
    }
  }
}
