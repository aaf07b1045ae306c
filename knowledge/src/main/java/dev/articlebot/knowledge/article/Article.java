package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed article.
 *
 * @param id short stable id, from the file name ("an-inevitable-peace")
 * @param title the headline
 * @param dek the standfirst under the headline, or ""
 * @param author who wrote it, or "" when the text does not say
 * @param byline the byline as printed ("By Yu Xiaodong Updated Jan.1"), or ""
 * @param published the date as the article gives it ("Jan.1"), or ""
 * @param url where it came from, or ""
 * @param paragraphs body paragraphs numbered from 1, in reading order
 * @param captions photo captions, apart from the body
 */
public record Article(
    String id,
    String title,
    String dek,
    String author,
    String byline,
    String published,
    String url,
    List<Paragraph> paragraphs,
    List<Caption> captions) {

  public Article {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be blank");
    title = title == null ? "" : title;
    dek = dek == null ? "" : dek;
    author = author == null ? "" : author;
    byline = byline == null ? "" : byline;
    published = published == null ? "" : published;
    url = url == null ? "" : url;
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).number() != i + 1) {
        throw new IllegalArgumentException("paragraphs must be numbered 1..n in order");
      }
    }
  }

  /** The paragraph with this number, if there is one. */
  public Optional<Paragraph> paragraph(int number) {
    return number >= 1 && number <= paragraphs.size()
        ? Optional.of(paragraphs.get(number - 1))
        : Optional.empty();
  }

  /** The body grouped by section heading, in reading order. */
  public List<Section> sections() {
    List<Section> sections = new ArrayList<>();
    String current = null;
    List<Paragraph> run = null;
    for (Paragraph p : paragraphs) {
      if (!p.section().equals(current)) {
        if (run != null) sections.add(new Section(current, run));
        current = p.section();
        run = new ArrayList<>();
      }
      run.add(p);
    }
    if (run != null) sections.add(new Section(current, run));
    return List.copyOf(sections);
  }

  /** Title, or the id when the article has no title. */
  public String displayTitle() {
    return title.isEmpty() ? id : title;
  }
}
