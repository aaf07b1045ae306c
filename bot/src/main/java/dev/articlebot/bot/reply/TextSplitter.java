package dev.articlebot.bot.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into pieces that fit a platform's size limit (Discord's 2,000 characters, Slack's
 * 3,000 per section), at the best boundary available: a paragraph break, else a line break, else
 * the end of a sentence, else a space. A word is only ever cut when a single word is longer than
 * the limit (a very long link), which no boundary can avoid; even then never inside a surrogate
 * pair, after an escaping backslash, or inside an {@code &amp;}-style entity.
 */
public final class TextSplitter {
  private static final String ELLIPSIS = "…";

  private TextSplitter() {}

  /** {@code text} in pieces of at most {@code max} characters, in order, none blank. */
  public static List<String> split(String text, int max) {
    if (max < 2) throw new IllegalArgumentException("max must be >= 2");
    List<String> pieces = new ArrayList<>();
    String rest = text == null ? "" : text.strip();
    while (rest.length() > max) {
      int cut = cutPoint(rest, max);
      String piece = rest.substring(0, cut).stripTrailing();
      if (!piece.isEmpty()) pieces.add(piece);
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) pieces.add(rest);
    return pieces;
  }

  /**
   * {@code text} whole if it fits, else cut at the last space that leaves room for "…", with "…"
   * added.
   */
  public static String truncate(String text, int max) {
    if (max < 2) throw new IllegalArgumentException("max must be >= 2");
    String t = text == null ? "" : text.strip();
    if (t.length() <= max) return t;
    int limit = max - ELLIPSIS.length();
    int space = lastWhitespace(t, limit);
    int cut = space > 0 ? space : hardCut(t, limit);
    return t.substring(0, cut).stripTrailing() + ELLIPSIS;
  }

  /** Where to end the first piece of {@code s} (longer than {@code max}): its length. */
  static int cutPoint(String s, int max) {
    int third = max / 3; // a break is taken only if the piece keeps a third of the room
    int paragraph = s.lastIndexOf("\n\n", max);
    if (paragraph >= third) return paragraph;
    int line = s.lastIndexOf('\n', max);
    if (line >= third) return line;
    int sentence = lastSentenceEnd(s, max);
    if (sentence >= third) return sentence;
    int space = lastWhitespace(s, max);
    if (space > 0) return space;
    return hardCut(s, max);
  }

  /** The end (exclusive) of the last sentence that ends within {@code s[0, max)}, or -1. */
  private static int lastSentenceEnd(String s, int max) {
    for (int i = Math.min(max, s.length() - 1); i > 0; i--) {
      if (!Character.isWhitespace(s.charAt(i))) continue;
      int end = i;
      int j = i - 1;
      while (j > 0 && isCloser(s.charAt(j))) j--;
      if (isTerminal(s.charAt(j)) && end <= max) return end;
    }
    return -1;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ';' || c == '。' || c == '！'
        || c == '？';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  /** The index of the last whitespace at or before {@code max}, or -1. */
  private static int lastWhitespace(String s, int max) {
    for (int i = Math.min(max, s.length() - 1); i > 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) return i;
    }
    return -1;
  }

  /** A cut inside one over-long word: not in a surrogate pair, an escape, or an entity. */
  private static int hardCut(String s, int max) {
    int cut = max;
    int amp = s.lastIndexOf('&', cut - 1);
    if (amp > 0 && cut - amp < 6 && s.indexOf(';', amp) >= cut) cut = amp;
    if (cut > 1 && Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
    if (cut > 1 && s.charAt(cut - 1) == '\\') cut--;
    return cut;
  }
}
