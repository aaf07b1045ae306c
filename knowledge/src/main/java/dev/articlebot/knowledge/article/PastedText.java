package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text pasted from a web page into lines: unifies line breaks, turns non-breaking and other
 * exotic spaces into plain ones (they survive {@link String#strip()}), drops zero-width characters
 * and soft hyphens, trims each line and drops a magazine's end mark after a story's last sentence
 * ({@link LineShape#withoutEndMark}). Inner spacing is kept, so text stays verbatim. A text
 * browser's dump (Lynx, w3m: a "References" list of numbered addresses at its end) loses that list,
 * the link numbers it printed before each link's text ("By [15]Caitlin Moreau") and its lists of
 * links ("* [31]About Us"), which are its own marks, not the page's words. Text copied out of a
 * content system's editor (WordPress block comments, "[caption]" shortcodes) keeps its words and
 * loses the system's markup. What a site prints after its links for screen readers ("(link is
 * external)") goes. A shared document's comments pasted under its text lose their lines and the
 * letters that mark them in the text ("billion[a]"). A sentence a link broke over three lines is
 * one line again.
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
    boolean cms = WORDPRESS_BLOCK.matcher(text).find() || SHORTCODE_CAPTION.matcher(text).find();
    for (String line : text.split("\n", -1)) {
      if (cms) lines.addAll(withoutMarkup(line));
      else lines.add(LineShape.withoutEndMark(withoutScreenReaderMarks(line).strip()));
    }
    withoutCommentMarks(lines);
    joinLinksOnLinesOfTheirOwn(lines);
    int references = referencesList(lines);
    if (references < 0) return lines;
    List<String> out = new ArrayList<>(references);
    for (String line : lines.subList(0, references)) {
      // a menu's or a footer's link in a list ("* [31]About Us") is the browser's, no text
      out.add(LISTED_LINK.matcher(line).matches() ? "" : LINK_NUMBER.matcher(line).replaceAll(""));
    }
    return out;
  }

  /** A link in brackets that a paste set on a line of its own inside a sentence: "(WXF)". */
  private static final Pattern BRACKETED_LINK = Pattern.compile("^\\([^()]{1,24}\\)$");

  /** The fewest words of each part of a sentence that a link broke. */
  private static final int MIN_BROKEN_WORDS = 4;

  /**
   * Joins a sentence a link broke over lines ("… Shares of Wexford Bancorp" / "(WXF)" / "fell 3.1%
   * after …"): a link in brackets between a line of {@link #MIN_BROKEN_WORDS} words or more that
   * ends no sentence and one as long that goes on in lower case, no blank line between them. The
   * three are one line, joined by single spaces.
   */
  private static void joinLinksOnLinesOfTheirOwn(List<String> lines) {
    for (int i = 1; i + 1 < lines.size(); i++) {
      String before = lines.get(i - 1);
      String link = lines.get(i);
      String after = lines.get(i + 1);
      boolean broken =
          BRACKETED_LINK.matcher(link).matches()
              && LineShape.words(before) >= MIN_BROKEN_WORDS
              && !LineShape.endsLikeSentence(before)
              && LineShape.words(after) >= MIN_BROKEN_WORDS
              && Character.isLowerCase(after.codePointAt(0));
      if (broken) {
        lines.set(i - 1, before + " " + link + " " + after);
        lines.remove(i + 1);
        lines.remove(i);
        i--;
      }
    }
  }

  /**
   * What a site prints after a link for screen readers, copied with the text: "(link is external)",
   * "(opens in a new window)", "(external link)".
   */
  private static final Pattern SCREEN_READER_MARK =
      Pattern.compile(
          " ?\\((?i:link is external|opens? in (?:a )?new (?:tab|window)|external link"
              + "|link sends e-?mail)\\)");

  /** {@code line} without the marks a site prints after links for screen readers. */
  private static String withoutScreenReaderMarks(String line) {
    return line.indexOf('(') < 0 ? line : SCREEN_READER_MARK.matcher(line).replaceAll("");
  }

  /** A link of a list in a text browser's dump: "* [31]About Us", "+ [5]News". */
  private static final Pattern LISTED_LINK =
      Pattern.compile("^[*+o•]\\s+\\[\\d{1,4}\\][^\\[]{1,60}$");

  /**
   * A WordPress editor's block comment: "
   * <!-- wp:paragraph -->
   * ".
   */
  private static final Pattern WORDPRESS_BLOCK = Pattern.compile("(?m)^\\s*<!-- /?wp:");

  /** A caption shortcode: "[caption id=…]<img …/> Volunteers sort …[/caption]". */
  private static final Pattern SHORTCODE_CAPTION = Pattern.compile("\\[caption[^\\]]*\\]");

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern EMBED = Pattern.compile("\\[embed\\].*?\\[/embed\\]");
  private static final Pattern SHORTCODE = Pattern.compile("\\[/?[a-z_]+(?:\\s[^\\]]*)?\\]");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  /**
   * A line of a page's source as a content system's editor shows it, pasted as text: its words,
   * without block comments, shortcodes, embeds or tags, entities read; a pull quote's credit
   * ("<cite>Name</cite>") on a line of its own under it, as a dash and the name.
   */
  private static List<String> withoutMarkup(String line) {
    String s = COMMENT.matcher(line).replaceAll("");
    s = EMBED.matcher(s).replaceAll("");
    s = SHORTCODE.matcher(s).replaceAll("");
    s = s.replaceAll("(?i)<cite[^>]*>", "\n— ");
    s = TAG.matcher(s).replaceAll("");
    s = org.jsoup.parser.Parser.unescapeEntities(s, false);
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    List<String> out = new ArrayList<>();
    for (String part : s.split("\n", -1)) out.add(part.strip());
    return out;
  }

  /**
   * A comment of a shared document, pasted after its text with the letter that marks where it was
   * made: "[a]Gil Brandt: can we confirm this figure?".
   */
  private static final Pattern DOC_COMMENT =
      Pattern.compile("^\\[([a-z]{1,2})\\]\\s*\\p{Lu}[^:]{0,40}:\\s*\\S.*$");

  /**
   * A shared document's comments, pasted as text: each comment's line goes, and so does its letter
   * where the text carries it ("$1.14 billion[a] two-year budget"), which marks the comment, not
   * the story. Nothing happens unless a letter of a comment stands in the text.
   */
  private static void withoutCommentMarks(List<String> lines) {
    java.util.Set<String> marks = new java.util.HashSet<>();
    for (String line : lines) {
      java.util.regex.Matcher m = DOC_COMMENT.matcher(line);
      if (m.matches()) marks.add("[" + m.group(1) + "]");
    }
    if (marks.isEmpty()) return;
    boolean used = false;
    for (String line : lines) {
      if (DOC_COMMENT.matcher(line).matches()) continue;
      for (String mark : marks) used |= line.contains(mark);
    }
    if (!used) return;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (DOC_COMMENT.matcher(line).matches()) {
        lines.set(i, "");
        continue;
      }
      for (String mark : marks) line = line.replace(mark, "");
      lines.set(i, line);
    }
  }

  /** A text browser's number before a link's text: "[15]". */
  private static final Pattern LINK_NUMBER = Pattern.compile("\\[\\d{1,4}\\]");

  /** An item of a text browser's list of the page's links: "12. https://…". */
  private static final Pattern REFERENCE =
      Pattern.compile("^\\d{1,4}\\.\\s+(?:https?|mailto|file|ftp):\\S+$");

  /** The fewest numbered addresses a text browser's "References" list holds here. */
  private static final int MIN_REFERENCES = 3;

  /**
   * The line "References" that opens a text browser's list of the page's links (three numbered
   * addresses or more under it, "Visible links:" between them maybe), when link numbers stand in
   * the text above it; -1 otherwise.
   */
  private static int referencesList(List<String> lines) {
    for (int i = lines.size() - 1; i > 0; i--) {
      if (!lines.get(i).equals("References")) continue;
      int items = 0;
      for (int j = i + 1; j < lines.size() && j <= i + 3 + items; j++) {
        if (REFERENCE.matcher(lines.get(j)).matches()) items++;
      }
      if (items < MIN_REFERENCES) return -1;
      int numbers = 0;
      for (int j = 0; j < i; j++) {
        java.util.regex.Matcher m = LINK_NUMBER.matcher(lines.get(j));
        while (m.find()) numbers++;
      }
      return numbers >= MIN_REFERENCES ? i : -1;
    }
    return -1;
  }
}
