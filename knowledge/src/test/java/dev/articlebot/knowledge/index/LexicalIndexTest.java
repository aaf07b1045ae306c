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
  void scoresAsLuceneSearchDoes() throws Exception {
    String article =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/main/resources/articles/an-inevitable-peace.txt"));
    List<String> paragraphs =
        java.util.Arrays.stream(article.split("\\n")).filter(l -> !l.isBlank()).toList();
    LexicalIndex index = new LexicalIndex(analysis, paragraphs);
    for (String q :
        List.of(
            "How long did Xi and Trump meet in Busan?",
            "what did china do about rare earths and port fees",
            "G2 G2 G2 rhetoric Wu Xinbo signals",
            "tariffs tariffs soybeans November 10, 2026",
            "nothing here matches zzyzx")) {
      Map<String, Float> weighted = new java.util.LinkedHashMap<>();
      for (String t : analysis.terms(q)) weighted.merge(t, 1f, Float::sum);
      Map<Integer, Double> fast = index.search(weighted);
      Map<Integer, Double> lucene = index.searchWithLucene(weighted);
      assertThat(fast.keySet()).as(q).isEqualTo(lucene.keySet());
      lucene.forEach(
          (doc, score) ->
              assertThat(fast.get(doc))
                  .as(q)
                  .isCloseTo(score, org.assertj.core.data.Offset.offset(1e-4)));
    }
    assertThat(index.search("rare earths")).isNotEmpty();
  }

  @Test
  void questionWordsAloneMatchNothing() {
    LexicalIndex index = new LexicalIndex(analysis, List.of("What did he say about it?"));
    assertThat(index.search("what did he say about it")).isEmpty();
  }
}
