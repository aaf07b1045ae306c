package dev.articlebot.knowledge.article;

/**
 * One sentence of a paragraph: its text, verbatim, and where it sits in the paragraph text.
 *
 * @param index position in the paragraph, from 0
 * @param text the sentence, verbatim
 * @param start offset of the first character in the paragraph text
 * @param end offset after the last character in the paragraph text
 */
public record Sentence(int index, String text, int start, int end) {
  public Sentence {
    if (index < 0) throw new IllegalArgumentException("index must be >= 0");
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets");
  }
}
