package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

  @Test
  void datesSummariesAndAuthorsAreKnownByTheirLabels() {
    assertThat(Fields.label("Date:")).isEqualTo(Fields.Label.DATE);
    assertThat(Fields.label("Posted:")).isEqualTo(Fields.Label.DATE);
    assertThat(Fields.label("Last updated:")).isEqualTo(Fields.Label.UPDATED);
    assertThat(Fields.label("Summary:")).isEqualTo(Fields.Label.SUMMARY);
    assertThat(Fields.label("Written by:")).isEqualTo(Fields.Label.AUTHOR);
    assertThat(Fields.label("Author of the article:")).isEqualTo(Fields.Label.AUTHOR);
    assertThat(Fields.inline("Highlight: Drivers will pay from September"))
        .contains(new Fields.Inline(Fields.Label.SUMMARY, "Drivers will pay from September"));
    assertThat(Fields.inline("Section: NEWS; Pg. 7")).isEmpty();
    assertThat(Fields.inline("The plan includes: a new bridge")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tags:",
        "Key points:",
        "Journal Reference:",
        "Media Contact:",
        "Notes:",
        "Claims:"
      })
  void aNameEndingInAColonIsALabel(String line) {
    assertThat(Fields.label(line)).isEqualTo(Fields.Label.OTHER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Marks posted:",
        "Smith continued:",
        "Kuhn added:",
        "Ostrowski said:",
        "Her message:",
        "His answer:",
        "She said:",
        "The plan includes:",
        "As Kuhn says:",
        "Then she adds:",
        "Lee warned:",
        "Okafor told reporters:"
      })
  void aClauseEndingInAColonIsNoLabel(String line) {
    assertThat(Fields.label(line)).isNull();
  }
}
