package dev.articlebot.knowledge.article;

import java.util.List;

/**
 * What a page says about itself outside its visible text (HTML {@code meta} tags and JSON-LD), used
 * where the visible text does not say it. Pasted text has {@link #NONE}.
 *
 * @param title the headline ({@code og:title}, JSON-LD {@code headline}, {@code <title>})
 * @param authors the authors' names
 * @param published the publication time, as the page gives it
 * @param updated the last modification time, as the page gives it
 * @param url the page's canonical address
 */
record PageMetadata(
    String title, List<String> authors, String published, String updated, String url) {

  static final PageMetadata NONE = new PageMetadata("", List.of(), "", "", "");

  PageMetadata {
    title = title == null ? "" : title.strip();
    authors = authors == null ? List.of() : List.copyOf(authors);
    published = published == null ? "" : published.strip();
    updated = updated == null ? "" : updated.strip();
    url = url == null ? "" : url.strip();
  }
}
