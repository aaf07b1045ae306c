package dev.articlebot.bot.cli;

import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.library.IndexingProgress;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.SyncReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * bench --indexing: is a first indexing of a library bound by embedding? Times indexing the first N
 * article files of a folder into a fresh library against embedding the same texts alone, in one
 * JVM, and prints the peak RSS and the progress the library reports on the way.
 */
final class IndexingBench {
  private IndexingBench() {}

  /** Texts embedded at once in the embedding-alone run. */
  private static final int BATCH = 32;

  /** Least time between two progress lines. */
  private static final long PROGRESS_NANOS = 5_000_000_000L;

  static int run(CliContext ctx, PrintStream out, Path dir, int articles) throws Exception {
    if (!Files.isDirectory(dir)) {
      ctx.err().println("--indexing " + dir + " is not a folder");
      return 1;
    }
    if (articles < 0) {
      ctx.err().println("--articles must be 0 (all) or more");
      return 1;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(
                  p ->
                      Files.isRegularFile(p)
                          && ArticleLoader.isArticleName(p.getFileName().toString()))
              .sorted()
              .toList();
    }
    if (articles > 0 && files.size() > articles) files = files.subList(0, articles);
    if (files.isEmpty()) {
      ctx.err().println("--indexing " + dir + " holds no article file");
      return 1;
    }
    int maxChars = ctx.config().knowledge().maxQuestionChars();
    long maxBytes = ctx.config().knowledge().maxArticleBytes();
    // The bare model, without the file cache of vectors.
    var model = KnowledgeLoader.Embedders.model(ctx.config().stateDir());
    model.model(); // the model loads once, outside the timings

    // Neither timed run can use vectors the other computed: both use the bare model, which keeps
    // nothing, as the bot's library does (it stores the vectors itself). Embedding alone runs
    // before indexing and again after it, and the ratio is taken against the mean of the two, so
    // that a change in the load of a shared machine during the run shows (the two differ) and
    // weighs less.

    // Warm-up (not timed): the model, the parser and the library's write path, on the bundled
    // article in a throwaway library with an in-memory cache.
    Path warm = Files.createTempDirectory("articlebot-bench-warm");
    try (Library lib =
        Library.open(
            Library.Settings.in(warm, maxChars, maxBytes), model, model, Clock.systemUTC())) {
      lib.syncBundled();
      Article bundled = new ArticleLoader(new ArticleParser()).loadBundled();
      List<String> texts = bundled.paragraphs().stream().map(Paragraph::text).toList();
      model.encodeAll(texts);
      model.embedAll(texts);
    } finally {
      LibraryBench.deleteTree(warm);
    }
    System.gc();
    String rssBefore = ProcessMemory.peakRss();

    // The texts embedded alone: read and parse untimed against the embedding.
    ArticleLoader loader = new ArticleLoader(new ArticleParser(), maxBytes);
    List<String> paragraphs = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    int parsed = 0;
    long parseStart = System.nanoTime();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Article a;
      try {
        a = loader.read(name, ArticleLoader.idFor(name), Files.readAllBytes(f));
      } catch (KnowledgeException e) {
        continue; // the library skips it too
      }
      parsed++;
      for (Paragraph p : a.paragraphs()) {
        paragraphs.add(p.text());
        for (Sentence s : p.sentences()) sentences.add(s.text());
      }
    }
    double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
    String load = loadAverage();

    // 1. Embedding alone, once before indexing and once after: on a shared machine the load can
    // change during a run, and their mean brackets the indexing.
    Timing before = embedAlone(model, paragraphs, sentences);
    String rssEmbedding = ProcessMemory.peakRss();

    // 2. Indexing the files into a fresh library.
    Path tmp = Files.createTempDirectory("articlebot-bench-indexing");
    double indexSeconds;
    double indexCpu;
    long libraryBytes;
    int indexed;
    int libraryParagraphs;
    int skipped;
    String rssIndexing;
    AtomicInteger events = new AtomicInteger();
    try {
      Path libDir = tmp.resolve("library");
      try (Library lib =
          Library.open(
              Library.Settings.in(libDir, maxChars, maxBytes), model, model, Clock.systemUTC())) {
        AtomicLong lastLine = new AtomicLong(Long.MIN_VALUE);
        lib.onProgress(p -> progressLine(out, p, events, lastLine));
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        SyncReport report = lib.syncFiles(files);
        indexSeconds = (System.nanoTime() - start) / 1e9;
        indexCpu = (cpuNanos() - cpuStart) / 1e9;
        indexed = report.added().size();
        skipped = report.skipped().size();
        libraryParagraphs = lib.paragraphs();
        rssIndexing = ProcessMemory.peakRss();
      }
      libraryBytes = sizeOf(libDir);
    } finally {
      LibraryBench.deleteTree(tmp);
    }

