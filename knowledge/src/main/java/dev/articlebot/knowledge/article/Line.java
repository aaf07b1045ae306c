package dev.articlebot.knowledge.article;

/**
 * One logical line of a page: a line of pasted text with its hard wraps joined, or one block of an
 * HTML page.
 *
 * @param text the line, trimmed, never empty
 * @param markup what the page's markup says the line is, {@link Markup#NONE} for pasted text
 * @param blankBefore whether a blank line comes before it in pasted text (always false in HTML)
 */
record Line(String text, Markup markup, boolean blankBefore) {

  /** What an HTML element says about its text. */
  enum Markup {
    NONE,
    /** {@code h1} */
    HEADLINE,
    /** {@code h2}–{@code h6} */
    HEADING,
    /** {@code figcaption} */
    CAPTION,
    /** {@code p}, {@code li}, {@code blockquote} */
    PARAGRAPH,
    /** A row of a table, its cells in order joined by single spaces: a paragraph of its own. */
    ROW
  }

  Line {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("a line has text");
  }
}
