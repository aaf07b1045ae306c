package dev.articlebot.knowledge.quote;

import java.util.List;

/**
 * What one article's people said.
 *
 * @param articleId the article
 * @param quotes direct quotes and paraphrases, in reading order
 * @param speakers everyone with a quote or paraphrase, in order of first mention
 * @param terms quoted words judged to be nobody's quote (scare quotes, coined terms, slogans),
 *     verbatim, in reading order
 * @param unquoted people the article names but never quotes or paraphrases, in order of first
 *     mention
 */
public record ArticleQuotes(
    String articleId,
    List<Quote> quotes,
    List<Speaker> speakers,
    List<String> terms,
    List<Speaker> unquoted) {
  public ArticleQuotes {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    quotes = List.copyOf(quotes);
    speakers = List.copyOf(speakers);
    terms = List.copyOf(terms);
    unquoted = List.copyOf(unquoted);
  }
}
