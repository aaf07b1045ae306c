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
import java.util.List;

/** The articles, indexed and ready to answer questions. */
public final class KnowledgeBase {
  private final List<Article> articles;
  private final Answerer answerer;
  private final Embedder queryEmbedder;

  private KnowledgeBase(List<Article> articles, Answerer answerer, Embedder queryEmbedder) {
    this.articles = List.copyOf(articles);
    this.answerer = answerer;
    this.queryEmbedder = queryEmbedder;
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
    return new KnowledgeBase(articles, answerer, queryEmbedder);
  }

  public List<Article> articles() {
    return articles;
  }

  public Answer answer(String question) {
    return answerer.answer(question);
  }

  /** Embeds a text the way questions are embedded; for benchmarks that compare against it. */
  public float[] embedQuestion(String text) {
    return queryEmbedder.embed(text);
  }
}
