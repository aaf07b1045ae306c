package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Members picket outside the gate, Wednesday, Dec. 2, 2026. (AP Photo/Daniel Kim)",
        "Passengers at London Bridge station. Photograph: Marcus Hale/PA",
        "The ECB headquarters in Frankfurt, November 12, 2026. REUTERS/Lena Roth/File Photo",
        "Xi meets Trump in Busan, October 30, 2025 (Photo by Xinhua)",
        "Workers frame a building in November. (Jahi Chikwendiu/The Post)",
        "A technician checks a smart meter. (ABC News: Matt Roberts)",
        "Residents wait for supplies in Batticaloa district, on December 2 [Nimal Ratnayake/Reuters]",
        "Families shelter in a school in Kinniya [File: Shanika Dias/AFP]",
        "Rosalind Ferrer beside her heat pump in Pueblo. (Tomas Eklund for The Capital Courier)",
        "Matthias Grauer took over as chief executive in March © Hannelore Voigt/Bloomberg",
        "The reservoir has been patched at least nine times since 2012. Gazette photo/Carol Vandenberg",
        "The mill has made containerboard since 1955. (Hannah Verloop/Mid-Valley Courier)",
        "Denise Vandermolen at the company’s headquarters on Tuesday. Marcus Delane | Basin Journal",
        "Elderly residents have lunch at a community canteen on Wednesday. [Photo by LI MING/For"
            + " China Daily]",
        "A volunteer serves soup to a resident of the care home. [Photo/Xinhua]",
        "Residents wait for a tanker on Tuesday. | Photo Credit: Special Arrangement",
        "Work under way at the plant site in Pattipulam. File | Photo Credit: S. Ravichandran",
        "Workers prepare the site in Istanbul on December 03, 2026. ( Serkan Yıldız - Anadolu"
            + " Agency )",
        "Location of Tromsø in Norway. Image: NordNorsk.",
        "Ride-hail companies had begun stripping fare multipliers from their apps. (iStock.com/Evan"
            + " Marchetti)",
        "A rendering shows a proposed station near Mulford Road. Provided by Rock River Regional"
            + " Transit",
        "Zebra mussels cover a dock post removed from the lake on Oct. 14. (Minnesota DNR photo)",
        "Cameron Haverford leads the Steelers with 812 receiving yards. Jordan Pell-Imagn Images",
        "Tourists with suitcases on Mateos Gago street, in Seville, this Tuesday. JULIO MUÑOZ",
        "Floodwater on State Highway 2 near Featherston. (file image) Photo: APR / Tom Waring",
      })
  void aLineEndingWithACreditIsACaption(String line) {
    assertThat(Captions.hasCredit(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SUBMITTED A rendering of the proposed hotel on the harbourfront, as seen from the water.",
        "JANELLE MORASH • STAFF Tom Beaulieu outside the Salt & Anchor café on Friday.",
        "FILE PHOTO The ferry terminal in 2019.",
      })
  void aPrintCaptionThatOpensWithItsCreditInCapitalsIsACaption(String line) {
    assertThat(Captions.hasCredit(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "“We will be watching,” she said.",
        "The band played AC/DC covers until midnight.",
        "Figures from the Office of Rail and Road (ORR) show a fall.",
        "The report (source: ministry data) was published on Monday.",
        "Biden led Trump by five points in the latest NBC/Marist Poll.",
        "Jurors saw the video from the night. Photographs by a neighbour were also shown to the"
            + " court.",
        "The figures came out on Monday. Image: the ministry has not released the full table.",
        "Voters were split. CBS/YouGov polls showed a tie in three states.",
        "The minister said the fund was “enough for now” [sic].",
        "The central bank left rates unchanged (Bank of England).",
        "Fares rose again. | Credit card users paid more than most.",
        "The motion passed with the support of Thangam Debbonaire (Labour - Bristol West).",
        "Leaders met in Geneva. Credit: Moody's cut the rating on Friday.",
        "The gallery reopened on Monday. Pictures: the museum lent 40 of them.",
        "Prices rose again (in part/because of fuel).",
        "NASA and ESA officials met on Monday.",
        "FILE photos were not shown.",
        "UPDATE: The road has reopened.",
      })
  void bodySentencesHaveNoCredit(String line) {
    assertThat(Captions.hasCredit(line)).isFalse();
  }

  @Test
  void aDatabasesListOfPicturesIsOneCaptionEachAndAnyOtherLineIsOne() {
    assertThat(
            Captions.pictures(
                "PHOTO: Queues at Park Square (Photo: Simon Hartley); Councillor Ashdown after the"
                    + " vote (Photo: Priya Nandra)"))
        .containsExactly(
            "Queues at Park Square (Photo: Simon Hartley)",
            "Councillor Ashdown after the vote (Photo: Priya Nandra)");
    assertThat(Captions.pictures("PHOTO: Queues at Park Square; the vote (Photo: Priya Nandra)"))
        .containsExactly("PHOTO: Queues at Park Square; the vote (Photo: Priya Nandra)");
    assertThat(Captions.pictures("Queues at Park Square (Photo: Simon Hartley); more (AP)"))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Image: Corvane",
        "Credit: University of North Queensland / Kofi Adjei",
        "Photo by Sam Whitford / The Verge",
        "J. Scott Applewhite/AP",
        "Jason Reed/The Hartford Sentinel",
        "Credit...Maya Lin for The Daily Ledger",
        "Source: Varick",
        "Image: Frode Lien.",
        "Image: Kay Nietfeld/dpa/picture alliance",
        "getty",
        "Getty Images",
        "Bloomberg via Getty Images",
        "Reuters/Brendan McDermid",
        "Illustration by Priya Vance / The Meridian. Source: Getty.",
      })
  void aLineThatIsOnlyACreditBelongsToTheCaptionAboveIt(String line) {
    assertThat(Captions.isCreditLine(line)).isTrue();
    assertThat(Captions.hasCredit(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Photographs by a neighbour were also shown to the court.",
        "Biden/Harris",
        "Image: the ministry has not released the full table.",
        "Reuters/Ipsos",
        "Grain via rail",
      })
  void aSentenceOrAPairOfNamesIsNoCreditLine(String line) {
    assertThat(Captions.isCreditLine(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Caption: Flood barriers at the Mere",
        "Image caption, Flood barriers at the Mere",
        "Photo caption: Flood barriers at the Mere"
      })
  void aLabelledCaptionIsReadWithoutItsLabel(String line) {
    assertThat(Captions.labelledCaption(line)).contains("Flood barriers at the Mere");
  }

  @org.junit.jupiter.api.Test
  void aGallerysNumberedCaptionIsReadWithoutItsNumberAndLicensingLink() {
    assertThat(
            Captions.labelledCaption(
                "[1/2]Barges wait near Sulina, Romania, November 27, 2026. REUTERS/Andrei Mocanu"
                    + " Purchase Licensing Rights, opens new tab"))
        .contains("Barges wait near Sulina, Romania, November 27, 2026. REUTERS/Andrei Mocanu");
    assertThat(
            Captions.labelledCaption(
                "1 of 6 | Water roars from the spillway on Thursday. (WP Photo/Lena Marchetti)"))
        .contains("Water roars from the spillway on Thursday. (WP Photo/Lena Marchetti)");
    // a numbered line without a credit is no caption
    assertThat(Captions.labelledCaption("[1/2] The council voted on Tuesday.")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aPicturesMarkInBracketsOpensItsCaption() {
    assertThat(Captions.labelledCaption("[Photo] A train crosses the Shirakawa River. (Hikari)"))
        .contains("A train crosses the Shirakawa River. (Hikari)");
    assertThat(
            Captions.labelledCaption(
                "[photo: The hospital on Redwood Highway. (Marisol Vega/Rogue Valley Courier)]"))
        .contains("The hospital on Redwood Highway. (Marisol Vega/Rogue Valley Courier)");
    // a picture's alternative text without a credit stands in for it: no caption
    assertThat(Captions.labelledCaption("[image: The Morning Beacon]")).isEmpty();
  }

  @Test
  void aChartsSourceAndMakerAreACreditLine() {
    assertThat(
            Captions.isCreditLine(
                "Data: Denver Office of Climate Action, Sustainability and Resiliency; Chart: Axios"
                    + " Visuals"))
        .isTrue();
    assertThat(Captions.isCreditLine("Data: the city says the numbers are rising")).isFalse();
  }

  @Test
  void aPicsCreditEndsACaption() {
    assertThat(
            Captions.hasCredit(
                "Ambulances queued outside the Royal Castlegate Hospital on Tuesday evening. Pic:"
                    + " Sky News"))
        .isTrue();
  }

  @Test
  void aPhotographerForThePaperOrAnAgencyInLowerCaseEndsACaption() {
    assertThat(
            Captions.hasCredit(
                "A Calloway Home store in Columbus, Ohio. Marcus Bell for The Journal"))
        .isTrue();
    assertThat(
            Captions.hasCredit("Workers leave the Kessler plant on Friday. © dpa / Kathrin Seidl"))
        .isTrue();
    assertThat(Captions.hasCredit("The mayor said she would run again for The Party.")).isFalse();
  }

  @Test
  void aPhotographerAndTheirSourceOnALineOfTheirOwnCreditTheCaptionAbove() {
    Line bar = new Line("Nadia Farrow | The Harbour Courier", Line.Markup.NONE, false);
    assertThat(Captions.creditsLineAbove(bar, LineKind.TEXT)).isTrue();
    // a byline sets its parts apart with a bar too, and stands apart
    Line byline = new Line("Nadia Farrow | Reuters", Line.Markup.NONE, true);
    assertThat(Captions.creditsLineAbove(byline, LineKind.TEXT)).isFalse();
    Line role = new Line("Nadia Farrow | Staff Writer", Line.Markup.NONE, false);
    assertThat(Captions.creditsLineAbove(role, LineKind.TEXT)).isFalse();
    Line under = new Line("Tomás Ferreira for Meridian", Line.Markup.NONE, false);
    assertThat(Captions.creditsLineAbove(under, LineKind.TEXT)).isTrue();
    // a heading stands between blank lines, and one of common words is no name
    Line heading = new Line("Tomás Ferreira for Meridian", Line.Markup.NONE, true);
    assertThat(Captions.creditsLineAbove(heading, LineKind.TEXT)).isFalse();
    Line words = new Line("Big Win for Labour", Line.Markup.NONE, false);
    assertThat(Captions.creditsLineAbove(words, LineKind.TEXT)).isFalse();
  }

  @Test
  void aPictureLabelInCapitalsOverADescriptionIsACaptionsLabel() {
    assertThat(
            Captions.labelledCaption(
                "IMAGE: A researcher measures the temperature of a leaf on a street in July."))
        .contains("A researcher measures the temperature of a leaf on a street in July.");
    // a credit in capitals is no caption
    assertThat(Captions.labelledCaption("PHOTO: Jordan Pell")).isEmpty();
  }

  @Test
  void aCreditGluedToTheCaptionsLastSentenceIsACredit() {
    assertThat(
            Captions.hasCredit(
                "Crews replace power poles near Hollis in October.Credit...Leah Corbin for The"
                    + " National Ledger"))
        .isTrue();
    assertThat(Captions.hasCredit("Buses sit at the agency's garage on Tuesday.(KSPV)")).isTrue();
    assertThat(Captions.hasCredit("Was this summary helpful? Yes / No")).isFalse();
  }

  @Test
  void aStockPicturesNoteIsACaption() {
    assertThat(Captions.hasCredit("Representative image")).isTrue();
    assertThat(Captions.hasCredit("Image for representation")).isTrue();
    assertThat(Captions.hasCredit("The image was representative of the city's mood.")).isFalse();
  }
}
