package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.EmptyArticleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an article pasted from a web page as plain text, or written as Markdown with front matter.
 *
 * <p>Plain text: navigation junk ("Old Version", "Print", "Share"), a headline, an optional dek
 * (standfirst), a byline with an optional date ("By Yu Xiaodong Updated Jan.1"), photo captions,
 * section headings (short lines without end punctuation, followed by body text) and the body.
 * Blocks are separated by blank lines; a heading may sit directly on top of its first paragraph;
 * hard-wrapped paragraphs are joined.
 */
public final class ArticleParser {

  private static final Set<String> JUNK =
      Set.of(
          "old version",
          "new version",
          "print",
          "share",
          "email",
          "e-mail",
          "tweet",
          "comments",
          "comment",
          "advertisement",
          "ad",
          "read more",
          "related",
          "related articles",
          "related stories",
          "subscribe",
          "menu",
          "home",
          "back to top",
          "top",
          "facebook",
          "twitter",
          "linkedin",
          "whatsapp",
          "wechat",
          "weibo",
          "copy link",
          "save",
          "listen",
          "font size",
          "a a a",
          "a+ a-",
          "more",
          "next",
          "previous",
          "close",
          "search",
          "log in",
          "sign in",
          "sign up",
          "newsletter",
          "follow us",
          "share this article",
          "print this page");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:by|written by|words by|reporter:|author:)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_DATE =
      Pattern.compile(
          "\\s*(?:[|·,–—-]\\s*)?(?:updated|published|posted|last updated|first published)"
              + "(?:\\s+on)?\\s*:?\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?:\\((?:photo|photograph|image|picture|file photo|credit)s?\\b[^)]*\\)\\s*$)"
              + "|(?:^(?:photo|image|caption|pictured|above|top|file photo)\\s*[:|/])"
              + "|(?:\\b(?:photo|image) (?:by|credit|courtesy)\\b)"
              + "|(?:\\((?:xinhua|vcg|getty images|ap|reuters|afp|ic|cfp)\\)\\s*$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "^(?:©|copyright\\b|all rights reserved|editor:|editors:|source:|translated by\\b"
              + "|tags?:|share (?:on|this)\\b|click here\\b)",
          Pattern.CASE_INSENSITIVE);

  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * Parses {@code text}; {@code id} names the article. Markdown with front matter is recognised by
   * its leading {@code ---} line.
   *
   * @throws EmptyArticleException when no body paragraph is left
   */
  public Article parse(String id, String text) {
    List<String> lines = PastedText.lines(text);
    int first = 0;
    while (first < lines.size() && lines.get(first).isEmpty()) first++;
    Article article =
        first < lines.size() && lines.get(first).equals("---")
            ? new MarkdownArticleReader(splitter).read(id, lines.subList(first, lines.size()))
            : readPlain(id, lines);
    if (article.paragraphs().isEmpty()) throw new EmptyArticleException(id);
    return article;
  }

  private Article readPlain(String id, List<String> rawLines) {
    List<Unit> units = units(rawLines);
    Header header = header(units);
    Body body = new Body(splitter);
    for (int i = header.bodyStart; i < units.size(); i++) {
      Unit u = units.get(i);
      String line = u.text;
      if (isJunk(line) || BOILERPLATE.matcher(line).find()) continue;
      if (isCaption(line)) {
        body.caption(line);
      } else if (isHeading(units, i)) {
        body.heading(stripHeading(line));
      } else if (isTrailingJunk(units, i)) {
        continue;
      } else {
        body.paragraph(line);
      }
    }
    List<Caption> captions = new ArrayList<>();
    for (String c : header.captions) captions.add(new Caption(c, 0));
    captions.addAll(body.captions());
    return new Article(
        id,
        header.title,
        header.dek,
        header.author,
        header.byline,
        header.date,
        "",
        body.paragraphs(),
        captions);
  }

  // --- units: lines, with hard-wrapped blocks joined ---------------------------------------

  /** One logical line and whether the next logical line follows it without a blank line. */
  private record Unit(String text, boolean gluedToNext) {}

  private static List<Unit> units(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!block.isEmpty()) blocks.add(block);
        block = new ArrayList<>();
      } else {
        block.add(line);
      }
    }
    if (!block.isEmpty()) blocks.add(block);

    List<Unit> units = new ArrayList<>();
    for (List<String> b : blocks) {
      List<String> logical = joinHardWraps(b);
      for (int i = 0; i < logical.size(); i++) {
        units.add(new Unit(logical.get(i), i < logical.size() - 1));
      }
    }
    return units;
  }

  /**
   * Joins lines that were wrapped at a fixed width: a line that does not end a sentence, followed
   * by a line that starts in lower case or continues the sentence, inside a block of long lines.
   */
  private static List<String> joinHardWraps(List<String> block) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : block) {
      if (current != null && continues(current, line)) {
        current.append(' ').append(line);
      } else {
        if (current != null) out.add(current.toString());
        current = new StringBuilder(line);
      }
    }
    if (current != null) out.add(current.toString());
    return out;
  }

  private static boolean continues(CharSequence previous, String line) {
    String prev = previous.toString();
    if (PastedText.endsLikeSentence(prev)) return false;
    if (PastedText.words(prev) < 8) return false; // a heading or a short label, not a wrap
    char c = line.charAt(0);
    return Character.isLowerCase(c) || PastedText.words(prev) >= 10;
  }

  // --- header: title, dek, byline ------------------------------------------------------------

  private static final class Header {
    String title = "";
    String dek = "";
    String author = "";
    String byline = "";
    String date = "";
    final List<String> captions = new ArrayList<>();
    int bodyStart;
  }

  private static Header header(List<Unit> units) {
    Header h = new Header();
    int byline = -1;
    for (int i = 0; i < Math.min(units.size(), 12); i++) {
      if (bylineMatcher(units.get(i).text) != null) {
        byline = i;
        break;
      }
    }
    List<String> before = new ArrayList<>();
    int limit = byline >= 0 ? byline : units.size();
    for (int i = 0; i < limit; i++) {
      String t = units.get(i).text;
      if (byline < 0 && !before.isEmpty() && looksLikeBody(t)) break;
      if (!isJunk(t) && !isCaption(t)) before.add(t);
    }
    if (byline >= 0) {
      h.byline = units.get(byline).text;
      Matcher m = bylineMatcher(h.byline);
      String rest = m.group(1).strip();
      Matcher d = BYLINE_DATE.matcher(rest);
      if (d.find()) {
        h.date = d.group(1).strip();
        rest = rest.substring(0, d.start()).strip();
      }
      h.author = rest.replaceAll("[,|·–—-]+$", "").strip();
    }
    // The dek is the last sentence-like line before the byline; the title the line before it.
    if (!before.isEmpty()) {
      int last = before.size() - 1;
      if (before.size() >= 2 && PastedText.words(before.get(last)) >= 8) {
        h.dek = before.get(last);
        h.title = before.get(last - 1);
      } else {
        h.title = before.get(last);
      }
    }
    int start;
    if (byline >= 0) {
      start = byline + 1;
    } else {
      start = 0;
      while (start < units.size()
          && (isJunk(units.get(start).text)
              || units.get(start).text.equals(h.title)
              || units.get(start).text.equals(h.dek))) {
        start++;
      }
    }
    // Captions and date lines right under the byline belong to the header.
    while (start < units.size()) {
      String t = units.get(start).text;
      if (isCaption(t)) {
        h.captions.add(t);
      } else if (h.date.isEmpty() && BYLINE_DATE.matcher(t).matches() && PastedText.words(t) <= 6) {
        Matcher d = BYLINE_DATE.matcher(t);
        if (d.find()) h.date = d.group(1).strip();
      } else if (!isJunk(t)) {
        break;
      }
      start++;
    }
    h.bodyStart = start;
    return h;
  }

  private static Matcher bylineMatcher(String line) {
    if (PastedText.words(line) > 16) return null;
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) return null;
    String rest = m.group(1);
    return Character.isUpperCase(rest.charAt(0)) ? m : null;
  }

  private static boolean looksLikeBody(String line) {
    return PastedText.words(line) >= 25 && PastedText.endsLikeSentence(line);
  }

  // --- classification ---------------------------------------------------------------------

  private static boolean isJunk(String line) {
    String t = line.toLowerCase(Locale.ROOT).replaceAll("[\\s|·•>»]+", " ").strip();
    return t.isEmpty() || JUNK.contains(t);
  }

  private static boolean isCaption(String line) {
    return PastedText.words(line) <= 80 && CAPTION.matcher(line).find();
  }

  /** A short line with no end punctuation, directly followed by body text. */
  private static boolean isHeading(List<Unit> units, int i) {
    String line = units.get(i).text;
    if (PastedText.words(line) > 8 || line.length() > 70) return false;
    if (PastedText.endsLikeSentence(line)) return false;
    if (line.startsWith("“") && !line.endsWith("’") && !line.endsWith("”")) return false;
    for (int j = i + 1; j < units.size(); j++) {
      String next = units.get(j).text;
      if (isJunk(next) || isCaption(next)) continue;
      return PastedText.words(next) >= 8;
    }
    return false;
  }

  /** Short unpunctuated lines after the last real paragraph ("Print", "Share this", tags). */
  private static boolean isTrailingJunk(List<Unit> units, int i) {
    String line = units.get(i).text;
    if (PastedText.endsLikeSentence(line) || PastedText.words(line) > 6) return false;
    for (int j = i + 1; j < units.size(); j++) {
      if (PastedText.words(units.get(j).text) >= 8) return false;
    }
    return true;
  }

  private static String stripHeading(String line) {
    return line.replaceAll("^#+\\s*", "").strip();
  }

  /** Collects paragraphs under the current heading, and the captions between them. */
  static final class Body {
    private final SentenceSplitter splitter;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private String section = "";

    Body(SentenceSplitter splitter) {
      this.splitter = splitter;
    }

    void heading(String heading) {
      section = heading;
    }

    void caption(String text) {
      captions.add(new Caption(text, paragraphs.size()));
    }

    void paragraph(String text) {
      paragraphs.add(new Paragraph(paragraphs.size() + 1, section, text, splitter.split(text)));
    }

    List<Paragraph> paragraphs() {
      return paragraphs;
    }

    List<Caption> captions() {
      return captions;
    }
  }
}
