package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.quote.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerRolesTest {
  private final SpeakerRoles roles =
      SpeakerRoles.of(
          List.of(
              new Speaker("Ana Ruiz", List.of("Ruiz"), "Spanish Prime Minister", List.of(1)),
              new Speaker("Tom Hale", List.of("Hale"), "US President", List.of(2)),
              new Speaker("Li Wei", List.of(), "China’s Defense Minister", List.of(3)),
              new Speaker("Kim Ode", List.of(), "an economist", List.of(4))),
          java.util.Set.of("spain", "china", "france", "italy", "japan", "brazil", "us"));

  @Test
  void aTitleHeldOnlyByPeopleFromElsewhereNamesSomeoneElse() {
    assertThat(roles.namesSomeoneElse("France's president")).isTrue();
    assertThat(roles.namesSomeoneElse("the Italian prime minister")).isTrue();
    assertThat(roles.namesSomeoneElse("the Japanese defense minister")).isTrue();
    assertThat(roles.namesSomeoneElse("Brazil's ambassador")).isTrue();
    assertThat(roles.namesSomeoneElse("the japanese defense minister")).isTrue();
    assertThat(roles.namesSomeoneElse("the Fed's chairman")).isTrue();
  }

  @Test
  void theArticlesOwnTitleHoldersAreRecognisedHoweverPhrased() {
    assertThat(roles.namesSomeoneElse("the American president")).isFalse();
    assertThat(roles.namesSomeoneElse("the US president")).isFalse();
    assertThat(roles.namesSomeoneElse("Spain's prime minister")).isFalse();
    assertThat(roles.namesSomeoneElse("the Chinese defence minister")).isFalse();
    assertThat(roles.namesSomeoneElse("China's defense minister")).isFalse();
  }

  @Test
  void withoutAPlaceThereIsNothingToContradict() {
    assertThat(roles.namesSomeoneElse("the president")).isFalse();
    assertThat(roles.namesSomeoneElse("the former president")).isFalse();
    assertThat(roles.namesSomeoneElse("the ambassador")).isFalse();
    assertThat(roles.namesSomeoneElse("the economist")).isFalse();
    assertThat(roles.namesSomeoneElse("the diplomats' spokesman")).isFalse();
    assertThat(roles.namesSomeoneElse("the bank's president")).isFalse();
  }
}
