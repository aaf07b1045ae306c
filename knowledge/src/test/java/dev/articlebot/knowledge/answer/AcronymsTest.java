package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.lexicon.WordRarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {
  private static final String TEXT =
      "Trade Talks Resume\n\nBy Ann Lee\n\n"
          + "Officials of the World Trade Organization met in Geneva on Monday to discuss tariffs.\n\n"
          + "A spokesperson for the Center for Strategic and International Studies said the talks"
          + " would go on, and the Non-Aligned Movement sent observers to the Geneva meeting.\n\n"
          + "The ministers will meet again in the spring, officials said on Tuesday afternoon.\n";

  private final Acronyms acronyms =
      Acronyms.of(List.of(new ArticleParser().parse("talks", TEXT)), WordRarity.english());

  @Test
  void anAcronymInCapitalsIsSpelledOutAsTheArticleNamesIt() {
    assertThat(acronyms.spelledOut("what did the WTO decide?"))
        .isEqualTo("what did the World Trade Organization decide?");
    assertThat(acronyms.spelledOut("who spoke for CSIS"))
        .isEqualTo("who spoke for Center for Strategic and International Studies");
  }

  @Test
  void aHyphenatedWordGivesAnInitialPerPart() {
    assertThat(acronyms.spelledOut("did the NAM attend?"))
        .isEqualTo("did the Non-Aligned Movement attend?");
  }

  @Test
  void aLowerCaseAcronymCountsOnlyWhenItIsNoWord() {
    assertThat(acronyms.spelledOut("what did the wto decide"))
        .isEqualTo("what did the World Trade Organization decide");
    // "nam" and "the" are words; lower case, they stay as they are.
    assertThat(acronyms.spelledOut("did nam attend the meeting"))
        .isEqualTo("did nam attend the meeting");
  }

  @Test
  void aQuestionWithoutAcronymsIsUnchanged() {
    assertThat(acronyms.spelledOut("what did the WHO say?")).isEqualTo("what did the WHO say?");
    assertThat(acronyms.spelledOut("where did they meet?")).isEqualTo("where did they meet?");
    assertThat(acronyms.spelledOut("")).isEmpty();
  }

  @Test
  void namesOfFewerThanThreeWordsGiveNoAcronym() {
    Article a =
        new ArticleParser()
            .parse(
                "x",
                "Title Here\n\nBy Ann Lee\n\n"
                    + "Xi met in Busan, South Korea, on Monday with officials from the region.\n");
    Acronyms two = Acronyms.of(List.of(a), WordRarity.english());
    assertThat(two.spelledOut("what about SK?")).isEqualTo("what about SK?");
  }
}
