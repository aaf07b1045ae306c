package dev.articlebot.knowledge.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown with YAML-style front matter ({@code title}, {@code author} (one name or "A and
 * B"), {@code url}, {@code published}, {@code updated}; also {@code date}, {@code dek}/{@code
 * subtitle}/{@code description}). {@code #} is the headline when the front matter has none, {@code
 * ##} and deeper start sections, images and their italic lines are captions, blank lines separate
 * paragraphs. Inline markup is removed.
 */
final class MarkdownArticleReader {

  private static final Pattern FRONT = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*)$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
  private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)\\]\\([^)]*\\)\\s*(.*)$");
  private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private final SentenceSplitter splitter;

  MarkdownArticleReader(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  Article read(String id, List<String> lines) {
    Map<String, String> meta = new LinkedHashMap<>();
    int i = 1;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals("---") || line.equals("...")) {
        i++;
        break;
      }
      Matcher m = FRONT.matcher(line);
      if (m.matches()) meta.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2)));
    }
    String title = meta.getOrDefault("title", "");
    String dek = first(meta, "dek", "subtitle", "description", "summary");
    BodyBuilder body = new BodyBuilder(splitter);
    StringBuilder paragraph = new StringBuilder();
    boolean afterImage = false;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        flush(paragraph, body);
        continue;
      }
      Matcher h = HEADING.matcher(line);
      Matcher img = IMAGE.matcher(line);
      if (h.matches()) {
        flush(paragraph, body);
        String text = inline(h.group(2));
        if (h.group(1).length() == 1 && title.isEmpty()) title = text;
        else if (h.group(1).length() > 1) body.heading(text);
        afterImage = false;
      } else if (img.matches()) {
        flush(paragraph, body);
        String caption = inline(img.group(2).isBlank() ? img.group(1) : img.group(2));
        if (!caption.isBlank()) body.caption(caption);
        afterImage = true;
      } else if (afterImage && paragraph.isEmpty() && isItalicLine(line)) {
        body.caption(inline(line));
        afterImage = false;
      } else {
        String text = inline(line.replaceFirst("^>\\s?", "").replaceFirst("^[-*+]\\s+", ""));
        if (!paragraph.isEmpty()) paragraph.append(' ');
        paragraph.append(text);
        afterImage = false;
      }
    }
    flush(paragraph, body);
    String author = meta.getOrDefault("author", "");
    List<String> authors = Bylines.names(author, true);
    if (authors.isEmpty() && !author.isBlank()) authors = List.of(author.strip());
    return new Article(
        id,
        title,
        dek,
        authors,
        "",
        author.isEmpty() ? "" : "By " + author,
        first(meta, "published", "date", "updated"),
        meta.getOrDefault("updated", ""),
        "",
        meta.getOrDefault("url", ""),
        body.paragraphs(),
        body.captions());
  }

  private static void flush(StringBuilder paragraph, BodyBuilder body) {
    String text = paragraph.toString().strip();
    if (!text.isEmpty()) body.paragraph(text);
    paragraph.setLength(0);
  }

  private static boolean isItalicLine(String line) {
    return (line.startsWith("*") && line.endsWith("*"))
        || (line.startsWith("_") && line.endsWith("_"));
  }

  static String inline(String text) {
    String t = LINK.matcher(text).replaceAll("$1");
    t = STRONG.matcher(t).replaceAll("$2");
    t = EMPHASIS.matcher(t).replaceAll("$2");
    t = CODE.matcher(t).replaceAll("$1");
    return t.strip();
  }

  private static String first(Map<String, String> meta, String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) return v;
    }
    return "";
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      v = v.substring(1, v.length() - 1);
    }
    return v;
  }
}
