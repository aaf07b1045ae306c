package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages: curly “…” and straight "…" marks. Whether a mark opens or closes is
 * decided by what surrounds it (an opener is followed by a word, a closer follows one), so a
 * mistyped closer such as {@code world,“ Xi said} still closes. Single quotes ‘…’ are left alone:
 * inside a double-quoted passage they are a nested quotation and stay part of it, and outside they
 * are mostly apostrophes.
 */
final class QuotationScanner {

  private static final String OPENING_CONTEXT = "([{—–-/‘'\"“”";

  List<QuotedSpan> scan(String text) {
    List<QuotedSpan> spans = new ArrayList<>();
    int depth = 0;
    int open = -1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '“' && c != '”' && c != '"' && c != '„') continue;
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < n ? text.charAt(i + 1) : ' ';
      boolean canOpen =
          !isSpace(after) && (isSpace(before) || OPENING_CONTEXT.indexOf(before) >= 0);
      boolean canClose = !isSpace(before) && !isLetterOrDigit(after);
      boolean opens;
      if (canOpen != canClose) {
        opens = canOpen;
      } else if (c == '"') {
        opens = depth == 0;
      } else {
        opens = c == '“' || c == '„';
      }
      if (opens) {
        if (depth == 0) open = i;
        depth++;
      } else if (depth > 0) {
        depth--;
        if (depth == 0) spans.add(new QuotedSpan(open, i + 1, true));
      }
    }
    if (depth > 0) spans.add(new QuotedSpan(open, n, false));
    return spans;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }
}
