package dev.articlebot.knowledge.eval;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Many articles, each with questions written about it by other people: what answers are judged and
 * learned on. On disk, a folder holding groups of articles ({@code squad2/}, {@code news/}, …),
 * each article a file ({@code .md}, {@code .txt} or {@code .html}) with its questions beside it in
 * {@code <same name>.jsonl} (read by {@link Evaluation#read}).
 */
public final class Corpus {

  /**
   * One article and its questions.
   *
   * @param id the article's id (its file name without the extension)
   * @param group the folder it came from, or "bundled"
   * @param article reads the article
   * @param questions what was asked about it
   * @param file the article's file, or null for the bundled article
   */
  public record Entry(
      String id, String group, Supplier<Article> article, List<EvalQuestion> questions, Path file) {
    public Entry {
      questions = List.copyOf(questions);
    }
  }

  private final List<Entry> entries;

  public Corpus(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Only the entries whose id or group is one of {@code names}; all when it is empty. */
  public Corpus only(List<String> names) {
    if (names.isEmpty()) return this;
    return new Corpus(
        entries.stream().filter(e -> names.contains(e.id()) || names.contains(e.group())).toList());
  }

  /** This corpus and then {@code more}. */
  public Corpus and(Corpus more) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(more.entries);
    return new Corpus(all);
  }

  /**
   * The articles under {@code dir}, group folder by group folder in name order; an article file
   * without a question file beside it is left out. A question file that cannot be read is a {@link
   * QuestionSetException} naming the file and the line.
   */
  public static Corpus read(Path dir, ArticleLoader loader) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a folder of question sets");
    }
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, 2)) {
      for (Path questions :
          files
              .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
              .sorted(Comparator.comparing(Path::toString))
              .toList()) {
        String name = questions.getFileName().toString();
        String id = name.substring(0, name.length() - ".jsonl".length());
        Path article = articleBeside(questions.resolveSibling(id));
        if (article == null) continue;
        Path parent = questions.getParent();
        String group = parent.equals(dir) ? "" : parent.getFileName().toString();
        List<EvalQuestion> qs;
        try (InputStream in = Files.newInputStream(questions)) {
          qs = Evaluation.read(in);
        } catch (QuestionSetException e) {
          throw e.in(questions);
        }
        out.add(new Entry(id, group, () -> loader.load(article).get(0), qs, article));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Corpus(out);
  }

  /** The bundled article with every bundled question set. */
  public static Corpus bundled(ArticleLoader loader) {
    List<EvalQuestion> all = new ArrayList<>();
    for (String set : Evaluation.ALL_BUNDLED) all.addAll(Evaluation.bundled(set));
    return new Corpus(
        List.of(new Entry("an-inevitable-peace", "bundled", loader::loadBundled, all, null)));
  }

  private static Path articleBeside(Path stem) {
    for (String ext : List.of(".md", ".txt", ".html", ".htm")) {
      Path p = stem.resolveSibling(stem.getFileName() + ext);
      if (Files.isRegularFile(p)) return p;
      Path upper = stem.resolveSibling(stem.getFileName() + ext.toUpperCase(Locale.ROOT));
      if (Files.isRegularFile(upper)) return upper;
    }
    return null;
  }
}
