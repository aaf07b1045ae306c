package dev.articlebot.knowledge;

import java.nio.file.Path;

/** An article file is larger than the configured limit; it is refused before it is read. */
public final class ArticleTooLargeException extends KnowledgeException {
  private final Path path;
  private final long size;
  private final long limit;

  public ArticleTooLargeException(Path path, long size, long limit) {
    super("article too large: " + show(path) + " (" + size + " > " + limit + " bytes)", null);
    this.path = path;
    this.size = size;
    this.limit = limit;
  }

  @Override
  public String subject() {
    return show(path);
  }

  /** The file's size in bytes. */
  public long size() {
    return size;
  }

  /** The largest size allowed, in bytes. */
  public long limit() {
    return limit;
  }
}
