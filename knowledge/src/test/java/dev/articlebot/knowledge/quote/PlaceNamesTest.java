package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void adjectivesAbbreviationsAndCapitalsNameTheirCountry() {
    assertThat(PlaceNames.canonical("American")).isEqualTo("us");
    assertThat(PlaceNames.canonical("u.s.")).isEqualTo("us");
    assertThat(PlaceNames.canonical("Beijing")).isEqualTo("china");
    assertThat(PlaceNames.canonical("Chinese")).isEqualTo("china");
    assertThat(PlaceNames.joinMultiWordNames("the united states president"))
        .isEqualTo("the us president");
  }

  @Test
  void otherWordsStayAsTheyAre() {
    assertThat(PlaceNames.canonical("Minister")).isEqualTo("minister");
    assertThat(PlaceNames.isPlace("japan")).isTrue();
    assertThat(PlaceNames.isPlace("diplomats")).isFalse();
  }
}
