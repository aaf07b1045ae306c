package dev.articlebot.knowledge;

import java.nio.file.Path;

/** An article file exists but cannot be read as text. */
public final class ArticleUnreadableException extends KnowledgeException {

  /** Why the file could not be read. */
  public enum Reason {
    /** The file cannot be opened (permissions, a read error). */
    NOT_OPENED,
    /** Its bytes are not text in any encoding the reader knows (a NUL, many control bytes). */
    NOT_TEXT,
    /** It is text, but the reader could not make an article of it. */
    NOT_AN_ARTICLE
  }

  private final Path path;
  private final Reason reason;

  public ArticleUnreadableException(Path path, Reason reason, Throwable cause) {
    super("article unreadable (" + reason + "): " + show(path), cause);
    this.path = path;
    this.reason = reason;
  }

  @Override
  public String subject() {
    return show(path);
  }

  public Reason reason() {
    return reason;
  }
}
