package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.KnowledgeException;
import java.nio.file.Path;
import java.util.List;

/**
 * What loading a folder gave: the articles read, in file-name order, and the files left out, each
 * with the reason, so that callers can tell the user which files were skipped and why.
 *
 * @param articles the articles read
 * @param skipped the article files that could not be read
 */
public record LoadedArticles(List<Article> articles, List<Skipped> skipped) {

  public LoadedArticles {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  /**
   * One file left out.
   *
   * @param file the file
   * @param reason why: {@link dev.articlebot.knowledge.ArticleUnreadableException} (not text, or
   *     not readable), {@link dev.articlebot.knowledge.EmptyArticleException} (no body text)
   */
  public record Skipped(Path file, KnowledgeException reason) {}
}
