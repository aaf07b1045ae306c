package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

  @Test
  void findsAnEmailAddressAnywhereInTheLine() {
    assertThat(LineShape.hasEmail("Reach Maria Feldman at mfeldman@sentinel.example.")).isTrue();
    assertThat(LineShape.hasEmail("tbradley@greenvillepress.example or 518-555-0142")).isTrue();
    assertThat(LineShape.hasEmail("first.last+news@mail.co.uk")).isTrue();
  }

  @Test
  void aLineWithoutAnAddressHasNone() {
    assertThat(LineShape.hasEmail("Contact the newsroom with your tips.")).isFalse();
    assertThat(LineShape.hasEmail("Follow @newsdesk for updates")).isFalse();
    assertThat(LineShape.hasEmail(".".repeat(5000) + " The end.")).isFalse();
    assertThat(LineShape.hasEmail(".".repeat(5000) + "@ The end.")).isFalse();
  }
}
