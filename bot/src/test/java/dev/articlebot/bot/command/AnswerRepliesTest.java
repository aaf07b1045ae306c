package dev.articlebot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerRepliesTest {
  private final AnswerReplies replies =
      new AnswerReplies(500, Optional.of("What does the article say about Oslo?"));
  private final Citation nearest =
      new Citation("a", "A Story", 3, "", "They met in Oslo.", "They met in Oslo.", 0.4);

  private Reply reply(Answer answer) {
    return replies.of(answer, Surface.CHAT);
  }

  private static Citation cite(int paragraph, String quote, String text, double score) {
    return new Citation("a", "A Story", paragraph, "Talks", text, quote, score);
  }

  private static Answer answered(String question, String text, List<Citation> citations) {
    return new Answer(question, true, text, citations, 0.8, false);
  }

  private static Answer refused(String question, List<Citation> citations) {
    return new Answer(question, false, "", citations, 0.1, false, Answer.Refusal.NOT_IN_ARTICLE);
  }

  private static <T extends Part> List<T> parts(Reply r, Class<T> type) {
    return r.parts().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static int occurrences(String text, String of) {
    int n = 0;
    for (int i = text.indexOf(of); i >= 0; i = text.indexOf(of, i + 1)) n++;
    return n;
  }

  private String firstNotice(Answer.Refusal why) {
    Reply r = reply(new Answer("q?", false, "", List.of(nearest), 0.4, false, why));
    assertThat(r.outcome()).isEqualTo(Reply.Outcome.REFUSED);
    return r.parts().stream()
        .filter(Part.Notice.class::isInstance)
        .map(p -> ((Part.Notice) p).text())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRefusalSaysWhatTheArticleLacksThenShowsTheNearestPassages() {
    assertThat(firstNotice(Answer.Refusal.NOT_IN_ARTICLE)).startsWith("The article doesn’t say.");
    assertThat(firstNotice(Answer.Refusal.DETAIL_NOT_GIVEN))
        .startsWith("The article doesn’t give that detail.");
    assertThat(firstNotice(Answer.Refusal.SPEAKER_NOT_QUOTED))
        .startsWith("The article doesn’t report what they said.");
    assertThat(firstNotice(Answer.Refusal.OTHER_LANGUAGE))
        .startsWith("I can only read questions in English");
    Reply r =
        reply(
            new Answer(
                "q?", false, "", List.of(nearest), 0.4, false, Answer.Refusal.DETAIL_NOT_GIVEN));
    assertThat(r.parts()).anyMatch(Part.Passage.class::isInstance);
  }

  @Test
  void theAnswerComesFirstWithItsParagraphAndIsNotRepeatedByItsPassage() {
    String said = "The talks lasted about 90 minutes.";
    Reply r =
        reply(
            answered(
                "How long were the talks?",
                said,
                List.of(
                    cite(1, said, "They met on Monday. " + said + " Then they left.", 0.6),
                    cite(5, "The ministers held talks in Kuala Lumpur.", "Whole ¶5.", 0.5))));
    assertThat(r.outcome()).isEqualTo(Reply.Outcome.ANSWERED);
    Part.Answer answer = (Part.Answer) r.parts().get(0);
    assertThat(answer.text()).isEqualTo(said);
    assertThat(answer.sources()).extracting(Part.Source::paragraph).containsExactly(1);
    assertThat(occurrences(r.plainText(), said)).isEqualTo(1);
    assertThat(parts(r, Part.Passage.class))
        .singleElement()
        .satisfies(p -> assertThat(p.source().paragraph()).isEqualTo(5));
    assertThat(r.parts().get(r.parts().size() - 1).plainText()).isEqualTo("From “A Story”");
  }

  @Test
  void aLongAnswerIsCutToTwoSentencesAndTheRestStaysEvidence() {
    String one = "The first sentence answers.";
    String two = "The second one adds to it.";
    String three = "A third one is too many for a chat reply.";
    Reply r =
        reply(
            answered(
                "What was answered?",
                one + " " + two + " " + three,
                List.of(
                    cite(2, one + " " + two, one + " " + two, 0.6),
                    cite(4, three, "Before. " + three, 0.5))));
    Part.Answer answer = (Part.Answer) r.parts().get(0);
    assertThat(answer.text()).isEqualTo(one + " " + two);
    assertThat(parts(r, Part.Passage.class))
        .singleElement()
        .satisfies(p -> assertThat(p.excerpt().text()).isEqualTo(three));
  }

  @Test
  void evidenceIsAShortExcerptWithTheQuestionsWordsMarked() {
    String quote =
        "After weeks of quiet diplomacy the two delegations finally sat down in a hotel"
            + " ballroom, where the tariff talks ran late into the night and ended without any"
            + " statement from either side.";
    Reply r =
        reply(
            answered(
                "Why did the tariff talks run late?",
                "They ran late.",
                List.of(
                    cite(1, "They ran late.", "They ran late.", 0.6), cite(7, quote, quote, 0.5))));
    Part.Passage p = parts(r, Part.Passage.class).get(0);
    String shown = p.excerpt().text();
    assertThat(shown.replace("…", "").strip().split("\\s+"))
        .hasSizeLessThanOrEqualTo(Excerpts.MAX_WORDS);
    assertThat(shown).startsWith("…").contains("tariff talks ran late");
    assertThat(p.excerpt().spans())
        .filteredOn(Part.Span::marked)
        .extracting(Part.Span::text)
        .containsExactly("tariff talks", "late");
    assertThat(p.whole()).isFalse();
  }

  @Test
  void aRefusalShowsNoPassageWhenNothingIsNear() {
    Reply r =
        reply(
            refused(
                "What is the capital of France?",
                List.of(
                    cite(4, "Trade officials met in Madrid.", "¶4.", 0.2),
                    cite(9, "Talks went on.", "¶9.", 0.15))));
    assertThat(r.outcome()).isEqualTo(Reply.Outcome.REFUSED);
    assertThat(r.parts())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.plainText())
                    .isEqualTo(Messages.notInArticleNoPassages(Answer.Refusal.NOT_IN_ARTICLE)));
  }

  @Test
  void aRefusalShowsAtMostTheTwoNearestPassagesNearestFirst() {
    Reply r =
        reply(
            refused(
                "How long did the ministers meet?",
                List.of(
                    cite(4, "The ministers met in Malaysia.", "¶4.", 0.5),
                    cite(9, "The ministers met for the first time.", "¶9.", 0.7),
                    cite(2, "Ministers meet often.", "¶2.", 0.45),
                    cite(3, "Far away.", "¶3.", 0.1))));
    assertThat(parts(r, Part.Passage.class))
        .extracting(p -> p.source().paragraph())
        .containsExactly(9, 4);
  }

  @Test
  void anEmptyQuestionGetsAnExampleWordedForWhereItIsRead() {
    Answer empty = new Answer("", false, "", List.of(), 0, false);
    assertThat(replies.of(empty, Surface.CHAT).plainText())
        .contains("“What does the article say about Oslo?”")
        .contains("Type help");
    assertThat(replies.of(empty, Surface.COMMAND_LINE).plainText())
        .contains("article-bot ask \"What does the article say about Oslo?\"")
        .doesNotContain("Type help");
  }

  @Test
  void aCutQuestionSaysWhatWasReadAndThatTheRestWasLeftOut() {
    Answer cut = new Answer("so what did they agree in the end?", false, "", List.of(), 0, true);
    String notice = reply(cut).parts().get(0).plainText();
    assertThat(notice)
        .contains("“so what did they agree in …”")
        .contains("your question mark")
        .contains("500 characters")
        .contains("left out the rest");
  }

  @Test
  void aPhrasedAnswerIsShownWholeWithEveryPassageItCites() {
    String words =
        "The talks lasted about 90 minutes [¶1]. Ministers met in Kuala Lumpur [¶5]. They"
            + " agreed on a pause [¶5].";
    Citation one = cite(1, "The talks lasted about 90 minutes.", "They met. The talks...", 0.6);
    Citation five = cite(5, "The ministers held talks in Kuala Lumpur.", "Whole ¶5.", 0.2);
    Citation seven = cite(7, "Unrelated.", "Whole ¶7.", 0.5);
    Answer extractive =
        answered("How long were the talks?", one.quote(), List.of(one, five, seven));

    Reply r = reply(extractive.phrasedAs(words, "phrased"));

    assertThat(r.outcome()).isEqualTo(Reply.Outcome.ANSWERED);
    assertThat(((Part.Answer) r.parts().get(0)).text()).isEqualTo(words);
    // the passages it cites, even one below the nearness bar; not the one it does not cite
    assertThat(parts(r, Part.Passage.class))
        .extracting(p -> p.source().paragraph())
        .containsExactly(1, 5);
    assertThat(parts(r, Part.Passage.class).get(0).excerpt().text()).isEqualTo(one.quote());
  }
}
