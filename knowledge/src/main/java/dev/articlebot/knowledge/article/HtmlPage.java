package dev.articlebot.knowledge.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page saved from a browser, read with jsoup into the lines the reader's pipeline takes and
 * the metadata the page carries.
 *
 * <p>The article is the {@code <article>} element with the most paragraph text (else {@code <main>}
 * or the element marked {@code itemprop=articleBody}, else the body), widened to hold the headline
 * when the headline stands above it. The headline is the {@code h1} that the metadata's headline
 * names, so a site's logo set in an {@code h1} is not taken for it. Inside the article, what is
 * never the story is removed: scripts, forms, buttons, {@code nav}, {@code aside}, {@code footer},
 * hidden elements, footnotes' markers, links that download a file, and elements whose class or id
 * names page furniture (share tools, related links, newsletters, ads, comments, pull quotes,
 * consent banners); an element whose name only may be furniture (tags, bio, more, a hidden class)
 * stays when it holds two long paragraphs, and wrappers for subscribers, screen sizes or floats
 * stay. Each block element then gives one line, marked with what it is: the headline, {@code
 * h1}–{@code h6} headings, {@code figcaption} captions, {@code p}, {@code li} and {@code
 * blockquote} paragraphs; inline elements ({@code time}, links, emphasis) stay inside their line.
 *
 * <p>Metadata: the headline from {@code og:title} or JSON-LD, the authors from JSON-LD {@code
 * author} (people, not organisations), {@code meta name=author} or a non-URL {@code
 * article:author}, the dates from {@code article:published_time} / {@code article:modified_time} or
 * JSON-LD, and the canonical URL. The visible byline and dates come first; the metadata fills what
 * they do not say.
 */
final class HtmlPage {

