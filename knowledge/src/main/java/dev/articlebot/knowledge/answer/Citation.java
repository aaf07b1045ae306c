package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;

/**
 * A passage an answer stands on.
 *
 * @param articleId the article's id
 * @param articleTitle the article's title
 * @param paragraph paragraph number, from 1 (0 for the headline and byline)
 * @param section section heading, or ""
 * @param text the whole paragraph, verbatim
 * @param quote the sentence(s) in it that answer, verbatim
 * @param score relevance in [0, 1]
 */
public record Citation(
    String articleId,
    String articleTitle,
    int paragraph,
    String section,
    String text,
    String quote,
    double score) {
  public Citation {
    if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("articleId");
    if (paragraph < 0) throw new IllegalArgumentException("paragraph must be >= 0");
    if (text == null || text.isBlank()) throw new IllegalArgumentException("text");
    if (quote == null || quote.isBlank()) throw new IllegalArgumentException("quote");
    articleTitle = articleTitle == null ? "" : articleTitle;
    section = section == null ? "" : section;
  }

  /** {@code quote} (verbatim in it) cited from body paragraph {@code p} of {@code article}. */
  static Citation of(Article article, Paragraph p, String quote, double score) {
    return new Citation(
        article.id(), article.displayTitle(), p.number(), p.section(), p.text(), quote, score);
  }
}
