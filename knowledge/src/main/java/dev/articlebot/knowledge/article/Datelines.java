package dev.articlebot.knowledge.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens the first paragraph of wire and local copy: "LONG BEACH, Calif.
 * (AP) —", "FRANKFURT, Dec 4 (Reuters) -", "TULSA, Okla. (KTGN) —", "BOSTON —". The dateline stays
 * part of the paragraph's text; this only names the place and the agency in brackets.
 */
final class Datelines {

  /** The place ("LONG BEACH, Calif.") and what the brackets hold ("AP"), or "". */
  record Dateline(String place, String source) {}

  private static final Pattern DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?)"
              + "(?:,\\s+[^()—–-]{1,30}?)?\\s*(?:\\(([^)]{1,40})\\))?\\s*[—–-]{1,2}\\s+\\S");

  private Datelines() {}

  /** The dateline at the start of {@code paragraph}, if it opens with one. */
  static java.util.Optional<Dateline> read(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) return java.util.Optional.empty();
    String place = m.group(1).strip();
    String firstWord = place.split("[ ,]")[0];
    if (firstWord.length() < 2 || !firstWord.equals(firstWord.toUpperCase(java.util.Locale.ROOT))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Dateline(place, m.group(2) == null ? "" : m.group(2).strip()));
  }
}
