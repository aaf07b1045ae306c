package dev.articlebot.knowledge;

import java.nio.file.Path;

/** An article file exists but cannot be read as UTF-8 text. */
public final class ArticleUnreadableException extends KnowledgeException {
  private final Path path;

  public ArticleUnreadableException(Path path, Throwable cause) {
    super("article unreadable: " + show(path), cause);
    this.path = path;
  }

  @Override
  public String subject() {
    return show(path);
  }
}
