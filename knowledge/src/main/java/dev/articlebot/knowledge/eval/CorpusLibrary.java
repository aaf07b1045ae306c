package dev.articlebot.knowledge.eval;

import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.library.ArticleSource;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.SyncReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A library holding a corpus's articles (under their corpus ids), and optionally a folder of other
 * articles among them: what {@code eval --corpus} answers from. It lives in its own folder, so a
 * second run embeds nothing.
 */
public final class CorpusLibrary {
  private CorpusLibrary() {}

  /**
   * Another process holds the library's folder open for writing (a second {@code eval} or {@code
   * train} with the same state folder): this one could neither add the corpus's articles nor answer
   * from them.
   */
  public static final class BusyException extends RuntimeException {
    BusyException(Path dir) {
      super(
          "Another article-bot process is using the evaluation library in "
              + dir
              + "; wait for it to finish, or give this run its own state folder"
              + " (--set state.dir=…).");
    }
  }

  /**
   * Opens the library in {@code dir} and brings it in line with {@code corpus}'s articles and the
   * article files of {@code distractors} (none when null).
   *
   * @throws BusyException when another process writes the library in {@code dir}
   */
  public static Library open(
      Path dir,
      Corpus corpus,
      Path distractors,
      Embedder model,
      Embedder questions,
      int maxQuestionChars,
      long maxArticleBytes) {
    Library library =
        Library.open(
            Library.Settings.in(dir, maxQuestionChars, maxArticleBytes),
            model,
            questions,
            Clock.systemUTC());
    if (library.readOnly()) {
      library.close();
      throw new BusyException(dir);
    }
    List<Path> files = new ArrayList<>();
    boolean bundled = false;
    for (Corpus.Entry e : corpus.entries()) {
      if (e.file() == null) bundled = true;
      else files.add(e.file());
    }
    if (distractors != null) {
      try (Stream<Path> s = Files.list(distractors)) {
        s.filter(
                p ->
                    Files.isRegularFile(p)
                        && ArticleLoader.isArticleName(p.getFileName().toString()))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + distractors, e);
      }
    }
    SyncReport r = library.syncFiles(files);
    if (bundled) {
      String name = ArticleLoader.BUNDLED.substring(ArticleLoader.BUNDLED.lastIndexOf('/') + 1);
      library.add(ArticleSource.attachment(name, ArticleLoader.bundledBytes()));
    }
    for (SyncReport.Skipped s : r.skipped()) {
      System.err.println("skipped " + s.file() + ": " + s.reason().getMessage());
    }
    return library;
  }
}
