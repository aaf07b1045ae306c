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
 * @param authors the people named in the byline, in byline order, as printed ("MARIA GARCIA")
 * @param agency the news agency credited ("Associated Press", "Reuters"), or ""
 * @param byline the byline as printed ("By Yu Xiaodong Updated Jan.1"), or ""
 * @param published the publication date as the article prints it ("Jan.1"), or ""; when the page
 *     gives only an update time, that time
 * @param updated the last update as the article prints it ("3:45 PM EST, December 2, 2026"), or ""
 * @param dateline the place the story was filed from ("LONG BEACH, Calif."), or ""; it stays part
 *     of paragraph 1's text
 * @param url where it came from, or ""
 * @param paragraphs body paragraphs numbered from 1, in reading order
 * @param captions photo captions, apart from the body
 */
public record Article(
    String id,
    String title,
    String dek,
    List<String> authors,
    String agency,
    String byline,
    String published,
    String updated,
    String dateline,
    String url,
    List<Paragraph> paragraphs,
    List<Caption> captions) {

  public Article {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be blank");
    title = title == null ? "" : title;
    dek = dek == null ? "" : dek;
    authors = authors == null ? List.of() : List.copyOf(authors);
    agency = agency == null ? "" : agency;
    byline = byline == null ? "" : byline;
    published = published == null ? "" : published;
    updated = updated == null ? "" : updated;
    dateline = dateline == null ? "" : dateline;
    url = url == null ? "" : url;
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).number() != i + 1) {
        throw new IllegalArgumentException("paragraphs must be numbered 1..n in order");
      }
    }
  }

  /** An article with at most one author and no agency, update time or dateline. */
  public Article(
      String id,
      String title,
      String dek,
      String author,
      String byline,
      String published,
      String url,
      List<Paragraph> paragraphs,
      List<Caption> captions) {
    this(
        id,
        title,
        dek,
        author == null || author.isBlank() ? List.of() : List.of(author),
        "",
        byline,
        published,
        "",
        "",
        url,
        paragraphs,
        captions);
  }

  /**
   * Who wrote it, as one phrase: the authors ("Katrin Vogel and Daniel Amsel", "A, B and C"), or
   * the agency when no person is named, or "" when the text does not say.
   */
  public String author() {
    if (authors.isEmpty()) return agency;
    if (authors.size() == 1) return authors.get(0);
    return String.join(", ", authors.subList(0, authors.size() - 1))
        + " and "
        + authors.get(authors.size() - 1);
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
