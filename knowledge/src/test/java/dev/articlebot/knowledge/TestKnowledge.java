package dev.articlebot.knowledge;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles indexed with the real model and the shipped answer model, each built once per test run.
 * Vectors are cached in target/test-state, so later runs start fast.
 */
public final class TestKnowledge {
  /** The development corpus, relative to the module's folder where tests run. */
  public static final Path CORPUS = Path.of("corpus");

  private static final Path STATE = Path.of("target", "test-state");
  private static KnowledgeBase bundled;
  private static KnowledgeLoader.Embedders embedders;
  private static final Map<String, KnowledgeBase> corpus = new HashMap<>();

  private TestKnowledge() {}

  public static synchronized KnowledgeBase bundled() {
    if (bundled == null) {
      bundled = KnowledgeLoader.load(new KnowledgeLoader.Settings(null, STATE, 500));
    }
    return bundled;
  }

  /** The corpus article at {@code path} (under {@link #CORPUS}), alone in its knowledge base. */
  public static synchronized KnowledgeBase corpus(String path) {
    return corpus.computeIfAbsent(path, p -> index(read(CORPUS.resolve(p))));
  }

  /** {@code articles} in one knowledge base. */
  public static synchronized KnowledgeBase index(List<Article> articles) {
    if (embedders == null) embedders = KnowledgeLoader.Embedders.open(STATE);
    return embedders.index(articles, 500);
  }

  private static KnowledgeBase index(Article article) {
    return index(List.of(article));
  }

  public static Article read(Path file) {
    return new ArticleLoader(new ArticleParser()).load(file).get(0);
  }
}
