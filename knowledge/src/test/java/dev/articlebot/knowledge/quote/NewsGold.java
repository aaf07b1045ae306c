package dev.articlebot.knowledge.quote;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The truth about one news story in the corpus's gold format ({@code <slug>.gold.json}, described
 * in {@code knowledge/corpus/README.md}): its body paragraphs, people, quotes, lookups and the
 * names that are not people. A story is read two ways: {@link #article()} builds it from the gold
 * paragraphs, judging quote extraction apart from the page reader; {@link #page()} reads the page
 * beside the gold ({@code <slug>.txt} or {@code <slug>.html}) with {@link ArticleParser}, as a
 * user's article is read.
 *
 * <p>A gold quote whose {@code speaker} is null or empty is nobody's: the text names no person who
 * said it (an organisation's statement, "a spokesperson for the company said"). It counts for
 * nobody's recall, and a found quote given to a person for it is a wrong attribution.
 *
 * <p>A page whose gold has no {@code quotes} field is a page for the reader and the answers only:
 * its quote gold is held back until the extractor reads its shapes (the corpus README lists them).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NewsGold(
    String id,
    @JsonIgnore Path source,
    List<String> paragraphs,
    List<Person> people,
    List<GoldQuote> quotes,
    List<Lookup> lookups,
    @JsonProperty("not_people") List<String> notPeople) {

  /** The development corpus's news stories, relative to the module directory. */
  static final Path CORPUS = Path.of("corpus", "news");

  /** Stories kept out of tuning (see the README beside them). */
  static final Path HELD_OUT = Path.of("src", "test", "resources", "quotes", "heldout");

  /** Stories once held out, since used for tuning (see the README beside them). */
  static final Path USED = Path.of("src", "test", "resources", "quotes", "used");

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Person(String name, String role, List<String> aliases) {
    Person {
      role = role == null ? "" : role;
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record GoldQuote(int paragraph, String speaker, QuoteKind kind, String text) {
    GoldQuote {
      speaker = speaker == null ? "" : speaker;
    }

    /** Whether the text names nobody who said it. */
    boolean nobodys() {
      return speaker.isBlank();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Lookup(String query, String speaker) {}

  NewsGold {
    paragraphs = List.copyOf(paragraphs);
    people = people == null ? List.of() : List.copyOf(people);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    lookups = lookups == null ? List.of() : List.copyOf(lookups);
    notPeople = notPeople == null ? List.of() : List.copyOf(notPeople);
  }

  /** Every {@code *.gold.json} in {@code dir}, by file name. */
  static List<NewsGold> readAll(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<NewsGold> out = new ArrayList<>();
      for (Path f : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
        // a page whose gold has no quotes is read for its body only (quote gold held back)
        if (new ObjectMapper().readTree(f.toFile()).has("quotes")) out.add(read(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static NewsGold read(Path file) {
    String name = file.getFileName().toString();
    String id = name.substring(0, name.length() - ".gold.json".length());
    try {
      NewsGold g = new ObjectMapper().readValue(file.toFile(), NewsGold.class);
      return new NewsGold(id, file, g.paragraphs, g.people, g.quotes, g.lookups, g.notPeople);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The story as an article: the gold paragraphs, numbered from 1. */
  Article article() {
    SentenceSplitter splitter = new SentenceSplitter();
    List<Paragraph> out = new ArrayList<>();
    for (String text : paragraphs) {
      out.add(new Paragraph(out.size() + 1, "", text, splitter.split(text)));
    }
    return new Article(id, id, "", "", "", "", "", out, List.of());
  }

  /** Whether a page ({@code <slug>.txt} or {@code <slug>.html}) lies beside the gold. */
  boolean hasPage() {
    Path dir = source.getParent();
    for (String ext : PAGE_EXTENSIONS) if (Files.exists(dir.resolve(id + ext))) return true;
    return false;
  }

  private static final List<String> PAGE_EXTENSIONS = List.of(".txt", ".html", ".md");

  /**
   * The page beside the gold, read as the loader reads a file: {@code <slug>.txt}, {@code
   * <slug>.html} or {@code <slug>.md}.
   *
   * @throws IllegalStateException when there is no page
   */
  Article page() {
    Path dir = source.getParent();
    for (String ext : PAGE_EXTENSIONS) {
      Path f = dir.resolve(id + ext);
      if (!Files.exists(f)) continue;
      try {
        return new ArticleLoader(new ArticleParser())
            .read(f.getFileName().toString(), id, Files.readAllBytes(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no page beside " + source);
  }

  /** The gold person with this name, or null. */
  Person person(String name) {
    for (Person p : people) {
      if (p.name().equalsIgnoreCase(name)) return p;
    }
    return null;
  }
}
