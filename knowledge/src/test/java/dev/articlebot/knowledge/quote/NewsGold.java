package dev.articlebot.knowledge.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.knowledge.article.Article;
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
 * names that are not people. The article is built from the gold paragraphs, so quote extraction is
 * judged apart from the page reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NewsGold(
    String id,
    List<String> paragraphs,
    List<Person> people,
    List<GoldQuote> quotes,
    List<Lookup> lookups,
    @JsonProperty("not_people") List<String> notPeople) {

  /** The development corpus's news stories, relative to the module directory. */
  static final Path CORPUS = Path.of("corpus", "news");

  /** Stories kept out of tuning (see the README beside them). */
  static final Path HELD_OUT = Path.of("src", "test", "resources", "quotes", "heldout");

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Person(String name, String role, List<String> aliases) {
    Person {
      role = role == null ? "" : role;
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record GoldQuote(int paragraph, String speaker, QuoteKind kind, String text) {}

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
        out.add(read(f));
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
      return new NewsGold(id, g.paragraphs, g.people, g.quotes, g.lookups, g.notPeople);
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

  /** The gold person with this name, or null. */
  Person person(String name) {
    for (Person p : people) {
      if (p.name().equalsIgnoreCase(name)) return p;
    }
    return null;
  }
}
