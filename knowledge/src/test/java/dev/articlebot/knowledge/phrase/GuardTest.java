package dev.articlebot.knowledge.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardTest {
  private static final Map<Integer, String> PASSAGES =
      Map.of(
          6,
          "The two sides agreed in Kuala Lumpur on Oct. 26 to pause the 100% tariffs for one year,"
              + " Wu Xinbo said. “Both sides stepped back from the brink,” he added.",
          7,
          "China will suspend its export controls on rare earths announced on October 9, the"
              + " Commerce Ministry said on Thursday.");

  private final Guard guard = new Guard();

  private Optional<Fallback> check(String reply) {
    return guard.check(reply, PASSAGES).failure();
  }

  @Test
  void passesSentencesThatCiteWhatTheyUse() {
    Guard.Verdict v =
        guard.check(
            "In Kuala Lumpur the two sides agreed to pause the 100% tariffs for a year [¶6]. Wu"
                + " Xinbo said “both sides stepped back from the brink.” [¶6] China will suspend"
                + " its rare-earth controls from October 9 [¶7].",
            PASSAGES);
    assertThat(v.failure()).isEmpty();
    assertThat(v.cited()).containsExactlyInAnyOrder(6, 7);
  }

  @Test
  void aSentenceWithoutCitationFails() {
    assertThat(check("The sides agreed to pause tariffs [¶6]. That was a relief."))
        .contains(Fallback.UNCITED);
  }

  @Test
  void aCitationOfAPassageNotGivenFails() {
    assertThat(check("The sides agreed to pause tariffs [¶9].")).contains(Fallback.UNKNOWN_PASSAGE);
  }

  @Test
  void aNumberMustBeInTheCitedPassage() {
    assertThat(check("They paused the 50% tariffs [¶6].")).contains(Fallback.NUMBER);
    assertThat(check("They paused the tariffs for three years [¶6].")).contains(Fallback.NUMBER);
    // 100 is in passage 6, not in passage 7 which the sentence cites
    assertThat(check("China suspended 100 controls [¶7].")).contains(Fallback.NUMBER);
  }

  @Test
  void aDateMustBeInTheCitedPassage() {
    assertThat(check("The controls were announced in September [¶7].")).contains(Fallback.DATE);
    assertThat(check("The ministry spoke on Friday [¶7].")).contains(Fallback.DATE);
    assertThat(check("The ministry spoke on Thursday [¶7].")).isEmpty();
  }

  @Test
  void aNameMustBeInTheCitedPassage() {
    assertThat(check("Victor Gao said both sides stepped back [¶6].")).contains(Fallback.NAME);
    assertThat(check("Wu Xinbo said the ministry acted [¶7].")).contains(Fallback.NAME);
    assertThat(check("According to Wu Xinbo, the sides agreed [¶6].")).isEmpty();
  }

  @Test
  void aQuotationMustBeVerbatim() {
    assertThat(check("Wu said “both sides stepped away from the brink” [¶6]."))
        .contains(Fallback.QUOTATION);
    assertThat(check("Wu said \"Both sides stepped back from the brink\" [¶6].")).isEmpty();
  }

  @Test
  void theModelsRefusalOrSilenceFails() {
    assertThat(check("NOT IN PASSAGES")).contains(Fallback.REFUSED);
    assertThat(check("  ")).contains(Fallback.REFUSED);
  }

  @Test
  void citationsAreReadInTheirUsualForms() {
    assertThat(Guard.citedIn("a [¶6] b [¶6, ¶7] c [¶ 7; 8]")).containsExactly(6, 7, 8);
    assertThat(Guard.claims("One [¶6]. Two. [¶7]")).hasSize(2);
    assertThat(Guard.claims("One [¶6]. Two. [¶7]").get(1).cited()).containsExactly(7);
  }
}
