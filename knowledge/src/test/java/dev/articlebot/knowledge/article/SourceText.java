package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a page as its source holds it, read without the reader: for pasted text each line,
 * for HTML each block element's own text (its inline children included, nested blocks apart, two
 * line breaks in a row splitting it), cut into sentences at a full stop, question or exclamation
 * mark followed by a capital. A test holds the reader's output to these units.
 */
final class SourceText {

  /** One sentence (or sentence fragment, where a hard wrap broke it) of the source. */
  record Unit(int line, String text) {
    int words() {
      return text.split("\\s+").length;
    }
  }

  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern ODD_SPACES =
      Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.?!…][\"'”’)\\]]*\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\d])");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "figcaption",
          "figure",
          "blockquote",
          "div",
          "section",
          "article",
          "header",
          "main",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "footer",
          "nav",
          "aside",
          "form",
          "body",
          "details",
          "hr");
  private static final Set<String> NOT_TEXT =
      Set.of("script", "style", "noscript", "template", "svg", "head");

  private final List<String> lines;
  private final List<Unit> units = new ArrayList<>();

  private SourceText(List<String> lines) {
    this.lines = lines;
    for (int i = 0; i < lines.size(); i++) {
      for (String s : sentences(lines.get(i))) units.add(new Unit(i, s));
    }
  }

  /**
   * The source of a pasted page: one entry per non-blank line, without the quotation mark a line
   * quoted in a chat or a mail opens with, or the bold or italic marks a chat sets around a line.
   */
  static SourceText ofPastedText(String text) {
    List<String> lines = new ArrayList<>();
    // as the reader cleans it: a text browser's link numbers and references are no words of it
    for (String line : PastedText.lines(text)) {
      String n =
          normalise(
              line.replaceFirst("^\\s*>", "").replaceFirst("^\\s*([*_])([^*_]+)\\1\\s*$", "$2"));
      if (!n.isEmpty()) lines.add(n);
    }
    return new SourceText(lines);
  }

  /**
   * The source of a Markdown file: its lines after the front matter, as the page shows them (link
   * text without its address, no emphasis marks, no list or quotation markers, no pictures).
   */
  static SourceText ofMarkdown(String text) {
    String[] raw = text.split("\\r\\n|\\r|\\n");
    int from = 0;
    if (raw.length > 0 && raw[0].strip().equals("---")) {
      from = 1;
      while (from < raw.length && !raw[from].strip().equals("---")) from++;
      from++;
    }
    // marks first, over the whole text: a link's text may run over two lines
    String body =
        String.join(
            "\n", java.util.Arrays.asList(raw).subList(Math.min(from, raw.length), raw.length));
    body = body.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", " ");
    body = body.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      line = line.strip().replaceFirst("^(?:#{1,6}|>|[-*+]|\\d{1,3}[.)])\\s+", "");
      String n = normalise(MarkdownPage.inline(line));
      if (!n.isEmpty()) lines.add(n);
    }
    return new SourceText(lines);
  }

  /**
   * The source of an HTML page: one entry per block of text, in document order. A footnote's marker
   * (a {@code sup} linking to a note on the page) is no word of the sentence it follows.
   */
  static SourceText ofHtml(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("sup:has(> a[href^=#])").remove();
    List<String> lines = new ArrayList<>();
    collect(doc.body(), lines);
    return new SourceText(withHiddenStory(lines, doc));
  }

  /**
   * The visible lines with the paragraphs of the story that the page's JSON-LD gives ({@code
   * articleBody}, its paragraphs apart by blank lines) and the page does not show, each after the
   * line that shows the paragraph before it: a paywalled page's whole story is its source.
   */
  private static List<String> withHiddenStory(List<String> lines, Document doc) {
    List<String> out = new ArrayList<>(lines);
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String body;
      try {
        body =
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(script.data())
                .path("articleBody")
                .asText("");
      } catch (java.io.IOException e) {
        continue;
      }
      int at = -1;
      for (String paragraph : body.split("\\n\\s*\\n")) {
        String p = normalise(paragraph);
        if (p.isEmpty()) continue;
        int shown = -1;
        for (int i = 0; i < out.size(); i++) if (normalise(out.get(i)).contains(p)) shown = i;
        if (shown >= 0) {
          at = shown;
        } else if (at >= 0) {
          out.add(++at, p);
        }
      }
    }
    return out;
  }

  List<String> lines() {
    return lines;
  }

  List<Unit> units() {
    return units;
  }

  /** Lower-level text spacing made uniform: invisible characters out, any run of space one. */
  static String normalise(String text) {
    String t = INVISIBLE.matcher(text).replaceAll("");
    t = ODD_SPACES.matcher(t).replaceAll(" ");
    return t.replaceAll("\\s+", " ").strip();
  }

  /**
   * Where {@code paragraph} stands in the source: the first (or last) run of consecutive units that
   * joined with spaces (or, after a word cut by a hyphen, with none) equal it, as {@code [from,
   * to]}; null when the source does not hold it.
   */
  int[] find(String paragraph, boolean first) {
    String target = normalise(paragraph);
    int n = units.size();
    for (int k = 0; k < n; k++) {
      int i = first ? k : n - 1 - k;
      StringBuilder acc = new StringBuilder();
      for (int j = i; j < n; j++) {
        String next = units.get(j).text();
        int cut = acc.length() - 1;
        // a word a hard wrap cut with a hyphen ("com-" / "mittee") is whole in the paragraph
        boolean whole =
            cut > 0
                && acc.charAt(cut) == '-'
                && Character.isLetter(acc.charAt(cut - 1))
                && target.startsWith(acc.substring(0, cut) + next);
        // a drop cap pasted on a line of its own ("T" / "he ferry left") is its word's first letter
        boolean dropCap =
            acc.length() == 1
                && Character.isUpperCase(acc.charAt(0))
                && target.startsWith(acc + next);
        if (whole) acc.setLength(cut);
        else if (acc.length() > 0 && !dropCap) acc.append(' ');
        acc.append(next);
        String a = acc.toString();
        if (a.equals(target)) return new int[] {i, j};
        boolean cutAtEnd =
            a.length() > 1 && a.endsWith("-") && Character.isLetter(a.charAt(a.length() - 2));
        if (!target.startsWith(cutAtEnd ? a.substring(0, a.length() - 1) : a)) break;
      }
    }
    return null;
  }

  private static List<String> sentences(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(line);
    int start = 0;
    while (m.find()) {
      String s = line.substring(start, m.end()).strip();
      if (!s.isEmpty()) out.add(s);
      start = m.end();
    }
    String rest = line.substring(start).strip();
    if (!rest.isEmpty()) out.add(rest);
    return out;
  }

  private static void collect(Element element, List<String> out) {
    StringBuilder own = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        own.append(t.getWholeText());
      } else if (child instanceof Element e) {
        if (NOT_TEXT.contains(e.tagName())) continue;
        if (e.tagName().equals("br")) {
          own.append('\n');
        } else if (BLOCKS.contains(e.tagName())) {
          flush(own, out);
          collect(e, out);
        } else {
          inline(e, own);
        }
      }
    }
    flush(own, out);
  }

  private static void inline(Element element, StringBuilder own) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) own.append(t.getWholeText());
      else if (child instanceof Element e && !NOT_TEXT.contains(e.tagName())) {
        if (e.tagName().equals("br")) own.append('\n');
        else inline(e, own);
      }
    }
  }

  private static void flush(StringBuilder own, List<String> out) {
    for (String part : own.toString().split("\\n\\s*\\n")) {
      String n = normalise(part);
      if (!n.isEmpty()) out.add(n);
    }
    own.setLength(0);
  }
}
