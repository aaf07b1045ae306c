package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.EmptyArticleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses an article from the text of a file: Markdown (recognised by its leading {@code ---} line
 * of front matter, or by a first line that is a {@code #} headline), an HTML page saved from a
 * browser (recognised by its markup), or text pasted from a web page, navigation, captions and all.
 *
 * <p>Pasted text, Markdown and HTML go through one pipeline ({@link PageReader}): pasted text is
 * re-flowed when it comes from a printed page's columns ({@link PrintColumns}), cleaned ({@link
 * PastedText}), rid of a printed page's headers and footers ({@link PrintMarks}) and a PDF's page
 * breaks ({@link PdfPageBreaks}) and its hard wraps joined ({@link HardWraps}); a news database's
 * export is read by its fields ({@link FieldCodedExport}, {@link LabelledExport}); Markdown's front
 * matter and marks say what its lines are ({@link MarkdownPage}); an HTML page is turned into lines
 * with what its markup says of each ({@link HtmlPage}).
 */
public final class ArticleParser {

  /**
   * Which reading of pages this build gives. It goes up whenever the reader reads some page
   * differently (another headline, another cut between paragraphs), so that a library read by an
   * earlier build reads its articles again when it opens (the library stores it, with the quote
   * extractor's version, with each article).
   */
  public static final int READER_VERSION = 69;

  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * Parses {@code text}; {@code id} names the article.
   *
   * @throws EmptyArticleException when no body paragraph is left
   */
  public Article parse(String id, String text) {
    boolean html = looksLikeHtml(text);
    PrintColumns.Reflowed printed =
        html ? new PrintColumns.Reflowed(text, Optional.empty()) : PrintColumns.reflow(text);
    List<String> lines = QuotedBlock.unquote(PastedText.lines(printed.text()));
    int first = 0;
    while (first < lines.size() && lines.get(first).isEmpty()) first++;
    PageLines page;
    if (first < lines.size()
        && (lines.get(first).equals("---")
            || MARKDOWN_HEADLINE.matcher(lines.get(first)).matches())) {
      page = MarkdownPage.parse(lines.subList(first, lines.size()));
    } else if (html) {
      page = HtmlPage.parse(text);
    } else if (FieldCodedExport.is(lines)) {
      page = new PageLines(HardWraps.join(FieldCodedExport.story(lines)), PageMetadata.NONE);
    } else if (LabelledExport.is(lines)) {
      page = new PageLines(HardWraps.join(LabelledExport.story(lines)), PageMetadata.NONE);
    } else {
      page =
          new PageLines(
              HardWraps.join(PrintMarks.strip(PdfPageBreaks.strip(ChatMarks.unwrap(lines)))),
              printed
                  .pageDate()
                  .map(date -> new PageMetadata("", List.of(), date, "", ""))
                  .orElse(PageMetadata.NONE));
    }
    return read(id, page);
  }

  /**
   * Parses {@code html}, a page saved from a browser, whatever its first line.
   *
   * @throws EmptyArticleException when no body paragraph is left
   */
  public Article parseHtml(String id, String html) {
    return read(id, HtmlPage.parse(html));
  }

  /** The article {@code page} holds, read by the one pipeline; it must keep a paragraph. */
  private Article read(String id, PageLines page) {
    Article article = new PageReader(splitter).read(id, page);
    if (article.paragraphs().isEmpty()) throw new EmptyArticleException(id);
    return article;
  }

  /** A Markdown file without front matter opens with its headline: "# Council votes to …". */
  private static final java.util.regex.Pattern MARKDOWN_HEADLINE =
      java.util.regex.Pattern.compile("^#\\s+\\S.*");

  /** A saved web page: it opens with a doctype or an html, head or body tag. */
  static boolean looksLikeHtml(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
    if (head.startsWith("\ufeff")) head = head.substring(1);
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.startsWith("<head")
        || head.startsWith("<body")
        || head.startsWith("<!--") && head.contains("<html")
        || head.startsWith("<?xml") && head.contains("<html");
  }
}
