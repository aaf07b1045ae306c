package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldCodedExportTest {

  private final ArticleParser parser = new ArticleParser();

  private static final String EXPORT =
      "Factiva\nDow Jones\n\nPage 1 of 2 © 2026 Factiva, Inc. All rights reserved.\n\n"
          + "HD\nFreight firm to cut 600 jobs after losing haulage contract\n"
          + "BY\nBy Rebecca Thornley and Daniel Osei\n"
          + "WC\n683 words\nPD\n3 December 2026\nET\n14:05\nSN\nThe Northern Ledger\nSC\nNRTHLD\n"
          + "LA\nEnglish\nCY\nCopyright 2026, The Northern Ledger. All Rights Reserved.\n"
          + "LP\nNorthwind Freight is to cut 600 jobs after losing a government contract.\n\n"
          + "The depots at Healey Mills and Tinsley will close by the end of March.\n"
          + "TD\nThe contract covers the movement of ballast for rail upgrades.\n\n"
          + "Page 2 of 2 © 2026 Factiva, Inc. All rights reserved.\n\n"
          + "Union threatens legal challenge\n\n"
          + "The union said it would challenge the award in the courts.\n"
          + "CO\nnrthwd : Northwind Freight Ltd\nNS\nc42 : Labor/Personnel\n"
          + "RE\nuk : United Kingdom\nAN\nDocument NRTHLD0020261203ekc30000p\n\n"
          + "Search Summary\nText\tnorthwind freight\nResults Found\t14\n"
          + "© 2026 Factiva, Inc. All rights reserved.\n";

  @Test
  void aDatabaseExportIsReadByItsFieldsAndItsPageFootersAreNoEndOfTheStory() {
    Article a = parser.parse("t", EXPORT);
    assertThat(a.title()).isEqualTo("Freight firm to cut 600 jobs after losing haulage contract");
    assertThat(a.authors()).containsExactly("Rebecca Thornley", "Daniel Osei");
    assertThat(a.published()).isEqualTo("3 December 2026");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "Northwind Freight is to cut 600 jobs after losing a government contract.",
            "The depots at Healey Mills and Tinsley will close by the end of March.",
            "The contract covers the movement of ballast for rail upgrades.",
            "The union said it would challenge the award in the courts.");
    assertThat(a.sections())
        .extracting(Section::heading)
        .contains("Union threatens legal challenge");
  }

  @Test
  void aStoryThatOnlyMentionsCodesIsNoExport() {
    assertThat(
            FieldCodedExport.is(
                java.util.List.of("HD", "The story", "TD", "It went on.", "CO", "AN")))
        .isFalse();
    assertThat(FieldCodedExport.is(EXPORT.lines().toList())).isTrue();
  }
}
