package dev.articlebot.knowledge;

import java.nio.file.Path;

/** A configured article file or folder does not exist. */
public final class ArticleNotFoundException extends KnowledgeException {
  private final Path path;

  public ArticleNotFoundException(Path path) {
    super("article not found: " + show(path), null);
    this.path = path;
  }

  @Override
  public String subject() {
    return show(path);
  }
}
