package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexicalIndexTest {
  private final TextAnalysis analysis = new TextAnalysis();

  @Test
  void matchesPossessivesStemsAndTheCountryUs() {
    LexicalIndex index =
        new LexicalIndex(
            analysis,
            List.of(
                "China’s export controls on rare earths tightened.",
                "The US cut tariffs on soybeans.",
                "Nothing relevant is said here at all."));
    Map<Integer, Double> hits = index.search("What did China export?");
    assertThat(hits).containsOnlyKeys(0);
    assertThat(index.search("what about the U.S. tariff")).containsOnlyKeys(1);
    assertThat(index.search("what did they tell us")).isEmpty();
  }

  @Test
  void questionWordsAloneMatchNothing() {
    LexicalIndex index = new LexicalIndex(analysis, List.of("What did he say about it?"));
    assertThat(index.search("what did he say about it")).isEmpty();
  }
}
