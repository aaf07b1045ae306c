package dev.articlebot.knowledge.quote;

/**
 * Something a person said, as the article reports it.
 *
 * @param articleId the article it comes from
 * @param speakerName canonical name of the speaker ({@link Speaker#name()})
 * @param text for {@link QuoteKind#DIRECT}, the words between the quotation marks, verbatim
 *     (without the marks); for {@link QuoteKind#PARAPHRASE}, the reported clause, verbatim. Always
 *     a substring of the paragraph text.
 * @param paragraph body paragraph number, from 1
 * @param context how it was said, from the attribution clause ("told NewsChina", "said in a column
 *     for guancha.cn on October 30", "according to"), or ""
 * @param kind direct quotation or paraphrase
 */
public record Quote(
    String articleId,
    String speakerName,
    String text,
    int paragraph,
    String context,
    QuoteKind kind) {
  public Quote {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    if (speakerName == null || speakerName.isBlank()) {
      throw new IllegalArgumentException("speakerName must not be blank");
    }
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
    if (paragraph < 1) throw new IllegalArgumentException("paragraph numbers start at 1");
    context = context == null ? "" : context;
    if (kind == null) throw new IllegalArgumentException("kind must not be null");
  }
}
