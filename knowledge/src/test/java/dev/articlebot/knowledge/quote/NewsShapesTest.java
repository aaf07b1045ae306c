package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes of news prose that attribution handles, each on a few made-up paragraphs. */
class NewsShapesTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  /** An article whose paragraphs are the blank-line separated blocks of {@code body}. */
  static Article article(String body) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String block : body.split("\n\n")) {
      paragraphs.add(new Paragraph(paragraphs.size() + 1, "", block, splitter.split(block)));
    }
    return new Article("probe", "", "", "", "", "", "", paragraphs, List.of());
  }

  private ArticleQuotes extract(String body) {
    return extractor.extract(article(body));
  }

  /** "speaker: text" for each quote, in order. */
  private List<String> said(String body) {
    return extract(body).quotes().stream().map(q -> q.speakerName() + ": " + q.text()).toList();
  }

  private List<String> people(ArticleQuotes result) {
    List<String> out = new ArrayList<>();
    result.speakers().forEach(s -> out.add(s.name()));
    result.unquoted().forEach(s -> out.add(s.name()));
    return out;
  }

  @Test
  void britishSingleQuotesAreQuotesAndApostrophesAreNot() {
    assertThat(
            said(
                "The town’s harbourmaster, Aileen Brodie, said the pier would stay shut.\n\n"
                    + "‘We can’t risk it with the tide this high,’ she said. ‘The divers’ report"
                    + " comes tomorrow.’"))
        .containsExactly(
            "Aileen Brodie: the pier would stay shut",
            "Aileen Brodie: We can’t risk it with the tide this high",
            "Aileen Brodie: The divers’ report comes tomorrow.");
  }

  @Test
  void aNicknameInQuotesIsAnAliasNotAQuote() {
    ArticleQuotes result =
        extract(
            "Councillor Robert “Bobby” Tan, 52, opposed the plan.\n\n"
                + "“It is a mistake,” Tan said.");
    assertThat(result.quotes()).extracting(Quote::text).containsExactly("It is a mistake");
    assertThat(result.speakers().get(0).name()).isEqualTo("Robert Tan");
    assertThat(result.speakers().get(0).aliases()).contains("Bobby");
  }

  @Test
  void anAliasInParenthesesOrGivenByAClauseIsKept() {
    ArticleQuotes result =
        extract(
            "The bug was found by Ingrid Solberg (known online by her handle, Nightjar), a"
                + " student in Bergen.\n\n"
                + "“It took a week,” Solberg said.\n\n"
                + "Peter Quist, whom everyone at the market calls “Pike”, sells eels.\n\n"
                + "“Business is slow,” Quist said.");
    assertThat(result.speakers())
        .extracting(Speaker::name)
        .containsExactly("Ingrid Solberg", "Peter Quist");
    assertThat(result.speakers().get(0).aliases()).contains("Nightjar");
    assertThat(result.speakers().get(1).aliases()).contains("Pike");
    // the clause that gives the other name says nothing of who he is
    assertThat(result.speakers().get(1).role()).doesNotContain("calls");
  }

  @Test
  void aRoleMayOpenWithModifiersAndATitleMayHoldOf() {
    ArticleQuotes result =
        extract(
            "“We recover metal,” said Adrienne Kessler, co-founder and chief executive officer of"
                + " Cordillera.\n\n"
                + "“Cells need it,” said Grace Okafor, Senior Vice President of Supply Chain at"
                + " Alturas.\n\n"
                + "Ana Lim, Tom Baker and the mayor met on Monday. “It went well,” Lim said.\n\n"
                + "University of Wyoming wildlife biologist Hannah Wirth said the gap is narrow.");
    assertThat(result.speakers())
        .extracting(Speaker::name, Speaker::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Adrienne Kessler", "co-founder and chief executive officer of Cordillera"),
            org.assertj.core.groups.Tuple.tuple(
                "Grace Okafor", "Senior Vice President of Supply Chain at Alturas"),
            // a list of names is no role
            org.assertj.core.groups.Tuple.tuple("Ana Lim", ""),
            // "of" between capitalised words belongs to the title before a name
            org.assertj.core.groups.Tuple.tuple(
                "Hannah Wirth", "University of Wyoming wildlife biologist"));
  }

  @Test
  void anEstimateIsReportedOnlyAsAClauseAndTheGovernorIsTheGov() {
    assertThat(
            said(
                "Raj Venkataraman estimated that the outage could cost $90 million. Ana Lim"
                    + " estimated the damage at $2 million."))
        .containsExactly("Raj Venkataraman: the outage could cost $90 million");
    ArticleQuotes result =
        extract(
            "Gov. Lorraine Haskett said she would ask the House to override the committee.\n\n"
                + "“We can find it for lunch,” the governor said.");
    assertThat(result.quotes())
        .extracting(Quote::speakerName, Quote::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Lorraine Haskett", "We can find it for lunch"));
  }

  @Test
  void initialsInBracketsNameAnOrganisationAndAReportStartsAtItsClause() {
    ArticleQuotes result =
        extract(
            "Services run by Fernbahn Deutschland (FD) stopped. Katrin Oberländer, FD's board"
                + " member, spoke on Wednesday. “We cannot hire 6,000 people,” she told ARD.\n\n"
                + "Jörg Wendtland accused FD's management of “playing for time”.\n\n"
                + "Marion Seidel said industries that depend on rail would feel the impact.");
    assertThat(people(result)).doesNotContain("Fernbahn Deutschland");
    assertThat(result.quotes().stream().map(q -> q.speakerName() + ": " + q.text()).toList())
        .containsExactly(
            "Katrin Oberländer: We cannot hire 6,000 people",
            "Jörg Wendtland: playing for time",
            "Marion Seidel: industries that depend on rail would feel the impact");
    // a phrase of time before ", she said," sets the scene of the report after it
    assertThat(
            said(
                "For Teresa Vance, 52, of Millbrook, the debate is personal. Her son spent 37 days"
                    + " in the jail. For most of that time, she said, he slept on a mattress."))
        .containsExactly("Teresa Vance: he slept on a mattress");
  }

  @Test
  void aPronounWhoseNearestPersonHasOnlyAGuessedGenderGivesNobodyWords() {
    // "he" after "Whitlock said" guessed Whitlock a man; the "she" that follows may still be her
    assertThat(
            said(
                "Board president Carl Ostrander spoke first. “Patience isn't a plan,” Ostrander"
                    + " said.\n\n"
                    + "Renee Whitlock said he was not hurt.\n\n"
                    + "Whitlock said the crossing had four crashes. The city is reviewing it, she"
                    + " said."))
        .doesNotContain("Carl Ostrander: The city is reviewing it");
  }

  @Test
  void nothingThatSuggestsIsSomeoneAPronounCouldMean() {
    assertThat(
            said(
                "Superintendent Lorraine Keddie spoke on Monday.\n\n"
                    + "Keddie said nothing so far suggested the route played a role. “I want to be"
                    + " careful here,” she said."))
        .containsExactly(
            "Lorraine Keddie: nothing so far suggested the route played a role",
            "Lorraine Keddie: I want to be careful here");
  }

  @Test
  void aClauseSplitByItsAttributionIsNoReportOfItsFirstHalf() {
    assertThat(
            said(
                "Sandrine Aubel leads the union. Such a move would, Aubel warned on Thursday, be"
                    + " seen by the unions “as a declaration of war.”"))
        .containsExactly("Sandrine Aubel: as a declaration of war.");
  }

  @Test
  void aNameThatSpeaksInAStatementIsAnOrganisation() {
    ArticleQuotes result =
        extract(
            "The district contracts its buses to Prairie Line Student Transportation, which"
                + " runs 88 routes.\n\n"
                + "In a statement, Prairie Line said its driver “followed every procedure”.");
    assertThat(people(result)).isEmpty();
    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void organisationsAndPlacesAreNeverPeople() {
    ArticleQuotes result =
        extract(
            "Halvorsen Semiconductor is recalling its X9 chip, the company said on Monday.\n\n"
                + "Lindvik Marine Partners said it would appeal. The Liberal Democrats called for"
                + " an inquiry, and the campaign group Fair Fares said passengers deserved"
                + " better.\n\n"
                + "Nora Brandt, whose district includes Cedar Hollow, said the plant would close."
                + " She spoke at the University of North Dakota.\n\n"
                + "“We are sorry,” said Halvorsen’s chief executive, Mia Sand.");
    assertThat(people(result)).containsExactlyInAnyOrder("Nora Brandt", "Mia Sand");
    assertThat(result.quotes())
        .extracting(Quote::speakerName)
        .containsExactly("Nora Brandt", "Mia Sand");
  }

  @Test
  void aProductRecallIsNotSpeechAndAPersonNounBeforeWhoDescribesAPerson() {
    ArticleQuotes result =
        extract(
            "Brightwell Audio is recalling its Model 4 speaker, the company said.\n\n"
                + "Omar Venn, a retired postal carrier who bought two of them, said they had"
                + " overheated. “It smelled of burning,” he recalled.");
    assertThat(people(result)).containsExactly("Omar Venn");
    assertThat(result.quotes())
        .extracting(q -> q.speakerName() + ": " + q.text())
        .containsExactly("Omar Venn: they had overheated", "Omar Venn: It smelled of burning");
    assertThat(result.speakers().get(0).role())
        .isEqualTo("a retired postal carrier who bought two of them");
  }

  @Test
  void aSurnameDescribedLaterMakesTheFullNameAPerson() {
    ArticleQuotes result =
        extract(
            "Neighbours gathered on Rosa Delgado’s front lawn.\n\n"
                + "Delgado, 71, a retired nurse, organised the petition.\n\n"
                + "“We are not going away,” Delgado said.");
    assertThat(result.speakers()).extracting(Speaker::name).containsExactly("Rosa Delgado");
  }

  @Test
  void aQuotationWithAnAttributionWeCannotResolveIsNotTheLastSpeakers() {
    assertThat(
            said(
                "“We will rebuild,” said Mayor Ada Lintz.\n\n"
                    + "“Nobody told us anything,” one resident said.\n\n"
                    + "“It was chaos,” a witness told reporters."))
        .containsExactly("Ada Lintz: We will rebuild");
  }

  @Test
  void aColonAtTheEndOfAParagraphIntroducesTheNextParagraphsQuotation() {
    assertThat(
            said(
                "Speaking after the match, Wexford manager Dara Quinn said:\n\n"
                    + "‘We were second best for an hour. I told them so.\n\n"
                    + "‘Next week is different.’\n\n"
                    + "The club’s groundsman, Alf Pryce, lost his shed in the storm. He described"
                    + " the morning after:\n\n"
                    + "“Roof gone, mower gone, kettle still on the shelf.”"))
        .containsExactly(
            "Dara Quinn: We were second best for an hour. I told them so.",
            "Dara Quinn: Next week is different.",
            "Alf Pryce: Roof gone, mower gone, kettle still on the shelf.");
  }

  @Test
  void aQuotationRunningOverParagraphsTakesTheSpeakerNamedWhereItEnds() {
    assertThat(
            said(
                "Ines Ortega, 61, has taught at the school for 30 years.\n\n"
                    + "“I have buried two principals and three roofs here. Every one of them"
                    + " was supposed to be the last.\n\n"
                    + "“So I would ask them to wait,” Ortega said."))
        .containsExactly(
            "Ines Ortega: I have buried two principals and three roofs here. Every one of them"
                + " was supposed to be the last.",
            "Ines Ortega: So I would ask them to wait");
  }

  @Test
  void aPronounAfterANameThatMayBeAPersonsIsNotGivenToSomeoneEarlier() {
    // Nothing says whether Ben Oduya is a person, so "he" may be him: it is left unresolved.
    assertThat(
            said(
                "“The fair is open,” said Mayor Ada Lintz.\n\n"
                    + "Later Ben Oduya arrived with the band. He said “it was the best night of"
                    + " the year.”"))
        .containsExactly("Ada Lintz: The fair is open");
  }

  /** "speaker: text" for each paraphrase, in order. */
  private List<String> reported(String body) {
    return extract(body).quotes().stream()
        .filter(q -> q.kind() == QuoteKind.PARAPHRASE)
        .map(q -> q.speakerName() + ": " + q.text())
        .toList();
  }

  @Test
  void reportedClausesWithoutThat() {
    assertThat(
            reported(
                "Harbour master Colm Devlin, 58, spoke on Friday. He said temporary barriers would"
                    + " go up at the slipway. Devlin said trade fell by a fifth last winter.\n\n"
                    + "Devlin said the board planned to vote at that meeting. He said in an"
                    + " interview on Monday.\n\n"
                    + "Devlin declined to name the buyer, but said the sale was nearly done, and"
                    + " insisted Brennan had known for weeks."))
        .containsExactly(
            "Colm Devlin: temporary barriers would go up at the slipway",
            "Colm Devlin: trade fell by a fifth last winter",
            "Colm Devlin: the board planned to vote at that meeting",
            "Colm Devlin: the sale was nearly done",
            "Colm Devlin: Brennan had known for weeks");
  }

  @Test
  void reportedClausesOfOtherShapes() {
    assertThat(
            reported(
                "Site engineer Ruth Moreno, 44, inspected the pipe. The repair, which Moreno said"
                    + " would take two weeks, starts Monday.\n\n"
                    + "The tide was high, and according to Moreno, the pumps could not keep"
                    + " up.\n\n"
                    + "Moreno told me she expects the road to reopen in May. She described the"
                    + " old pipe as a disaster waiting to happen. She points out that the town"
                    + " was warned in 2019.\n\n"
                    + "Judge Ada Whitby found that the council had acted lawfully. Whitby said"
                    + " the ruling was final and was “not open to appeal.”"))
        .containsExactly(
            "Ruth Moreno: would take two weeks",
            "Ruth Moreno: the pumps could not keep up",
            "Ruth Moreno: she expects the road to reopen in May",
            "Ruth Moreno: the old pipe as a disaster waiting to happen",
            "Ruth Moreno: the town was warned in 2019",
            "Ada Whitby: the council had acted lawfully",
            "Ada Whitby: the ruling was final");
  }

  @Test
  void aParticiplePhraseThatCommentsOnTheReportIsNotPartOfIt() {
    assertThat(
            reported(
                "Governor Ana Ruiz said the budget was balanced, surprising lawmakers who had"
                    + " expected cuts.\n\n"
                    + "Ruiz said 40 jobs would go, including 12 at the depot.\n\n"
                    + "Ruiz said the plan, costing $2 million, would start in May."))
        .containsExactly(
            "Ana Ruiz: the budget was balanced",
            "Ana Ruiz: 40 jobs would go, including 12 at the depot",
            "Ana Ruiz: the plan, costing $2 million, would start in May");
  }

  @Test
  void aQuotationThatCompletesTheClauseIsLeftToTheQuotation() {
    assertThat(
            reported(
                "Mayor Ida Krall opened it. It"
                    + " was a festival which she said would bring “visitors from everywhere,”"
                    + " something few believe. Krall said on Tuesday, adding that the town"
                    + " “deserves a party.”"))
        .isEmpty();
  }

  @Test
  void callingSomethingInQuotationMarksIsTheCallersQuote() {
    ArticleQuotes result =
        extract(
            "Dr. Omar Haddad, a hydrologist who was not involved, called the survey “remarkably"
                + " careful.” Locals know the cove as “the Kettle”, and a plan for “blue-flag”"
                + " bathing was dropped.");
    assertThat(result.quotes())
        .extracting(q -> q.speakerName() + ": " + q.text())
        .containsExactly("Omar Haddad: remarkably careful.");
    assertThat(result.terms()).containsExactly("the Kettle", "blue-flag");
  }

  @Test
  void aRoleNobodyHasBeenGivenIsNobodys() {
    // the text never says Ostrova is a chemist: the quote may be an unnamed chemist's
    assertThat(
            said(
                "Lena Ostrova, Pavel’s sister, keeps bees on the roof of the lab where she works.\n\n"
                    + "“They calm me down,” the chemist says."))
        .isEmpty();
    assertThat(
            said(
                "Lena Ostrova, a chemist, keeps bees on the roof of the lab.\n\n"
                    + "“They calm me down,” the chemist says."))
        .containsExactly("Lena Ostrova: They calm me down");
  }

  @Test
  void aNameAfterAPrepositionIsAPersonWhenOtherMentionsSaySo() {
    ArticleQuotes result =
        extract(
            "Anger focused on Dina Marsh after the vote. Pressure has grown on Olu Baker too.\n\n"
                + "“I stand by it,” Marsh said. “Every word.”\n\n"
                + "“It was the right call,” Olu Baker told reporters.\n\n"
                + "Flooding returned to Cedar Hollow on Friday. Residents in Cedar Hollow said the"
                + " pumps had failed again.");
    assertThat(result.quotes())
        .extracting(q -> q.speakerName() + ": " + q.text())
        .containsExactly(
            "Dina Marsh: I stand by it",
            "Dina Marsh: Every word.",
            "Olu Baker: It was the right call");
    assertThat(people(result)).containsExactlyInAnyOrder("Dina Marsh", "Olu Baker");
  }

  @Test
  void aPersonOfAnOrganisationIsAPerson() {
    assertThat(
            said(
                "“The money ran out in May,” said Ruth Okoye of Shelter Now.\n\n"
                    + "Dev Anand of the Harbour Traders Guild said rents had doubled.\n\n"
                    + "“We cannot wait,” said Dr Ines Vale of Lakeside College.\n\n"
                    + "Bank of Leeds said it would not comment."))
        .containsExactly(
            "Ruth Okoye: The money ran out in May",
            "Dev Anand: rents had doubled",
            "Ines Vale: We cannot wait");
  }

  @Test
  void aNameJoinedToAnOrganisationsNameIsPartOfIt() {
    ArticleQuotes result =
        extract(
            "The Department of Parks and Outdoor Recreation said the trail would reopen in May.\n\n"
                + "Major League Rugby said on Monday it would not comment.\n\n"
                + "Ada Iles, who runs the cafe, said the closure had cost her dearly.");
    assertThat(people(result)).containsExactly("Ada Iles");
    assertThat(result.quotes()).extracting(Quote::speakerName).containsExactly("Ada Iles");
  }

  @Test
  void aPronounIsNobodysWhenTheTextDoesNotSettleWhoItIs() {
    // the last person named may be a man: "she" could be him or the mayor
    assertThat(
            said(
                "Mayor Rosa Kent opened the session. Her aide, Sam Ortiz, read the minutes.\n\n"
                    + "“The budget is balanced,” she said."))
        .isEmpty();
    // the same sentence binds the pronoun to its subject
    assertThat(
            said(
                "Mayor Rosa Kent opened the session.\n\n"
                    + "Councillor Jo Pike, who chairs the finance panel, gave her view: “It is"
                    + " not.”"))
        .containsExactly("Jo Pike: It is not.");
    // a company spoke since the mayor was named: "she" may be its spokeswoman
    assertThat(
            said(
                "Mayor Rosa Kent opened the session. She was blunt.\n\n"
                    + "The water company said the pipes would be replaced.\n\n"
                    + "“We will start in June,” she said."))
        .isEmpty();
    // officials are not "she": the mayor is
    assertThat(
            said(
                "Mayor Rosa Kent opened the session. She was blunt.\n\n"
                    + "Officials said the pipes would be replaced.\n\n"
                    + "“We will start in June,” she said."))
        .containsExactly("Rosa Kent: We will start in June");
  }

  @Test
  void aQuotationAttributedToAStatementIsNobodys() {
    assertThat(
            said(
                "“We are on schedule,” said Mayor Ada Lintz.\n\n"
                    + "“All roads will be open by noon,” according to a statement from the"
                    + " county.\n\n"
                    + "“Nobody was hurt,” the statement said."))
        .containsExactly("Ada Lintz: We are on schedule");
  }

  @Test
  void aQuotationParagraphContinuesOnlyAQuotation() {
    // after a paraphrase, a quotation line on its own may be anyone's (its attribution may have
    // been lost with a line the page dropped)
    assertThat(
            said(
                "Ada Lintz, the harbour master, said the pier would stay shut.\n\n"
                    + "“We want boats back by June.”\n\n"
                    + "“It is too dangerous,” Lintz said.\n\n"
                    + "“The divers go down on Monday.”"))
        .containsExactly(
            "Ada Lintz: the pier would stay shut",
            "Ada Lintz: It is too dangerous",
            "Ada Lintz: The divers go down on Monday.");
  }

  @Test
  void aTitledNameAfterAnOrganisationsNameIsAPerson() {
    assertThat(
            said(
                "Office of Rail Standards Executive Director Mina Kovac said the review would take"
                    + " a year. Kovac’s deputy stayed silent, and the office declined to comment."))
        .containsExactly("Mina Kovac: the review would take a year");
  }

  @Test
  void wireCopyShapes() {
    assertThat(
            said(
                "WASHINGTON (Reuters) - Senator Maria Delgado said on Tuesday the bill would"
                    + " pass. \"We have the votes,\" she told reporters.\n\n"
                    + "\"We're looking into it,\" a spokesperson for the company said.\n\n"
                    + "\"Nobody asked us,\" said Delgado's chief of staff, Owen Pike.\n\n"
                    + "Pike met Ursula von der Leyen and Jean-Pierre Dupont in Brussels. Von der"
                    + " Leyen said: \"Europe will not wait.\"\n\n"
                    + "Beijing said it opposed the bill. The White House said the president would"
                    + " sign it.\n\n"
                    + "\"I said 'no' to them twice,\" Dupont said.\n\n"
                    + "\"It's over,\" said one senior official, who spoke on condition of"
                    + " anonymity."))
        .containsExactly(
            "Maria Delgado: the bill would pass",
            "Maria Delgado: We have the votes",
            "Owen Pike: Nobody asked us",
            "Ursula von der Leyen: Europe will not wait.",
            "Jean-Pierre Dupont: I said 'no' to them twice");
  }

  @Test
  void peopleWhoShareASurnameAreToldApartByTitleAndRecency() {
    assertThat(
            said(
                "Councillor Priya Shah, who chairs the resilience committee, said: ‘Our food"
                    + " banks are ready.’\n\n"
                    + "Her colleague, Councillor Dan Shah – no relation – disagreed. ‘This is"
                    + " Greenvale’s mess,’ Mr Shah said.\n\n"
                    + "‘We are not panicking,’ Ms Shah said later. ‘Not at all,’ Shah added."))
        .containsExactly(
            "Priya Shah: Our food banks are ready.",
            "Dan Shah: This is Greenvale’s mess",
            "Priya Shah: We are not panicking",
            "Priya Shah: Not at all");
  }

  @Test
  void theNextSentencesSubjectIsNotTheQuotationsSpeaker() {
    assertThat(
            said(
                "Plant manager Derek Vance replied: “We followed every rule.” Inspector Ruth Abey,"
                    + " 51, said the plant had failed two inspections."))
        .containsExactly(
            "Derek Vance: We followed every rule.",
            "Ruth Abey: the plant had failed two inspections");
  }

  @Test
  void anOwnerIsNotTheSubject() {
    assertThat(
            reported(
                "Mayor Ida Krall presented the budget on Monday.\n\n"
                    + "Krall’s chief of staff, Ana Pike, who joined in May, said the budget was"
                    + " late.\n\n"
                    + "Analyst Mark Hoyle of the consultancy Brightwave said prices would fall."))
        .containsExactly("Ana Pike: the budget was late", "Mark Hoyle: prices would fall");
  }

  @Test
  void moreWaysToSayWhoSpokeToWhom() {
    ArticleQuotes result =
        extract(
            "Local MP Sara Quist said the road was unsafe. Quist told the BBC the road would"
                + " close in March.\n\n"
                + "The harbour had been dredged in May, Quist told the council.\n\n"
                + "Trader Mark Hoyle, 44, who posts under the name “Bluefin”, disagreed.");
    assertThat(result.quotes())
        .extracting(q -> q.speakerName() + ": " + q.text())
        .containsExactly(
            "Sara Quist: the road was unsafe",
            "Sara Quist: the road would close in March",
            "Sara Quist: The harbour had been dredged in May");
    QuoteBook book =
        QuoteBook.of(
            List.of(
                article(
                    "“Too late,” said Trader Mark Hoyle."
                        + "\n\nHoyle, 44, who posts under the name “Bluefin”, disagreed.")));
    assertThat(((QuoteLookup.Found) book.lookup("Bluefin")).speaker().name())
        .isEqualTo("Mark Hoyle");
  }

  @Test
  void theListenerAfterToldIsNotTheSpeaker() {
    ArticleQuotes result =
        extract("Striker Tomas Varga, who scored twice, told Channel Nine: “It was a dream.”");
    assertThat(people(result)).containsExactly("Tomas Varga");
    assertThat(result.quotes()).extracting(Quote::speakerName).containsExactly("Tomas Varga");
  }

  @Test
  void aSurnameTwoPeopleShareIsNobodysUnlessTheTextSaysWhich() {
    // two people of that surname were last named together: the surname does not say which
    assertThat(
            said(
                "Ken Obi and Ruth Obi signed the petition on Monday.\n\n"
                    + "“We will not move,” Obi said."))
        .isEmpty();
    assertThat(
            said(
                "Residents Sam Teller and Ivy Teller, who run the bakery, joined the march.\n\n"
                    + "Teller said the rent had doubled."))
        .isEmpty();
    // a title of known gender or a later mention settles it
    assertThat(
            said(
                "Mr Ken Obi and Mrs Ruth Obi signed the petition on Monday.\n\n"
                    + "“We will not move,” Mrs Obi said."))
        .containsExactly("Ruth Obi: We will not move");
    assertThat(
            said(
                "Ken Obi and Ruth Obi signed the petition on Monday.\n\n"
                    + "Ruth Obi spoke first.\n\n"
                    + "“We will not move,” Obi said."))
        .containsExactly("Ruth Obi: We will not move");
    // an owner named before the speaker is no rival ("the owner's husband, NAME")
    assertThat(
            said(
                "Ruth Obi’s husband, Ken Obi, said the shop would close.\n\n"
                    + "“We tried everything,” Obi said."))
        .containsExactly("Ken Obi: the shop would close", "Ken Obi: We tried everything");
  }

  @Test
  void aSurnameUsedBeforeTheFullNameIsTheOnePersonItCanBe() {
    assertThat(
            said(
                "“The pumps failed at dawn,” Teller said.\n\n"
                    + "Sam Teller, the harbour master, has run the port since 2019."))
        .containsExactly("Sam Teller: The pumps failed at dawn");
    // two people it can be: nobody
    assertThat(
            said(
                "“The pumps failed at dawn,” Teller said.\n\n"
                    + "Sam Teller, the harbour master, and his sister Ivy Teller run the port."))
        .isEmpty();
  }

  @Test
  void aCompoundAdjectiveBeforeANameIsNoPartOfIt() {
    // "-based", "-listed" are said of companies; the name after them is not a person's
    ArticleQuotes result =
        extract(
            "Shareholders rejected the bid. The target, Leeds-based Harlowbank, said its board"
                + " would meet on Monday.\n\n"
                + "Paris-listed Redmarsh said profits had fallen by a third.\n\n"
                + "London-born designer Ana Lim said the show would go on.\n\n"
                + "Glasgow-raised Ruth Obi, 34, said the prize money would go to the club.\n\n"
                + "Park Min-ho, 21, said the team would win.");
    assertThat(result.quotes())
        .extracting(q -> q.speakerName() + ": " + q.text())
        .containsExactly(
            "Ana Lim: the show would go on",
            "Ruth Obi: the prize money would go to the club",
            "Park Min-ho: the team would win");
    assertThat(people(result)).containsExactlyInAnyOrder("Ana Lim", "Ruth Obi", "Park Min-ho");
  }

  @Test
  void aPersonOfAnOrganisationWhoseNameHoldsOfIsAPerson() {
    assertThat(
            said(
                "Ana Lim of the Harlow Board of Trade said the port would close.\n\n"
                    + "Ruth Obi of the Bank of Redmarsh said rates would rise.\n\n"
                    + "Sam Teller of the Redmarsh Chamber of Commerce said: “We are open.”\n\n"
                    + "The Department of Trade said the port would reopen."))
        .containsExactly(
            "Ana Lim: the port would close",
            "Ruth Obi: rates would rise",
            "Sam Teller: We are open.");
  }

  @Test
  void answersMarkedWithTheIntervieweesInitialsAreTheirsAndGoOnUntilTheNextQuestion() {
    assertThat(
            said(
                "Chef Marisol Reyes is closing Alder & Ash, said Augustine (Gus) Ferrell, her"
                    + " farmer, and Naomi Sethi of the food alliance.\n\n"
                    + "Q: Why close now?\n\n"
                    + "MR: Because it is booked solid.\n\n"
                    + "I turned 47 in August and did the math.\n\n"
                    + "Q: Who pays?\n\n"
                    + "MR: A foundation put in $850,000.\n\n"
                    + "This interview has been edited for length and clarity."))
        .containsExactly(
            "Augustine Ferrell: Chef Marisol Reyes is closing Alder & Ash",
            "Marisol Reyes: Because it is booked solid.",
            "Marisol Reyes: I turned 47 in August and did the math.",
            "Marisol Reyes: A foundation put in $850,000.");
    // the story's narrative after the transcript is nobody's answer
    assertThat(
            said(
                "Ana Lim, 58, has run the Redmarsh ferry for 30 years.\n\n"
                    + "Q: Will the sailings stop?\n\n"
                    + "Lim: No. We sail twice a day.\n\n"
                    + "Q: And the fares?\n\n"
                    + "Lim: They stay where they are.\n\n"
                    + "A council spokesperson said the subsidy would be reviewed in March."))
        .containsExactly("Ana Lim: No. We sail twice a day.", "Ana Lim: They stay where they are.");
  }

  @Test
  void sheSaidAfterASentenceNamingTwoWomenIsTheOneWhoWasReportedSpeaking() {
    assertThat(
            said(
                "“We go to work on Monday,” Mayor Ruth Lim said.\n\n"
                    + "Grace Obi, a retired nurse, said she voted for Lim because of the empty"
                    + " houses on her street.\n\n"
                    + "“I’ve called about those houses so many times,” she said."))
        .containsExactly(
            "Ruth Lim: We go to work on Monday",
            "Grace Obi: she voted for Lim because of the empty houses on her street",
            "Grace Obi: I’ve called about those houses so many times");
    // in the middle of a paragraph the pronoun is not guessed
    assertThat(
            said(
                "Grace Obi, a retired nurse, said she voted for Ruth Lim. She hopes the houses go."
                    + " “I’ve called so many times,” she said."))
        .doesNotContain("Ruth Lim: I’ve called so many times");
  }

  @Test
  void whatSomeoneCallsSomethingIsTheirQuoteAndAPromiseToActIsAReport() {
    assertThat(
            said(
                "Mayor Ana Lim spoke on Thursday. She said her first order would create one"
                    + " office, and promised to name a city administrator by January 1. She"
                    + " also pledged to end what she calls “water bill roulette”."))
        .containsExactly(
            "Ana Lim: her first order would create one office",
            "Ana Lim: to name a city administrator by January 1",
            "Ana Lim: to end what she calls “water bill roulette”",
            "Ana Lim: water bill roulette");
    // naming someone is not a quote
    assertThat(said("José Furtado, whom everyone on the quay calls “Zé do Mar”, was there."))
        .isEmpty();
  }

  @Test
  void aSemicolonEndsAReportWhenAClauseOfItsOwnFollowsNotBetweenTheItemsOfAList() {
    assertThat(
            said(
                "Transport Minister Ana Lim says the claim is unaffordable; the government has"
                    + " offered 3.5% a year.\n\n"
                    + "Finance director Sam Teller said three things drove the gap: $4.9 million in"
                    + " relief money ran out; pension costs rose; and fuel prices doubled."))
        .containsExactly(
            "Ana Lim: the claim is unaffordable",
            "Sam Teller: three things drove the gap: $4.9 million in relief money ran out;"
                + " pension costs rose; and fuel prices doubled");
  }

  @Test
  void aReportWithItsSpeakerNamedAfterAnInvertedVerbIsTheirs() {
    assertThat(
            said(
                "Rider advocates say the changes are overdue. The union has pushed for Sunday"
                    + " service since 2019, said Sam Teller, one of its organizers, and for free"
                    + " transfers for even longer.\n\n"
                    + "Coach Ana Lim, a former champion, said Teller would now race in May."))
        .containsExactly(
            "Sam Teller: The union has pushed for Sunday service since 2019",
            "Ana Lim: Teller would now race in May");
  }

  @Test
  void aWorkInQuotationMarksAfterItsMakerIsNobodysQuote() {
    assertThat(
            said(
                "“We go to work,” Ruth Lim said, before a band played Earth, Wind & Fire’s"
                    + " “September.”"))
        .containsExactly("Ruth Lim: We go to work");
  }

  @Test
  void aNicknameAndSurnameNamedBeforeTheFullNameAreThatPerson() {
    ArticleQuotes q =
        extract(
            "Teddy Marsh, a restaurateur, conceded on Thursday.\n\n"
                + "“We ran as outsiders,” said Theodore (Teddy) Marsh, 51.");
    assertThat(people(q)).containsExactly("Theodore Marsh");
    assertThat(q.quotes()).extracting(Quote::speakerName).containsOnly("Theodore Marsh");
  }

  @Test
  void aNicknameInBracketsBetweenTheNamesIsANickname() {
    ArticleQuotes q =
        extract(
            "“I gave up my car keys,” said Margaret (Peggy) Dunleavy, 81.\n\n"
                + "“Please don’t take this too,” Dunleavy told the board.");
    assertThat(people(q)).containsExactly("Margaret Dunleavy");
    assertThat(q.quotes()).extracting(Quote::speakerName).containsOnly("Margaret Dunleavy");
  }

  @Test
  void anInterviewsAnswersAreTheIntervieweesWords() {
    assertThat(
            said(
                "Ana Lim has run the Redmarsh ferry for 30 years. She spoke to us about the new"
                    + " timetable.\n\n"
                    + "Q: Will the winter sailings stop?\n\n"
                    + "A: No. We will sail twice a day, whatever the council says.\n\n"
                    + "Q: And the fares?\n\n"
                    + "A: They stay where they are until March."))
        .containsExactly(
            "Ana Lim: No. We will sail twice a day, whatever the council says.",
            "Ana Lim: They stay where they are until March.");
    // the longer markers, and a quotation after the transcript keeps its own speaker
    assertThat(
            said(
                "Sam Teller, 41, coaches the under-12s at Harlow Rovers.\n\n"
                    + "Question: How did the season go?\n\n"
                    + "Answer: Better than the table says.\n\n"
                    + "Question: What next?\n\n"
                    + "Answer: More training, fewer excuses.\n\n"
                    + "“He never misses a session,” said Ruth Obi, the club secretary."))
        .containsExactly(
            "Sam Teller: Better than the table says.",
            "Sam Teller: More training, fewer excuses.",
            "Ruth Obi: He never misses a session");
    // an introduction that names two people does not say who answers
    assertThat(
            said(
                "Ana Lim and Ruth Obi founded the Redmarsh bakery in 2019.\n\n"
                    + "Q: Why bread?\n\n"
                    + "A: Because everyone eats it.\n\n"
                    + "Q: And cake?\n\n"
                    + "A: Only on Fridays."))
        .isEmpty();
    // one "A:" line is no transcript
    assertThat(
            said(
                "Ana Lim runs the ferry.\n\n"
                    + "Q: Is it safe?\n\n"
                    + "A: the inspectors have not said."))
        .isEmpty();
  }

  @Test
  void aFirmDescribedAsOneOrSpeakingInAWrittenStatementIsNoPerson() {
    ArticleQuotes q =
        extract(
            "Walter Halvorsen founded the yard in 1979. Tri-Harbor Dredging, the Duluth firm that"
                + " finished second in the bidding, said it would evaluate any opportunity.\n\n"
                + "Halvorsen Marine says it is owed $3.8 million. “We are owed it,” Halvorsen"
                + " said.\n\n"
                + "In a written statement, Strand Amusements said it looks forward to a long"
                + " partnership. Cable Route Action Norfolk said in a written submission that the"
                + " route should move.");
    assertThat(people(q)).containsExactly("Walter Halvorsen");
    assertThat(q.quotes()).extracting(Quote::speakerName).containsOnly("Walter Halvorsen");
  }

  @Test
  void aTwoWordTitleAndAnAbbreviatedOneStandBeforeTheName() {
    assertThat(
            said(
                "But Harbor Master Luis Arriaga said the bid package set a price.\n\n"
                    + "“The idea is simple,” said Coun. Evan Kowalchuk (Elmwood), who moved the"
                    + " motion."))
        .containsExactly(
            "Luis Arriaga: the bid package set a price", "Evan Kowalchuk: The idea is simple");
  }

  @Test
  void aNameGivenAfterKnownAsIsANicknameNotAQuote() {
    ArticleQuotes q =
        extract(
            "Gheorghe Stan, a barge captain known along the river as “Gica”, said his convoy had"
                + " waited 11 days.\n\n"
                + "Margaret Loveday, who is known to everyone in the village as Peggy, said the"
                + " map was a shock.");
    assertThat(q.quotes())
        .extracting(Quote::text)
        .containsExactly("his convoy had waited 11 days", "the map was a shock");
    assertThat(
            QuoteBook.of(
                    List.of(
                        article(
                            "Gheorghe Stan, a barge captain known along the river as “Gica”, said his convoy"
                                + " had waited 11 days.\n\n"
                                + "Margaret Loveday, who is known to everyone in the village as Peggy, said the"
                                + " map was a shock.")))
                .lookup("Peggy"))
        .isInstanceOf(QuoteLookup.Found.class);
  }

  @Test
  void aDeputyIsNotTheMinisterAndARoleAfterAPrepositionTakesNoPronoun() {
    assertThat(
            said(
                "Transport Minister Sorin Vladescu said the fee would rise. Irina Ceban, Moldova's"
                    + " deputy minister, said Chisinau would not sign.\n\n"
                    + "Elena Vladescu, who runs the terminal and is not related to the minister,"
                    + " said the port was not the bottleneck. “We can unload 60,000 tonnes a"
                    + " day,” she said."))
        .containsExactly(
            "Sorin Vladescu: the fee would rise",
            "Irina Ceban: Chisinau would not sign",
            "Elena Vladescu: the port was not the bottleneck",
            "Elena Vladescu: We can unload 60,000 tonnes a day");
  }

  @Test
  void sheAfterThisParagraphsOnlyPersonIsThemThoughAWomanWasNamedBefore() {
    assertThat(
            said(
                "Karen Vollmer chairs the committee. Her brother-in-law, Tom Vollmer, spoke in"
                    + " favour.\n\n"
                    + "Council member Rosalind Petrakis said the city is watching. She told the"
                    + " board:\n\n"
                    + "“We need to know who is in charge.”"))
        .containsExactly(
            "Rosalind Petrakis: the city is watching",
            "Rosalind Petrakis: We need to know who is in charge.");
  }

  @Test
  void aRelativeClauseAboutSomeonesSonTellsNothingOfTheirOwnGender() {
    assertThat(
            said(
                "Leonard Pasko, who has driven Route 31 for 19 years, said the drivers are"
                    + " stretched thin.\n\n"
                    + "For Tasha Monroe, whose son is a sophomore, the new boundary means a long"
                    + " walk.\n\n"
                    + "She added that she leaves for her shift at 6:15 a.m. and cannot drive him."))
        .containsExactly(
            "Leonard Pasko: the drivers are stretched thin",
            "Tasha Monroe: she leaves for her shift at 6:15 a.m. and cannot drive him");
  }

  @Test
  void aColonAfterASentenceThatOpensOnSomeonesWordsIntroducesTheirQuotation() {
    assertThat(
            said(
                "Board Chair Denise Varga said the board would order a review. Her message to the"
                    + " utility was blunt:\n\n"
                    + "“Come back with documents, not adjectives.”"))
        .containsExactly(
            "Denise Varga: the board would order a review",
            "Denise Varga: Come back with documents, not adjectives.");
  }

  @Test
  void aBroadcastTranscriptGivesEachLabelledSpeakerTheirWordsButNotTheHostsOrReporters() {
    assertThat(
            said(
                "Marta Oyelowo, 31, drove 90 minutes to give birth. Joanne Kasprzak, the"
                    + " hospital's chief executive, said the unit lost money.\n\n"
                    + "GRANT HOLLOWAY, HOST: More than a hundred rural hospitals have stopped"
                    + " delivering babies.\n\n"
                    + "LUCIA FERRANTE, BYLINE: Marta Oyelowo knows this road well now.\n\n"
                    + "MARTA OYELOWO: I kept looking at the mile markers. (LAUGHTER) I was timing"
                    + " the contractions.\n\n"
                    + "FERRANTE: The hospital closed its unit in October.\n\n"
                    + "KASPRZAK: We cannot safely staff a birthing unit."))
        .containsExactly(
            "Joanne Kasprzak: the unit lost money",
            "Marta Oyelowo: I kept looking at the mile markers.",
            "Marta Oyelowo: I was timing the contractions.",
            "Joanne Kasprzak: We cannot safely staff a birthing unit.");
  }

  @Test
  void aFatherInSomeonesDescriptionAndAPlanThatCallsForSomethingLeaveTheirSheAlone() {
    assertThat(
            said(
                "Mayor Ana Lim said the council would vote in January.\n\n"
                    + "Mae Okada, who runs the ramen shop her father, Kevin Okada, opened in 2001,"
                    + " has a more immediate worry. The plan calls for closing one lane of"
                    + " Broadway.\n\n"
                    + "“I just want people to find our front door,” she said."))
        .containsExactly(
            "Ana Lim: the council would vote in January",
            "Mae Okada: I just want people to find our front door");
  }

  @Test
  void aReportMayOpenWithAnAmountWhateverTheTenseOfItsVerb() {
    assertThat(
            said(
                "Maeda Sota, 17, a student at Horonai High School, said about 30 students commute"
                    + " on the line every day.\n\n"
                    + "Megan Haverkamp, a nurse, said at least four nurses had already taken jobs in"
                    + " Erie."))
        .containsExactly(
            "Maeda Sota: about 30 students commute on the line every day",
            "Megan Haverkamp: at least four nurses had already taken jobs in Erie");
  }

  @Test
  void aTitleBeforeASurnameTwoPeopleShareSaysWhichOfThemItIs() {
    assertThat(
            said(
                "At-large Councilor Ruth Haugen said the plan was too costly.\n\n"
                    + "Jonas Haugen, the ski team's head coach, said his team would travel.\n\n"
                    + "Councilor Haugen said she would support a cheaper rental pump."))
        .containsExactly(
            "Ruth Haugen: the plan was too costly",
            "Jonas Haugen: his team would travel",
            "Ruth Haugen: she would support a cheaper rental pump");
  }

  @Test
  void aPassiveReportNamesNoSpeakerWhomAPronounCouldNotReachPast() {
    assertThat(
            said(
                "Megan Haverkamp, a nurse, said her colleagues learned of the closure only an hour"
                    + " before it was announced publicly.\n\n"
                    + "She added that four nurses would take jobs in Erie."))
        .containsExactly(
            "Megan Haverkamp: her colleagues learned of the closure only an hour before it was"
                + " announced publicly",
            "Megan Haverkamp: four nurses would take jobs in Erie");
  }

  @Test
  void aPronounTwoPeopleOfTheParagraphMayTakeGivesNoWordsToEither() {
    assertThat(
            said(
                "“We cannot staff the unit safely,” said Caroline Dunleavy, the hospital's"
                    + " president.\n\n"
                    + "Two of the unit's doctors are leaving in January, Dunleavy said. Dr. Helen"
                    + " Marchetti, who has delivered babies there since 1994, is retiring. The"
                    + " hospital has spent 18 months trying to recruit replacements, she said."))
        .containsExactly(
            "Caroline Dunleavy: We cannot staff the unit safely",
            "Caroline Dunleavy: Two of the unit's doctors are leaving in January");
  }

  @Test
  void aReportGoesOnAfterItsAttributionAndStopsAtTheNextOne() {
    assertThat(
            said(
                "Fire Marshal Jenna Raiche said the problem is the building code. A fellowship hall"
                    + " is built for people who are awake, she said, and a sleeping person takes"
                    + " longer to get out.\n\n"
                    + "Councilor Ann Voss said she would back a rental pump, and she asked staff to"
                    + " report back by Monday.\n\n"
                    + "Pastor Tom Aldrich — Pastor Tuck to most of the neighbourhood — said the"
                    + " church has taken about 30 calls from neighbours."))
        .containsExactly(
            "Jenna Raiche: the problem is the building code",
            "Jenna Raiche: A fellowship hall is built for people who are awake",
            "Jenna Raiche: a sleeping person takes longer to get out",
            "Ann Voss: she would back a rental pump",
            "Tom Aldrich: the church has taken about 30 calls from neighbours");
  }

  @Test
  void aDeniedOrSharedReportIsNobodysWords() {
    assertThat(
            said(
                "The decision may come down to Councilmember Elaine Pruitt, who has not said"
                    + " publicly how she will vote. Vice Mayor Raúl Espinoza and Councilmember"
                    + " Janelle Soto have said they will vote no. The district needs three votes.\n\n"
                    + "Mayor Denise Okafor declined to say when work would start."))
        .isEmpty();
  }

  @Test
  void aClauseAboutTheSubjectBetweenCommasIsNoNewReport() {
    assertThat(
            said(
                "Transport Secretary Helen Ashworth told MPs that the freeze, first announced in"
                    + " July, could not be paid for."))
        .containsExactly(
            "Helen Ashworth: the freeze, first announced in July, could not be paid for");
  }

  @Test
  void aSingleQuoteOpenedAfterAColonRunsOnIntoTheNextParagraph() {
    assertThat(
            said(
                "Owen Prytherch, the union's general secretary, said: ‘Every time the Treasury"
                    + " needs money, it reaches into our pockets first. We’ve seen it with fares.\n\n"
                    + "‘Ministers should come and do that job for a week.’"))
        .containsExactly(
            "Owen Prytherch: Every time the Treasury needs money, it reaches into our pockets"
                + " first. We’ve seen it with fares.",
            "Owen Prytherch: Ministers should come and do that job for a week.");
  }

  @Test
  void aRoleOfSeveralWordsNamesThePersonWhoseRoleHoldsThemAll() {
    List<String> quotes =
        said(
            "Yes, but: According to city budget director Tomás Ibarra, revenue is running $6"
                + " million below forecasts.\n\n"
                + "Chief Executive Fiona Treadwell said the site was unviable.\n\n"
                + "“There’s no hidden pot of money here,” the budget director said.\n\n"
                + "The chief executive said the offer did not change the project’s returns.\n\n"
                + "The marketing director said nothing.");
    assertThat(quotes)
        .contains(
            "Tomás Ibarra: revenue is running $6 million below forecasts",
            "Tomás Ibarra: There’s no hidden pot of money here",
            "Fiona Treadwell: the offer did not change the project’s returns")
        .noneMatch(q -> q.endsWith(": nothing"));
  }

  @Test
  void aRoleBeforeATitledNameIsTheirsAndATitleInThePluralGoesWithTheNames() {
    ArticleQuotes result =
        extract(
            "Britain's industry minister, Dr. Helen Achterberg, said the government had acted in"
                + " good faith.\n\n"
                + "“The door remains open,” the minister told reporters.\n\n"
                + "Councilmembers Thomas J. Bradshaw and Alma Ruiz cast the dissenting votes."
                + " Bradshaw said the city had not looked for grants.\n\n"
                + "British miner Harlow Minerals said in a statement that it would write down its"
                + " costs.");
    // Alma Ruiz, named once and never quoted, is undecided: nobody
    assertThat(people(result)).containsExactlyInAnyOrder("Helen Achterberg", "Thomas J. Bradshaw");
    assertThat(result.quotes())
        .extracting(q -> q.speakerName() + ": " + q.text())
        .contains(
            "Helen Achterberg: The door remains open",
            "Thomas J. Bradshaw: the city had not looked for grants");
  }

  @Test
  void aPossessiveThatMayMeanARelativeTellsNothingOfThePersonsGender() {
    List<String> quotes =
        said(
            "Dr Helen Okafor, the trust's chief executive, said she was sorry. She said the trust"
                + " had opened 42 beds.\n\n"
                + "Leanne Marsh, whose father waited nine hours after a fall at his home, described"
                + " the wait as long.\n\n"
                + "“He was lying there in a gown,” she said.");
    assertThat(quotes).noneMatch(q -> q.equals("Helen Okafor: He was lying there in a gown"));
  }

  @Test
  void aPartyOrASecretariatIsNoPerson() {
    ArticleQuotes result =
        extract(
            "The Oregon Democrat said she had agreed to shrink the grant program.\n\n"
                + "According to the provincial Fisheries Secretariat, the session was held"
                + " online.");
    assertThat(people(result)).isEmpty();
  }

  @Test
  void theFirstOfTwoSurnamesAndAnAgeNameThePerson() {
    List<String> quotes =
        said(
            "Rosalía Ibarra Montes, director of the water system, spoke on Monday.\n\n"
                + "Ibarra said that repairs would take at least 10 more days.\n\n"
                + "Works council chairman Jürgen Bäumler reacted with outrage. “This is a slap in the"
                + " face,” said the 58-year-old, who started at the plant in 1984.");
    assertThat(quotes)
        .containsExactly(
            "Rosalía Ibarra Montes: repairs would take at least 10 more days",
            "Jürgen Bäumler: This is a slap in the face");
  }

  @Test
  void aMalayHonorificIsATitleNotAName() {
    List<String> quotes =
        said(
            "Cost of Living Minister Datuk Seri Roslan Jaafar said the ceiling would stay.\n\n"
                + "“The ceiling stays,” Roslan said.");
    assertThat(quotes)
        .containsExactly(
            "Roslan Jaafar: the ceiling would stay", "Roslan Jaafar: The ceiling stays");
  }

  @Test
  void aTownWithItsProvinceIsNoPersonEvenAfterATitleWord() {
    ArticleQuotes result =
        extract(
            "Union president Francis Beauchesne said clinics in Prince Albert, Sask., had cut"
                + " evening hours.\n\n"
                + "“We've been warning about this for two years,” Beauchesne said.");
    assertThat(people(result)).containsExactly("Francis Beauchesne");
  }

  @Test
  void aRelativeClauseOnANounAfterTheVerbIsNotWhatWasSaid() {
    List<String> quotes =
        said(
            "The plan will cover every uninsured adult by spring, Health Minister Naomi Castellane"
                + " announced Thursday, a move that could add 3.8 million people.\n\n"
                + "Castellane said that the first cards would go out in April.");
    assertThat(quotes).containsExactly("Naomi Castellane: the first cards would go out in April");
  }

  @Test
  void aNicknameSetOffByDashesAfterTheNameIsAnAlias() {
    ArticleQuotes result =
        extract(
            "Union president Francis Beauchesne spoke after the announcement.\n\n"
                + "Beauchesne — known to members simply as Frankie — said the clinics were short of"
                + " staff.\n\n"
                + "“We've been warning about this for two years,” Beauchesne said.");
    assertThat(result.speakers()).hasSize(1);
    assertThat(result.speakers().get(0).aliases()).contains("Frankie");
  }

  @Test
  void aRoleWithItsOfPhraseBeforeTheNameIsTheirsAndLaterStandsForThem() {
    String body =
        "The governor of the Argentine province of Chubut, Hernán Saavedra Quiroga, warned on"
            + " Thursday that he could close the ports.\n\n"
            + "The decree was signed by the Minister of Agriculture, Livestock and Fisheries, Dr."
            + " Mariela Costanzo.\n\n"
            + "The governor added that his legal team had filed for an injunction.\n\n"
            + "The minister said: \"The sea is one.\"";
    ArticleQuotes result = extract(body);
    assertThat(result.speakers())
        .extracting(Speaker::role)
        .contains(
            "governor of the Argentine province of Chubut",
            "Minister of Agriculture, Livestock and Fisheries");
    assertThat(said(body))
        .contains(
            "Hernán Saavedra Quiroga: his legal team had filed for an injunction",
            "Mariela Costanzo: The sea is one.");
  }

  @Test
  void aTitleInCapitalsMayJoinItsPartsWithAndOrOpenWithAWordInIng() {
    String body =
        "“We will not cut corners,” Municipal Administration and Water Supply Minister R."
            + " Muthukumaran told reporters on Wednesday.\n\n"
            + "According to Dr. Kavitha Ramalingam, Managing Director of Metro Water, the membranes"
            + " were to arrive by August.\n\n"
            + "Responding to the demand, the Managing Director said that an interim supply would"
            + " reach Karapakkam by March.";
    assertThat(said(body))
        .containsExactly(
            "R. Muthukumaran: We will not cut corners",
            "Kavitha Ramalingam: the membranes were to arrive by August",
            "Kavitha Ramalingam: an interim supply would reach Karapakkam by March");
    assertThat(extract(body).speakers())
        .extracting(Speaker::role)
        .contains("Managing Director of Metro Water");
  }

  @Test
  void aMemberOfParliamentIsARoleTheStoryMayCallThemBy() {
    String body =
        "Ilaria Castellucci, an Italian MEP who sits on the agriculture committee, said the fund"
            + " was too small.\n\n"
            + "The MEP, whose group has pushed for a larger fund, said she would table an"
            + " amendment.";
    assertThat(said(body))
        .containsExactly(
            "Ilaria Castellucci: the fund was too small",
            "Ilaria Castellucci: she would table an amendment");
  }

  @Test
  void aQuotedNameToSomeoneInADashAsideIsAnAlias() {
    ArticleQuotes result =
        extract(
            "Jean-Baptiste Morvan, who runs a dairy farm near Loudéac, said he had lost 23"
                + " animals.\n\n"
                + "Morvan – “JB” to his neighbours – was among hundreds of farmers who blocked the"
                + " road.\n\n"
                + "Ana Lim – “the best in town,” her customers say – opened at dawn.");
    assertThat(result.speakers().get(0).aliases()).contains("JB");
    assertThat(people(result)).doesNotContain("the best in town");
  }

  @Test
  void anUnquotedNameToThePeopleWhoUseItInADashAsideIsAnAlias() {
    assertThat(
            said(
                "Dr. Margaret Lisowski, president of the Harbour Heritage Society, said the view"
                    + " would go.\n\n"
                    + "Lisowski — Peggy to the volunteers who have fought the project — said the"
                    + " society has raised about $18,000.\n\n"
                    + "“It is not over,” Peggy said."))
        .containsExactly(
            "Margaret Lisowski: the view would go",
            "Margaret Lisowski: the society has raised about $18,000",
            "Margaret Lisowski: It is not over");
  }

  @Test
  void theCeoIsTheChiefExecutiveAndTheGovernorsSpokespersonIsTheirs() {
    String body =
        "Wichuda Saengthong, chief executive of Chanida Transit, said the company could not absorb"
            + " the lost revenue.\n\n"
            + "The CEO said Chanida had written to the department twice since September.\n\n"
            + "Nadia Okafor, a spokesperson for Gov. Ellen Whitlock, said the governor would sign"
            + " the bill.\n\n"
            + "The governor's spokesperson said the office would push regulators to move faster.";
    assertThat(said(body))
        .containsExactly(
            "Wichuda Saengthong: the company could not absorb the lost revenue",
            "Wichuda Saengthong: Chanida had written to the department twice since September",
            "Nadia Okafor: the governor would sign the bill",
            "Nadia Okafor: the office would push regulators to move faster");
    ArticleQuotes result = extract(body);
    Speaker okafor = result.speakers().get(1);
    assertThat(okafor.role()).isEqualTo("a spokesperson for Gov. Ellen Whitlock");
    // the title in her role is the governor's, not hers
    assertThat(okafor.aliases()).doesNotContain("Gov. Okafor");
  }

  @Test
  void aPresentTenseVerbAfterAnAdverbOfFrequencyMakesAReportedClause() {
    assertThat(
            said(
                "Jessamyn Tull, a paramedic at the Belden station, said crews often finish a call"
                    + " in Hays and then face a three-hour round trip."))
        .containsExactly(
            "Jessamyn Tull: crews often finish a call in Hays and then face a three-hour round"
                + " trip");
  }

  @Test
  void aRoleNamedByItsInitialsOrJoinedByAHyphenIsTheSamePersons() {
    assertThat(
            said(
                "Dale Pruitt, the county’s emergency medical services director, said the contract"
                    + " was meant as a bridge.\n\n"
                    + "The EMS director said he has asked the commission three times for money.\n\n"
                    + "Colin Ferreira, vice-president of development for Whitcombe Group, told"
                    + " council the extra height was needed.\n\n"
                    + "The vice-president said the company had agreed to pay for the boardwalk."))
        .containsExactly(
            "Dale Pruitt: the contract was meant as a bridge",
            "Dale Pruitt: he has asked the commission three times for money",
            "Colin Ferreira: the extra height was needed",
            "Colin Ferreira: the company had agreed to pay for the boardwalk");
  }

  @Test
  void aShortFormOfOnePersonsGivenNameIsTheirs() {
    assertThat(
            said(
                "Jessamyn Tull, a paramedic, said crews were tired.\n\n"
                    + "“I know a lot of roads,” Jess said.\n\n"
                    + "Bernard Quade, a farmer, said the bore failed.\n\n"
                    + "“I’ve heard that one before,” Bernie said."))
        .containsExactly(
            "Jessamyn Tull: crews were tired",
            "Jessamyn Tull: I know a lot of roads",
            "Bernard Quade: the bore failed",
            "Bernard Quade: I’ve heard that one before");
  }

  @Test
  void aShortFormThatBeginsTwoPeoplesGivenNamesIsNeither() {
    assertThat(
            said(
                "Danielle Haddad, the minister, said caps would come.\n\n"
                    + "Daniel Obi, a farmer, said caps were late.\n\n"
                    + "“Not enough,” Dan said."))
        .containsExactly("Danielle Haddad: caps would come", "Daniel Obi: caps were late");
  }

  @Test
  void anOwnersWordBeforeARoleIsTheRolesOwnerAndARoleRunsOverOneWordToItsNoun() {
    assertThat(
            said(
                "Priya Venkatesan, the water and sewer manager at Orana Plains Shire Council, said"
                    + " the council would drill two bores.\n\n"
                    + "According to the council’s water manager, household use has fallen about"
                    + " 18%.\n\n"
                    + "Dana Reyes, the company's CEO, said the tool was a mistake.\n\n"
                    + "The company's chief technology officer, Marco Reyes, wrote that the tool had"
                    + " been built in six weeks."))
        .containsExactly(
            "Priya Venkatesan: the council would drill two bores",
            "Priya Venkatesan: household use has fallen about 18%",
            "Dana Reyes: the tool was a mistake",
            "Marco Reyes: the tool had been built in six weeks");
  }

  @Test
  void theLawmakerIsTheMemberOfALegislatureNamedBefore() {
    assertThat(
            said(
                "Sponsor of the bill, Sen. Abdulrahman Yusuf Danladi, told his colleagues that"
                    + " Nigerians had been ignored.\n\n"
                    + "The lawmaker said the cap would apply to all tariff bands."))
        .containsExactly(
            "Abdulrahman Yusuf Danladi: Nigerians had been ignored",
            "Abdulrahman Yusuf Danladi: the cap would apply to all tariff bands");
  }

  @Test
  void whatAPersonsFamilySaysIsNotTheirs() {
    assertThat(
            said(
                "Councillor Simon Thackeray said a review was under way.\n\n"
                    + "“He is fighting hard,” his family said.\n\n"
                    + "In a statement, his family said: “We ask that our privacy is respected.”\n\n"
                    + "Thackeray publicly said the route was safe."))
        .containsExactly(
            "Simon Thackeray: a review was under way", "Simon Thackeray: the route was safe");
  }

  @Test
  void aNameAfterTheOrClosingAnOrganisationsNameIsNoMentionOfThePerson() {
    // the ferry named for a teacher is no one a pronoun goes back to
    assertThat(
            said(
                "Captain Ivo Brand has run the Orla Jansen since 1998. He is 61.\n\n"
                    + "The ferry was named for Orla Jansen, a teacher who rowed children across in"
                    + " 1911.\n\n"
                    + "Mira Holt, 27, is Brand’s niece and has worked on the Jansen since she was"
                    + " 19.\n\n"
                    + "“My uncle hired me because nobody else would,” she said."))
        .containsExactly("Mira Holt: My uncle hired me because nobody else would");
    // a committee named after a candidate speaks for itself
    ArticleQuotes q =
        extract(
            "Dana Ruiz, 44, won the race by 535 votes.\n\n"
                + "Friends of Dana Ruiz, the committee that ran her campaign, said in a statement"
                + " that it had raised $412,000.");
    assertThat(q.quotes()).extracting(Quote::speakerName).doesNotContain("Dana Ruiz");
  }

  @Test
  void aNameACallingVerbGivesAPronounsPersonIsTheirs() {
    ArticleQuotes q =
        extract(
            "Mira Holt, 27, has worked on the ferry since she was 19. Everyone on the island calls"
                + " her Jojo.\n\n"
                + "Jojo said that she had been offered a job on the bridge crew.");
    assertThat(q.quotes()).extracting(Quote::speakerName).containsExactly("Mira Holt");
  }

  @Test
  void aNicknameAfterALongKnownToAsIsNoQuote() {
    ArticleQuotes q =
        extract(
            "Teresa Villanueva, who has run the center since 2011 and is known to a generation"
                + " of campus families simply as “Miss Tess,” said she learned of it on"
                + " Monday.\n\n"
                + "“I understand budgets,” Villanueva said.");
    assertThat(q.quotes()).extracting(Quote::text).doesNotContain("Miss Tess");
    assertThat(q.quotes()).extracting(Quote::text).contains("I understand budgets");
  }

  @Test
  void aPronounInARelativeClauseAboutAnotherNounSaysNothingOfTheName() {
    assertThat(
            said(
                "Mira Holt was waving trucks into place with the patience of someone who has done"
                    + " it a thousand times. Holt, 27, is a deckhand.\n\n"
                    + "“Nobody else would take the early shift,” she said."))
        .containsExactly("Mira Holt: Nobody else would take the early shift");
  }

  @Test
  void aProvostIsARole() {
    assertThat(
            said(
                "Miriam Okafor, the university’s provost, wrote to families on Tuesday.\n\n"
                    + "The provost said the university was in talks with a national chain."))
        .containsExactly("Miriam Okafor: the university was in talks with a national chain");
  }

  @Test
  void aCoachBuildersWorksIsNoPerson() {
    ArticleQuotes q =
        extract(
            "Drivers say the newest buses, built by Hollis Coach Works, keep breaking down.\n\n"
                + "“We are short of parts,” said Ray Tillman, 58, the union's president.");
    assertThat(people(q)).containsExactly("Ray Tillman");
  }

  @Test
  void aStoreNamedAfterItsOwnerIsNoPerson() {
    ArticleQuotes q =
        extract(
            "Agnes Whitlock, who has run Harlan’s General Store since 1994, said sales had"
                + " doubled.\n\n"
                + "“We sell T-shirts now,” Whitlock said.");
    assertThat(people(q)).containsExactly("Agnes Whitlock");
  }

  @Test
  void aTitleAfterACountrysAbbreviationIntroducesItsSpeaker() {
    assertThat(
            said(
                "“The program was a lifeline,” U.S. Attorney Rebecca Tafoya said.\n\n"
                    + "“We are not finished,” the U.S. Attorney said."))
        .containsExactly(
            "Rebecca Tafoya: The program was a lifeline", "Rebecca Tafoya: We are not finished");
  }

  @Test
  void numbersThatAddUpReportNoSpeech() {
    assertThat(
            said(
                "Rohan Mehrotra, chief economist at Kestrel Bank, said the monthly savings look small"
                    + " but add up over the life of a loan."))
        .containsExactly(
            "Rohan Mehrotra: the monthly savings look small but add up over the life of a loan");
  }

  @Test
  void aSpecialAgentInChargeIsNoPartOfTheName() {
    ArticleQuotes q =
        extract(
            "Marcus Whitfield, who leads the FBI’s Albuquerque office, said: “He invented a"
                + " workforce.”\n\n"
                + "U.S. Attorney Rebecca Tafoya and Special Agent in Charge Marcus Whitfield of the"
                + " FBI made the announcement.");
    assertThat(people(q)).doesNotContain("Charge Marcus Whitfield").contains("Marcus Whitfield");
  }

  @Test
  void aPressConferencesTranscriptGivesEachTurnToItsSpeakerAndNoneToANamesake() {
    assertThat(
            said(
                "Commissioner Adetunde Akinyemi and Dr. Ruth Lange joined the mayor at the Hollis"
                    + " Center, named for Walter Hollis, who ran a boarding house there.\n\n"
                    + "MAYOR CAROLYN HOLLIS: Good afternoon, everyone.\n\n"
                    + "We are opening 310 more beds tonight.\n\n"
                    + "COMMISSIONER AKINYEMI: Thank you, Mayor. [Crosstalk] Buses run all night.\n\n"
                    + "DR. RUTH LANGE: Cold kills more people here than heat does.\n\n"
                    + "Check on your neighbours tonight.\n\n"
                    + "MAYOR HOLLIS: Thank you, Ruth.\n\n"
                    + "[END OF TRANSCRIPT]"))
        .containsExactly(
            "Adetunde Akinyemi: Thank you, Mayor.",
            "Adetunde Akinyemi: Buses run all night.",
            "Ruth Lange: Cold kills more people here than heat does.",
            "Ruth Lange: Check on your neighbours tonight.");
  }

  @Test
  void accordingToAPronounAndInPronounsWordsReportThePronounsPerson() {
    assertThat(
            said(
                "Anatoly Gerasimov, head of the railway, said that the operator planned to carry 2.5"
                    + " million tonnes.\n\n"
                    + "According to him, pre-declaration will cut the time a train spends at the"
                    + " border.\n\n"
                    + "In his words, the tariff will not change until 2028.\n\n"
                    + "According to his deputy, the first train left on time."))
        .containsExactly(
            "Anatoly Gerasimov: the operator planned to carry 2.5 million tonnes",
            "Anatoly Gerasimov: pre-declaration will cut the time a train spends at the border",
            "Anatoly Gerasimov: the tariff will not change until 2028");
  }

  @Test
  void aSpeakersAgeAfterAQuestionInQuotesKeepsTheAttributionInItsSentence() {
    assertThat(
            said(
                "Kayla Brandvold gave birth on the shoulder of the highway.\n\n"
                    + "“How is this happening?” Brandvold, 29, said from her kitchen table."))
        .containsExactly("Kayla Brandvold: How is this happening?");
  }

  @Test
  void aBodysNameInThePossessiveBeforeARoleMakesItTheSpeakersRole() {
    assertThat(
            said(
                "Councillor Janet Heywood, Kessleton Borough Council’s cabinet member for highways,"
                    + " said: “We will not reopen that bridge.”\n\n"
                    + "The cabinet member said that temporary lights would be removed by the"
                    + " weekend."))
        .containsExactly(
            "Janet Heywood: We will not reopen that bridge.",
            "Janet Heywood: temporary lights would be removed by the weekend");
  }

  @Test
  void theFirstOfTwoSurnamesJoinedByAHyphenNamesThePerson() {
    assertThat(
            said(
                "“The route is open,” Dr. Mohammad-Hossein Tabatabaei-Nejad, a trade official,"
                    + " told journalists.\n\n"
                    + "Tabatabaei said that trade would rise by a fifth."))
        .containsExactly(
            "Mohammad-Hossein Tabatabaei-Nejad: The route is open",
            "Mohammad-Hossein Tabatabaei-Nejad: trade would rise by a fifth");
  }

  @Test
  void aPlaintiffIsARoleAndAFirmBeforeAPartnersNameIsNoPerson() {
    ArticleQuotes q =
        extract(
            "Lead plaintiff Dolores Martinez said in a declaration that she regularly waited more"
                + " than 20 minutes.\n\n"
                + "“Illinois is no longer Busk country,” said Harwell Stone partner Kate Moreland.");
    assertThat(q.quotes().stream().map(x -> x.speakerName() + ": " + x.text()).toList())
        .containsExactly(
            "Dolores Martinez: she regularly waited more than 20 minutes",
            "Kate Moreland: Illinois is no longer Busk country");
    assertThat(people(q)).doesNotContain("Harwell Stone");
  }

  @Test
  void aNetworkOperatorAndAClubAreNoPeople() {
    ArticleQuotes q =
        extract(
            "Harcourt Grid, the network operator for much of the north, has restored power to"
                + " 40,000 homes.\n\n"
                + "Harcourt said in a statement that it expected most customers to be reconnected"
                + " by Saturday.\n\n"
                + "Ashford Town edged past Carlow United on Saturday.\n\n"
                + "Carlow said in a statement that supporters had been struck by coins.\n\n"
                + "National Highways said it did not expect the road to reopen before Friday.\n\n"
                + "Valley Justice Legal Aid said it had taken 40 cases.");
    assertThat(q.quotes()).isEmpty();
    assertThat(people(q)).isEmpty();
  }

  @Test
  void aTranslationInBracketsStandsBetweenAQuotationAndItsSpeaker() {
    assertThat(
            said(
                "The papers were taped to Graciela Montes’ door, and she called a hotline.\n\n"
                    + "Lorena Villaseñor, the program’s director, said they turn families away.\n\n"
                    + "“No sabemos adónde ir,” [“We don’t know where to go,”] said Montes, who has lived"
                    + " there for nine years."))
        .containsExactly(
            "Lorena Villaseñor: they turn families away",
            "Graciela Montes: No sabemos adónde ir",
            "Graciela Montes: We don’t know where to go");
  }

  @Test
  void aNameSetOffAfterItsRoleInALaterClauseIsTheSpeaker() {
    assertThat(
            said(
                "Tom Doyle was left dazed after clashing heads with Brennan. He was replaced by Sam"
                    + " Iwu, and the club doctor, Dr Priya Natarajan, said the defender had passed"
                    + " a concussion test."))
        .containsExactly("Priya Natarajan: the defender had passed a concussion test");
  }

  @Test
  void aBodysNameBeforeARoleNamesWhoseRoleItIs() {
    assertThat(
            said(
                "Carlow’s manager, Declan Kinsella, felt his side had done enough.\n\n"
                    + "The Carlow manager said that Mulready would be assessed before Tuesday."))
        .containsExactly("Declan Kinsella: Mulready would be assessed before Tuesday");
  }

  @Test
  void playersPositionsAndAChiefFinancialOfficersInitialsAreRoles() {
    assertThat(
            said(
                "Quarterback Tyrese Okafor said he was not trying to win the game on every snap.\n\n"
                    + "The team will decide Friday whether wide receiver Cameron Haverford can"
                    + " play.\n\n"
                    + "“I know my body,” the receiver said.\n\n"
                    + "Chief Financial Officer Priya Raman spoke to trustees on Monday.\n\n"
                    + "The CFO said the district would need a levy in 2027."))
        .containsExactly(
            "Tyrese Okafor: he was not trying to win the game on every snap",
            "Cameron Haverford: I know my body",
            "Priya Raman: the district would need a levy in 2027");
  }

  @Test
  void aNameSetOffAfterItsRoleRightAfterAQuotationIsTheSpeaker() {
    ArticleQuotes q =
        extract(
            "Arturo Pineda had been roofing houses for 19 years when he fell.\n\n"
                + "“He always said houses were the easy jobs,” his widow, Marisol Pineda, said at the"
                + " kitchen table.\n\n"
                + "The county has opened shelters at the Mother Lode Fairgrounds in Sonora and at"
                + " Oakdale High School.");
    assertThat(q.quotes().stream().map(x -> x.speakerName() + ": " + x.text()).toList())
        .containsExactly("Marisol Pineda: He always said houses were the easy jobs");
    assertThat(people(q)).doesNotContain("Lode Fairgrounds", "Mother Lode Fairgrounds");
  }

  @Test
  void aReckoningOrAConcessionIsReportedOnlyAsAClause() {
    assertThat(
            said(
                "Lotte Brinkman, an economist at Zuiderbank, reckons that rent caps merely change"
                    + " who gets the scarce flats. Sander Wijnberg conceded that the city’s coffers"
                    + " were not bottomless. Ana Lim reckoned the cost at €2bn. The mayor conceded"
                    + " defeat."))
        .containsExactly(
            "Lotte Brinkman: rent caps merely change who gets the scarce flats",
            "Sander Wijnberg: the city’s coffers were not bottomless");
  }

  @Test
  void aNameGivenAfterKnownInABodysPlaceAsIsANickname() {
    String text =
        "Gianfranco Bellotti, an Italian MEP, spoke on Tuesday.\n\n"
            + "Bellotti — known in the Parliament’s corridors as “il Generale” — said that Italy"
            + " would table amendments.";
    assertThat(said(text)).containsExactly("Gianfranco Bellotti: Italy would table amendments");
    assertThat(QuoteBook.of(List.of(article(text))).lookup("il Generale"))
        .isInstanceOf(QuoteLookup.Found.class);
  }

  @Test
  void aScientistsJobBeforeTheNameIsNoPartOfIt() {
    assertThat(
            said(
                "KSRV 9 Meteorologist Jeremiah Castellanos said the heaviest bands would move out"
                    + " after midnight."))
        .containsExactly("Jeremiah Castellanos: the heaviest bands would move out after midnight");
  }

  @Test
  void aNicknameGivenAfterKnownAroundAPlaceAsIsTheirs() {
    String text =
        "Lorraine Mackiewicz, a retired nurse, co-chairs the coalition.\n\n"
            + "Ms. Mackiewicz, known around Sudbury as “the Hard Hat Nurse” for the helmet she"
            + " wears, said residents had stopped caring who was to blame.";
    assertThat(QuoteBook.of(List.of(article(text))).lookup("the Hard Hat Nurse"))
        .isInstanceOf(QuoteLookup.Found.class);
  }

  @Test
  void anArbitratorNamedInAppositionIsFoundByTheRole() {
    String text =
        "The arbitrator, Harriet Stolz, rejected the claim for lost profits.\n\n"
            + "“The delay was the province’s,” Ms. Stolz wrote.";
    assertThat(QuoteBook.of(List.of(article(text))).lookup("the arbitrator"))
        .isInstanceOf(QuoteLookup.Found.class);
  }

  @Test
  void aConsultingFirmThatEstimatesIsNoSpeaker() {
    assertThat(
            said(
                "The consultants who carried out the trial drilling, Tallon Hydro Consulting,"
                    + " estimated that the aquifer could support growth of 30 per cent."))
        .isEmpty();
  }

  @Test
  void aMinisterNamedAfterTheirPortfolioIsNamedWithoutItAndFoundByIt() {
    String text =
        "Quotes attributable to Minister for Transport Rebecca Thornaby:\n\n"
            + "“This service changes that. Three trains a day, each way,” Ms Thornaby said.";
    assertThat(said(text)).allMatch(s -> s.startsWith("Rebecca Thornaby"));
    assertThat(QuoteBook.of(List.of(article(text))).lookup("Minister for Transport"))
        .isInstanceOf(QuoteLookup.Found.class);
  }

  @Test
  void aClubNamedHarlequinsIsNoPersonAndItsCoachSpeaks() {
    String text =
        "Cai Bevan's late penalty gave Llanferwen Harlequins a 27-24 victory.\n\n"
            + "Harlequins head coach Emyr Cadwaladr, whose side had lost twice, said the win was"
            + " the most important of his 18 months in charge.\n\n"
            + "The victory came at a cost for Harlequins, who lost lock Rhodri Vaughan to a"
            + " shoulder injury. He left the field with his arm strapped to his chest.";
    assertThat(said(text))
        .containsExactly(
            "Emyr Cadwaladr: the win was the most important of his 18 months in charge");
    assertThat(people(extract(text))).doesNotContain("Llanferwen Harlequins");
  }

  @Test
  void aCouncillorWrittenCrIsTheNamedPerson() {
    String text =
        "Council Mayor Glenn Atherley welcomed the announcement.\n\n"
            + "“It’s a huge day for Forbes,” Cr Atherley said.";
    assertThat(said(text)).containsExactly("Glenn Atherley: It’s a huge day for Forbes");
  }

  @Test
  void aPortfoliosWordsOfPlacesAndBodiesEndBeforeTheMinistersName() {
    String text =
        "Minister for National Development Tan Kok Leong said that 1,100 blocks will be"
            + " eligible.\n\n"
            + "Dean of Students Dr. Marcia Feldman said the administration would not overrule the"
            + " senate.";
    assertThat(said(text))
        .containsExactly(
            "Tan Kok Leong: 1,100 blocks will be eligible",
            "Marcia Feldman: the administration would not overrule the senate");
    assertThat(QuoteBook.of(List.of(article(text))).lookup("Dean of Students"))
        .isInstanceOf(QuoteLookup.Found.class);
  }

  @Test
  void aDivisionOfAnOfficeIsNoPerson() {
    String text =
        "Inflation rose to 3.4% in March, the National Statistics Authority said.\n\n"
            + "Padraig Scallan, Deputy Director of the NSA's Prices Division, told journalists that"
            + " the Authority had collected more than 52,000 price quotations. \"We price exactly"
            + " the same basket every month,\" Mr Scallan said.";
    assertThat(people(extract(text))).contains("Padraig Scallan").doesNotContain("Prices Division");
  }

  @Test
  void aSpeechVerbsObjectInTheSpeakersDescriptionReportsNothing() {
    String text =
        "A judge blocked the landfill's expansion on Wednesday.\n\n"
            + "Gerald Thistlewood, a senior assistant city attorney who argued the case for Spokane"
            + " at a Feb. 12 hearing, said the city was disappointed by the ruling.";
    assertThat(said(text))
        .containsExactly("Gerald Thistlewood: the city was disappointed by the ruling");
  }

  @Test
  void aReleasesParagraphNumberIsNoWordAndItsQuotationGoesOn() {
    String text =
        "1. The Council today adopted its position on the Baltic grid.\n\n"
            + "2. \"Today the Baltic becomes one sea on our energy maps,\" said Ilze Berzina, who"
            + " chaired the meeting. \"This text lets us plan once.\n\n"
            + "3. \"It has not been easy. Some delegations came with serious concerns.\"";
    assertThat(said(text))
        .contains(
            "Ilze Berzina: It has not been easy. Some delegations came with serious concerns.");
  }

  @Test
  void anOfficesPortfolioBeforeTheNameMakesAPersonWhoseCoordinatedVerbSpeaks() {
    String text =
        "The Council adopted its position.\n\n"
            + "Commissioner for Energy and Networks Henrik Skovgaard Lind welcomed the agreement and"
            + " said the Commission would engage constructively.";
    assertThat(said(text))
        .containsExactly("Henrik Skovgaard Lind: the Commission would engage constructively");
  }

  @Test
  void aNameAfterSaidWithAVerbOfItsOwnIsWhatWasSaidNotWhoSaidIt() {
    String text =
        "Anselm Home Systems said it welcomed the competition.\n\n"
            + "In an emailed statement, Connor Blaylock, a spokesperson for the company, said Sentry"
            + " Go had more than two years of real-world miles in real homes.";
    assertThat(people(extract(text))).contains("Connor Blaylock").doesNotContain("Sentry Go");
  }

  @Test
  void aColonAfterAPronounsSpeechVerbGivesNoWordsToTheNameItSpokeTo() {
    String text =
        "Raymond Quarles, 29, was sentenced on Thursday.\n\n"
            + "Quarles said he was innocent.\n\n"
            + "Loretta Ambrose read a victim impact statement. She described her son as a devoted"
            + " father.\n\n"
            + "Speaking directly to Quarles, she said: “You took my son. It cost me everything.”";
    assertThat(said(text)).noneMatch(s -> s.startsWith("Raymond Quarles: You took my son"));
  }

  @Test
  void aColonAfterASpeechVerbGivesTheWordsToItsSubjectNotToTheNameItSpokeTo() {
    String text =
        "Raymond Quarles, 29, was sentenced on Thursday.\n\n"
            + "Loretta Ambrose read a victim impact statement. She described her son as a devoted"
            + " father.\n\n"
            + "Speaking directly to Mr. Quarles, she said: “You took my son. It cost me"
            + " everything.”";
    assertThat(said(text))
        .contains("Loretta Ambrose: You took my son. It cost me everything.")
        .noneMatch(s -> s.startsWith("Raymond Quarles"));
  }

  @Test
  void anAgeAfterASentenceNamingTwoPeopleIsNeitherAndNoPronounReachesPastIt() {
    String text =
        "Leith went back in front after the interval. Jamie Falconer, who missed a penalty in"
            + " February, sent goalkeeper Piotr Zielak the wrong way.\n\n"
            + "The 24-year-old, signed last summer, said he had put the miss behind him within a"
            + " day.\n\n"
            + "“I’ve taken penalties since I was nine years old and I’ll miss more,” he said.";
    assertThat(said(text)).noneMatch(s -> s.startsWith("Piotr Zielak"));
  }

  @Test
  void aPassivesAgentBeforeTheSpeakerAndHisRelativeClauseIsNotWhoSpoke() {
    String text =
        "Sgt Fintan Mulcair told the court the accused had 17 previous convictions.\n\n"
            + "In a victim impact statement read to the court by Sgt Mulcair, Martin Fennelly, who"
            + " farms 120 acres with his wife, said the theft had changed the way the family lived.";
    assertThat(said(text))
        .contains("Martin Fennelly: the theft had changed the way the family lived")
        .noneMatch(s -> s.startsWith("Fintan Mulcair: the theft"));
  }

  @Test
  void anOrganisationSpeakingInsideAPersonsReportLeavesTheirPronounToThem() {
    assertThat(
            said(
                "Union organiser Aroha Tane said the union had asked for three things.\n\n"
                    + "She said the strike would go ahead on Thursday."))
        .containsExactly(
            "Aroha Tane: the union had asked for three things",
            "Aroha Tane: the strike would go ahead on Thursday");
  }

  @Test
  void aReportAfterOneFrontedAdverbAndItsAttributionIsKept() {
    assertThat(
            said(
                "Intensive care nurse Lorraine McKechnie said the unit was short of staff.\n\n"
                    + "Normally, she said, each ventilated patient has a nurse to themselves."))
        .containsExactly(
            "Lorraine McKechnie: the unit was short of staff",
            "Lorraine McKechnie: each ventilated patient has a nurse to themselves");
  }

  @Test
  void theChairmanIsWhoChairsTheBody() {
    assertThat(
            said(
                "Iain Maclennan, who chairs the Barra Ferry Users’ Group, said the fleet was"
                    + " old.\n\n"
                    + "The group’s chairman said shops had begun limiting sales of milk."))
        .containsExactly(
            "Iain Maclennan: the fleet was old",
            "Iain Maclennan: shops had begun limiting sales of milk");
  }

  @Test
  void theCommissionChiefIsWhoHeadsTheCommission() {
    assertThat(
            said(
                "Arturo Villaseñor, director general of the state water commission, announced"
                    + " the cuts on Monday.\n\n"
                    + "Hydrologist Tomás Montemayor said the aquifer was falling.\n\n"
                    + "The commission chief acknowledged the anger in the city. “We know that"
                    + " people are tired,” he said."))
        .contains("Arturo Villaseñor: We know that people are tired")
        .doesNotContain("Tomás Montemayor: We know that people are tired");
  }

  @Test
  void anAldermanIsLookedUpByTheTitlesAbbreviation() {
    QuoteBook book =
        QuoteBook.of(
            java.util.List.of(
                article(
                    "Ald. Jeannette Fairbanks said the city would review the deal.\n\n"
                        + "“We will not let it slide,” Fairbanks said.")));
    assertThat(book.lookup("Ald. Fairbanks"))
        .isInstanceOfSatisfying(
            QuoteLookup.Found.class,
            f -> assertThat(f.speaker().name()).isEqualTo("Jeannette Fairbanks"));
  }
}
