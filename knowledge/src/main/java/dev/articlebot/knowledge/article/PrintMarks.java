package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a browser prints around each page of a story saved as PDF and copied back out: the
 * header ("12/3/26, 9:14 AM Nurses say … | The Courier") and the footer (the page's address and
 * "1/4").
 *
 * <p>Guarantee: only a text with a footer (an address and a page count, alone on a line) loses
 * lines, and then only lines of those two shapes, so a paragraph that a page break cut in two reads
 * on; nothing else is dropped or changed.
 */
final class PrintMarks {

  /** The footer: the page's address and the page count. */
  private static final Pattern FOOTER =
      Pattern.compile("^(?:https?://\\S+|file:\\S+|about:blank)\\s+\\d{1,3}/\\d{1,3}$");

  /** The header: the date and time of printing, then the page's title. */
  private static final Pattern HEADER =
      Pattern.compile(
          "^\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+\\S.*)?$");

  private PrintMarks() {}

  /** {@code lines} without print headers and footers. */
  static List<String> strip(List<String> lines) {
    if (lines.stream().noneMatch(l -> FOOTER.matcher(l).matches())) return lines;
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (!FOOTER.matcher(line).matches() && !HEADER.matcher(line).matches()) out.add(line);
    }
    return out;
  }
}
