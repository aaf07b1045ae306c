package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article that someone pasted as a quotation: copied out of a chat message or a mail reply
 * in which every line of the story starts with "&gt; ", between the sharer's note, the link's
 * preview and the replies.
 *
 * <p>Guarantee: only a text most of whose words sit on quoted lines changes, and then it becomes
 * its quoted lines alone, each without its first quotation mark; a text with a quoted passage or
 * two (a pull quote in Markdown, a quoted reply in a mail) is left as it is.
 */
final class QuotedBlock {

  /** The least share of a text's words on quoted lines for the quotation to be the article. */
  private static final double MOST = 0.6;

  /** The fewest quoted lines that can hold an article. */
  private static final int MIN_LINES = 5;

  private QuotedBlock() {}

  /** {@code lines} (stripped), or their quotation alone when it holds most of their words. */
  static List<String> unquote(List<String> lines) {
    int quoted = 0;
    int quotedLines = 0;
    int all = 0;
    for (String line : lines) {
      int words = LineShape.words(line);
      all += words;
      if (isQuoted(line)) {
        quoted += words;
        quotedLines++;
      }
    }
    if (quotedLines < MIN_LINES || quoted < MOST * all) return lines;
    List<String> out = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (isQuoted(line)) {
        out.add(line.substring(1).strip());
        inside = true;
      } else if (line.isEmpty() && inside) {
        out.add(""); // a blank line between quoted paragraphs, where the quoting left none
      }
    }
    return out;
  }

  private static boolean isQuoted(String line) {
    return line.startsWith(">");
  }
}
