package dev.articlebot.knowledge.article;

/**
 * A photo caption, kept apart from the body.
 *
 * @param text the caption, verbatim
 * @param afterParagraph number of the body paragraph it follows, 0 if it comes before the body
 */
public record Caption(String text, int afterParagraph) {
  public Caption {
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
    if (afterParagraph < 0) throw new IllegalArgumentException("afterParagraph must be >= 0");
  }
}