  private static final Set<String> DROPPED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "form",
          "button",
          "input",
          "select",
          "textarea",
          "nav",
          "aside",
          "footer",
          "dialog",
          "img",
          "picture",
          "video",
          "audio",
          "source",
          "object",
          "embed",
          "menu");

  /** Blocks that hold running text: what stands inside them is part of their line. */
  private static final Set<String> TEXT_BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "dt",
          "dd",
          "figcaption",
          "blockquote",
          "pre",
          "td",
          "th");

  private static final Set<String> BLOCK_TAGS =
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
          "hr",
          "details");

  /**
   * Words of a class or id that name what is never the story: share tools, related links,
   * newsletters, advertisements, comments, consent banners, navigation. Matched as whole words of
   * the name ("ad-slot", "share-tools", "relatedLinks"); an element so named is removed unless it
   * holds the headline or four tenths of the article's text.
   */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "share",
          "sharing",
          "related",
          "newsletter",
          "newsletters",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "ad",
          "ads",
          "sponsor",
          "sponsored",
          "comments",
          "consent",
          "cookie",
          "cookies",
          "breadcrumb",
          "breadcrumbs",
          "subscribe",
          "signup",
          "cta",
          "footnote",
          "footnotes",
          "toolbar",
          "popular",
          "recommended",
          "recommendations",
          "trending",
          "readmore",
          "pullquote",
          "nav",
          "navigation",
          "menu",
          "footer",
          "skip");

  /** Names distinctive enough to find inside a longer word ("jp-relatedposts", "sharedaddy"). */
  private static final Set<String> FURNITURE_PARTS =
      Set.of("relatedposts", "sharedaddy", "outbrain", "taboola", "pullquote");

  /**
   * Words of a class or id that often, not always, name furniture ("tags", "bio", "more", a ratings
   * box, a "hidden" element): an element so named is removed unless it holds two paragraphs of
   * {@link #LONG_P_WORDS} words or more, which only the story has.
   */
  private static final Set<String> WEAK_FURNITURE_WORDS =
      Set.of(
          "social",
          "promo",
          "promos",
          "comment",
          "tags",
          "tag",
          "bio",
          "tools",
          "more",
          "contact",
          "modal",
          "popup",
          "paywall",
          "hidden",
          "rating",
          "ratings",
          "disclaimer");

  /** Screen-reader-only text ("sr-only", "visually-hidden", "screen-reader-text"). */
  private static final Pattern SCREEN_READER_ONLY =
      Pattern.compile("(?:sr|visually|screen-reader)[-_](?:only|hidden|text)");

  /**
   * Class words of inline elements set apart from their neighbours ({@code Flattener#setApart}).
   */
  private static final Set<String> SET_APART = Set.of("label", "value", "credit", "credits");

  private static final int LONG_P_WORDS = 12;
  private static final Pattern TOKEN_SPLIT = Pattern.compile("\\s+");
  private static final Pattern WORD_SPLIT = Pattern.compile("[_-]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "opinionnewsarticle",
          "analysisnewsarticle",
          "backgroundnewsarticle",
          "blogposting",
          "liveblogposting",
          "report",
          "scholarlyarticle",
          "techarticle",
          "socialmediaposting");
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlPage() {}

  static PageLines parse(String html) {
    Document doc = Jsoup.parse(html);
    List<JsonNode> articles = jsonLdArticles(doc);
    PageMetadata meta = metadata(doc, articles);
    Element root = articleRoot(doc);
    Element headline = headline(doc, root, titles(doc, articles), articles);
    if (headline != null && !headline.parents().contains(root)) {
      root = commonAncestor(root, headline); // the headline and byline sit above the text's element
    }
    prune(root, headline);
    List<Line> lines = new ArrayList<>();
    new Flattener(lines, headline).walk(root, Line.Markup.NONE);
    return new PageLines(withHiddenBody(lines, articleBody(articles)), meta);
  }

  /**
   * The article objects of the page's JSON-LD blocks, each block read once ({@link #articleNode}):
   * what the headline, the site's names, the metadata and the hidden story are read from.
   */
  private static List<JsonNode> jsonLdArticles(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode article = articleNode(script.data());
      if (article != null) out.add(article);
    }
    return out;
  }

  /**
   * The story's text as the page's JSON-LD gives it ({@code articleBody}), "" when it gives none.
   */
  private static String articleBody(List<JsonNode> articles) {
    for (JsonNode article : articles) {
      if (article.path("articleBody").isTextual()) return article.path("articleBody").asText("");
    }
    return "";
  }

  /** The least share of the story a page may hide behind its paywall for its metadata to count. */
  private static final double MIN_HIDDEN_SHARE = 0.5;

  /** The most sentences of a paragraph made from a story the metadata gives without breaks. */
  private static final int SENTENCES_PER_PARAGRAPH = 3;

  /**
   * The page's lines with the rest of its story, when the page shows only its start (a paywall) and
   * its metadata holds the whole ({@code articleBody}): the paragraphs after the last one shown, in
   * the metadata's breaks, or, where it has none, three sentences to a paragraph. Nothing is added
   * unless a paragraph shown is found in the metadata's text and at least half of that text is not
   * shown.
   */
  static List<Line> withHiddenBody(List<Line> lines, String body) {
    String text = body.strip();
    if (text.isEmpty()) return lines;
    int shownWords = 0;
    int last = -1; // the last line shown that the metadata's text holds
    int end = -1; // where that line ends in the metadata's text
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.markup() != Line.Markup.PARAGRAPH) continue;
      int at = text.indexOf(line.text());
      if (at < 0) continue;
      shownWords += LineShape.words(line.text());
      if (at + line.text().length() > end) {
        last = i;
        end = at + line.text().length();
      }
    }
    if (last < 0) return lines;
    String rest = text.substring(end).strip();
    int words = LineShape.words(text);
    if (rest.isEmpty() || words - shownWords < words * MIN_HIDDEN_SHARE) return lines;
    List<String> paragraphs = new ArrayList<>();
    if (rest.contains("\n")) {
      for (String p : rest.split("\\s*\\n\\s*(?:\\n\\s*)*")) {
        if (!p.isBlank()) paragraphs.add(p.replaceAll("\\s+", " ").strip());
      }
    } else {
      List<Sentence> sentences = SPLITTER.split(rest);
      for (int k = 0; k < sentences.size(); k += SENTENCES_PER_PARAGRAPH) {
        StringBuilder p = new StringBuilder();
        for (Sentence sentence :
            sentences.subList(k, Math.min(sentences.size(), k + SENTENCES_PER_PARAGRAPH))) {
          if (p.length() > 0) p.append(' ');
          p.append(sentence.text());
        }
        paragraphs.add(p.toString());
      }
    }
    List<Line> out = new ArrayList<>(lines.subList(0, last + 1));
    for (String p : paragraphs) out.add(new Line(p, Line.Markup.PARAGRAPH, false));
    out.addAll(lines.subList(last + 1, lines.size()));
    return out;
  }

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** What the page's metadata calls its headline: og:title, twitter:title, JSON-LD headline. */
  private static List<String> titles(Document doc, List<JsonNode> articles) {
    List<String> titles = new ArrayList<>();
    for (String t :
        List.of(meta(doc, "property", "og:title"), meta(doc, "name", "twitter:title"))) {
      if (!t.isEmpty()) titles.add(t);
    }
    for (JsonNode article : articles) {
      if (!article.path("headline").asText("").isBlank()) {
        titles.add(article.path("headline").asText());
      }
    }
    return titles;
  }

  /**
   * The story's headline: the first {@code h1} that the metadata's headline names; else the first
   * {@code h1} of the article element; else the first {@code h1} of the page that is not the site's
   * name (a logo set in an {@code h1}); null when there is none.
   */
  private static Element headline(
      Document doc, Element root, List<String> titles, List<JsonNode> articles) {
    for (Element h1 : doc.body().select("h1")) {
      for (String t : titles) if (sameTitle(h1.text(), t)) return h1;
    }
    if (root != doc.body()) {
      Element inRoot = root.selectFirst("h1");
      if (inRoot != null) return inRoot;
    }
    Set<String> site = siteNames(doc, articles);
    for (Element h1 : doc.body().select("h1")) {
      String n = LineShape.normalised(h1.text());
      if (!n.isEmpty() && !site.contains(n)) return h1;
    }
    // a page from before headings were marked: its headline set large ("<font size=5><b>…")
    for (Element big : doc.body().select(LARGE_TYPE)) {
      int words = LineShape.words(big.text());
      if (words >= MIN_LARGE_HEADLINE_WORDS && words <= MAX_LARGE_HEADLINE_WORDS) return big;
    }
    return null;
  }

  /** Type set large the old way, as a page without {@code h1} sets its headline. */
  private static final String LARGE_TYPE =
      "font[size=5], font[size=6], font[size=7], font[size=+2], font[size=+3]";

  private static final int MIN_LARGE_HEADLINE_WORDS = 4;

  private static final int MAX_LARGE_HEADLINE_WORDS = 25;

  /**
   * The site's name as the page gives it: og:site_name, JSON-LD publisher, and the parts of the
   * {@code <title>} after a separator ("Headline | The Gazette").
   */
  private static Set<String> siteNames(Document doc, List<JsonNode> articles) {
    Set<String> names = new java.util.HashSet<>();
    names.add(LineShape.normalised(meta(doc, "property", "og:site_name")));
    String[] parts = doc.title().split("\\s+[|–—·:-]\\s+");
    for (int i = 1; i < parts.length; i++) names.add(LineShape.normalised(parts[i]));
    for (JsonNode article : articles) {
      names.add(LineShape.normalised(article.path("publisher").path("name").asText("")));
      JsonNode author = article.path("author");
      if (author.path("@type").asText("").toLowerCase(Locale.ROOT).contains("organization")) {
        names.add(LineShape.normalised(author.path("name").asText("")));
      }
    }
    names.remove("");
    return names;
  }

  /**
   * Whether an {@code h1} is the headline the metadata gives: one holds the other (a site's name
   * may follow the headline in the metadata), or they share most of their words.
   */
  private static boolean sameTitle(String h1, String title) {
    String a = LineShape.normalised(h1);
    String b = LineShape.normalised(title);
    if (a.isEmpty() || b.isEmpty()) return false;
    if (LineShape.words(a) >= 3 && (b.contains(a) || a.contains(b))) return true;
    Set<String> wa = new java.util.HashSet<>(List.of(a.split(" ")));
    Set<String> wb = new java.util.HashSet<>(List.of(b.split(" ")));
    int shared = 0;
    for (String w : wa) if (wb.contains(w)) shared++;
    return shared >= 3 && shared * 10 >= Math.min(wa.size(), wb.size()) * 7;
  }

  private static Element commonAncestor(Element a, Element b) {
    Set<Element> above = new java.util.HashSet<>(a.parents());
    above.add(a);
    for (Element e = b; e != null; e = e.parent()) if (above.contains(e)) return e;
    return a.ownerDocument().body();
  }

  // --- the article element -----------------------------------------------------------------

  private static Element articleRoot(Document doc) {
    Element best = null;
    int bestText = -1;
    for (Element a : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
      int text = paragraphText(a);
      boolean article = a.tagName().equals("article");
      // an <article> wins over <main> unless it holds much less text
      int score = article ? text * 2 : text;
      if (score > bestText) {
        best = a;
        bestText = score;
      }
    }
    if (best != null && best.tagName().equals("div") && best.parents().is("article")) {
      best = best.closest("article");
    }
    return best != null && bestText > 0 ? best : doc.body();
  }

  /** A sponsor's box: a block that opens with "Sponsored by" (or "Paid for by"), and is short. */
  private static final Pattern SPONSOR_BOX =
      Pattern.compile(
          "^(?:sponsored|paid for|presented|brought to you) by\\b", Pattern.CASE_INSENSITIVE);

  /** The most words a sponsor's box holds: its label, its advertiser's pitch and legal line. */
  private static final int SPONSOR_BOX_WORDS = 80;

  private static boolean isSponsorBox(Element e) {
    if (!BLOCK_TAGS.contains(e.tagName())
        && !e.tagName().equals("table")
        && !e.tagName().equals("td")) {
      return false;
    }
    String text = e.text().strip();
    return SPONSOR_BOX.matcher(text).find() && LineShape.words(text) <= SPONSOR_BOX_WORDS;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) n += p.text().length();
    return n;
  }

  private static void prune(Element root, Element headline) {
    int rootText = Math.max(1, root.text().length());
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e == headline) continue;
      boolean holdsHeadline = headline != null && headline.parents().contains(e);
      // a photo set aside in the story ("<aside class="inline-photo"><figure>…"): its caption stays
      if (e.tagName().equals("aside") && isPhotoAside(e)) continue;
      if (DROPPED_TAGS.contains(e.tagName())
          || isNoteMarker(e)
          || e.tagName().equals("a") && e.hasAttr("download") // "Download the data (CSV)"
          || e.hasAttr("hidden")
          || "true".equals(e.attr("aria-hidden"))
          || "dialog".equals(e.attr("role"))) {
        if (!holdsHeadline) doomed.add(e);
        continue;
      }
      if (holdsHeadline) continue;
      if (isSponsorBox(e)) {
        doomed.add(e);
        continue;
      }
      Names names = names(e);
      if (names == Names.FURNITURE && e.text().length() * 10 < rootText * 4
          || names == Names.WEAK_FURNITURE && longParagraphs(e) < 2) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) e.remove();
  }

  /**
   * A footnote's marker in the text: a {@code sup} holding only a number or a letter (maybe in
   * brackets) that links within the page ("<sup><a href="#fn1">1</a></sup>"). The note's number is
   * no word of the sentence.
   */
  private static boolean isNoteMarker(Element e) {
    if (!e.tagName().equals("sup")) return false;
    String text = e.text().strip();
    if (!text.matches("\\[?(?:\\d{1,3}|[a-z*†‡])\\]?")) return false;
    for (Element a : e.select("a[href]")) {
      if (a.attr("href").startsWith("#")) return true;
    }
    return e.className().toLowerCase(Locale.ROOT).contains("footnote");
  }

  private enum Names {
    STORY,
    FURNITURE,
    WEAK_FURNITURE
  }

  /**
   * What an element's class and id say it is, and the component name a script-built page gives it
   * where its classes are hashed ({@code data-component="pull-quote"}). "subscriber-only",
   * "hidden-xs" and "pull-left" name a wrapper of the story (for subscribers, for a screen size,
   * floated), not furniture.
   */
  private static Names names(Element e) {
    Names found = Names.STORY;
    String named =
        e.className() + " " + e.id() + " " + e.attr("data-component") + " " + e.attr("data-testid");
    for (String token : TOKEN_SPLIT.split(named.strip())) {
      if (token.isEmpty()) continue;
      token = blockOfPosition(token);
      String lower = token.toLowerCase(Locale.ROOT);
      if (SCREEN_READER_ONLY.matcher(lower).find()) return Names.FURNITURE;
      for (String part : FURNITURE_PARTS) if (lower.contains(part)) return Names.FURNITURE;
      String[] words = WORD_SPLIT.split(token);
      // "byline_share": a name that also says it holds the byline is the header's, tools and all
      if (java.util.Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase("byline"))) continue;
      for (int i = 0; i < words.length; i++) {
        String w = words[i].toLowerCase(Locale.ROOT);
        if (FURNITURE_WORDS.contains(w)) return Names.FURNITURE;
        boolean pullQuote =
            w.equals("pull")
                && i + 1 < words.length
                && words[i + 1].toLowerCase(Locale.ROOT).startsWith("quote");
        if (pullQuote) return Names.FURNITURE;
        boolean hidden = w.equals("hidden") && i == words.length - 1; // not "hidden-xs"
        if (hidden || !w.equals("hidden") && WEAK_FURNITURE_WORDS.contains(w)) {
          found = Names.WEAK_FURNITURE;
        }
      }
    }
    return found;
  }

  /**
   * "headline__footer", "story__header": in a block__element class name, an element named for its
   * place in the block is part of that block, so the block's name tells what it is (the footer of
   * the headline holds the byline and the date, not the page's footer).
   */
  private static String blockOfPosition(String token) {
    int at = token.lastIndexOf("__");
    if (at <= 0) return token;
    String element = token.substring(at + 2).toLowerCase(Locale.ROOT);
    return POSITIONS.contains(element) ? token.substring(0, at) : token;
  }

  private static final Set<String> POSITIONS =
      Set.of("footer", "header", "top", "bottom", "meta", "foot", "head", "inner", "wrapper");

  /** An aside that holds a captioned figure and no running text outside it. */
  private static boolean isPhotoAside(Element aside) {
    if (aside.select("figure figcaption").isEmpty()) return false;
    for (Element p : aside.select("p")) {
      if (p.parents().stream().noneMatch(x -> x.tagName().equals("figure"))) return false;
    }
    return true;
  }

  private static int longParagraphs(Element e) {
    int n = 0;
    for (Element p : e.select("p")) if (LineShape.words(p.text()) >= LONG_P_WORDS) n++;
    return n;
  }

  // --- lines -------------------------------------------------------------------------------

  /** Two line breaks in a row, with any spaces between. */
  private static final Pattern PARAGRAPH_BREAKS = Pattern.compile("\\n[ \\t]*\\n");

  /** A single line break after a word that ends no sentence, before a word in lower case. */
  private static final Pattern WRAP_BREAK =
      Pattern.compile("(?<=[\\p{L},;])([ \\t]*)\\n[ \\t]*(?!\\n)(\\p{Ll})");

  /** Walks the article in document order, one line per block of text. */
  private static final class Flattener {
    private final List<Line> out;
    private final Element headline;
    private final StringBuilder buffer = new StringBuilder();

    Flattener(List<Line> out, Element headline) {
      this.out = out;
      this.headline = headline;
    }

    void walk(Element element, Line.Markup markup) {
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode t) {
          buffer.append(t.text());
        } else if (child instanceof Element e) {
          String tag = e.tagName();
          if (tag.equals("br")) {
            buffer.append('\n');
          } else if (markup == Line.Markup.CAPTION
              && tag.equals("a")
              && Boilerplate.isToolLine(e.text())) {
            // a caption's tool link ("Purchase Licensing Rights, opens new tab") is no word of it
          } else if (tag.equals("table") && isDataTable(e)) {
            flush(markup);
            for (Element row : e.select("tr")) {
              List<String> cells = new ArrayList<>();
              for (Element cell : row.children()) {
                String text = cell.text().strip();
                if ((cell.tagName().equals("td") || cell.tagName().equals("th"))
                    && !text.isEmpty()) {
                  cells.add(text);
                }
              }
              if (!cells.isEmpty())
                out.add(new Line(String.join(" ", cells), Line.Markup.ROW, false));
            }
          } else if (markup == Line.Markup.CAPTION && BLOCK_TAGS.contains(tag)) {
            // a caption's parts ("<p>…</p><p>| Photo Credit: …</p>") are one caption
            buffer.append(' ');
            walk(e, markup);
            buffer.append(' ');
          } else if (BLOCK_TAGS.contains(tag) || standsAlone(e) || e == headline) {
            flush(markup);
            Line.Markup own = e == headline ? Line.Markup.HEADLINE : markupOf(tag);
            Line.Markup m = own != Line.Markup.NONE ? own : markup;
            walk(e, m);
            flush(m);
          } else if (setApart(e)) {
            buffer.append(' ');
            walk(e, markup);
            buffer.append(' ');
          } else {
            walk(e, markup);
          }
        }
      }
    }

    /**
     * A table of data, not of layout: two rows or more, each of two cells or more, and no cell
     * holding a block of its own (a paragraph, a list, a picture, another table). Each of its rows
     * is a line ({@link Line.Markup#ROW}), its cells in order.
     */
    private static boolean isDataTable(Element table) {
      List<Element> rows = table.select("tr");
      if (rows.size() < 2) return false;
      for (Element row : rows) {
        if (row.closest("table") != table) return false; // a table inside a table: layout
        int cells = 0;
        for (Element cell : row.children()) {
          if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) continue;
          if (!cell.select("p, div, ul, ol, table, figure, img, h1, h2, h3, h4, h5, h6")
              .isEmpty()) {
            return false;
          }
          cells++;
        }
        if (cells < 2) return false;
      }
      return true;
    }

    /**
     * An inline element a page sets apart by its style, not by a space: a label and its value
     * ("<span class="label">Author</span><span class="value">…"), a photo's credit after its
     * caption. Its words are words of their own.
     */
    private static boolean setApart(Element e) {
      return hasClassWord(e, SET_APART);
    }

    /**
     * Whether a word of one of {@code e}'s class names ("byline__role") is one of {@code words}.
     */
    private static boolean hasClassWord(Element e, Set<String> words) {
      for (String name : e.classNames()) {
        for (String w : WORD_SPLIT.split(name.toLowerCase(Locale.ROOT))) {
          if (words.contains(w)) return true;
        }
      }
      return false;
    }

    /**
     * A {@code time}, an {@code address} or a byline's role or place ({@link #isBylinePart})
     * outside running text ("<div><time>…</time> <span>14 min read</span></div>") is a line of its
     * own; inside a paragraph ("voted on <time>Monday</time> to close") it is a word of it.
     */
    private static boolean standsAlone(Element e) {
      boolean ownLine =
          e.tagName().equals("time") || e.tagName().equals("address") || isBylinePart(e);
      if (!ownLine) return false;
      for (Element p : e.parents()) {
        if (TEXT_BLOCKS.contains(p.tagName())) return false;
        if (BLOCK_TAGS.contains(p.tagName())) return true;
      }
      return true;
    }

    /**
     * A byline's role or place in an element of its own ("<span class="byline__role">Western Canada
     * reporter</span>"): a line of its own, not words of the author's name.
     */
    private static boolean isBylinePart(Element e) {
      return hasClassWord(e, BYLINE_PARTS);
    }

    private static final Set<String> BYLINE_PARTS =
        Set.of("role", "location", "time", "timestamp", "date");

    private Line.Markup markupOf(String tag) {
      return switch (tag) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> Line.Markup.HEADING;
        case "figcaption" -> Line.Markup.CAPTION;
        case "p", "li", "blockquote", "dd", "pre" -> Line.Markup.PARAGRAPH;
        default -> Line.Markup.NONE;
      };
    }

    /**
     * One line per block; two line breaks in a row ({@code <br><br>}) also end a line, and so does
     * one outside a paragraph: a table cell's section label, headline and dek, one under another.
     * Inside a paragraph a single break only wraps it.
     */
    private void flush(Line.Markup markup) {
      String block = buffer.toString();
      // paragraphs set apart by two breaks in a row ("<br><br>"), an old page's way: a single
      // break inside one, in mid-sentence and before a word in lower case, only wraps it
      if (markup == Line.Markup.NONE && PARAGRAPH_BREAKS.matcher(block).results().count() >= 2) {
        block = WRAP_BREAK.matcher(block).replaceAll("$1 $2");
      }
      String breaks = markup == Line.Markup.NONE ? "\\n\\s*" : "\\n\\s*\\n";
      for (String part : block.split(breaks)) {
        String text = LineShape.withoutEndMark(part.replaceAll("\\s+", " ").strip());
        if (!text.isEmpty()) out.add(new Line(text, markup, false));
      }
      buffer.setLength(0);
    }
  }

  // --- metadata ----------------------------------------------------------------------------

  private static PageMetadata metadata(Document doc, List<JsonNode> articles) {
    String title = meta(doc, "property", "og:title");
    List<String> authors = new ArrayList<>();
    String published = meta(doc, "property", "article:published_time");
    String updated = meta(doc, "property", "article:modified_time");
    String url = doc.select("link[rel=canonical]").attr("href");
    if (url.isEmpty()) url = meta(doc, "property", "og:url");

    for (JsonNode article : articles) {
      if (title.isEmpty()) title = article.path("headline").asText("");
      if (published.isEmpty()) published = article.path("datePublished").asText("");
      if (updated.isEmpty()) updated = article.path("dateModified").asText("");
      if (authors.isEmpty()) authors.addAll(names(article.path("author")));
    }
    if (authors.isEmpty()) {
      String author = meta(doc, "name", "author");
      if (!author.isEmpty()) authors.addAll(Bylines.names(author, true));
    }
    if (authors.isEmpty()) {
      for (Element e : doc.select("meta[property=article:author]")) {
        String a = e.attr("content").strip();
        if (!a.isEmpty() && !a.contains("/")) authors.addAll(Bylines.names(a, true));
      }
    }
    if (title.isEmpty()) title = doc.title();
    return new PageMetadata(
        title, List.copyOf(new LinkedHashSet<>(authors)), published, updated, url);
  }

  private static String meta(Document doc, String attribute, String name) {
    Element e = doc.selectFirst("meta[" + attribute + "=" + name + "]");
    return e == null ? "" : e.attr("content").strip();
  }

  /** The first object of an article type in a JSON-LD block, looking into arrays and @graph. */
  private static JsonNode articleNode(String json) {
    try {
      return findArticle(JSON.readTree(json));
    } catch (java.io.IOException | RuntimeException e) {
      return null; // a page's broken JSON-LD is ignored; the visible text still counts
    }
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) return found;
      }
      return null;
    }
    if (!node.isObject()) return null;
    JsonNode type = node.path("@type");
    List<String> types = new ArrayList<>();
    if (type.isArray()) type.forEach(t -> types.add(t.asText("")));
    else types.add(type.asText(""));
    for (String t : types) {
      if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))) return node;
    }
    return findArticle(node.path("@graph"));
  }

  private static List<String> names(JsonNode author) {
    List<String> out = new ArrayList<>();
    if (author.isArray()) {
      for (JsonNode a : author) out.addAll(names(a));
    } else if (author.isObject()) {
      if (author.path("@type").asText("").toLowerCase(Locale.ROOT).contains("organization")) {
        return out; // a publisher credited as author: no person's name
      }
      String name = author.path("name").asText("").strip();
      if (!name.isEmpty()) out.add(name);
    } else if (author.isTextual() && !author.asText().contains("/")) {
      out.addAll(Bylines.names(author.asText(), true));
    }
    return out;
  }
}
