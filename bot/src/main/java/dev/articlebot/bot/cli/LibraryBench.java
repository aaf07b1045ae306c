package dev.articlebot.bot.cli;

import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.eval.Corpus;
import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.Evaluation;
import dev.articlebot.knowledge.library.ArticleSource;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.LibraryEntry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * bench --library: the numbers of a large library against those of a one-article library, measured
 * in the same JVM: opening an existing index, per-question latency, adding one article until it is
 * answerable, and peak RSS.
 */
final class LibraryBench {
  /** Questions asked untimed first, in both runs: JIT, the model's first runs, caches. */
  static final int WARM_UP = 50;

  private LibraryBench() {}

  static int run(CliContext ctx, PrintStream out, Path dir, Path corpusDir, int maxQuestions)
      throws Exception {
    if (!Library.existsIn(dir)) {
      ctx.err()
          .println(
              "--library "
                  + dir
                  + " is not a library folder: give one an earlier run indexed (under"
                  + " state.dir/library/)");
      return 1;
    }
    int maxChars = ctx.config().knowledge().maxQuestionChars();
    long maxBytes = ctx.config().knowledge().maxArticleBytes();
    // The model alone, as the bot's library uses it (the file cache is not read into the heap).
    var model = KnowledgeLoader.Embedders.model(ctx.config().stateDir());
    model.model(); // the model loads once, outside the timings

    List<String> qs = new ArrayList<>();
    Corpus c =
        Corpus.read(
            corpusDir, new ArticleLoader(new dev.articlebot.knowledge.article.ArticleParser()));
    for (Corpus.Entry e : c.entries()) {
      for (EvalQuestion q : e.questions()) qs.add(q.question());
    }
    java.util.Collections.shuffle(qs, new java.util.Random(17));
    // Both runs warm up on the same questions, then time each question once, never asked before:
    // a repeated question's embedding is remembered, and would make a run look cheaper.
    List<String> warmUp = qs.subList(0, Math.min(WARM_UP, qs.size()));
    List<String> asked =
        qs.subList(warmUp.size(), Math.min(warmUp.size() + maxQuestions, qs.size()));

    // One article: the bundled one, with its own questions.
    Path one = Files.createTempDirectory("articlebot-bench-one");
    double[] alone;
    try (Library lib =
        Library.open(
            Library.Settings.in(one, maxChars, maxBytes), model, model, Clock.systemUTC())) {
      lib.syncBundled();
      List<String> own = new ArrayList<>();
      for (EvalQuestion q : Evaluation.bundled(Evaluation.BUNDLED)) own.add(q.question());
      for (EvalQuestion q : Evaluation.bundled(Evaluation.BUNDLED_HOLDOUT)) own.add(q.question());
      alone = time(lib, warmUp, own.stream().distinct().toList());
    }

    long openStart = System.nanoTime();
    Library lib =
        Library.open(Library.Settings.in(dir, maxChars, maxBytes), model, model, Clock.systemUTC());
    double openMs = (System.nanoTime() - openStart) / 1e6;
    try (lib) {
      long firstStart = System.nanoTime();
      lib.answer(asked.get(0), Library.Scope.ALL);
      double firstMs = (System.nanoTime() - firstStart) / 1e6;
      double[] many = time(lib, warmUp, asked);

      // One new article, from its bytes to answerable.
      String text =
          "Ferry crews end strike after pay deal\n\nFerry crews on the Kestrel Sound route"
              + " ended their strike on Friday after the operator offered a pay rise of 6.5"
              + " percent, the union said.\n\n\"We got what we asked for,\" said Orla"
              + " Penhallow, the union's regional organiser, on the quay at Carrick"
              + " Head.\n\nSailings resume on Saturday morning.\n";
      long addStart = System.nanoTime();
      LibraryEntry added =
          lib.add(
              ArticleSource.attachment(
                  "bench-ferry-" + System.nanoTime() + ".txt",
                  text.getBytes(StandardCharsets.UTF_8)));
      var a = lib.answer("Who is Orla Penhallow?", Library.Scope.ALL);
      double addMs = (System.nanoTime() - addStart) / 1e6;
      boolean fromIt = a.article().map(e -> e.id().equals(added.id())).orElse(false);
      lib.remove(added.id());

      out.printf(
          Locale.ROOT,
          "library: %d articles, %d paragraphs, %d cores%n",
          lib.size(),
          lib.paragraphs(),
          Runtime.getRuntime().availableProcessors());
      out.printf(Locale.ROOT, "open the existing index: %.0f ms%n", openMs);
      out.printf(Locale.ROOT, "first answer after opening: %.0f ms%n", firstMs);
      out.printf(
          Locale.ROOT,
          "one article (bundled, %d questions once each): p50 %.1f ms  p99 %.1f ms%n",
          alone.length,
          pct(alone, 50),
          pct(alone, 99));
      out.printf(
          Locale.ROOT,
          "whole library (%d corpus questions): p50 %.1f ms  p99 %.1f ms  (p50 %.2fx one"
              + " article)%n",
          many.length,
          pct(many, 50),
          pct(many, 99),
          pct(many, 50) / pct(alone, 50));
      out.printf(
          Locale.ROOT,
          "add one article until answerable: %.0f ms (answered from it: %s)%n",
          addMs,
          fromIt);
      out.printf(Locale.ROOT, "peak RSS of this JVM: %s%n", ProcessMemory.peakRss());
    } finally {
      deleteTree(one);
    }
    return 0;
  }

  /** Each of {@code questions} asked once and timed, after {@code warmUp} asked untimed. */
  private static double[] time(Library lib, List<String> warmUp, List<String> questions) {
    for (String q : warmUp) lib.answer(q, Library.Scope.ALL);
    double[] out = new double[questions.size()];
    for (int i = 0; i < out.length; i++) {
      long t0 = System.nanoTime();
      lib.answer(questions.get(i), Library.Scope.ALL);
      out[i] = (System.nanoTime() - t0) / 1e6;
    }
    return out;
  }

  private static double pct(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }

  /** Deletes {@code dir} and everything in it, as far as it can. */
  static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary folder left behind
    }
  }
}
