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
 * <p>The article is the {@code <article>} element with the most paragraph text (else {@code
 * <main>}, else the body). Inside it, what is never the story is removed: scripts, forms, buttons,
 * {@code nav}, {@code aside}, {@code footer}, hidden elements, and elements whose class or id names
 * page furniture (share tools, related links, newsletters, ads, comments, tags, pull quotes, author
 * bios, consent banners). Each block element then gives one line, marked with what it is: {@code
 * h1} the headline, {@code h2}–{@code h6} headings, {@code figcaption} captions, {@code p}, {@code
 * li} and {@code blockquote} paragraphs.
 *
 * <p>Metadata: the headline from {@code og:title} or JSON-LD, the authors from JSON-LD {@code
 * author}, {@code meta name=author} or a non-URL {@code article:author}, the dates from {@code
 * article:published_time} / {@code article:modified_time} or JSON-LD, and the canonical URL.
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
          "address",
          "time",
          "hr",
          "details",
          "summary");

  /**
   * Words in a class or id that name page furniture, not the story. Each is matched as a whole word
   * of the name ("ad-slot", "share-tools") or, being distinctive, inside one ("jp-relatedposts",
   * "sharedaddy").
   */
  private static final Set<String> FURNITURE_NAME_PARTS =
      Set.of(
          "share",
          "social",
          "related",
          "newsletter",
          "promo",
          "advert",
          "sponsor",
          "comment",
          "pullquote",
          "consent",
          "cookie",
          "breadcrumb",
          "subscri",
          "signup",
          "toolbar",
          "popular",
          "recommend",
          "outbrain",
          "taboola",
          "paywall",
          "trending",
          "readmore");

  private static final Set<String> FURNITURE_NAME_WORDS =
      Set.of(
          "ad",
          "ads",
          "tags",
          "tag",
          "pull",
          "bio",
          "tools",
          "more",
          "contact",
          "modal",
          "popup",
          "nav",
          "menu",
          "footer",
          "hidden",
          "skip",
          "sr",
          "visually");

  private static final Pattern CLASS_SPLIT = Pattern.compile("[\\s_-]+");
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

  private final List<Line> lines;
  private final PageMetadata metadata;

  private HtmlPage(List<Line> lines, PageMetadata metadata) {
    this.lines = lines;
    this.metadata = metadata;
  }

  List<Line> lines() {
    return lines;
  }

  PageMetadata metadata() {
    return metadata;
  }

  static HtmlPage parse(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata meta = metadata(doc);
    Element root = articleRoot(doc);
    Element headline = root.selectFirst("h1");
    Element outerHeadline = headline == null ? doc.body().selectFirst("h1") : null;
    prune(root);
    List<Line> lines = new ArrayList<>();
    if (outerHeadline != null && !outerHeadline.text().isBlank()) {
      lines.add(new Line(outerHeadline.text().strip(), Line.Markup.HEADLINE, false));
    }
    new Flattener(lines).walk(root, Line.Markup.NONE);
    return new HtmlPage(lines, meta);
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

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) n += p.text().length();
    return n;
  }

  private static void prune(Element root) {
    int rootText = Math.max(1, root.text().length());
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) continue;
      if (DROPPED_TAGS.contains(e.tagName())
          || e.hasAttr("hidden")
          || "true".equals(e.attr("aria-hidden"))
          || "dialog".equals(e.attr("role"))
          || isFurnitureByName(e)
              && e.selectFirst("h1") == null
              && e.text().length() * 10 < rootText * 4) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) e.remove();
  }

  private static boolean isFurnitureByName(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : CLASS_SPLIT.split(names)) {
      if (FURNITURE_NAME_WORDS.contains(word)) return true;
      for (String part : FURNITURE_NAME_PARTS) if (word.contains(part)) return true;
    }
    return false;
  }

  // --- lines -------------------------------------------------------------------------------

  /** Walks the article in document order, one line per block of text. */
  private static final class Flattener {
    private final List<Line> out;
    private final StringBuilder buffer = new StringBuilder();
    private boolean headlineSeen;

    Flattener(List<Line> out) {
      this.out = out;
      this.headlineSeen = !out.isEmpty();
    }

    void walk(Element element, Line.Markup markup) {
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode t) {
          buffer.append(t.text());
        } else if (child instanceof Element e) {
          String tag = e.tagName();
          if (tag.equals("br")) {
            buffer.append('\n');
          } else if (BLOCK_TAGS.contains(tag)) {
            flush(markup);
            Line.Markup own = markupOf(tag);
            Line.Markup m = own != Line.Markup.NONE ? own : markup;
            walk(e, m);
            flush(m);
          } else {
            walk(e, markup);
          }
        }
      }
    }

    private Line.Markup markupOf(String tag) {
      return switch (tag) {
        case "h1" -> {
          if (headlineSeen) yield Line.Markup.HEADING;
          headlineSeen = true;
          yield Line.Markup.HEADLINE;
        }
        case "h2", "h3", "h4", "h5", "h6" -> Line.Markup.HEADING;
        case "figcaption" -> Line.Markup.CAPTION;
        case "p", "li", "blockquote", "dd", "pre" -> Line.Markup.PARAGRAPH;
        default -> Line.Markup.NONE;
      };
    }

    /** One line per block; two line breaks in a row ({@code <br><br>}) also end a line. */
    private void flush(Line.Markup markup) {
      for (String part : buffer.toString().split("\\n\\s*\\n")) {
        String text = part.replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) out.add(new Line(text, markup, false));
      }
      buffer.setLength(0);
    }
  }

  // --- metadata ----------------------------------------------------------------------------

  private static PageMetadata metadata(Document doc) {
    String title = meta(doc, "property", "og:title");
    List<String> authors = new ArrayList<>();
    String published = meta(doc, "property", "article:published_time");
    String updated = meta(doc, "property", "article:modified_time");
    String url = doc.select("link[rel=canonical]").attr("href");
    if (url.isEmpty()) url = meta(doc, "property", "og:url");

    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode article = articleNode(script.data());
      if (article == null) continue;
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
      String name = author.path("name").asText("").strip();
      if (!name.isEmpty()) out.add(name);
    } else if (author.isTextual() && !author.asText().contains("/")) {
      out.addAll(Bylines.names(author.asText(), true));
    }
    return out;
  }
}
