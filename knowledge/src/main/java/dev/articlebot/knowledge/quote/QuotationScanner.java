package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: double quotes (curly “…” and straight "…"), single quotes (British ‘…’,
 * and straight '…') and guillemets («…»). Guarantees:
 *
 * <ul>
 *   <li>Whether a double mark opens or closes is decided by what surrounds it (an opener is
 *       followed by a word, a closer follows one), so a mistyped closer such as {@code world,“ Lim
 *       said} still closes.
 *   <li>A passage of one family may hold passages of the other, which stay part of it: ‘It said “we
 *       hit a rock”,’ is one passage, and so is “When she asked, ‘Is it salt?’ I laughed.”
 *   <li>’ is also the apostrophe. A single quote opens only with ‘ (or ') at the start of a word,
 *       and closes with the first ’ (or ') that ends a word and is not followed by a letter,
 *       passing over a plural possessive ("the workers’ pay") when a later mark closes it. A ‘ that
 *       never closes is an apostrophe ("‘til"), unless it opens the paragraph or follows a colon
 *       ("Prytherch said: ‘Every time …"): that is a quotation running on into the next paragraph,
 *       as an unclosed double quote is anywhere.
 * </ul>
 */
final class QuotationScanner {

  private static final String OPENING_CONTEXT = "([{—–-/‘'\"“”«";

  List<QuotedSpan> scan(String text) {
    List<QuotedSpan> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      QuotedSpan span = null;
      if (isDouble(c) && opensDouble(text, i, 0)) {
        span = doubleFrom(text, i);
      } else if (c == '«') {
        span = guillemetsFrom(text, i);
      } else if (opensSingle(text, i)) {
        span = singleFrom(text, i);
      }
      if (span == null) {
        i++;
      } else {
        spans.add(span);
        i = span.end();
      }
    }
    return spans;
  }

  private static boolean isDouble(char c) {
    return c == '“' || c == '”' || c == '"' || c == '„';
  }

  private static boolean isSingleOpen(char c) {
    return c == '‘' || c == '\'';
  }

  private static boolean isSingleClose(char c) {
    return c == '’' || c == '\'';
  }

  /** Whether the double mark at {@code i} opens, at nesting {@code depth}. */
  private static boolean opensDouble(String text, int i, int depth) {
    char c = text.charAt(i);
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean canOpen = !isSpace(after) && (isSpace(before) || OPENING_CONTEXT.indexOf(before) >= 0);
    boolean canClose = !isSpace(before) && !Character.isLetterOrDigit(after);
    if (canOpen != canClose) return canOpen;
    if (c == '"') return depth == 0;
    return c == '“' || c == '„';
  }

  /** The double-quoted passage opening at {@code open}; single marks inside are nested. */
  private static QuotedSpan doubleFrom(String text, int open) {
    int depth = 1;
    for (int i = open + 1; i < text.length(); i++) {
      if (!isDouble(text.charAt(i))) continue;
      if (opensDouble(text, i, depth)) {
        depth++;
      } else if (--depth == 0) {
        return new QuotedSpan(open, i + 1, true);
      }
    }
    return new QuotedSpan(open, text.length(), false);
  }

  /**
   * The passage between guillemets opening at {@code open} («…», as French, Spanish and Italian
   * papers print quotations, and translations of them keep), nested ones inside it; to the end of
   * the paragraph when no » closes it.
   */
  private static QuotedSpan guillemetsFrom(String text, int open) {
    int depth = 1;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '«') depth++;
      else if (c == '»' && --depth == 0) return new QuotedSpan(open, i + 1, true);
    }
    return new QuotedSpan(open, text.length(), false);
  }

  /** A ‘ (or ') at the start of a word, before a letter, digit or opening mark. */
  private static boolean opensSingle(String text, int i) {
    char c = text.charAt(i);
    if (!isSingleOpen(c) || i + 1 >= text.length()) return false;
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = text.charAt(i + 1);
    if (!(isSpace(before) || OPENING_CONTEXT.indexOf(before) >= 0)) return false;
    if (c == '\'') return Character.isLetter(after);
    return Character.isLetterOrDigit(after) || isDouble(after) || after == '…';
  }

  /** A ’ (or ') that ends a word and is not followed by a letter or digit. */
  private static boolean closesSingle(String text, int i) {
    if (!isSingleClose(text.charAt(i))) return false;
    char before = text.charAt(i - 1);
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return !isSpace(before) && !Character.isLetterOrDigit(after);
  }

  /** "workers’ pay": a mark after an s, then a space and a word. */
  private static boolean looksPossessive(String text, int i) {
    char before = text.charAt(i - 1);
    return (before == 's' || before == 'S')
        && i + 2 < text.length()
        && isSpace(text.charAt(i + 1))
        && Character.isLetter(text.charAt(i + 2));
  }

  /** The single-quoted passage opening at {@code open}, or null when the mark is an apostrophe. */
  private static QuotedSpan singleFrom(String text, int open) {
    int possessive = -1;
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isDouble(c) && opensDouble(text, i, 0)) {
        i = doubleFrom(text, i).end();
        continue;
      }
      if (closesSingle(text, i)) {
        if (!looksPossessive(text, i)) return new QuotedSpan(open, i + 1, true);
        if (possessive < 0) possessive = i;
      }
      i++;
    }
    if (possessive >= 0) return new QuotedSpan(open, possessive + 1, true);
    String before = text.substring(0, open).strip();
    if (before.isEmpty() || before.endsWith(":")) {
      return new QuotedSpan(open, text.length(), false);
    }
    return null;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
