package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.index.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoicesTest {
  private final Article article =
      new ArticleParser()
          .parse(
              "river-deal",
              """
              A Deal on the River

              By Sam Reed

              Norway said on Monday it would share the river's water with Sweden.

              The European Commission has long argued for such deals, and many analysts believe \
              it will hold.

              Finland was not part of the talks, and the Finland question remains open.
              """);
  private final Voices voices = Voices.of(List.of(article), new TextAnalysis());

  @Test
  void placesAndBodiesTheArticleReportsAsSpeakingHaveAVoice() {
    assertThat(voices.mayHaveSaid("Norway")).isTrue();
    assertThat(voices.mayHaveSaid("norway's government")).isTrue();
    assertThat(voices.mayHaveSaid("the European Commission")).isTrue();
    assertThat(voices.mayHaveSaid("analysts")).isTrue();
  }

  @Test
  void aPlaceTheArticleOnlyWritesAboutHasNone() {
    assertThat(voices.mayHaveSaid("Finland")).isFalse();
    assertThat(voices.mayHaveSaid("Finland's government")).isFalse();
    assertThat(voices.mayHaveSaid("Denmark")).isFalse();
  }

  @Test
  void phrasesAboutPeopleAreLeftToTheQuoteBook() {
    assertThat(voices.mayHaveSaid("Finland's president")).isTrue();
    assertThat(voices.mayHaveSaid("he")).isTrue();
    assertThat(voices.mayHaveSaid("the")).isTrue();
  }
}
