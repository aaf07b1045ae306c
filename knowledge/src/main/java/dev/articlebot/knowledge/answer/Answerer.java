package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Question in, {@link Answer} out: ranks passages, decides whether they hold the answer, and picks
 * the sentence(s) that answer it. Every text it returns is verbatim from an article.
 */
public final class Answerer {
  /** How many passages an answer cites. */
  public static final int CITATIONS = 3;

  private final List<Article> articles;
  private final Embedder embedder;
  private final HybridRetriever retriever;
  private final AnswerCheck check;
  private final QuestionText questionText;

  public Answerer(
      List<Article> articles,
      Embedder embedder,
      HybridRetriever retriever,
      AnswerCheck check,
      QuestionText questionText) {
    this.articles = List.copyOf(articles);
    this.embedder = embedder;
    this.retriever = retriever;
    this.check = check;
    this.questionText = questionText;
  }

  public Answer answer(String rawQuestion) {
    QuestionText.Cleaned cleaned = questionText.clean(rawQuestion);
    Answer answer = answerCleaned(cleaned.text());
    return cleaned.truncated() ? answer.truncatedQuestion() : answer;
  }

  private Answer answerCleaned(String question) {
    if (question.isEmpty()) return new Answer("", false, "", List.of(), 0, false);
    if (articles.size() == 1) {
      var fact = ArticleFacts.answer(question, articles.get(0));
      if (fact.isPresent()) return fact.get();
    }
    float[] vector = embedder.embed(question);
    List<HybridRetriever.Candidate> ranked = retriever.rank(question, vector);
    AnswerCheck.Verdict verdict = check.judge(question, ranked);
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < Math.min(CITATIONS, ranked.size()); i++) {
      citations.add(citation(ranked.get(i), verdict.relevance(i)));
    }
    if (!verdict.answered()) {
      return new Answer(question, false, "", citations, verdict.confidence(), false);
    }
    return new Answer(
        question, true, citations.get(0).quote(), citations, verdict.confidence(), false);
  }

  private static Citation citation(HybridRetriever.Candidate c, double score) {
    Article a = c.passage().article();
    Paragraph p = c.passage().paragraph();
    return new Citation(
        a.id(), a.displayTitle(), p.number(), p.section(), p.text(), answeringText(c), score);
  }

  /**
   * The best sentence; with its neighbour when it is too short to stand alone or it continues a
   * quotation the neighbour opens.
   */
  private static String answeringText(HybridRetriever.Candidate c) {
    List<Sentence> sentences = c.passage().paragraph().sentences();
    int best = c.bestSentence();
    Sentence s = sentences.get(best);
    String text = c.passage().text();
    int start = s.start();
    int end = s.end();
    boolean shortSentence = s.text().split("\\s+").length < 8;
    if (shortSentence && best > 0) start = sentences.get(best - 1).start();
    else if (shortSentence && best + 1 < sentences.size()) end = sentences.get(best + 1).end();
    return text.substring(start, end);
  }
}
