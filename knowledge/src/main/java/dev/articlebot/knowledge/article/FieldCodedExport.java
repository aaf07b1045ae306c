package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a story exported from a news research database that prints each field under its code
 * (Factiva: "HD" over the headline, "BY" over the byline, "PD" over the date, "LP" over the lead
 * paragraphs and "TD" over the rest of the text, then "CO", "IN", "NS", "RE", "AN" with the
 * database's codes), into the lines of a plain story: headline, byline and date, then the lead and
 * the text. The other fields (word count, source codes, copyright, subject and region codes, the
 * document number, the search summary after it) are the database's, not the story's.
 *
 * <p>Guarantee: a text is read this way only when it has the headline's and the text's codes each
 * alone on a line and at least {@link #MIN_CODES} different codes of the set; then every line of
 * the lead and the text is kept, in order, and nothing else of the story is dropped. The database's
 * page footer ("Page 2 of 2 © 2026 Factiva, Inc. All rights reserved."), printed where its pages
 * break, is no line of the story. Only the first document of an export is read.
 */
final class FieldCodedExport {

  /** The fields a story's own lines come from, in the order they are given back. */
  private static final List<String> HEADER_CODES = List.of("HD", "BY", "PD");

  private static final List<String> TEXT_CODES = List.of("LP", "TD");

  /** The codes the database prints, each alone on its line above its value. */
  private static final Set<String> CODES =
      Set.of(
          "SE", "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD",
          "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "CLM", "ART");

  /** The fewest different codes a text must print to be read as an export. */
  private static final int MIN_CODES = 6;

  /** The database's footer where a page of the export breaks. */
  private static final Pattern PAGE_FOOTER =
      Pattern.compile("^Page \\d{1,3} of \\d{1,3}(?:\\s+©.*)?$");

  private FieldCodedExport() {}

  /** Whether {@code lines} (cleaned, trimmed) are such an export. */
  static boolean is(List<String> lines) {
    Set<String> seen = new java.util.HashSet<>();
    for (String line : lines) if (CODES.contains(line)) seen.add(line);
    return seen.contains("HD")
        && (seen.contains("TD") || seen.contains("LP"))
        && seen.size() >= MIN_CODES;
  }

  /** The story's lines: headline, byline and date, a blank line, then the lead and the text. */
  static List<String> story(List<String> lines) {
    Map<String, List<String>> fields = new HashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (CODES.contains(line)) {
        if (fields.containsKey(line)) break; // the next document of the export
        current = new ArrayList<>();
        fields.put(line, current);
      } else if (current != null && !PAGE_FOOTER.matcher(line).matches()) {
        current.add(line);
      }
    }
    List<String> out = new ArrayList<>();
    for (String code : HEADER_CODES) {
      for (String value : fields.getOrDefault(code, List.of()))
        if (!value.isEmpty()) out.add(value);
    }
    for (String code : TEXT_CODES) {
      out.add("");
      out.addAll(fields.getOrDefault(code, List.of()));
    }
    return out;
  }
}
