package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.Evaluation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswererTest {
  private final KnowledgeBase kb = TestKnowledge.bundled();
  private final Article article = kb.articles().get(0);

  @Test
  void everyCitedTextIsVerbatimFromTheArticle() {
    List<String> paragraphs = article.paragraphs().stream().map(Paragraph::text).toList();
    for (EvalQuestion q : Evaluation.bundled(Evaluation.BUNDLED)) {
      Answer a = kb.answer(q.question());
      for (Citation c : a.citations()) {
        if (c.paragraph() == 0) continue; // the headline block
        assertThat(paragraphs.get(c.paragraph() - 1)).isEqualTo(c.text());
        assertThat(c.text()).contains(c.quote());
        assertThat(c.score()).isBetween(0.0, 1.0);
      }
      boolean fromBody = !a.citations().isEmpty() && a.citations().get(0).paragraph() > 0;
      if (a.answered() && fromBody) assertThat(a.citations().get(0).text()).contains(a.text());
    }
  }

  @Test
  void citesUpToThreePassagesBestFirst() {
    Answer a = kb.answer("How much did the US cut the fentanyl tariffs?");
    assertThat(a.answered()).isTrue();
    assertThat(a.citations()).hasSize(3);
    assertThat(a.citations().get(0).text()).contains("fentanyl");
    assertThat(a.text()).contains("fentanyl tariffs");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What's the tallest mountain in Africa?",
        "What did the Pope say about it?",
        "What did Japan say about the summit?",
        "What did the Korean president think of the summit?",
        "What did the Malaysian prime minister say?",
        "What did Xi say about climate change?",
        "how do I center a div in css",
        "hello there"
      })
  void refusesWhatTheArticleDoesNotSayAndShowsTheNearest(String question) {
    Answer a = kb.answer(question);
    assertThat(a.answered()).as(question).isFalse();
    assertThat(a.text()).isEmpty();
    assertThat(a.citations()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void askingOnlyWhatSomeoneSaidIsAnsweredWithTheirOwnWords() {
    for (var speaker : kb.quotes().speakers()) {
      var quoted =
          kb.quotes().quotesBy(speaker).stream()
              .map(dev.articlebot.knowledge.quote.Quote::paragraph)
              .toList();
      String question = "What did " + speaker.name() + " say?";
      Answer a = kb.answer(question);
      assertThat(a.answered()).as(question).isTrue();
      assertThat(quoted).as(question).contains(a.citations().get(0).paragraph());
      assertThat(a.citations().get(0).text()).as(question).contains(a.text());
    }
  }

  @Test
  void askingWhatSomeoneSaidByTheirTitleGetsTheirWordsThoughTheyAreFew() {
    for (String q :
        List.of("What did the Pentagon chief say?", "What did the US defense secretary say?")) {
      Answer a = kb.answer(q);
      assertThat(a.answered()).as(q).isTrue();
      assertThat(a.text()).as(q).contains("Hegseth pledged to “deconflict");
    }
  }

  @Test
  void whatSomeoneNamedButNeverQuotedSaidIsRefusedWithWhereTheyAreNamed() {
    Answer a = kb.answer("what did economist Fred Bergsten say about China?");
    assertThat(a.answered()).isFalse();
    assertThat(a.citations()).extracting(Citation::paragraph).contains(12);
    assertThat(kb.answer("what did Wu Xinbo say about the G2?").answered()).isTrue();
  }

  @Test
  void whatSomeoneNamedButNeverQuotedDidIsAnsweredWhenTheArticleReportsIt() {
    Answer a = kb.answer("What did Bergsten propose?");
    assertThat(a.answered()).isTrue();
    assertThat(a.citations().get(0).paragraph()).isEqualTo(12);
    assertThat(kb.answer("What did Bergsten think of it?").answered()).isFalse();
  }

  @Test
  void aShortQuestionNamingWhatOnlyOnePassageMentionsIsAnsweredFromIt() {
    for (String q : new String[] {"any deal on soybeans?", "what about soybeans"}) {
      Answer a = kb.answer(q);
      assertThat(a.answered()).as(q).isTrue();
      assertThat(a.citations().get(0).text()).as(q).contains("soybeans");
    }
    assertThat(kb.answer("what about pizza?").answered()).isFalse();
  }

  @Test
  void aShortQuestionWhoseWordsAllMeetInOnePassageIsAnsweredFromIt() {
    Map<String, String> asked =
        Map.of("what is the entity list?", "Entity List", "what are port fees", "port fees");
    asked.forEach(
        (q, term) -> {
          Answer a = kb.answer(q);
          assertThat(a.answered()).as(q).isTrue();
          assertThat(a.citations().get(0).text()).as(q).contains(term);
        });
    assertThat(kb.answer("what are pizza fees?").answered()).isFalse();
  }

  @Test
  void anAcronymFindsTheNameTheArticleSpellsOut() {
    Answer maga = kb.answer("what did Xi say about MAGA?");
    assertThat(maga.answered()).isTrue();
    assertThat(maga.citations().get(0).text()).contains("Make America Great Again");
    assertThat(maga.question()).isEqualTo("what did Xi say about MAGA?");
    Answer ccg = kb.answer("what is the CCG?");
    assertThat(ccg.answered()).isTrue();
    assertThat(ccg.citations().get(0).text()).contains("Center for China and Globalization");
  }

  @Test
  void aQuestionNamingAPlaceOrEventTheArticleNeverMentionsIsRefused() {
    for (String q :
        List.of(
            "When did the Geneva truce talks happen?",
            "Did Xi and Trump discuss the war in Ukraine in Busan?",
            "What did Xi say at the APEC summit in Gyeongju?")) {
      Answer a = kb.answer(q);
      assertThat(a.answered()).as(q).isFalse();
      assertThat(a.refusal()).as(q).isEqualTo(Answer.Refusal.NOT_IN_ARTICLE);
      assertThat(a.citations()).as(q).isNotEmpty();
    }
    assertThat(kb.answer("When did Xi and Trump meet in Busan?").answered()).isTrue();
    assertThat(kb.answer("Did Trump call it a G2 meeting on Truth Social?").answered()).isTrue();
  }

  @Test
  void whatSomeoneSaidAboutAPlaceTheirPassagesNeverNameIsRefused() {
    // The article quotes Wu and Hegseth, and names Taiwan, Japan and the South China Sea, but
    // never near them.
    for (String q :
        List.of(
            "what was Wu Xinbo's view on Taiwan?",
            "did Wu say anything about Japan?",
            "Did Hegseth say anything about the South China Sea when he met Dong?",
            "what did Jon Thornton say about the Busan meeting?", // the article spells Thorton
            "did dong and hegseth discuss the south china sea?")) {
      Answer a = kb.answer(q);
      assertThat(a.answered()).as(q).isFalse();
      assertThat(a.refusal()).as(q).isEqualTo(Answer.Refusal.NOT_IN_ARTICLE);
    }
    for (String q :
        List.of(
            "What did Dong say about Taiwan?",
            "What did Trump say about China in his CBS interview?",
            "What did Guo say about the Global South?",
            "did dong and hegseth discuss taiwan",
            // "The two leaders" left Taiwan unaddressed: the article does speak of it.
            "Did Xi and Trump discuss Taiwan?",
            // "Summit" is capitalised in the article only inside "G20 Summit": not a name.
            "What did the foreign ministry spokesperson say about China's role after the summit?")) {
      assertThat(kb.answer(q).answered()).as(q).isTrue();
    }
  }

  @Test
  void howSomebodyReactedIsRefusedForWhomTheArticleNeverReportsActing() {
    assertThat(kb.answer("how did Taiwan react to the meeting?").answered()).isFalse();
    for (String q :
        List.of(
            "How did Beijing respond?", "How did China respond to the new US trade controls?")) {
      Answer china = kb.answer(q);
      assertThat(china.answered()).as(q).isTrue();
      assertThat(china.citations().get(0).text()).as(q).contains("China responded");
    }
  }

  @Test
  void whereSomeoneSaidSomethingIsAnsweredWhereTheArticleSaysInWhat() {
    Map<String, String> venues =
        Map.of(
            "Where did Shen Yi write about the meeting?",
            "in a column for guancha.cn",
            "Where did Gao Zhikai make his comments?",
            "uploaded to YouTube",
            "Where did Da Wei publish his argument?",
            "Foreign Affairs magazine",
            // Asked by the kind of venue, in words the article does not use ("show", "posted").
            "On which show did Gao Zhikai make his comments?",
            "uploaded to YouTube",
            "On what show did Gao make those remarks, and where was it posted?",
            "uploaded to YouTube");
    venues.forEach(
        (q, venue) -> assertThat(kb.answer(q).citations().get(0).text()).as(q).contains(venue));
    // Naming someone the article writes about, a question is about them, whatever its words.
    assertThat(
            kb.answer("Gao's comments: what show were they on and where was it posted?").answered())
        .isTrue();
    // Pointing at particular words of theirs, the reader is answered where they say them.
    Answer words = kb.answer("where did Zhao say China must be prepared for unexpected changes?");
    assertThat(words.citations().get(0).text()).contains("prepared for unexpected changes");
  }

  @Test
  void accordingToSomeoneCitesTheirPassagesFirst() {
    for (String q :
        List.of(
            "according to shen, is there much scope for the two sides to work together",
            "According to Zhao, how can the two countries avoid endless tit-for-tat?")) {
      String who = q.toLowerCase(java.util.Locale.ROOT).contains("shen") ? "Shen" : "Zhao";
      assertThat(kb.answer(q).citations())
          .as(q)
          .allSatisfy(c -> assertThat(c.text()).contains(who));
    }
  }

  @Test
  void whatSomeoneSaidAboutSomethingIsAnsweredFromTheirPassages() {
    // Another paragraph shares more of the words ("tit-for-tat measures", "win-win"), but the
    // reader asks for this person's account.
    Map<String, String> asked =
        Map.of(
            "What did Zhao say about tit-for-tat measures?", "Zhao",
            "what does shen think about win-win cooperation", "Shen");
    asked.forEach(
        (q, who) -> assertThat(kb.answer(q).citations().get(0).text()).as(q).contains(who));
  }

  @Test
  void theSecondPointIsThePassageThatCountsItOff() {
    for (String q :
        List.of(
            "Wu said Trump's G2 talk sent two signals. What was the second one?",
            "what was the second signal Wu saw in the G2 rhetoric?",
            "according to Wu what was the 2nd signal")) {
      assertThat(kb.answer(q).citations().get(0).text()).as(q).startsWith("“Second,");
    }
    Answer last = kb.answer("When was the last time the two leaders met?");
    assertThat(last.citations().get(0).text()).contains("The last meeting between them");
  }

  @Test
  void aRunnerUpGivingTheDetailMustBeAboutWhatTheBestPassageMatched() {
    // The visits "in 2026" have no month; the delegations that visited in November and the
    // meeting on October 30 are other events.
    Answer month = kb.answer("What month in 2026 does Trump visit China?");
    assertThat(month.answered()).as(month.text()).isFalse();
    assertThat(month.refusal()).isEqualTo(Answer.Refusal.DETAIL_NOT_GIVEN);
    assertThat(month.citations().get(0).text()).contains("exchange visits in 2026");
    // The talks' length is in the paragraph on the meeting, not in the one on its tone.
    Answer length = kb.answer("how long did the two leaders talk in Busan?");
    assertThat(length.answered()).isTrue();
    assertThat(length.text()).contains("90 minutes");
  }

  @Test
  void whoLedSomethingIsNotAnsweredByNamesInAnotherClause() {
    // The Kuala Lumpur sentence opens with "the meeting between Xi and Trump" and names no one
    // who led the talks.
    Answer led = kb.answer("who led the US team at the Kuala Lumpur talks?");
    assertThat(led.answered()).isFalse();
    assertThat(led.refusal()).isEqualTo(Answer.Refusal.DETAIL_NOT_GIVEN);
    Answer met = kb.answer("Who was in the meeting in Malaysia on October 31?");
    assertThat(met.answered()).isTrue();
    assertThat(met.text()).contains("Dong Jun");
  }

  @Test
  void aDetailMustComeFromTheSentenceAboutWhatTheQuestionAsksItOf() {
    // The fentanyl sentence gives no date; the next one dates other tariffs.
    Answer fentanyl = kb.answer("When was the fentanyl tariff first imposed on China?");
    assertThat(fentanyl.answered()).isFalse();
    assertThat(fentanyl.refusal()).isEqualTo(Answer.Refusal.DETAIL_NOT_GIVEN);
    Answer reciprocal = kb.answer("Until when are the reciprocal tariffs suspended?");
    assertThat(reciprocal.answered()).isTrue();
    assertThat(reciprocal.text()).contains("November 10, 2026");
    Answer last = kb.answer("When did the two leaders last meet in person before this?");
    assertThat(last.answered()).isTrue();
    assertThat(last.citations().get(0).text()).contains("2019");
  }

  @Test
  void aSpeakerTheQuoteBookKnowsIsQuotedHoweverTheRoleIsWorded() {
    Answer a = kb.answer("what did the spokesman for China's foreign ministry say?");
    assertThat(a.answered()).isTrue();
    assertThat(a.citations().get(0).text()).contains("Guo Jiakun");
  }

  @Test
  void aRefusalSaysWhyTheArticleDoesNotAnswer() {
    assertThat(kb.answer("What is the capital of Peru?").refusal())
        .isEqualTo(Answer.Refusal.NOT_IN_ARTICLE);
    assertThat(kb.answer("What did the Pope say about the summit?").refusal())
        .isEqualTo(Answer.Refusal.SPEAKER_NOT_QUOTED);
    assertThat(kb.answer("How long did the Madrid talks last?").refusal())
        .isEqualTo(Answer.Refusal.DETAIL_NOT_GIVEN);
    assertThat(kb.answer("Where did Xi and Trump meet?").refusal()).isEqualTo(Answer.Refusal.NONE);
  }

  @Test
  void aQuestionInAnotherLanguageIsRefusedAsSuchNotAnsweredFromTheNamesInIt() {
    Answer a = kb.answer("¿Cuándo se reunieron Xi y Trump?");
    assertThat(a.answered()).isFalse();
    assertThat(a.refusal()).isEqualTo(Answer.Refusal.OTHER_LANGUAGE);
    assertThat(a.citations()).isNotEmpty();
    assertThat(kb.answer("When did Xi and Trump meet?").answered()).isTrue();
  }

  @Test
  void answersQuestionsAboutTheArticleItself() {
    Answer author = kb.answer("Who wrote this?");
    assertThat(author.answered()).isTrue();
    assertThat(author.text()).contains("Yu Xiaodong");
    assertThat(author.citations().get(0).paragraph()).isZero();
    assertThat(kb.answer("what's the headline?").text()).contains("Inevitable Peace");
    for (String q :
        new String[] {
          "What is this article about?",
          "tl;dr",
          "summarize the story",
          "what's the main point of the article",
          "sum up the article in one line"
        }) {
      Answer gist = kb.answer(q);
      assertThat(gist.answered()).as(q).isTrue();
      assertThat(gist.text()).as(q).isEqualTo(article.dek());
      assertThat(gist.citations().get(0).paragraph()).as(q).isZero();
    }
    for (String q :
        new String[] {
          "what date was the article published",
          "when was this written",
          "when was this article updated"
        }) {
      assertThat(kb.answer(q).text()).as(q).isEqualTo("The article is dated Jan.1.");
    }
    assertThat(kb.answer("what is the trade truce about?").citations().get(0).paragraph())
        .isPositive();
    assertThat(kb.answer("what is the point of the tariffs?").citations().get(0).paragraph())
        .isPositive();
    for (String q : new String[] {"Who is Yu Xiaodong?", "tell me about yu xiaodong"}) {
      Answer byName = kb.answer(q);
      assertThat(byName.text()).as(q).contains("written by Yu Xiaodong");
      assertThat(byName.citations().get(0).paragraph()).as(q).isZero();
    }
  }

  @Test
  void whoIsQuestionsCiteWhereThePersonIsIntroduced() {
    Answer gao = kb.answer("Who is Victor Gao?");
    assertThat(gao.answered()).isTrue();
    assertThat(gao.citations().get(0).paragraph()).isEqualTo(16);
    assertThat(gao.text()).contains("Gao Zhikai (Victor Gao), vice president");
    assertThat(kb.answer("who's the foreign ministry spokesperson").citations().get(0).paragraph())
        .isEqualTo(20);
    assertThat(kb.answer("who is Jon Thornton?").citations().get(0).paragraph()).isEqualTo(23);
    // Named first, then asked about in chat style.
    assertThat(kb.answer("shen yi - who is that").citations().get(0).paragraph()).isEqualTo(29);
    // Asking for their job is asking who they are.
    Map<String, Integer> jobs =
        Map.of(
            "What is Shen Yi's job?", 29,
            "what's guo jiakun's role", 20,
            "What does Zhao Minghao do?", 39);
    jobs.forEach(
        (q, paragraph) -> {
          Answer a = kb.answer(q);
          assertThat(a.answered()).as(q).isTrue();
          assertThat(a.citations().get(0).paragraph()).as(q).isEqualTo(paragraph);
        });
  }

  @Test
  void questionsAboutSomeonesLifeOutsideTheStoryAreRefused() {
    for (String q :
        List.of(
            "How tall is Trump?",
            "is shen yi married",
            "what's hegseth's favorite movie",
            "What is Xi's favourite food?")) {
      Answer a = kb.answer(q);
      assertThat(a.answered()).as(q).isFalse();
      assertThat(a.refusal()).as(q).isEqualTo(Answer.Refusal.NOT_IN_ARTICLE);
    }
    // What they did or said in it is answered, in whatever words.
    assertThat(kb.answer("What did Hegseth promise?").answered()).isTrue();
  }

  @Test
  void aPhraseInQuotationMarksPointsAtItsPassage() {
    Answer a = kb.answer("what does 'inject positive substance' refer to in the piece?");
    assertThat(a.answered()).isTrue();
    assertThat(a.citations().get(0).paragraph()).isEqualTo(32);
  }

  @Test
  void questionsAboutOtherWritingAreNotAboutThisArticle() {
    assertThat(kb.answer("who wrote Pride and Prejudice").citations())
        .noneSatisfy(c -> assertThat(c.paragraph()).isZero());
    assertThat(
            kb.answer("who reported that trade delegations visited China?")
                .citations()
                .get(0)
                .paragraph())
        .isNotZero();
  }

  @Test
  void answersTheSameFromManyThreadsAtOnce() throws Exception {
    List<String> questions =
        Evaluation.bundled(Evaluation.BUNDLED).stream().map(EvalQuestion::question).toList();
    List<Answer> sequential = questions.stream().map(kb::answer).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Answer>> futures = new java.util.ArrayList<>();
      for (String q : questions) futures.add(pool.submit(() -> kb.answer(q)));
      for (int i = 0; i < questions.size(); i++) {
        Answer parallel = futures.get(i).get();
        assertThat(parallel.citations()).isEqualTo(sequential.get(i).citations());
        assertThat(parallel.answered()).isEqualTo(sequential.get(i).answered());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aQuestionWithoutWordsCitesNothing() {
    Answer a = kb.answer("😂😂 ?!");
    assertThat(a.answered()).isFalse();
    assertThat(a.citations()).isEmpty();
  }

  @Test
  void anEmptyQuestionIsNotAnswered() {
    Answer a = kb.answer("   ");
    assertThat(a.answered()).isFalse();
    assertThat(a.question()).isEmpty();
    assertThat(a.citations()).isEmpty();
  }

  @Test
  void aVeryLongQuestionIsCappedAndStillAnswered() {
    String question = "What did the two sides agree in Kuala Lumpur? " + "x".repeat(10_000);
    Answer a = kb.answer(question);
    assertThat(a.truncated()).isTrue();
    assertThat(a.question().length()).isLessThanOrEqualTo(500);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<@U123> @everyone what did **Trump** rate the talks?",
        "😂😂😂",
        "习近平在釜山说了什么？",
        "Qu'est-ce que Trump a dit sur le G2 ?",
        "```rm -rf /```",
        "?!?!"
      })
  void oddInputNeverBreaksIt(String question) {
    Answer a = kb.answer(question);
    assertThat(a.question()).isNotNull();
    assertThat(a.citations()).hasSizeLessThanOrEqualTo(3);
  }
}
