package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

  private static List<String> authors(String line) {
    return Bylines.labelled(line).orElseThrow().authors();
  }

  @Test
  void readsOneTwoOrThreeAuthors() {
    assertThat(authors("By Jane Roe")).containsExactly("Jane Roe");
    assertThat(authors("By Katrin Vogel and Daniel Amsel"))
        .containsExactly("Katrin Vogel", "Daniel Amsel");
    assertThat(authors("By Ana Lucía Ferreira, Tom O'Neill and Jean-Paul de la Cruz"))
        .containsExactly("Ana Lucía Ferreira", "Tom O'Neill", "Jean-Paul de la Cruz");
    assertThat(authors("by: Kelsey Ortiz")).containsExactly("Kelsey Ortiz");
    assertThat(authors("By Ana dos Santos and Rania el Amin"))
        .containsExactly("Ana dos Santos", "Rania el Amin");
  }

  @Test
  void readsCapitalsAndTheAgencyAfterTheNames() {
    Bylines.Byline b = Bylines.labelled("By MARIA GARCIA and TOM HOLLIS Associated Press").get();
    assertThat(b.authors()).containsExactly("MARIA GARCIA", "TOM HOLLIS");
    assertThat(b.agency()).isEqualTo("Associated Press");
    Bylines.Byline agency = Bylines.labelled("By Reuters").get();
    assertThat(agency.authors()).isEmpty();
    assertThat(agency.agency()).isEqualTo("Reuters");
  }

  @Test
  void cutsRolesPlacesAndDatesOffTheNames() {
    assertThat(authors("By Owen Pritchard, Football reporter at Wembley"))
        .containsExactly("Owen Pritchard");
    assertThat(authors("By Rachel Ogundipe at Hatherley Park")).containsExactly("Rachel Ogundipe");
    assertThat(authors("By Daniel Okafor and Rachel Stein, Staff Writers"))
        .containsExactly("Daniel Okafor", "Rachel Stein");
    assertThat(authors("By energy reporter Tom Nguyen and Sarah Whitby"))
        .containsExactly("Tom Nguyen", "Sarah Whitby");
    assertThat(authors("By Alice Chen and Robert Mäkinen, Lakeside Courier"))
        .containsExactly("Alice Chen", "Robert Mäkinen");
    Bylines.Byline dated = Bylines.labelled("By Grace Liu | Dec 2, 2026 | 5:30 PM").get();
    assertThat(dated.authors()).containsExactly("Grace Liu");
    assertThat(dated.dates())
        .extracting(DateStamps.Stamp::text)
        .containsExactly("Dec 2, 2026 | 5:30 PM");
    Bylines.Byline updated = Bylines.labelled("By Yu Xiaodong Updated Jan.1").get();
    assertThat(updated.authors()).containsExactly("Yu Xiaodong");
    assertThat(updated.dates()).extracting(DateStamps.Stamp::text).containsExactly("Jan.1");
    // a date that is one part of several ("· 5 min read" after it)
    Bylines.Byline app = Bylines.labelled("By Rowan Pellerin · Dec 2, 2026 · 5 min read").get();
    assertThat(app.authors()).containsExactly("Rowan Pellerin");
    assertThat(app.dates()).extracting(DateStamps.Stamp::text).containsExactly("Dec 2, 2026");
    // a date between slashes, the section after it
    Bylines.Byline slashed =
        Bylines.labelled("By Li Wen and Zhou Xinyi / Dec 03, 2026 08:12 PM / Business & Tech")
            .get();
    assertThat(slashed.authors()).containsExactly("Li Wen", "Zhou Xinyi");
    assertThat(slashed.dates())
        .extracting(DateStamps.Stamp::text)
        .containsExactly("Dec 03, 2026 08:12 PM");
  }

  @Test
  void aNameMayHoldAWordOfThePagesTools() {
    assertThat(authors("By Larry Page")).containsExactly("Larry Page");
    assertThat(authors("By Tom Home")).containsExactly("Tom Home");
    assertThat(authors("By Kim Jong-un and Lee Min")).containsExactly("Kim Jong-un", "Lee Min");
    assertThat(Bylines.labelled("By Share Print")).isEmpty();
    assertThat(Bylines.unlabelled("Follow Jane Doe", true)).isEmpty();
  }

  @Test
  void aPublicationAfterTheNamesIsNoAuthor() {
    Bylines.Byline ap =
        Bylines.labelled("By Jill Lawless and Danica Kirka | The Associated Press").get();
    assertThat(ap.authors()).containsExactly("Jill Lawless", "Danica Kirka");
    assertThat(ap.agency()).isEqualTo("Associated Press");
    assertThat(authors("By Maria Feldman, The Hartford Sentinel")).containsExactly("Maria Feldman");
    assertThat(authors("By Maria Feldman and Tom Baird | Hartford Sentinel"))
        .containsExactly("Maria Feldman", "Tom Baird");
    assertThat(authors("By Priya Natarajan, Evening Chronicle")).containsExactly("Priya Natarajan");
  }

  @Test
  void aRoleOfSeveralWordsAfterTheNameIsCutOff() {
    assertThat(authors("By Mark Sweney Media business correspondent"))
        .containsExactly("Mark Sweney");
    assertThat(
            Bylines.unlabelled("Mark Sweney Media business correspondent", false).get().authors())
        .containsExactly("Mark Sweney");
    assertThat(authors("By Ruth Ogden Senior health reporter")).containsExactly("Ruth Ogden");
  }

  @Test
  void otherLabelsOfAnAuthorAndANameWithItsAgency() {
    assertThat(authors("Opinion by Frida Ghitis")).containsExactly("Frida Ghitis");
    assertThat(authors("Story by Jane Doe")).containsExactly("Jane Doe");
    assertThat(authors("Written by Jane Doe")).containsExactly("Jane Doe");
    assertThat(authors("Writer: Supaporn Kaewmanee and Theerapat Charoensuk"))
        .containsExactly("Supaporn Kaewmanee", "Theerapat Charoensuk");
    assertThat(authors("Byline: Rachel Okafor and Tom Featherstone"))
        .containsExactly("Rachel Okafor", "Tom Featherstone");
    assertThat(Bylines.labelled("Byline Bay is closed for the winter")).isEmpty();
    assertThat(Bylines.labelled("Writer Jane Doe said the book was late")).isEmpty();
    assertThat(Bylines.labelled("Edited by Jane Doe")).isEmpty();
    assertThat(Bylines.labelled("Photographs by Jane Doe")).isEmpty();
    Bylines.Byline wire = Bylines.unlabelled("Jane Doe | Reuters", false).get();
    assertThat(wire.authors()).containsExactly("Jane Doe");
    assertThat(wire.agency()).isEqualTo("Reuters");
    assertThat(Bylines.unlabelled("Markets | Reuters", false)).isEmpty();
    assertThat(Bylines.unlabelled("World News | Reuters", false)).isEmpty();
    Bylines.Byline posted = Bylines.labelled("Posted on April 3, 2026 by Jane Doe").get();
    assertThat(posted.authors()).containsExactly("Jane Doe");
    assertThat(posted.dates()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Monday, the council had voted to close the pool.",
        "By then it was too late",
        "By the numbers",
        "Byron Bay",
        "On Monday the pool was closed by Ann Lee, the mayor.",
        "On Dec. 2 the plan was approved by Ann Lee and Tom Roe",
        "Last week the bill was signed by Governor Ann Lee",
        "The report, published on Tuesday by Ann Lee, found errors.",
        "In 2024 a study by Ann Lee found the beds recover.",
        "Story by story, the council rebuilt its trust.",
      })
  void sentencesThatOpenWithByAreNoBylines(String line) {
    assertThat(Bylines.labelled(line)).isEmpty();
  }

  @Test
  void aNameWithARoleOrABareNameIsABylineWithoutBy() {
    assertThat(Bylines.unlabelled("Owen Calloway Transport correspondent", false).get().authors())
        .containsExactly("Owen Calloway");
    assertThat(Bylines.unlabelled("Marcus Bell Contributing columnist", false).get().authors())
        .containsExactly("Marcus Bell");
    assertThat(Bylines.unlabelled("Jane Porter", false)).isEmpty();
    assertThat(Bylines.unlabelled("Jane Porter", true).get().authors())
        .containsExactly("Jane Porter");
    assertThat(Bylines.unlabelled("BBC News, Norfolk", true)).isEmpty();
    assertThat(Bylines.unlabelled("Purchase Licensing Rights", true)).isEmpty();
    // a paper's name and its edition, alone over the date, name no writer
    assertThat(Bylines.unlabelled("The Northern Ledger", true)).isEmpty();
    assertThat(Bylines.unlabelled("First Edition", true)).isEmpty();
  }

  @Test
  void severalNamesAloneMayCarryANoteEach() {
    assertThat(
            Bylines.unlabelled("Nadia Brennan (now) and Tom Achterberg (earlier)", true)
                .get()
                .authors())
        .containsExactly("Nadia Brennan", "Tom Achterberg");
    assertThat(Bylines.unlabelled("Jane Doe and John Roe", true).get().authors())
        .containsExactly("Jane Doe", "John Roe");
    assertThat(Bylines.unlabelled("Jane Doe and John Roe", false)).isEmpty();
    assertThat(Bylines.unlabelled("Trains and trams halted (again)", true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Senior reporter covering hardware, chips, and the PC industry. Priya has been reviewing.",
        "Writer on cities, transport and the slow work of local government. Former engineer.",
        "Transport correspondent",
      })
  void aLineThatOnlyNamesANewsroomJobIsAnAuthorNote(String line) {
    assertThat(Bylines.opensWithRole(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A team of researchers at MIT has built a battery that stores solar power.",
        "Chief executive Mark Carney resigned on Tuesday after auditors found errors.",
        "Senior officials expect a deal by Friday.",
        "The reporter who broke the story was awarded a prize.",
      })
  void aLeadThatOpensWithARoleWordIsNoAuthorNote(String line) {
    assertThat(Bylines.opensWithRole(line)).isFalse();
  }

  @Test
  void aNameWithItsPublicationAndLabelledDatesIsAByline() {
    Bylines.Byline b =
        Bylines.unlabelled(
                "Ashok Prasad · CBN News · Posted: Dec 02, 2026 4:00 AM CST | Last Updated: 2 hours"
                    + " ago",
                true)
            .get();
    assertThat(b.authors()).containsExactly("Ashok Prasad");
    assertThat(b.dates())
        .extracting(DateStamps.Stamp::text)
        .containsExactly("Dec 02, 2026 4:00 AM CST", "2 hours ago");
    // a name and a publication alone say nothing of a byline
    assertThat(Bylines.unlabelled("World News · The Daily Herald", true)).isEmpty();
  }

  @Test
  void namesWithoutByKeepTheirAgencyApart() {
    Bylines.Byline b =
        Bylines.unlabelled("RENEE DALTON and MARCUS OYELARAN Associated Press", true).get();
    assertThat(b.authors()).containsExactly("RENEE DALTON", "MARCUS OYELARAN");
    assertThat(b.agency()).isEqualTo("Associated Press");
  }

  @Test
  void anInterviewerIsTheAuthorAndAPaperAfterTheNameIsNot() {
    assertThat(Bylines.labelled("Interview by Fiona Hesketh").get().authors())
        .containsExactly("Fiona Hesketh");
    assertThat(Bylines.labelled("By Priya Raman, Eastfield Beacon").get().authors())
        .containsExactly("Priya Raman");
  }

  @Test
  void whereEachWriterWroteFromIsNoPartOfTheirName() {
    assertThat(authors("By Katrin Albers in Frankfurt and Oliver Pennant in London"))
        .containsExactly("Katrin Albers", "Oliver Pennant");
    assertThat(Bylines.unlabelled("Katrin Albers in Frankfurt and Oliver Pennant in London", true))
        .hasValueSatisfying(
            b -> assertThat(b.authors()).containsExactly("Katrin Albers", "Oliver Pennant"));
    assertThat(authors("By Jane Roe in Hong Kong")).containsExactly("Jane Roe");
    // the paper's name after the writer's, with no mark between
    assertThat(authors("By Hannah Oyelaran The Courier")).containsExactly("Hannah Oyelaran");
    // a headline's words are no writers, wherever they are
    assertThat(Bylines.unlabelled("Protests in New York", true)).isEmpty();
    assertThat(Bylines.unlabelled("Flooding in Kerala and Tamil Nadu", true)).isEmpty();
  }

  @Test
  void readsTheWireAfterNamesInCapitalsAndLeavesAnOfficeOrAJobOut() {
    Bylines.Byline wire = Bylines.labelled("By RACHEL OYELARAN and TOBIAS KVALE WirePress").get();
    assertThat(wire.authors()).containsExactly("RACHEL OYELARAN", "TOBIAS KVALE");
    assertThat(wire.agency()).isEqualTo("WirePress");
    assertThat(Bylines.labelled("By JANE DOE Staff Writer").get().agency()).isEmpty();
    assertThat(authors("By Marisa Feldt, University Communications"))
        .containsExactly("Marisa Feldt");
    // a page translated from German: "Von … und …"
    assertThat(authors("From Lena Hofmeister and Daniel Brugger"))
        .containsExactly("Lena Hofmeister", "Daniel Brugger");
  }

  @Test
  void aWritersPlaceStopsAtTheBarThatSetsTheBylinesNextPartApart() {
    Bylines.Byline b =
        Bylines.labelled("By ZHANG WEI in Chengdu | chinadaily.com.cn | Updated: 2026-12-04 09:27")
            .orElseThrow();
    assertThat(b.authors()).containsExactly("ZHANG WEI");
    assertThat(b.dates()).extracting(DateStamps.Stamp::text).containsExactly("2026-12-04 09:27");
  }

  @Test
  void aWritersHandleAfterTheirRoleIsNoPartOfTheByline() {
    assertThat(Bylines.unlabelled("Hannah Reddy, news reporter @hannahreddysky", true))
        .get()
        .extracting(Bylines.Byline::authors)
        .isEqualTo(List.of("Hannah Reddy"));
  }

  @Test
  void anInstitutionsNameAfterByIsTheStorysSourceNotAWriter() {
    Bylines.Byline b = Bylines.labelled("by University of Tasmania").orElseThrow();
    assertThat(b.authors()).isEmpty();
    assertThat(b.agency()).isEqualTo("University of Tasmania");
    assertThat(authors("By Sarah Street")).containsExactly("Sarah Street");
  }

  @Test
  void everyAgencyAfterTheNamesIsRead() {
    Bylines.Byline b = Bylines.labelled("By Sophie Lamarque with AP, AFP").orElseThrow();
    assertThat(b.authors()).containsExactly("Sophie Lamarque");
    assertThat(b.agency()).isEqualTo("Associated Press, AFP");
  }

  @Test
  void aNameACommaAndAWireAgencyIsAByline() {
    Bylines.Byline b = Bylines.unlabelled("Dylan Thorburn, The Canadian Press", true).orElseThrow();
    assertThat(b.authors()).containsExactly("Dylan Thorburn");
    assertThat(b.agency()).isEqualTo("The Canadian Press");
    assertThat(Bylines.unlabelled("Dylan Thorburn, Trail", true)).isEmpty();
  }

  @Test
  void aCommaBeforeTheLastAndAndEachWritersNewsroomBetweenTheNamesKeepEveryName() {
    assertThat(authors("By Ann Lee, Bob Stone, and Cara Diaz"))
        .containsExactly("Ann Lee", "Bob Stone", "Cara Diaz");
    assertThat(authors("by Nora Feldkamp, ProPublica, and Tobias Ruelas, The Clearwater Gazette"))
        .containsExactly("Nora Feldkamp", "Tobias Ruelas");
  }

  @Test
  void aNameInCapitalsWithItsJobIsABylineWhenTheWritersAddressFollows() {
    Bylines.Byline b =
        Bylines.unlabelled("ELLEN MACISAAC STAFF REPORTER emacisaac@herald.ca", false)
            .orElseThrow();
    assertThat(b.authors()).containsExactly("ELLEN MACISAAC");
    assertThat(b.printed()).isEqualTo("ELLEN MACISAAC STAFF REPORTER emacisaac@herald.ca");
    assertThat(Bylines.unlabelled("ELLEN MACISAAC STAFF REPORTER", false)).isEmpty();
  }

  @Test
  void aNameInCapitalsThePlaceAndTheDateAreAByline() {
    Bylines.Byline b =
        Bylines.unlabelled("SARA LÓPEZ Seville - 03 DEC 2026 - 07:40 CET", false).orElseThrow();
    assertThat(b.authors()).containsExactly("SARA LÓPEZ");
    assertThat(b.dates())
        .extracting(DateStamps.Stamp::text)
        .containsExactly("03 DEC 2026 - 07:40 CET");
  }
}
