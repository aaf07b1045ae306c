package dev.articlebot.knowledge;

import java.nio.file.Path;

/** A configured folder holds no .txt or .md article. */
public final class NoArticlesException extends KnowledgeException {
  private final Path folder;

  public NoArticlesException(Path folder) {
    super("no .txt or .md articles in " + show(folder), null);
    this.folder = folder;
  }

  @Override
  public String subject() {
    return show(folder);
  }
}
