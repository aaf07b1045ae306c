package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a story exported from a news research database that prints the story under "Full Text" and
 * its record after it as labelled fields (ProQuest: the title, the authors surname first, the
 * publication line, "Full Text", the story, then "Credit:", "Caption:", "Subject:", "Publication
 * title:", "ProQuest document ID:", "Document URL:", "Database:" …), into the lines of a plain
 * story: headline, byline (given names first), date and caption, then the story.
 *
 * <p>Guarantee: a text is read this way only when a line "Full Text" stands alone and at least
 * {@link #MIN_RECORD_FIELDS} lines open with the record's own labels; then every line between "Full
 * Text" and the first labelled field after it is kept, in order, and nothing else of the story is
 * dropped. The record's fields are the database's, not the story's.
 */
final class LabelledExport {

  /** The labels only such a record prints. */
  private static final List<String> RECORD_LABELS =
      List.of(
          "proquest document id:",
          "document url:",
          "publication title:",
          "source type:",
          "document type:",
          "database:",
          "place of publication:",
          "country of publication:",
          "publication subject:",
          "language of publication:");

  /** The labels that close the story: the record's, and the credit and caption before them. */
  private static final Set<String> CLOSING_LABELS =
      Set.of(
          "credit:",
          "caption:",
          "illustration:",
          "subject:",
          "location:",
          "people:",
          "company / organization:",
          "title:",
          "author:");

  /** The fewest record labels a text must print to be read as an export. */
  private static final int MIN_RECORD_FIELDS = 3;

  private LabelledExport() {}

  /** Whether {@code lines} (cleaned, trimmed) are such an export. */
  static boolean is(List<String> lines) {
    boolean fullText = false;
    int fields = 0;
    for (String line : lines) {
      if (line.equalsIgnoreCase("Full Text")) fullText = true;
      if (opensWith(line, RECORD_LABELS)) fields++;
    }
    return fullText && fields >= MIN_RECORD_FIELDS;
  }

  /** The story's lines: headline, byline, date and caption, a blank line, then the story. */
  static List<String> story(List<String> lines) {
    int full = 0;
    while (!lines.get(full).equalsIgnoreCase("Full Text")) full++;
    List<String> head = new ArrayList<>();
    for (String line : lines.subList(0, full)) if (!line.isEmpty()) head.add(line);
    int end = full + 1;
    while (end < lines.size()
        && !opensWith(lines.get(end), CLOSING_LABELS)
        && !opensWith(lines.get(end), RECORD_LABELS)) {
      end++;
    }
    List<String> out = new ArrayList<>();
    if (!head.isEmpty()) out.add(head.get(0));
    if (head.size() > 1) byline(head.get(1)).ifPresent(out::add);
    // the publication line: "The Plainfield Courier; Plainfield, Ohio [Plainfield, Ohio]. 03 Dec
    // 2026: A.1." gives its date
    for (String line : head.subList(Math.min(2, head.size()), head.size())) {
      for (String part : line.split("[.;:]\\s+|[.:]$")) {
        Optional<DateStamps.Stamp> date = DateStamps.read(part.strip()).stream().findFirst();
        if (date.isPresent()) {
          out.add(date.get().text());
          break;
        }
      }
    }
    for (String line : lines.subList(end, lines.size())) {
      if (line.regionMatches(true, 0, "Caption:", 0, "Caption:".length())) out.add(line);
    }
    out.add("");
    out.addAll(lines.subList(full + 1, end));
    return out;
  }

  /** "Okafor, Daniel; Lindqvist, Maren" as a byline: "By Daniel Okafor and Maren Lindqvist". */
  private static Optional<String> byline(String authors) {
    List<String> names = new ArrayList<>();
    for (String author : authors.split(";")) {
      String[] parts = author.strip().split(",\\s*");
      if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) return Optional.empty();
      names.add(parts[1] + " " + parts[0]);
    }
    return Optional.of("By " + String.join(" and ", names));
  }

  private static boolean opensWith(String line, java.util.Collection<String> labels) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String label : labels) if (lower.startsWith(label)) return true;
    return false;
  }
}
