package dev.articlebot.knowledge;

import java.nio.file.Path;

/**
 * A failure a user can cause through what they configure or feed in. Each kind is its own type,
 * carrying the facts; the wording users read lives in the application, not here.
 */
public abstract sealed class KnowledgeException extends RuntimeException
    permits ArticleNotFoundException,
        ArticleTooLargeException,
        ArticleUnreadableException,
        EmptyArticleException,
        NoArticlesException,
        StateFolderException {

  protected KnowledgeException(String logMessage, Throwable cause) {
    super(logMessage, cause);
  }

  /** The file or folder concerned, for the user-facing message. */
  public abstract String subject();

  static String show(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }
}
