package dev.articlebot.knowledge.article;

import java.util.List;

/**
 * A body paragraph. Numbers count body paragraphs from 1 in reading order; they are what users see.
 *
 * @param number 1-based number in the article body
 * @param section heading of the section it belongs to, or "" for the lead
 * @param text the paragraph, verbatim (ends trimmed)
 * @param sentences its sentences, in order
 */
public record Paragraph(int number, String section, String text, List<Sentence> sentences) {
  public Paragraph {
    if (number < 1) throw new IllegalArgumentException("paragraph numbers start at 1");
    if (section == null) throw new IllegalArgumentException("section must not be null");
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) throw new IllegalArgumentException("a paragraph has sentences");
  }

  /** "¶14 · De-escalation", or "¶2" in the lead. */
  public String label() {
    return section.isEmpty() ? "¶" + number : "¶" + number + " · " + section;
  }
}
