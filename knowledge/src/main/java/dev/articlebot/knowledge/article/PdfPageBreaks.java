package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a document saved as PDF prints where its pages break, once copied back out as text:
 * a release's "-more-" at the foot of a page, the page count ("Page 1 of 3"), and the letterhead
 * the next page repeats at its top; a paragraph the break cut in two reads on.
 *
 * <p>Guarantee: nothing changes unless the text has a page count (not an embedded viewer's) or a
 * "-more-" line; then only those lines go, with the blank lines around them and the lines that
 * repeat the text's first block (its letterhead) right after them; a paragraph that ends without a
 * sentence's end before the break and goes on in lower case after it is joined back. No other line
 * is dropped or moved.
 */
final class PdfPageBreaks {

  /** "-more-", "- more -", "(more)", "MORE": a release's mark that its text goes on overleaf. */
  private static final Pattern MORE =
      Pattern.compile("^(?:-\\s*more\\s*-|\\(more\\)|more)$", Pattern.CASE_INSENSITIVE);

  /** "Page 1 of 3", alone on its line. */
  private static final Pattern PAGE_COUNT =
      Pattern.compile("^Page \\d{1,3} of \\d{1,3}$", Pattern.CASE_INSENSITIVE);

  /** "— Page 3 —", as an e-reader's export marks where its page turns, alone on its line. */
  private static final Pattern PAGE_TURN =
      Pattern.compile("^[—–-]{1,2}\\s*Page \\d{1,4}\\s*[—–-]{1,2}$", Pattern.CASE_INSENSITIVE);

  /** The most lines of a letterhead a page repeats at its top. */
  private static final int MAX_LETTERHEAD_LINES = 8;

  private PdfPageBreaks() {}

  /** {@code lines} (cleaned, trimmed) without page breaks' marks. */
  static List<String> strip(List<String> lines) {
    if (lines.stream().noneMatch(PdfPageBreaks::isMark)) return lines;
    List<String> letterhead = letterhead(lines);
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      if (!isBreak(lines, i)) {
        out.add(lines.get(i++));
        continue;
      }
      // the break: its marks, blank lines and the repeated letterhead, up to the next text
      while (i < lines.size() && (isMark(lines.get(i)) || lines.get(i).isEmpty())) i++;
      int k = 0;
      while (k < letterhead.size()
          && i + k < lines.size()
          && lines.get(i + k).equals(letterhead.get(k))) {
        k++;
      }
      if (k == letterhead.size()) i += k;
      while (i < lines.size() && lines.get(i).isEmpty()) i++;
      // the paragraph the break cut: its last line before, its next line after, no blank between
      int last = out.size() - 1;
      while (last >= 0 && out.get(last).isEmpty()) last--;
      boolean cut =
          last >= 0
              && i < lines.size()
              && !LineShape.endsLikeSentence(out.get(last))
              && Character.isLowerCase(lines.get(i).codePointAt(0));
      while (out.size() > last + 1) out.remove(out.size() - 1);
      if (!cut) out.add("");
    }
    return out;
  }

  private static boolean isMark(String line) {
    return MORE.matcher(line).matches()
        || PAGE_COUNT.matcher(line).matches()
        || PAGE_TURN.matcher(line.strip()).matches();
  }

  /**
   * Whether line {@code i} marks a page break: "-more-", or a page count that is no embedded
   * viewer's counter ({@link #isViewerCounter}).
   */
  private static boolean isBreak(List<String> lines, int i) {
    String line = lines.get(i);
    if (MORE.matcher(line).matches() || PAGE_TURN.matcher(line.strip()).matches()) return true;
    return PAGE_COUNT.matcher(line).matches() && !isViewerCounter(lines, i);
  }

  /**
   * Whether line {@code i} is an embedded document viewer's page counter: a page count with two or
   * more of the viewer's tools in the four lines under it ("Page 1 of 42" / "Zoom" / "–" / "+" /
   * "Previous").
   */
  static boolean isViewerCounter(List<String> lines, int i) {
    if (!PAGE_COUNT.matcher(lines.get(i).strip()).matches()) return false;
    int tools = 0;
    for (int k = i + 1; k < lines.size() && k <= i + VIEWER_LINES; k++) {
      String line = lines.get(k);
      if (line != null && !line.isBlank() && Boilerplate.test(line)) tools++;
    }
    return tools >= MIN_VIEWER_TOOLS;
  }

  /** How far under a page count a viewer's tools are looked for, and how many make a viewer. */
  private static final int VIEWER_LINES = 4;

  private static final int MIN_VIEWER_TOOLS = 2;

  /** The text's first block of lines, when it is a letterhead's size. */
  private static List<String> letterhead(List<String> lines) {
    int from = 0;
    while (from < lines.size() && lines.get(from).isEmpty()) from++;
    int to = from;
    while (to < lines.size() && !lines.get(to).isEmpty()) to++;
    int size = to - from;
    return size >= 2 && size <= MAX_LETTERHEAD_LINES ? lines.subList(from, to) : List.of();
  }
}
