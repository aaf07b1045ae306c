package dev.articlebot.knowledge;

/** An article has no body text left once headline, byline, captions and junk are set aside. */
public final class EmptyArticleException extends KnowledgeException {
  private final String source;

  public EmptyArticleException(String source) {
    super("article has no body text: " + source, null);
    this.source = source;
  }

  @Override
  public String subject() {
    return source;
  }
}
