package dev.articlebot.knowledge;

import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.AnswerCheck;
import dev.articlebot.knowledge.answer.Answerer;
import dev.articlebot.knowledge.answer.HybridRetriever;
import dev.articlebot.knowledge.answer.QuestionText;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.summary.Summarizer;
import dev.articlebot.knowledge.summary.Summary;
import java.util.ArrayList;
import java.util.List;

/** The articles, indexed and ready to answer questions. */
public final class KnowledgeBase {
  private final List<Article> articles;
  private final Answerer answerer;
  private final Embedder queryEmbedder;
  private final Summarizer summarizer;
  private volatile List<Summary> summaries;

  private KnowledgeBase(
      List<Article> articles, Answerer answerer, Embedder queryEmbedder, Summarizer summarizer) {
    this.articles = List.copyOf(articles);
    this.answerer = answerer;
    this.queryEmbedder = queryEmbedder;
    this.summarizer = summarizer;
  }

  /**
   * Indexes {@code articles}. {@code passageEmbedder} embeds the passages (usually through a disk
   * cache); {@code queryEmbedder} embeds questions.
   */
  public static KnowledgeBase build(
      List<Article> articles,
      Embedder passageEmbedder,
      Embedder queryEmbedder,
      int maxQuestionChars) {
    if (articles.isEmpty()) throw new IllegalArgumentException("no articles");
    TextAnalysis analysis = new TextAnalysis();
    PassageIndex index = new PassageIndex(articles, passageEmbedder, analysis);
    HybridRetriever retriever = new HybridRetriever(index, HybridRetriever.Weights.DEFAULT);
    Answerer answerer =
        new Answerer(
            articles,
            queryEmbedder,
            retriever,
            AnswerCheck.forIndex(index, articles),
            new QuestionText(maxQuestionChars));
    return new KnowledgeBase(articles, answerer, queryEmbedder, new Summarizer(index));
  }

  public List<Article> articles() {
    return articles;
  }

  public Answer answer(String question) {
    return answerer.answer(question);
  }

  /** One summary per article, in the order the articles were loaded. Computed once. */
  public List<Summary> summaries() {
    List<Summary> s = summaries;
    if (s == null) {
      List<Summary> out = new ArrayList<>();
      for (Article a : articles) out.add(summarizer.summarize(a, List.of()));
      summaries = s = List.copyOf(out);
    }
    return s;
  }

  /** Embeds a text the way questions are embedded; for benchmarks that compare against it. */
  public float[] embedQuestion(String text) {
    return queryEmbedder.embed(text);
  }
}
