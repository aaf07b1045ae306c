package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every article the project has, read by the reader and held to its source: the news pages of the
 * corpus and the reader's own fixtures against their gold (header, every body paragraph, captions)
 * and, sentence by sentence, against the text of the page itself ({@link SourceText}); the
 * encyclopedia articles against their Markdown paragraphs; and the pasted articles against the
 * paragraphs they read before the reader was rewritten (their question sets and quote gold number
 * paragraphs by them).
 */
class ReaderCorpusTest {

  private static final Path CORPUS = Path.of("corpus");
  private static final Path FIXTURES = Path.of("src", "test", "resources", "reader");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArticleParser parser = new ArticleParser();

  /** A page and its gold: the corpus's news pages and the reader's own pasted fixtures. */
  static Stream<Path> pagesWithGold() throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path dir : List.of(CORPUS.resolve("news"), FIXTURES)) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(p -> p.toString().matches(".*\\.(txt|html|md)$"))
            .filter(p -> Files.exists(goldOf(p)))
            .sorted()
            .forEach(pages::add);
      }
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(19);
    return pages.stream();
  }

  static Stream<Path> encyclopediaArticles() throws IOException {
    List<Path> md = new ArrayList<>();
    for (String group : List.of("squad2", "squad11")) {
      try (Stream<Path> files = Files.list(CORPUS.resolve(group))) {
        files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(md::add);
      }
    }
    assertThat(md).hasSize(28);
    return md.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithGold")
  void everyGoldParagraphIsOneParsedParagraphInOrderAndNoneIsExtra(Path page) throws IOException {
    Article a = parse(page);
    assertThat(texts(a.paragraphs())).containsExactlyElementsOf(strings(gold(page), "paragraphs"));
  }

  /**
   * Held to the source, not to the gold's paragraphs: the body is the source from the first to the
   * last gold paragraph, less its section headings, its captions and the lines its not-body list
   * names (advertisements, link lists…). Each sentence of it stands in the parsed paragraphs as
   * often as in that body (once, unless the story repeats it) and never in the headline, dek or
   * byline; each sentence of four words or more from outside it (navigation, header, captions,
   * trailers) stands in the paragraphs no more often than the body holds it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithGold")
  void eachBodySentenceOfTheSourceLandsInExactlyOneParagraph(Path page) throws IOException {
    Article a = parse(page);
    JsonNode g = gold(page);
    SourceText source = sourceOf(page);
    List<String> goldParagraphs = strings(g, "paragraphs");
    int[] first = source.find(goldParagraphs.get(0), true);
    int[] last = source.find(goldParagraphs.get(goldParagraphs.size() - 1), false);
    assertThat(first).as("the source holds the first gold paragraph verbatim").isNotNull();
    assertThat(last).as("the source holds the last gold paragraph verbatim").isNotNull();

    List<String> headings = new ArrayList<>();
    for (JsonNode s : g.path("sections"))
      headings.add(SourceText.normalise(s.path("heading").asText()));
    List<String> captions = strings(g, "captions").stream().map(SourceText::normalise).toList();
    List<String> notBody = new ArrayList<>();
    List<String> firstCopyOnly = new ArrayList<>();
    for (String entry : notBody(page)) {
      if (entry.startsWith(FIRST_COPY)) firstCopyOnly.add(entry.substring(FIRST_COPY.length()));
      else notBody.add(entry);
    }
    // the first line of the source that holds each first-copy-only entry
    java.util.Set<Integer> cutOffCopy = new java.util.HashSet<>();
    for (String entry : firstCopyOnly) {
      int at = source.lines().indexOf(entry);
      assertThat(at).as("not-body line of %s", page).isNotNegative();
      cutOffCopy.add(at);
    }
    List<SourceText.Unit> body = new ArrayList<>();
    List<SourceText.Unit> rest = new ArrayList<>();
    for (int k = 0; k < source.units().size(); k++) {
      SourceText.Unit u = source.units().get(k);
      String line = source.lines().get(u.line());
      boolean inSpan = k >= first[0] && k <= last[1];
      boolean apart =
          headings.contains(u.text())
              || headings.contains(line) // a heading the sentence splitter cuts ("Dec. 14")
              || captions.stream().anyMatch(c -> c.contains(line) || line.contains(c))
              || notBody.contains(line)
              || cutOffCopy.contains(u.line());
      (inSpan && !apart ? body : rest).add(u);
    }
    for (String declared : notBody) {
      assertThat(source.lines()).as("not-body line of %s", page).contains(declared);
    }

    List<String> parsed = texts(a.paragraphs()).stream().map(SourceText::normalise).toList();
    List<String> bodyTexts = body.stream().map(SourceText.Unit::text).toList();
    String header = a.title() + "\n" + a.dek() + "\n" + a.byline();
    for (SourceText.Unit u : body) {
      // a word a hard wrap cut with a hyphen ("com-" / "pounds") may be whole again in the
      // paragraph: the line is held to it without its cut part
      String text = CUT_WORD.matcher(u.text()).replaceFirst("");
      int inParagraphs = occurrences(parsed, text);
      if (u.words() >= 3) {
        // as often as the body's lines hold it, or as its running text does: a wrapped line's
        // words may also stand inside a sentence another line break cut ("… medians between
        // Third Street and Alpine" / "Road, is expected …")
        assertThat(inParagraphs)
            .as("paragraphs holding the body sentence “%s”", u.text())
            .isBetween(
                occurrences(bodyTexts, text), occurrencesIn(String.join(" ", bodyTexts), text));
      } else {
        assertThat(inParagraphs).as("paragraphs holding “%s”", u.text()).isPositive();
      }
      if (u.words() >= 4) assertThat(header).as("header").doesNotContain(u.text());
    }
    String bodyRun = String.join(" ", bodyTexts);
    for (SourceText.Unit u : rest) {
      if (u.words() < 4) continue;
      // no more often than the body's running text holds it: a pull quote's line may stand across
      // a line break of the column it repeats ("… the routes that carry" / "the people …")
      assertThat(occurrences(parsed, u.text()))
          .as("paragraphs holding “%s”, which is not body", u.text())
          .isLessThanOrEqualTo(occurrencesIn(bodyRun, u.text()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithGold")
  void headerEqualsGold(Path page) throws IOException {
    Article a = parse(page);
    JsonNode g = gold(page);
    assertThat(a.title()).as("headline").isEqualTo(g.path("title").asText());
    assertThat(a.dek()).as("dek").isEqualTo(g.path("dek").asText());
    assertThat(a.authors()).as("authors").containsExactlyElementsOf(strings(g, "authors"));
    assertThat(a.agency()).as("agency").isEqualTo(g.path("agency").asText());
    assertThat(a.published()).as("published").isEqualTo(g.path("published").asText());
    assertThat(a.updated()).as("updated").isEqualTo(g.path("updated").asText());
    assertThat(a.dateline()).as("dateline").isEqualTo(g.path("dateline").asText());
    List<String> sections = new ArrayList<>();
    for (Section s : a.sections()) {
      if (!s.heading().isEmpty()) sections.add(s.heading() + " @" + s.paragraphs().get(0).number());
    }
    List<String> goldSections = new ArrayList<>();
    for (JsonNode s : g.path("sections")) {
      goldSections.add(s.path("heading").asText() + " @" + s.path("first_paragraph").asInt());
    }
    assertThat(sections).as("section headings").containsExactlyElementsOf(goldSections);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesWithGold")
  void captionsEqualGoldAndNeverStandInTheBody(Path page) throws IOException {
    Article a = parse(page);
    List<String> captions = a.captions().stream().map(Caption::text).toList();
    assertThat(captions).containsExactlyElementsOf(strings(gold(page), "captions"));
    for (String caption : captions) {
      for (Paragraph p : a.paragraphs()) assertThat(p.text()).doesNotContain(caption);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encyclopediaArticles")
  void everyMarkdownParagraphIsOneParsedParagraphInOrder(Path md) throws IOException {
    String text = Files.readString(md);
    Article a = parser.parse(ArticleLoader.idOf(md.getFileName().toString()), text);
    String body = text.substring(text.indexOf("\n# ") + 1);
    List<String> source = new ArrayList<>();
    for (String block : body.split("\\n\\s*\\n")) {
      String b = block.strip();
      // the reader drops zero-width characters and soft hyphens, as it does from any text
      b = b.replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]", "");
      if (!b.isEmpty() && !b.startsWith("# ")) source.add(b.replaceAll("\\s*\\n\\s*", " "));
    }
    assertThat(texts(a.paragraphs())).containsExactlyElementsOf(source);
  }

  @Test
  void theBundledArticleKeepsItsParagraphs() throws IOException {
    Article a = new ArticleLoader(parser).loadBundled();
    assertThat(texts(a.paragraphs())).containsExactlyElementsOf(expected("an-inevitable-peace"));
  }

  @ParameterizedTest
  @MethodSource("pastedQuoteFixtures")
  void thePastedQuoteFixturesKeepTheirParagraphs(String id) throws IOException {
    Article a = parser.parse(id, resource("/quotes/" + id + ".txt"));
    assertThat(texts(a.paragraphs())).containsExactlyElementsOf(expected(id));
  }

  static Stream<String> pastedQuoteFixtures() {
    return Stream.of("battery-lab", "harbor-vote");
  }

  // --- helpers ------------------------------------------------------------------------------

  private Article parse(Path page) throws IOException {
    String name = page.getFileName().toString();
    return parser.parse(ArticleLoader.idOf(name), decoded(page));
  }

  /** A page's text, decoded as the loader decodes it (a page saved from Word is Windows-1252). */
  private static String decoded(Path page) throws IOException {
    return TextDecoding.decode(Files.readAllBytes(page)).orElseThrow();
  }

  private static SourceText sourceOf(Path page) throws IOException {
    String text = decoded(page);
    if (page.toString().endsWith(".html")) return SourceText.ofHtml(text);
    if (page.toString().endsWith(".md")) return SourceText.ofMarkdown(text);
    return SourceText.ofPastedText(text);
  }

  /** The lines of the body span a page's author marked as not body, in the source's spacing. */
  /**
   * A not-body entry that names only its first copy in the source: a page pasted twice, once cut
   * off by a paywall, keeps its lines in the body of the full copy.
   */
  private static final String FIRST_COPY = "first copy: ";

  private static List<String> notBody(Path page) throws IOException {
    String name = page.getFileName().toString();
    Path list =
        FIXTURES.resolve("not-body").resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
    if (!Files.exists(list)) return List.of();
    return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
        .map(SourceText::normalise)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private static Path goldOf(Path page) {
    String name = page.getFileName().toString();
    return page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
  }

  private static JsonNode gold(Path page) throws IOException {
    return JSON.readTree(goldOf(page).toFile());
  }

  private static List<String> strings(JsonNode gold, String field) {
    List<String> out = new ArrayList<>();
    gold.path(field).forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(List<Paragraph> paragraphs) {
    return paragraphs.stream().map(Paragraph::text).toList();
  }

  /** The cut part of a word a line ends with, hyphen and all: " com-". */
  private static final java.util.regex.Pattern CUT_WORD =
      java.util.regex.Pattern.compile("\\s*\\S*\\p{L}-$");

  /** How many times {@code part} stands in {@code text}, none overlapping. */
  private static int occurrencesIn(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) n++;
    return n;
  }

  private static int occurrences(List<String> paragraphs, String sentence) {
    int n = 0;
    for (String p : paragraphs) {
      for (int i = p.indexOf(sentence); i >= 0; i = p.indexOf(sentence, i + 1)) n++;
    }
    return n;
  }

  private static List<String> expected(String id) throws IOException {
    return Files.readAllLines(FIXTURES.resolve(id + ".paragraphs"), StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReaderCorpusTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
