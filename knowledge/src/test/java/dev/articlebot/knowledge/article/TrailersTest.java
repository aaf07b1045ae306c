package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrailersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "© 2026 The Paper. Everything here is ours.",
        "© Copyright 2026 The Greenville Press, 12 Main St Greenville, NY | Terms of Use",
        "Copyright 2026 BBC. All rights reserved. The BBC is not responsible for external sites.",
        "Copyright © 2026 Example Media",
        "(c) 2026 Lakeside Courier",
        "All rights reserved.",
        "Reporting by Ann Lee; Editing by Tom Roe",
        "Reporting by Katrin Vogel and Daniel Amsel in Frankfurt; Additional reporting by Harriet"
            + " Oakes in London; Editing by Mark Pendleton",
        "Writing by Jean-Paul de la Cruz; Editing by Kim Coghill.",
        "Reporting by Reuters",
        "Associated Press writer Jordan Reyes in Oakland, California, contributed to this report.",
        "Lauren Pike contributed to this report.",
        "###",
        "# # #",
        "-30-",
        "- 30 -",
        "ENDS",
        "-ends-",
        "Cordova reported from Washington.",
        "Doe and Roe reported from Kyiv, Ukraine.",
        "Comments (7)",
        "318 comments",
        "Show comments",
        "Discussion about this post",
        "The post Ferries to halve winter sailings appeared first on The Northsound Ledger.",
        "Edit: formatting. Edit 2: they added a correction at the bottom, copied it in.",
        "See less",
        "Quick hits",
        "Join the conversation",
        "Media Contact:",
        "Investor contacts",
        "SOURCE Cordillera Cell Recovery, Inc.",
        "SOURCE Acme Robotics Inc.",
        "Source: Al Jazeera and news agencies",
        "Source: AFP",
        "— With assistance from Hana Sorensen and Miguel Ortega-Baines",
        "ab/rm (dpa, Reuters)",
        "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP,"
            + " CNN and the BBC World Service which is copyright and cannot be reproduced.",
        "Translation of an article originally published in French.",
        "This article originally appeared on The Sespe Valley Gazette: Bardsdale Fire forces 6,000"
            + " to flee",
        "This story was first published by Coastline Public Radio.",
        "This news story has been written and carefully fact-checked by an external editorial"
            + " team. At SWI swissinfo.ch we select the most relevant news for an international"
            + " audience.",
        "With files from The Canadian Press and Ian Friesen",
        "With files from Ian Friesen",
        "--Additional reporting by Priya Raman. Editing by Michael Tolan.",
        "Reported by Quynh Tran and Thanh Nhan",
        "— Editing by Jane Doe",
        "ABOUT THE AUTHOR",
        "A version of this article appears in print on Dec. 4, 2026, Section A, Page 14 of the New"
            + " York edition with the headline: Lunch Hits a Wall. Order Reprints | Today’s Paper",
        "This story was produced in partnership with the Gulf Reporting Collaborative.",
        "Footnotes",
        "Endnotes",
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0"
            + " International License.",
        "Attachments",
        "Comments are closed.",
        "This article appeared in the Europe section of the print edition under the headline"
            + " “Priced out of Amsterdam”",
        "Gabriel Marchetti contributed reporting.",
        "Ana Lim contributed reporting from Rome.",
        "Note from the author:",
        "(Catch all the Business News, Breaking News Events and Latest News Updates on The Commerce"
            + " Times.)",
      })
  void copyrightCreditsAndEndMarksEndTheArticle(String line) {
    assertThat(Trailers.endsArticle(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Research by the University of Connecticut found in 2024 that the mussel beds recover.",
        "Research by the Cornell Cooperative Extension, cited by several speakers, found that solar"
            + " leases pay farmers up to three times what crops do.",
        "Copyright lawyers said the ruling would be appealed.",
        "Produced by Netflix, the series drew 40 million viewers in its first week.",
        "Compiled by the Met Office, the figures show the wettest autumn since 1910.",
        "Edited by hand, the tapes ran to nine hours.",
        "Reporting by the Sentinel last year found 14 violations at the plant.",
        "The rights to the land were all reserved for the tribe in the 1851 treaty.",
        "(c) the council must publish its accounts by 2027 under the new law.",
        "Ends of the pier were closed after the storm.",
        "The source of the leak was never found, officials said.",
        "Media contacts at the ministry declined to comment on the figures.",
        "Comments from residents will be heard in January.",
        "Source: the ministry, which declined to say how the figures were gathered.",
        "A version of the plan was approved in 2024.",
        "Source: Bloomberg",
        "Source: Office for National Statistics",
        "ab/rm (the ministry)",
        "With assistance from the army, crews cleared the road by noon.",
        "The ruling means the photographs are under copyright, lawyers said.",
        "Translation services were offered to 400 families, the council said.",
        "This story first appeared to be a hoax, police said.",
        "With files from the archive, the museum rebuilt the hall.",
        "About the author of the letter, nothing is known.",
        "This story has been told by every mayor since 1990, the councillor said.",
        "-- Research by the university. Editing the figures took weeks.",
        "Reported by the Guardian last year, the scheme was dropped in March.",
      })
  void sentencesOfTheStoryDoNotEndIt(String line) {
    assertThat(Trailers.endsArticle(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reach Maria Feldman at mfeldman@sentinel.example.",
        "Maria Feldman covers state government for the Sentinel.",
        "Maria Feldman is a senior reporter on the politics desk.",
      })
  void notesAboutTheAuthorAreRecognised(String line) {
    assertThat(Trailers.isAuthorNote(line, List.of("Maria Feldman"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Maria Lopez is the town's longest-serving councillor.",
        "Feldman said the report would be published in March.",
      })
  void sentencesAboutOtherPeopleAreNoAuthorNotes(String line) {
    assertThat(Trailers.isAuthorNote(line, List.of("Maria Feldman"))).isFalse();
  }

  @org.junit.jupiter.api.Test
  void aClosingCreditNamesItsAgencies() {
    assertThat(Trailers.creditedAgency("With files from The Canadian Press and Ian Friesen"))
        .contains("The Canadian Press");
    assertThat(Trailers.creditedAgency("ab/rm (dpa, Reuters)")).contains("dpa, Reuters");
    assertThat(Trailers.creditedAgency("With files from Ian Friesen")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void anAgencyThatContributedToTheStoryIsItsAgencyAndAPersonIsNot() {
    assertThat(Trailers.creditedAgency("Xinhua contributed to this story.")).contains("Xinhua");
    assertThat(Trailers.creditedAgency("The Associated Press contributed to this report."))
        .contains("Associated Press");
    assertThat(Trailers.creditedAgency("Jordan Pike contributed to this report.")).isEmpty();
    assertThat(
            Trailers.creditedAgency(
                "Associated Press writer Devin Osei in Denver contributed to this report."))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void notesForEditorsAndAStudysReferenceEndTheStory() {
    assertThat(Trailers.endsArticle("Notes to editors")).isTrue();
    assertThat(Trailers.endsArticle("Provided by University of Tasmania")).isTrue();
    assertThat(
            Trailers.endsArticle(
                "More information: Imogen Faulkner et al, Upwelling sustains remnant kelp, Nature"
                    + " Ecology & Evolution (2026). DOI: 10.1038/s41559-026-02871-4"))
        .isTrue();
    assertThat(Trailers.endsArticle("More information is available from the council's website."))
        .isFalse();
    assertThat(Trailers.endsArticle("Provided by the city, the buses will run every hour."))
        .isFalse();
  }

  @org.junit.jupiter.api.Test
  void aWireStorysNoteOnWhenItFirstRanEndsTheStory() {
    assertThat(
            Trailers.endsArticle(
                "This report by The Canadian Press was first published Dec. 4, 2026."))
        .isTrue();
    assertThat(Trailers.endsArticle("This story was first published by The Paper.")).isTrue();
    assertThat(
            Trailers.endsArticle(
                "This report by the auditor was first published in 2019, and the council never"
                    + " acted on it."))
        .isFalse();
  }

  @Test
  void aNoteThatTheStoryRanInPrintOrOnAMemorialSiteEndsIt() {
    assertThat(
            Trailers.endsArticle(
                "This article appears in the March 2027 print edition under the headline “Across"
                    + " the Water.”"))
        .isTrue();
    assertThat(Trailers.endsArticle("Published by The Valley Ledger on Dec. 5, 2026.")).isTrue();
    assertThat(
            Trailers.endsArticle(
                "Published by Marlow Press in 1998, the book sold 40,000 copies in its first"
                    + " year."))
        .isFalse();
  }

  @Test
  void aWritersNoteOnTheirBeatIsInTheFirstPerson() {
    assertThat(Trailers.isBeatNote("I cover the energy transition in Central and Eastern Europe."))
        .isTrue();
    assertThat(Trailers.isBeatNote("I write about housing, transit and City Hall.")).isTrue();
    assertThat(Trailers.isBeatNote("Investors cover the cost, the minister said.")).isFalse();
    assertThat(Trailers.isBeatNote("“I cover for my brother on weekends,” she said.")).isFalse();
  }
}
