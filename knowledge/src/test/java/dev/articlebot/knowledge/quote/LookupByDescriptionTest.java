package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookup by what the article says about people: roles, descriptions, nicknames, aliases. */
class LookupByDescriptionTest {

  private static QuoteBook book;

  @BeforeAll
  static void build() {
    book =
        QuoteBook.of(
            List.of(
                NewsShapesTest.article(
                    "Ines Carvalho, who runs a bakery on Dock Road, said sales fell by half.\n\n"
                        + "“We throw away bread every night,” said Ines Carvalho.\n\n"
                        + "Tomas Reyna, a marine biologist at the University of Western Ontario,"
                        + " said the estuary was recovering. “The eels are back,” Reyna said.\n\n"
                        + "Harbour Chief Executive Officer Amal Diaz said the port would reopen."
                        + " Port manager Ken Diaz, no relation, said: “Not before May.”\n\n"
                        + "Councillor Robert “Bobby” Tan, 52, opposed the plan. “It is a"
                        + " mistake,” Tan said.\n\n"
                        + "The bug was found by Ingrid Solberg (known online by her handle,"
                        + " Nightjar), a student in Bergen. “It took a week,” Solberg said.\n\n"
                        + "Tulsa Fire Capt. Lee Ward said nobody was hurt.\n\n"
                        + "Dale Pruitt, the county’s emergency medical services director, said"
                        + " the contract was meant as a bridge.\n\n"
                        + "Sen. Abdulrahman Danladi told his colleagues that the cap would hold.\n\n"
                        + "Renata Villarreal has spent most of her two terms as mayor of Port"
                        + " Halsey pumping water out of flooded streets. “The water has decided,”"
                        + " Villarreal said.\n\n"
                        + "Superintendent Elena Gutierrez opened the meeting. The superintendent,"
                        + " known to students across the district as Dr. G, said she would hold"
                        + " drop-in hours.")));
  }

