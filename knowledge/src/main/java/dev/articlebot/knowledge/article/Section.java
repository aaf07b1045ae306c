package dev.articlebot.knowledge.article;

import java.util.List;

/**
 * A run of paragraphs under one heading.
 *
 * @param heading the heading, or "" for the lead before the first heading
 * @param paragraphs its paragraphs, in order
 */
public record Section(String heading, List<Paragraph> paragraphs) {
  public Section {
    if (heading == null) throw new IllegalArgumentException("heading must not be null");
    paragraphs = List.copyOf(paragraphs);
  }
}
