package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file with YAML front matter, as note apps and browser clippers save a page, turned
 * into the reader's lines ({@link Line}) and what its front matter says ({@link PageMetadata}), so
 * that it is read by the same pipeline as a pasted page ({@link PageReader}): a clipped page brings
 * its navigation, share links and author notes along.
 *
 * <p>The front matter gives the title ({@code title}), the authors ({@code author} or {@code
 * authors}: one name, "A and B", or a list, "[[Name]]" links included), the dates ({@code
 * published} or {@code date}, {@code updated} or {@code modified}) and the address ({@code url},
 * {@code source} or {@code link}). In the text, the first {@code #} heading is the headline, deeper
 * headings are headings, a list item or a quotation block is a paragraph, the lines of a block of
 * plain text are one paragraph, and an italic line right under a picture is its caption. A
 * picture's alternative text is not shown on the page and is not read. Links keep their text;
 * emphasis, code marks and empty links are removed.
 *
 * <p>Guarantee: every line of the text other than pictures, rules and the front matter goes into
 * exactly one line of the page, with its words in order.
 */
final class MarkdownPage {

  private static final Pattern FRONT = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*)$");
  private static final Pattern LIST_VALUE = Pattern.compile("^\\s*-\\s+(.*)$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern EMPTY_LINK = Pattern.compile("\\[\\s*\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]+)\\]\\]");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+.!|>-])");
  private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
  private static final Pattern QUOTE_BLOCK = Pattern.compile("^>\\s?(.*)$");
  private static final Pattern ITALIC_LINE = Pattern.compile("^([*_])(?!\\s).*(?<!\\s)\\1$");

  private MarkdownPage() {}

  /**
   * Reads {@code lines}, cleaned, from the first that is not blank: the front matter's opening
   * "---", or the first heading of a file without front matter.
   */
  static PageLines parse(List<String> lines) {
    Map<String, List<String>> meta = new LinkedHashMap<>();
    boolean front = !lines.isEmpty() && lines.get(0).equals("---");
    int i = front ? 1 : 0;
    String key = null;
    for (; front && i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals("---") || line.equals("...")) {
        i++;
        break;
      }
      Matcher item = LIST_VALUE.matcher(line);
      Matcher m = FRONT.matcher(line);
      if (key != null && line.startsWith("-") && item.matches()) {
        meta.get(key).add(value(item.group(1)));
      } else if (m.matches()) {
        key = m.group(1).toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        if (!m.group(2).isBlank()) values.add(value(m.group(2)));
        meta.put(key, values);
      }
    }
    List<Line> out = new ArrayList<>();
    StringBuilder paragraphSource = new StringBuilder();
    boolean blankBefore = true;
    boolean headline = false;
    boolean afterPicture = false;
    for (; i < lines.size(); i++) {
      String raw = lines.get(i);
      boolean picture = IMAGE.matcher(raw).find();
      String visible = IMAGE.matcher(raw).replaceAll(" ").strip(); // a picture's text is not shown
      String plain = inline(visible);
      if (RULE.matcher(raw).matches() || plain.isEmpty()) {
        if (raw.isEmpty() || RULE.matcher(raw).matches()) blankBefore = true;
        afterPicture |= picture;
        continue;
      }
      Line.Markup markup = Line.Markup.NONE;
      String text = plain;
      Matcher h = HEADING.matcher(raw);
      Matcher li = LIST_ITEM.matcher(raw);
      Matcher q = QUOTE_BLOCK.matcher(raw);
      if (h.matches()) {
        text = inline(h.group(2));
        markup = h.group(1).length() == 1 && !headline ? Line.Markup.HEADLINE : Line.Markup.HEADING;
        headline |= markup == Line.Markup.HEADLINE;
      } else if (li.matches()) {
        text = inline(li.group(1));
        markup = Line.Markup.PARAGRAPH;
      } else if (q.matches()) {
        text = inline(q.group(1));
      } else if (afterPicture && ITALIC_LINE.matcher(raw).matches()) {
        markup = Line.Markup.CAPTION;
      }
      afterPicture = picture;
      if (text.isBlank()) continue;
      int last = out.size() - 1;
      if (!blankBefore
          && markup == Line.Markup.NONE
          && last >= 0
          && continues(out.get(last), raw)) {
        // a paragraph's lines are one paragraph, its marks read over them all ("[Friends of the" /
        // "Mill River](…)")
        Line previous = out.get(last);
        paragraphSource.append(' ').append(visible);
        out.set(
            last,
            new Line(
                inline(paragraphSource.toString()), previous.markup(), previous.blankBefore()));
        continue;
      }
      out.add(new Line(text, markup, blankBefore));
      paragraphSource.setLength(0);
      paragraphSource.append(visible);
      blankBefore = false;
    }
    List<String> authors = new ArrayList<>();
    for (String a : first(meta, "author", "authors", "byline")) {
      List<String> names = Bylines.names(a, true);
      authors.addAll(names.isEmpty() ? List.of(a) : names);
    }
    PageMetadata page =
        new PageMetadata(
            one(meta, "title"),
            authors,
            one(meta, "published", "date", "updated"),
            one(meta, "updated", "modified"),
            one(meta, "url", "source", "link"));
    return new PageLines(out, page);
  }

  /**
   * Whether {@code raw}, a line of plain text, goes on with the line before it in its block: a
   * Markdown paragraph is its lines joined, after a line of plain text or of a quotation block;
   * lines that each open with a field's label are fields, not one paragraph.
   */
  private static boolean continues(Line previous, String raw) {
    // a block of fields, each a label and its value ("Saved: …" / "Author: …"), stays a line each
    boolean fields = Fields.opensWithLabel(previous.text()) && Fields.opensWithLabel(inline(raw));
    return previous.markup() == Line.Markup.NONE && !raw.startsWith(">") && !fields;
  }

  /** The text of a line without its Markdown marks. */
  static String inline(String text) {
    String t = EMPTY_LINK.matcher(text).replaceAll("");
    t = WIKI_LINK.matcher(t).replaceAll("$1");
    t = LINK.matcher(t).replaceAll("$1");
    t = STRONG.matcher(t).replaceAll("$2");
    t = EMPHASIS.matcher(t).replaceAll("$2");
    t = CODE.matcher(t).replaceAll("$1");
    t = ESCAPE.matcher(t).replaceAll("$1");
    return t.strip();
  }

  private static String value(String raw) {
    String v = raw.strip();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      v = v.substring(1, v.length() - 1);
    }
    return WIKI_LINK.matcher(v).replaceAll("$1").strip();
  }

  private static List<String> first(Map<String, List<String>> meta, String... keys) {
    for (String k : keys) {
      List<String> v = meta.get(k);
      if (v != null && !v.isEmpty() && !v.get(0).isBlank()) return v;
    }
    return List.of();
  }

  private static String one(Map<String, List<String>> meta, String... keys) {
    List<String> v = first(meta, keys);
    return v.isEmpty() ? "" : v.get(0);
  }
}
