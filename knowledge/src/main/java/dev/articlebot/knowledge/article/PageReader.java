package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reader's pipeline, shared by pasted text and HTML: lines → {@link LineKind} of each line (and
 * an email's header block, {@link EmailHeaders}) → {@link HeaderReader} (headline, dek, byline,
 * dates, body start) → {@link BodyReader} (paragraphs, headings, captions) → an {@link Article},
 * with its dateline read from paragraph 1 and what the page's metadata says filling what the
 * visible text does not.
 */
final class PageReader {

  private final SentenceSplitter splitter;

  PageReader(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  Article read(String id, PageLines page) {
    PageMetadata meta = page.metadata();
    List<Line> lines = Bylines.joinSplit(Datelines.joinSplit(page.lines()));
    List<LineKind> kinds = new ArrayList<>(lines.size());
    for (Line line : lines) kinds.add(kindOf(line));
    EmailHeaders.mark(lines, kinds);
    Fields.markNameListsAmongData(lines, kinds);
    HeaderReader.Header header = HeaderReader.read(lines, kinds);
    BodyReader.Body body = BodyReader.read(lines, kinds, header);

    BodyBuilder builder = new BodyBuilder(splitter);
    for (BodyReader.Piece piece : body.pieces()) {
      switch (piece.role()) {
        case PARAGRAPH -> builder.paragraph(piece.text());
        case HEADING -> builder.heading(LineShape.withoutPictographs(piece.text()));
        case CAPTION -> builder.caption(piece.text());
        default -> {}
      }
    }
    // a caption pasted twice is one caption: the first of each text is kept
    List<Caption> captions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Caption> printed = new ArrayList<>();
    for (String c : header.captions()) printed.add(new Caption(c, 0));
    printed.addAll(builder.captions());
    for (Caption c : printed) {
      // "📸 Caution tape blocks …": the picture sign a social post opens a caption with is no text
      for (String part : Captions.pictures(LineShape.withoutPictographs(c.text()))) {
        if (seen.add(part)) captions.add(new Caption(part, c.afterParagraph()));
      }
    }

    String published = "";
    String updated = "";
    // A date labelled as the publication ("First published on …") is it, whatever comes first;
    // else the first bare or labelled publication date. Of the rest, the first is the update.
    // the dates a writer's signature under the story gives, when the header prints none
    List<DateStamps.Stamp> dates = header.dates().isEmpty() ? body.signedDates() : header.dates();
    DateStamps.Stamp publication = null;
    for (DateStamps.Stamp s : dates) {
      if (s.kind() != DateStamps.Kind.PUBLISHED) continue;
      if (publication == null || s.labelled() && !publication.labelled()) publication = s;
    }
    if (publication != null) published = publication.text();
    for (DateStamps.Stamp s : dates) {
      if (s != publication && updated.isEmpty()) updated = s.text();
    }
    if (updated.isEmpty()) updated = body.update().map(DateStamps.Stamp::text).orElse("");
    if (updated.isEmpty()) updated = updatedUnder(lines, kinds, header.bodyStart()).orElse("");
    if (published.isEmpty()) published = meta.published();
    // a page's own save a few seconds after publishing is no update
    if (updated.isEmpty() && !sameMinute(meta.updated(), meta.published()))
      updated = meta.updated();
    if (published.isEmpty()) published = dateUnder(lines, kinds, header.bodyStart()).orElse("");
    if (published.isEmpty()) published = originallyPublished(lines).orElse(updated);

    List<String> authors = header.authors().isEmpty() ? meta.authors() : header.authors();
    // metadata that calls the byline's institution a person ("by University of Tasmania")
    authors = authors.stream().filter(a -> !a.equalsIgnoreCase(header.agency())).toList();
    if (authors.isEmpty()) authors = body.writers(); // "— Reporting by …" under the story
    String agency = header.agency().isEmpty() ? body.agency() : header.agency();
    String dateline = "";
    List<Paragraph> paragraphs = builder.paragraphs();
    Optional<Datelines.Dateline> d = dateline(paragraphs);
    if (d.isPresent()) {
      dateline = d.get().place();
      if (published.isEmpty()) published = d.get().date();
      String source = WebLexicon.agency(d.get().source());
      // a story with no byline is credited to the source its dateline names ("SEOUL, Dec. 2
      // (Hanul) --"), known agency or not
      if (source == null && authors.isEmpty() && isSourceName(d.get().source())) {
        source = d.get().source();
      }
      if (agency.isEmpty() && source != null) agency = source;
    }
    if (dateline.isEmpty()) dateline = header.dateline(); // "Dateline: SHEFFIELD" in the header
    if (published.isEmpty()) published = transmitted(lines).orElse("");
    boolean marked = lines.stream().anyMatch(l -> l.markup() == Line.Markup.HEADLINE);
    // a page's <title> often adds the site's name ("The Gazette - Water district OKs …"): the
    // headline the page prints, when the <title> holds it, is the one without it
    boolean fromMeta =
        header.title().isEmpty()
            || !marked && !meta.title().isEmpty() && !meta.title().contains(header.title());
    String title = fromMeta ? meta.title() : header.title();
    String byline = header.byline();
    if (byline.isEmpty() && !authors.isEmpty()) byline = "By " + String.join(" and ", authors);
    return new Article(
        id,
        title,
        header.dek(),
        authors,
        agency,
        byline,
        published,
        updated,
        dateline,
        meta.url(),
        paragraphs,
        captions);
  }

  /** How far into the body a story's opening may stand, under a box of key points. */
  private static final int OPENING_WITHIN = 4;

  /**
   * The dateline the story's opening paragraph starts with: the first paragraph that is neither an
   * item of a list nor a line that introduces one ("Key points:") nor a point copied without its
   * bullet (no full stop), or, under a box of key points whose items a saved page printed without
   * their bullets, one of the first few.
   */
  private static Optional<Datelines.Dateline> dateline(List<Paragraph> paragraphs) {
    // a transcript: its turns open with their speakers' labels in capitals, which read as places
    int labelled = 0;
    for (Paragraph p : paragraphs) if (Datelines.opensWithCapitalsAndColon(p.text())) labelled++;
    if (labelled >= TRANSCRIPT_TURNS) return Optional.empty();
    int lead = -1;
    for (int k = 0; k < paragraphs.size(); k++) {
      String t = paragraphs.get(k).text();
      if (!HeaderReader.isListItem(t)
          && LineShape.lastMark(t) != ':'
          && LineShape.endsLikeSentence(t)) {
        Optional<Datelines.Dateline> d = Datelines.read(t);
        if (d.isPresent()) return d;
        lead = k;
        break;
      }
    }
    for (int k = 0; k < Math.min(OPENING_WITHIN, paragraphs.size()); k++) {
      if (k == lead) continue; // read above
      Optional<Datelines.Dateline> d = Datelines.read(paragraphs.get(k).text());
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /** The fewest paragraphs opening with a label in capitals and a colon that make a transcript. */
  private static final int TRANSCRIPT_TURNS = 3;

  /** The kind of a line; what HTML markup says of a line overrides its shape where it must. */
  private static LineKind kindOf(Line line) {
    LineKind k = LineKind.of(line.text());
    if (line.markup() == Line.Markup.CAPTION) return LineKind.CAPTION;
    if (line.markup() == Line.Markup.HEADLINE) return LineKind.TEXT;
    if (line.markup() == Line.Markup.ROW) return LineKind.TEXT;
    return k;
  }

  /** One to three capitalised words without digits: a name an outlet goes by ("Hanul", "AP"). */
  private static boolean isSourceName(String text) {
    return text.matches("\\p{Lu}[\\p{L}&.'’-]*(?:\\s\\p{Lu}[\\p{L}&.'’-]*){0,2}");
  }

  /** Two metadata times of the same minute ("2026-12-03T16:12:00" and "…T16:12:41"), or equal. */
  private static boolean sameMinute(String a, String b) {
    if (a.equals(b)) return true;
    return a.length() >= 16 && b.length() >= 16 && a.substring(0, 16).equals(b.substring(0, 16));
  }

  /**
   * The time a social post prints under its text ("4:12 PM · Dec 3, 2026"): the first date line
   * after the body's start that follows a line of running text right away.
   */
  private static Optional<String> dateUnder(List<Line> lines, List<LineKind> kinds, int bodyStart) {
    for (int i = Math.max(1, bodyStart); i < lines.size(); i++) {
      if (kinds.get(i) != LineKind.DATE || kinds.get(i - 1) != LineKind.PROSE) continue;
      List<DateStamps.Stamp> stamps = DateStamps.read(lines.get(i).text());
      return stamps.isEmpty() ? Optional.empty() : Optional.of(stamps.get(0).text());
    }
    return Optional.empty();
  }

  /**
   * "Updated December 3, 2026" on a line of its own under the story, as a government site stamps
   * its release at its foot: the update, when the header gives none.
   */
  private static Optional<String> updatedUnder(
      List<Line> lines, List<LineKind> kinds, int bodyStart) {
    for (int i = bodyStart; i < lines.size(); i++) {
      if (kinds.get(i) != LineKind.DATE) continue; // the lines a date stamp was read on
      List<DateStamps.Stamp> stamps = DateStamps.read(lines.get(i).text());
      if (stamps.size() == 1
          && stamps.get(0).kind() == DateStamps.Kind.UPDATED
          && stamps.get(0).labelled()) {
        return Optional.of(stamps.get(0).text());
      }
    }
    return Optional.empty();
  }

  /**
   * "This story was originally published December 3, 2026 at 5:00 AM.": the first publication a
   * page notes under its story, when its header prints only an update.
   */
  private static Optional<String> originallyPublished(List<Line> lines) {
    for (Line l : lines) {
      java.util.regex.Matcher m = ORIGINALLY_PUBLISHED.matcher(l.text().strip());
      if (m.matches() && DateStamps.isDate(m.group(1), true)) return Optional.of(m.group(1));
    }
    return Optional.empty();
  }

  /**
   * When a wire service sent its raw copy, from the stamp on the copy's last line ("AP-WF-12-05-26
   * 0214GMT" gives "12-05-26 0214GMT"): the only date such copy prints.
   */
  private static Optional<String> transmitted(List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; i--) {
      java.util.regex.Matcher m = TRANSMITTED.matcher(lines.get(i).text().strip());
      if (m.matches()) return Optional.of(m.group(1));
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern TRANSMITTED =
      java.util.regex.Pattern.compile("^AP-[A-Z]{2}-(\\d\\d-\\d\\d-\\d\\d \\d{4}GMT)$");

  private static final java.util.regex.Pattern ORIGINALLY_PUBLISHED =
      java.util.regex.Pattern.compile(
          "^(?:This (?:story|article) was )?originally published(?: on|:)? (.{6,60}?)\\.?$",
          java.util.regex.Pattern.CASE_INSENSITIVE);
}
