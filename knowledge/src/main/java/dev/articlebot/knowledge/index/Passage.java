package dev.articlebot.knowledge.index;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;

/**
 * One retrievable unit: a body paragraph of an article.
 *
 * @param id position in the index
 * @param article the article it belongs to
 * @param paragraph the paragraph
 */
public record Passage(int id, Article article, Paragraph paragraph) {
  public Passage {
    if (id < 0) throw new IllegalArgumentException("id must be >= 0");
    if (article == null || paragraph == null) throw new IllegalArgumentException("required");
  }

  public String text() {
    return paragraph.text();
  }
}
