package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text pasted from a web page into lines: unifies line breaks, turns non-breaking and other
 * exotic spaces into plain ones (they survive {@link String#strip()}), drops zero-width characters
 * and soft hyphens, and trims each line. Inner spacing is kept, so text stays verbatim.
 */
final class PastedText {

  private static final Pattern ODD_SPACES =
      Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

  private PastedText() {}

  /** One entry per line of the input, cleaned and trimmed ("" for blank lines). */
  static List<String> lines(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    text = INVISIBLE.matcher(text).replaceAll("");
    text = ODD_SPACES.matcher(text).replaceAll(" ");
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) lines.add(line.strip());
    return lines;
  }
}