    // 3. Embedding alone again (the model is uncached, so the library's vectors do not help).
    Timing after = embedAlone(model, paragraphs, sentences);
    double embedSeconds = (before.seconds() + after.seconds()) / 2;
    double embedCpu = (before.cpu() + after.cpu()) / 2;

    out.printf(
        Locale.ROOT,
        "articles: %d files from %s (%d indexed, %d skipped), %d cores, max heap %d MB, load"
            + " average %s at the start, %s at the end%n",
        files.size(),
        dir,
        indexed,
        skipped,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        load,
        loadAverage());
    out.printf(
        Locale.ROOT,
        "texts: %d paragraphs (library: %d), %d sentences%n",
        paragraphs.size(),
        libraryParagraphs,
        sentences.size());
    out.printf(
        Locale.ROOT,
        "reading and parsing %d articles alone: %.1f s (not in the embedding time)%n",
        parsed,
        parseSeconds);
    out.printf(
        Locale.ROOT,
        "embedding alone (bare model, batches of %d; paragraph text without the \"(who it is"
            + " about)\" suffix the library adds to some):%n",
        BATCH);
    for (Timing t : List.of(before, after)) {
      out.printf(
          Locale.ROOT,
          "  %s indexing: %.1f s = paragraphs with word pieces %.1f s + sentences %.1f s (%.0f"
              + " texts/s), CPU %.1f s%n",
          t == before ? "before" : "after",
          t.seconds(),
          t.paragraphs(),
          t.sentences(),
          (paragraphs.size() + sentences.size()) / t.seconds(),
          t.cpu());
    }
    out.printf(
        Locale.ROOT,
        "indexing into a fresh library (syncFiles): %.1f s (%.1f" + " articles/s), CPU %.1f s%n",
        indexSeconds,
        files.size() / indexSeconds,
        indexCpu);
    double ratio = indexSeconds / embedSeconds;
    out.printf(
        Locale.ROOT,
        "indexing / embedding alone (mean of the two): %.2fx wall clock (%s), %.2fx CPU%n",
        ratio,
        ratio <= 1.3 ? "bound by embedding: within 1.3x" : "NOT bound by embedding: over 1.3x",
        indexCpu / embedCpu);
    out.printf(
        Locale.ROOT,
        "progress: %d reports from the library while indexing (lines above at most every %d s)%n",
        events.get(),
        PROGRESS_NANOS / 1_000_000_000L);
    out.printf(Locale.ROOT, "on disk: library %.1f MB%n", libraryBytes / 1e6);
    out.printf(
        Locale.ROOT,
        "peak RSS of this JVM: %s after the warm-up, %s after embedding alone, %s after"
            + " indexing, %s at the end%n",
        rssBefore,
        rssEmbedding,
        rssIndexing,
        ProcessMemory.peakRss());
    return 0;
  }

  /** Wall-clock seconds of embedding paragraphs and sentences alone, and the CPU they took. */
  private record Timing(double paragraphs, double sentences, double cpu) {
    double seconds() {
      return paragraphs + sentences;
    }
  }

  private static Timing embedAlone(
      Embedder model, List<String> paragraphs, List<String> sentences) {
    long cpuStart = cpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < paragraphs.size(); i += BATCH) {
      model.encodeAll(paragraphs.subList(i, Math.min(paragraphs.size(), i + BATCH)));
    }
    long middle = System.nanoTime();
    for (int i = 0; i < sentences.size(); i += BATCH) {
      model.embedAll(sentences.subList(i, Math.min(sentences.size(), i + BATCH)));
    }
    long end = System.nanoTime();
    return new Timing((middle - start) / 1e9, (end - middle) / 1e9, (cpuNanos() - cpuStart) / 1e9);
  }

  /** CPU time of this process so far (every thread, ONNX Runtime's included). */
  private static long cpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElse(0L);
  }

  /** The 1-minute load average (Linux), or "?". */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** A progress line for the first report, the last, and otherwise at most every 5 s. */
  private static void progressLine(
      PrintStream out, IndexingProgress p, AtomicInteger events, AtomicLong lastLine) {
    events.incrementAndGet();
    long now = System.nanoTime();
    long last = lastLine.get();
    boolean edge = last == Long.MIN_VALUE || !p.indexing();
    if ((edge || now - last >= PROGRESS_NANOS) && lastLine.compareAndSet(last, now)) {
      out.printf(
          Locale.ROOT,
          "  indexing: %s%s (%.0f s, peak RSS %s)%n",
          p.describe(),
          p.indexing() ? "" : ", done",
          p.elapsed().toNanos() / 1e9,
          ProcessMemory.peakRss());
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    if (!Files.exists(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }
}
