package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.index.TextAnalysis;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownNamesTest {
  private final TextAnalysis analysis = new TextAnalysis();
  private final UnknownNames names =
      new UnknownNames(
          analysis,
          ArticleVocabulary.of(
              List.of(
                  analysis.termSet(
                      "Xi Jinping met Donald Trump in Busan after talks in Madrid. Trump hailed"
                          + " the meeting on social media. Make America Great Again."))),
          name -> name.equalsIgnoreCase("Pentagon"));

  @Test
  void findsTheNameTheArticlesNeverUse() {
    assertThat(names.firstIn("When did the Geneva truce talks happen?", Set.of()))
        .contains("Geneva");
    assertThat(names.firstIn("Did Xi and Trump discuss the war in Ukraine in Busan?", Set.of()))
        .contains("Ukraine");
    assertThat(names.firstIn("did they talk about the Belt and Road project?", Set.of()))
        .contains("Belt");
  }

  @Test
  void knownNamesAndTheirNearSpellingsAreNotFlagged() {
    for (String q :
        List.of(
            "When did Xi meet Trump in Busan?",
            "Did Xi meet Trump in Pusan?", // one letter off
            "How did the American side see the talks in Madrid?", // a longer form of America
            "What did Trump post on Truth Social?", // one word of the name is known
            "What did the Pentagon chief say?", // someone's title
            "Who did Trump meet in Busan; was it Xi-Jinping?",
            "What did the Defense Secretary promise?",
            "What did Xi tell Trump at Thursday's meeting in Busan?",
            "What did the spokesman stress at the Oct 31 presser?", // a month, shortened
            "Who did Trump speak to on Nov 2?")) {
      assertThat(names.firstIn(q, Set.of("defens", "secretari"))).as(q).isEmpty();
    }
  }

  @Test
  void sentenceStartsCapitalsAndTitleCaseSayNothingAboutNames() {
    assertThat(names.firstIn("Geneva talks: when were they?", Set.of())).isEmpty();
    assertThat(names.firstIn("did they talk about NATO", Set.of())).isEmpty();
    assertThat(names.firstIn("What Did Xi Say In Geneva?", Set.of())).isEmpty();
    assertThat(names.firstIn("", Set.of())).isEmpty();
    assertThat(names.firstIn("🤝 ?!", Set.of())).isEmpty();
  }

  @Test
  void theFullStopOfAnInitialDoesNotStartASentence() {
    assertThat(names.firstIn("What did the U.S. Treasury say?", Set.of())).contains("Treasury");
    assertThat(names.firstIn("Did they meet in Busan. Geneva was next?", Set.of())).isEmpty();
  }
}
