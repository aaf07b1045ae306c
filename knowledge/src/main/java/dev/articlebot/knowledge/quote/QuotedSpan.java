package dev.articlebot.knowledge.quote;

/**
 * A passage between double quotation marks in a paragraph.
 *
 * @param open offset of the opening mark
 * @param end offset after the closing mark, or the paragraph length when the quote is not closed in
 *     this paragraph (a quotation that runs on into the next paragraph)
 * @param closed whether a closing mark was found
 */
record QuotedSpan(int open, int end, boolean closed) {
  QuotedSpan {
    if (open < 0 || end <= open) throw new IllegalArgumentException("bad span");
  }

  /** Offset of the first character inside the marks. */
  int innerStart() {
    return open + 1;
  }

  /** Offset after the last character inside the marks. */
  int innerEnd() {
    return closed ? end - 1 : end;
  }

  /**
   * The quoted words, verbatim: without the marks, surrounding spaces, or the comma that hands over
   * to the attribution ("signals," -> "signals"). Empty when there are no words.
   */
  String words(String paragraph) {
    int s = innerStart();
    int e = innerEnd();
    while (s < e && Character.isWhitespace(paragraph.charAt(s))) s++;
    while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) e--;
    if (e > s && paragraph.charAt(e - 1) == ',') e--;
    while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) e--;
    return paragraph.substring(s, e);
  }
}
