package dev.articlebot.knowledge;

import java.nio.file.Path;

/** A configured folder holds no article (.txt, .md, .html) that can be read. */
public final class NoArticlesException extends KnowledgeException {
  private final Path folder;

  public NoArticlesException(Path folder) {
    super("no readable .txt, .md or .html articles in " + show(folder), null);
    this.folder = folder;
  }

  @Override
  public String subject() {
    return show(folder);
  }
}
