package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.eval.Corpus;
import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the answer pipeline guarantees on any article: the bundled one, news pages and encyclopedia
 * articles of the development corpus. Nothing here names a question of one article; each check runs
 * over every article, every person it quotes or every question written about it.
 */
class AnswererTest {

  static Stream<String> articles() {
    return Stream.of(
        "bundled",
        "news/wire-port-strike.txt",
        "news/guardian-rail-fares.txt",
        "news/courthouse-zoning-ruling.html",
        "news/science-coral-study.txt",
        "squad2/steam-engine.md");
  }

  private static KnowledgeBase kb(String article) {
    return article.equals("bundled") ? TestKnowledge.bundled() : TestKnowledge.corpus(article);
  }

  private static List<EvalQuestion> questions(String article) {
    if (article.equals("bundled")) {
      return Corpus.bundled(
              new dev.articlebot.knowledge.article.ArticleLoader(
                  new dev.articlebot.knowledge.article.ArticleParser()))
          .entries()
          .get(0)
          .questions();
    }
    String stem = article.substring(0, article.lastIndexOf('.'));
    try (var in =
        java.nio.file.Files.newInputStream(TestKnowledge.CORPUS.resolve(stem + ".jsonl"))) {
      return dev.articlebot.knowledge.eval.Evaluation.read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void everyCitationIsVerbatimAndEveryAnswerSaysWhatDecidedIt(String name) {
    KnowledgeBase kb = kb(name);
    Article article = kb.articles().get(0);
    List<String> paragraphs = article.paragraphs().stream().map(Paragraph::text).toList();
    for (EvalQuestion q : questions(name)) {
      Answer a = kb.answer(q.question());
      assertThat(a.citations().size()).as(q.question()).isLessThanOrEqualTo(Answerer.CITATIONS);
      assertThat(a.decidedBy()).as(q.question()).isNotBlank();
      assertThat(a.citations().stream().map(Citation::paragraph).distinct().count())
          .as(q.question())
          .isEqualTo(a.citations().size());
      for (Citation c : a.citations()) {
        assertThat(c.score()).isBetween(0.0, 1.0);
        assertThat(c.text()).contains(c.quote());
        if (c.paragraph() > 0) assertThat(paragraphs.get(c.paragraph() - 1)).isEqualTo(c.text());
      }
      boolean fromBody = !a.citations().isEmpty() && a.citations().get(0).paragraph() > 0;
      if (a.answered() && fromBody) assertThat(a.citations().get(0).text()).contains(a.text());
      if (!a.answered()) assertThat(a.text()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void questionsAboutTheArticleItselfAreAnsweredFromItsHeadlineBlock(String name) {
    KnowledgeBase kb = kb(name);
    Article article = kb.articles().get(0);
    List<String> asked =
        new ArrayList<>(
            List.of(
                "what's the headline?",
                "What is this article about?",
                "whats this story about in a nutshell",
                "what is the article about, briefly?"));
    if (!article.authors().isEmpty()) {
      asked.addAll(List.of("Who wrote this?", "who wrote this story", "who's the author?"));
    }
    for (String question : asked) {
      Answer a = kb.answer(question);
      assertThat(a.answered()).as(question).isTrue();
      assertThat(a.citations().get(0).paragraph()).as(question).isZero();
    }
    if (!article.authors().isEmpty()) {
      String surname = lastWord(article.authors().get(0));
      assertThat(kb.answer("Who wrote this?").text().toLowerCase(Locale.ROOT))
          .contains(surname.toLowerCase(Locale.ROOT));
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void whoSomeoneIsIsAnsweredWhereTheArticleIntroducesThem(String name) {
    KnowledgeBase kb = kb(name);
    for (Speaker s : kb.quotes().speakersIn(kb.articles().get(0).id())) {
      Answer a = kb.answer("Who is " + s.name() + "?");
      assertThat(a.answered()).as(s.name()).isTrue();
      assertThat(a.citations().get(0).paragraph()).as(s.name()).isEqualTo(s.paragraphs().get(0));
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void whatSomeoneSaidIsAnsweredWithTheirOwnWords(String name) {
    KnowledgeBase kb = kb(name);
    for (Speaker s : kb.quotes().speakersIn(kb.articles().get(0).id())) {
      List<Quote> said =
          kb.quotes().quotesBy(s).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
      if (said.stream().noneMatch(q -> q.text().split("\\s+").length >= 8)) continue;
      Answer a = kb.answer("What did " + s.name() + " say?");
      assertThat(a.answered()).as(s.name()).isTrue();
      assertThat(said.stream().anyMatch(q -> a.text().contains(q.text())))
          .as(s.name() + ": " + a.text())
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void aQuestionAskingForSomeonesAccountLeadsWithTheirPassage(String name) {
    KnowledgeBase kb = kb(name);
    for (Speaker s : kb.quotes().speakersIn(kb.articles().get(0).id())) {
      Answer a = kb.answer("According to " + s.name() + ", what is the problem?");
      assertThat(s.paragraphs()).as(s.name()).contains(a.citations().get(0).paragraph());
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void aPhraseInQuotationMarksPointsAtThePassageHoldingIt(String name) {
    KnowledgeBase kb = kb(name);
    List<Paragraph> paragraphs = kb.articles().get(0).paragraphs();
    for (int i = 0; i < paragraphs.size(); i += Math.max(1, paragraphs.size() / 5)) {
      String[] words = paragraphs.get(i).sentences().get(0).text().split("\\s+");
      if (words.length < 8) continue;
      String phrase = String.join(" ", List.of(words).subList(3, 7)).replaceAll("[“”\"]", "");
      Answer a = kb.answer("what does the article mean by \"" + phrase + "\"?");
      assertThat(a.citations().get(0).text().replaceAll("[“”\"]", "")).as(phrase).contains(phrase);
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void questionsFarFromTheArticleAreRefusedAndQuestionsInOtherLanguagesSaySo(String name) {
    KnowledgeBase kb = kb(name);
    for (String question :
        List.of(
            "What's the capital of Peru?",
            "how do I center a div in css",
            "can you recommend a good movie for tonight?")) {
      assertThat(kb.answer(question).answered()).as(question).isFalse();
    }
    Answer other = kb.answer("¿Quién escribió este artículo y cuándo se publicó?");
    assertThat(other.answered()).isFalse();
    assertThat(other.refusal()).isEqualTo(Answer.Refusal.OTHER_LANGUAGE);
    Answer nothing = kb.answer("😂😂 ?!");
    assertThat(nothing.answered()).isFalse();
    assertThat(nothing.citations()).isEmpty();
  }

  private static String lastWord(String s) {
    String[] w = s.strip().split("\\s+");
    return w[w.length - 1];
  }
}