  @ParameterizedTest
  @CsvSource({
    "the bakery owner, Ines Carvalho",
    "the baker on Dock Road, Ines Carvalho",
    "the UWO biologist, Tomas Reyna",
    "the marine biologist, Tomas Reyna",
    "the Harbour CEO, Amal Diaz",
    "the port manager, Ken Diaz",
    "Bobby, Robert Tan",
    "Nightjar, Ingrid Solberg",
    "the fire captain, Lee Ward",
    "the councillor, Robert Tan",
    // initials of the role's words
    "the county EMS director, Dale Pruitt",
    // a member of a legislature by the word for any
    "the lawmaker, Abdulrahman Danladi",
    // an owner nobody's words hold is the organisation of the role
    "Westport's port manager, Ken Diaz",
    // the role a sentence the name opens says the person serves as
    "the mayor of Port Halsey, Renata Villarreal",
    // a name given after a role that stands for the person ("The superintendent, known … as")
    "Dr. G, Elena Gutierrez"
  })
  void findsPeopleByWhatTheArticleSaysOfThem(String query, String name) {
    assertThat(found(book, query)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the Korean biologist",
        "the Leeds bakery owner",
        "the goalkeeper",
        "Westport's goalkeeper"
      })
  void aDescriptionThatFitsNobodyFindsNobody(String query) {
    assertThat(book.lookup(query)).as(query).isInstanceOf(QuoteLookup.NotFound.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Diaz", "Mr Diaz"})
  void aSharedSurnameIsAmbiguousNeverAGuess(String query) {
    QuoteLookup result = book.lookup(query);
    assertThat(result).isInstanceOf(QuoteLookup.Ambiguous.class);
    assertThat(((QuoteLookup.Ambiguous) result).candidates())
        .extracting(Speaker::name)
        .containsExactly("Amal Diaz", "Ken Diaz");
  }

  @org.junit.jupiter.api.Test
  void theHeadNounOfARoleFindsTheOneSpeakerItFitsUnlessItsNamesAreSomeoneElses() {
    QuoteBook fair =
        bookOf(
            "Board President Dale Hinrichs said the vote was needed.\n\n"
                + "Lena Ruiz, a Reno biologist, said the fair was safe.");
    assertThat(found(fair, "the fair board president")).isEqualTo("Dale Hinrichs");
    // a name or a place that is not theirs means someone else
    assertThat(fair.lookup("the Korean biologist")).isInstanceOf(QuoteLookup.NotFound.class);
    assertThat(fair.lookup("the Tahoe board president")).isInstanceOf(QuoteLookup.NotFound.class);
    QuoteBook plant =
        bookOf(
            "Adrienne Kessler, chief executive officer of Cordillera, said the plant would open."
                + " Grace Okafor, senior vice president of supply chain at Alturas, said the deal"
                + " was signed.");
    // "executive" is Kessler's, but Okafor's words hold more of the query
    assertThat(plant.lookup("the Alturas supply chain executive"))
        .isNotInstanceOf(QuoteLookup.Found.class);
  }

  @Test
  void aTitleInSomeonesAliasIsNoNameWordForAnotherRole() {
    QuoteBook commission =
        bookOf(
            "EU Agriculture Commissioner Dr Annelie Bergqvist presented the plan, saying: “It is"
                + " the worst crisis in a generation.”\n\n"
                + "Commission spokesperson Pieter Hoogland rejected the criticism. “This is a"
                + " floor, not a ceiling,” he said.\n\n"
                + "“Every euro will reach the farm gate,” Bergqvist said.");
    for (String query : List.of("the Commission spokesperson", "Commission spokesperson")) {
      assertThat(found(commission, query)).isEqualTo("Pieter Hoogland");
    }
    assertThat(found(commission, "Commissioner Bergqvist")).isEqualTo("Annelie Bergqvist");
  }

  @Test
  void aNounPhraseWithAnArticleAfterTheNameDescribesThePersonWhateverItsNoun() {
    QuoteBook book =
        bookOf(
            "Antonia Reyes, a 67-year-old retired seamstress, had been waiting since dawn. “We"
                + " have no water,” Reyes said.\n\n"
                + "Keisha Bramwell, a customer-support team lead in the Columbus office, said the"
                + " scores punished her team. “It is unfair,” Bramwell said.\n\n"
                + "Whitworth, a bus company, said it would add 30 journeys an hour.");
    assertThat(found(book, "the retired seamstress")).isEqualTo("Antonia Reyes");
    assertThat(found(book, "the team lead in Columbus")).isEqualTo("Keisha Bramwell");
    // the same shape after an organisation's name makes it no person
    assertThat(book.everyone()).extracting(Speaker::name).doesNotContain("Whitworth");
  }

  @Test
  void aSurnameBeforeTheGivenNamesIsTheSamePersonWhenUsedAlone() {
    QuoteBook book =
        bookOf(
            "“It will work,” Professor Leung said of the single toll.\n\n"
                + "Professor Jasper Leung Tak-shing, head of the transport research centre, said"
                + " queues would shorten within a month.");
    assertThat(book.everyone()).extracting(Speaker::name).containsExactly("Jasper Leung Tak-shing");
    assertThat(book.lookup("Leung"))
        .isInstanceOfSatisfying(
            QuoteLookup.Found.class,
            f -> {
              assertThat(f.speaker().name()).isEqualTo("Jasper Leung Tak-shing");
              assertThat(f.quotes()).extracting(Quote::text).contains("It will work");
            });
  }

  @Test
  void initialsAreOfARolesOwnWordsNotOfAnOwnersMark() {
    QuoteBook union =
        bookOf(
            "Denise Okafor, the union’s president, said the strike would go on.\n\n"
                + "“We are ready,” Okafor said.");
    assertThat(union.lookup("the white house")).isInstanceOf(QuoteLookup.NotFound.class);
    assertThat(union.lookup("the US president")).isInstanceOf(QuoteLookup.NotFound.class);
    assertThat(found(union, "the union president")).isEqualTo("Denise Okafor");
  }

  /** The quote book of one article whose paragraphs are {@code text}'s blocks. */
  private static QuoteBook bookOf(String text) {
    return QuoteBook.of(List.of(NewsShapesTest.article(text)));
  }

  /** The name of the one speaker {@code query} finds in {@code book}; fails when it finds none. */
  private static String found(QuoteBook book, String query) {
    QuoteLookup result = book.lookup(query);
    assertThat(result).as(query).isInstanceOf(QuoteLookup.Found.class);
    return ((QuoteLookup.Found) result).speaker().name();
  }
}
