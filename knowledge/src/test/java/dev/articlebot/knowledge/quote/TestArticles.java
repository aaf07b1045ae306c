package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The articles the quote tests read, and their hand-written gold lists. */
final class TestArticles {

  static final String BUNDLED = "an-inevitable-peace";
  static final List<String> ALL = List.of(BUNDLED, "harbor-vote", "battery-lab");

  private TestArticles() {}

  /** One row of a gold list. */
  record Gold(int paragraph, String speaker, QuoteKind kind, String start) {}

  static Article article(String id) {
    if (id.equals(BUNDLED)) return new ArticleLoader(new ArticleParser()).loadBundled();
    return new ArticleParser().parse(id, resource("/quotes/" + id + ".txt"));
  }

  static List<Article> all() {
    List<Article> out = new ArrayList<>();
    for (String id : ALL) out.add(article(id));
    return out;
  }

  static List<Gold> gold(String id) {
    List<Gold> out = new ArrayList<>();
    for (String line : resource("/quotes/" + id + ".gold.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length != 4) throw new IllegalStateException("bad gold line: " + line);
      out.add(
          new Gold(Integer.parseInt(f[0].strip()), f[1].strip(), QuoteKind.valueOf(f[2]), f[3]));
    }
    return out;
  }

  /** White space collapsed, for comparing quote openings. */
  static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static boolean sameQuote(Gold g, Quote q) {
    return g.paragraph() == q.paragraph()
        && g.kind() == q.kind()
        && squash(q.text()).startsWith(squash(g.start()));
  }

  private static String resource(String path) {
    try (InputStream in = TestArticles.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing test resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
