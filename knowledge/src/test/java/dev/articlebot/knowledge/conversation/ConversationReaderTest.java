package dev.articlebot.knowledge.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationReaderTest {
  private final ConversationReader reader =
      new ConversationReader(
          List.of(
              new ConversationReader.Person("Maria Lopez", List.of("Maria Lopez")),
              new ConversationReader.Person("Tom Baker", List.of("Tom Baker", "Tommy Baker")),
              new ConversationReader.Person("Ana Silva", List.of("Ana Silva"))));

  private static Turn turn(String question, List<String> people, String subject, int... shown) {
    return new Turn(
        question,
        "story",
        people,
        subject,
        java.util.Arrays.stream(shown).boxed().toList(),
        shown.length > 0);
  }

  private static final Turn ABOUT_LOPEZ =
      turn(
          "What did Maria Lopez say about the new bridge?",
          List.of("Maria Lopez"),
          "the new bridge",
          4);

  @Test
  void aQuestionWithNoTurnsBeforeItStandsAlone() {
    Reading r = reader.read(List.of(), "Why did he resign?");
    assertEquals("Why did he resign?", r.question());
    assertFalse(r.completed());
  }

  @Test
  void personalPronounsAreTheLastPersonTheThreadWasAbout() {
    Reading r = reader.read(List.of(ABOUT_LOPEZ), "and why does she think so?");
    assertEquals("Why does Maria Lopez think so?", r.question());
    assertEquals(Reading.Kind.COMPLETED, r.kind());
    Reading possessive = reader.read(List.of(ABOUT_LOPEZ), "what is her job?");
    assertEquals("What is Maria Lopez’s job?", possessive.question());
    Reading object = reader.read(List.of(ABOUT_LOPEZ), "who interviewed him?");
    assertEquals("Who interviewed Maria Lopez?", object.question());
  }

  @Test
  void aPersonNamedInTheQuestionIsNotReplacedByThatPerson() {
    Turn both =
        turn("Did Tom Baker agree with Maria Lopez?", List.of("Tom Baker", "Maria Lopez"), "", 3);
    Reading r = reader.read(List.of(both), "What did Tom Baker tell her?");
    assertEquals("What did Tom Baker tell Maria Lopez?", r.question());
  }

  @Test
  void theyIsNeverOnePerson() {
    Turn aboutOneSpeaker = turn("What did Maria Lopez say?", List.of("Maria Lopez"), "", 4);
    assertFalse(
        reader
            .read(List.of(aboutOneSpeaker), "how long did they meet?")
            .question()
            .contains("Maria Lopez"));
    Turn aboutTwo =
        turn("Did Tom Baker agree with Maria Lopez?", List.of("Tom Baker", "Maria Lopez"), "", 3);
    assertEquals(
        "When did Tom Baker and Maria Lopez meet?",
        reader.read(List.of(aboutTwo), "when did they meet?").question());
  }

  @Test
  void theyStandsForThePeopleOfTheLastTurnWhenItsSubjectIsOneThing() {
    Turn t =
        turn(
            "How long did Tom Baker and Maria Lopez meet in Lisbon?",
            List.of("Tom Baker", "Maria Lopez"),
            "Lisbon",
            1);
    assertEquals(
        "Did Tom Baker and Maria Lopez sign anything?",
        reader.read(List.of(t), "did they sign anything?").question());
    // a contraction is spelled out after the name that replaced its pronoun
    assertEquals(
        "When was the last time Tom Baker and Maria Lopez had met?",
        reader.read(List.of(t), "when was the last time they'd met?").question());
    assertEquals(
        "Would Tom Baker and Maria Lopez like to meet again?",
        reader.read(List.of(t), "would they like to meet again?").question());
  }

  @Test
  void aYesNoQuestionsSubjectLeavesOutItsPredicate() {
    assertEquals("that pipe", reader.subjectOf("Has that pipe broken before?"));
    assertEquals("the new bridge", reader.subjectOf("Is the new bridge safe?"));
    // a question word first: the phrase after "was" is the subject whole
    assertEquals("the corliss engine", reader.subjectOf("what was the corliss engine"));
  }

  @Test
  void itAndABareThatAreTheSubjectOfTheLastQuestion() {
    Turn t = turn("When will the new bridge open?", List.of(), "the new bridge", 2);
    assertEquals(
        "How much will the new bridge cost?",
        reader.read(List.of(t), "How much will it cost?").question());
    assertEquals(
        "Why is the new bridge needed?", reader.read(List.of(t), "why is that needed?").question());
    // "that" before a noun is a determiner and stays
    assertFalse(reader.read(List.of(t), "who paid for that tunnel?").completed());
  }

  @Test
  void aBareQuestionWordTakesTheRestOfTheLastQuestion() {
    Turn t = turn("When did the council approve the budget?", List.of(), "the budget", 6);
    assertEquals(
        "Why did the council approve the budget?", reader.read(List.of(t), "why?").question());
    assertEquals(
        "Where did the council approve the budget?",
        reader.read(List.of(t), "And where?").question());
    assertEquals(
        "By how much did the council approve the budget?",
        reader.read(List.of(t), "by how much?").question());
  }

  @Test
  void anEllipticalQuestionReplacesTheMatchingPartOfTheLastOne() {
    assertEquals(
        "What did Tom Baker say about the new bridge?",
        reader.read(List.of(ABOUT_LOPEZ), "and Tom Baker?").question());
    assertEquals(
        "What did Tom Baker say about the new bridge?",
        reader
            .read(List.of(ABOUT_LOPEZ), "what about Baker?")
            .question()
            .replace("Baker", "Tom Baker")
            .replace("Tom Tom", "Tom"));
    Turn dated = turn("How many homes were built in 2024?", List.of(), "homes", 7);
    assertEquals(
        "How many homes were built in 2026?",
        reader.read(List.of(dated), "what about in 2026?").question());
    assertEquals(
        "What did Maria Lopez say about the tunnel?",
        reader.read(List.of(ABOUT_LOPEZ), "what about the tunnel?").question());
    // a phrase replaces the one with its last word, not the question's subject
    Turn cells = turn("how do killer t cells kill infected cells", List.of(), "killer t cells", 3);
    assertEquals(
        "how do helper t cells kill infected cells?",
        reader.read(List.of(cells), "and helper t cells?").question());
  }

  @Test
  void moreGoesPastThePassagesAlreadyShown() {
    for (String more : List.of("more", "Tell me more", "go on", "more please", "anything else?")) {
      Reading r = reader.read(List.of(ABOUT_LOPEZ), more);
      assertEquals(Reading.Kind.MORE, r.kind(), more);
      assertEquals(ABOUT_LOPEZ.question(), r.question());
      assertEquals(List.of(4), r.skip());
    }
  }

  @Test
  void moreAfterARefusalAsksTheLastQuestionAgain() {
    Turn refused = new Turn("Who built the tunnel?", "", List.of(), "the tunnel", List.of(), false);
    Reading r = reader.read(List.of(refused), "go on");
    assertEquals("Who built the tunnel?", r.question());
    assertTrue(r.skip().isEmpty());
  }

  @Test
  void somethingElseGoesPastWhatWasShown() {
    Reading r = reader.read(List.of(ABOUT_LOPEZ), "What else did she say?");
    assertEquals("What else did Maria Lopez say?", r.question());
    assertEquals(List.of(4), r.skip());
  }

  @Test
  void aWholeNewQuestionStandsAlone() {
    for (String q :
        List.of("When will the tunnel open?", "Who is Ana Silva?", "How many homes were built?")) {
      Reading r = reader.read(List.of(ABOUT_LOPEZ), q);
      assertEquals(q, r.question());
      assertFalse(r.completed(), q);
    }
  }

  @Test
  void thanksAndOkAreNotQuestionsAboutTheLastTurn() {
    for (String q : List.of("thanks!", "ok", "cool")) {
      assertFalse(reader.read(List.of(ABOUT_LOPEZ), q).completed(), q);
    }
  }

  @Test
  void theSubjectOfAQuestionIsItsDefinitePhraseNotAPerson() {
    assertEquals(
        "the new bridge", reader.subjectOf("What did Maria Lopez say about the new bridge?"));
    assertEquals("the budget", reader.subjectOf("When did the council approve the budget?"));
    assertEquals(List.of("Tom Baker"), reader.peopleIn("what did Baker say?"));
  }
}
