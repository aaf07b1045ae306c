package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns cleaned lines of pasted text into logical lines, joining lines that a fixed-width wrap
 * broke.
 *
 * <p>A text is hard-wrapped when several lines break in mid-sentence (a line without end
 * punctuation followed by one that starts in lower case) and almost no line is longer than 100
 * characters; its wrap width is its longest line that breaks in mid-sentence. In such a text a line
 * no longer than that width continues on the next when the next line's first word would not have
 * fitted on it (except, where no blank lines separate paragraphs, when it ends a sentence and the
 * next starts one: that is as likely a paragraph's end, and a paragraph split in two loses nothing
 * where two glued would), or when it ends in a colon, comma, semicolon or dash. A longer line was
 * not wrapped at that width and ends where it ends. In a text whose paragraphs blank lines
 * separate, a line that ends in a colon, and holds no sentence before it, continues on a next line
 * of its block that opens with a quotation mark ("Kuhn added:" / "“We want…”"); a paragraph whose
 * last sentence ends in "said:" is one of its own. In any text, a line of eight or more words that
 * breaks in mid-sentence continues on a next line that starts in lower case. A blank line always
 * ends a logical line.
 *
 * <p>Guarantee: joining never drops or reorders text; it only replaces a line break by a space.
 */
final class HardWraps {

  private static final int MAX_WRAPPED_LENGTH = 100;

  /** A sentence ends inside the line: the line is a paragraph of its own, not a label. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?][”’\"']?\\s+\\p{Lu}");

  private HardWraps() {}

  /** The logical lines of {@code lines} (cleaned, trimmed, "" for blank). */
  static List<Line> join(List<String> lines) {
    Wrap wrap = wrap(lines);
    List<Line> out = new ArrayList<>();
    StringBuilder current = null;
    boolean blankBefore = true;
    boolean currentBlankBefore = true;
    String last = null;
    for (String line : lines) {
      if (line.isEmpty()) {
        if (current != null)
          out.add(new Line(current.toString(), Line.Markup.NONE, currentBlankBefore));
        current = null;
        blankBefore = true;
        continue;
      }
      if (current != null && continues(last, line, wrap)) {
        current.append(' ').append(line);
      } else {
        if (current != null)
          out.add(new Line(current.toString(), Line.Markup.NONE, currentBlankBefore));
        current = new StringBuilder(line);
        currentBlankBefore = blankBefore;
      }
      last = line;
      blankBefore = false;
    }
    if (current != null)
      out.add(new Line(current.toString(), Line.Markup.NONE, currentBlankBefore));
    return out;
  }

  /**
   * How a text is wrapped.
   *
   * @param width the width it was wrapped at, 0 when it is not hard-wrapped
   * @param blankSeparated whether blank lines separate its paragraphs (one line in eight or more is
   *     blank), so that a line break inside a block never ends a paragraph
   */
  record Wrap(int width, boolean blankSeparated) {}

  /**
   * The wrap of {@code lines}: hard-wrapped when two or more lines break in mid-sentence and no
   * more than one long line in ten is longer than 100 characters; the width is the longest line
   * that breaks in mid-sentence.
   */
  static Wrap wrap(List<String> lines) {
    int midSentenceBreaks = 0;
    int longLines = 0;
    int overlong = 0;
    int width = 0;
    int breaks = 0;
    int nonBlank = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isEmpty()) {
        if (nonBlank > 0 && lines.get(i - 1).isEmpty()) breaks++;
        nonBlank++;
      }
      if (LineShape.words(line) < 6) continue;
      longLines++;
      if (line.length() > MAX_WRAPPED_LENGTH) overlong++;
      if (i + 1 < lines.size() && breaksMidSentence(line, lines.get(i + 1))) {
        midSentenceBreaks++;
        if (line.length() <= MAX_WRAPPED_LENGTH) width = Math.max(width, line.length());
      }
    }
    boolean wrapped = midSentenceBreaks >= 2 && overlong * 10 <= longLines;
    return new Wrap(wrapped ? width : 0, breaks > 0 && breaks * 8 >= nonBlank);
  }

  private static boolean continues(String previous, String line, Wrap wrap) {
    if (wrap.blankSeparated()
        && LineShape.lastMark(previous) == ':'
        && !SENTENCE_INSIDE.matcher(previous).find()
        && LineShape.opensQuotation(line)) {
      return true; // "Kuhn added:" and the quotation it introduces, in one block
    }
    if (wrap.width() > 0 && previous.length() <= wrap.width()) {
      int nextWord = line.split("\\s+", 2)[0].length();
      boolean sentenceBreak =
          LineShape.endsLikeSentence(previous) && LineShape.startsLikeTitle(line);
      boolean ambiguous = sentenceBreak && !wrap.blankSeparated();
      if (previous.length() + 1 + nextWord > wrap.width() && !ambiguous) return true;
      char last = previous.charAt(previous.length() - 1);
      if (wrap.blankSeparated() && ":,;–—-".indexOf(last) >= 0) return true;
    }
    return LineShape.words(previous) >= 8 && breaksMidSentence(previous, line);
  }

  private static boolean breaksMidSentence(String line, String next) {
    return !next.isEmpty()
        && !LineShape.endsLikeSentence(line)
        && Character.isLowerCase(next.codePointAt(0));
  }
}
