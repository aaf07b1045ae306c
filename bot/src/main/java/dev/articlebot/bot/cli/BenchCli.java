package dev.articlebot.bot.cli;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.Evaluation;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "bench",
    header = "Measure latency, throughput, start-up and memory.",
    description =
        "Answer latency (p50/p99) against one question embedding, throughput on two "
            + "threads, start-up (cold and with a warm cache, in a fresh JVM) and peak memory, "
            + "over the bundled question sets.")
final class BenchCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Option(
      names = "--rounds",
      description = "Passes over the question set (default ${DEFAULT-VALUE}).")
  private int rounds = 5;

  @Option(
      names = "--threads",
      description = "Threads for the throughput run (default ${DEFAULT-VALUE}).")
  private int threads = 2;

  @Option(names = "--no-startup", description = "Skip the start-up runs in child JVMs.")
  private boolean noStartup;

  @Option(
      names = "--library",
      paramLabel = "DIR",
      description =
          "Library mode: open the library already indexed in DIR (e.g. the one eval --corpus"
              + " --distractors leaves in the state folder), time the opening, ask it the"
              + " questions of --corpus, and add one article to it; compared with a library of"
              + " the bundled article alone, in the same run.")
  private Path library;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Library mode: the corpus whose questions are asked (default knowledge/corpus).")
  private Path corpus = Path.of("knowledge", "corpus");

  @Option(
      names = "--questions",
      description = "Library mode: questions asked at most (default ${DEFAULT-VALUE}).")
  private int maxQuestions = 600;

  @Option(
      names = "--indexing",
      paramLabel = "DIR",
      description =
          "Indexing mode: index the first --articles article files of DIR (in name order) into a"
              + " fresh temporary library and compare the time with embedding the same texts"
              + " alone; prints the progress the library reports, the peak RSS and the size on"
              + " disk.")
  private Path indexing;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Indexing mode: article files to index, 0 for all (default ${DEFAULT-VALUE}).")
  private int articles = 300;

  @Option(
      names = "--reader",
      description =
          "Time only the page reader: pasted pages of about 100 KB and 1 MB, and a page whose"
              + " one line holds 200,000 characters.")
  private boolean readerOnly;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    PrintStream out = ctx.out();
    if (library != null) {
      return LibraryBench.run(ctx, out, library, corpus, maxQuestions);
    }
    if (indexing != null) {
      return IndexingBench.run(ctx, out, indexing, articles);
    }
    if (readerOnly) {
      readerBench(out);
      return 0;
    }
    List<String> questions = new ArrayList<>();
    for (EvalQuestion q : Evaluation.bundled(Evaluation.BUNDLED)) questions.add(q.question());
    for (EvalQuestion q : Evaluation.bundled(Evaluation.BUNDLED_HOLDOUT))
      questions.add(q.question());

    long loadStart = System.nanoTime();
    KnowledgeBase kb = ctx.app().knowledge();
    double loadMs = (System.nanoTime() - loadStart) / 1e6;

    for (String q : questions) kb.answer(q); // warm-up: JIT, ONNX, caches
    double[] embed = new double[questions.size() * rounds];
    double[] answer = new double[questions.size() * rounds];
    int i = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : questions) {
        long t0 = System.nanoTime();
        kb.embedQuestion(q);
        long t1 = System.nanoTime();
        kb.answer(q);
        long t2 = System.nanoTime();
        embed[i] = (t1 - t0) / 1e6;
        answer[i] = (t2 - t1) / 1e6;
        i++;
      }
    }
    double throughput = throughput(kb, questions, threads);
    out.printf(
        Locale.ROOT,
        "questions: %d x %d rounds, %d cores%n",
        questions.size(),
        rounds,
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "knowledge load in this JVM: %.0f ms%n", loadMs);
    out.printf(
        Locale.ROOT,
        "one question embedding: p50 %.2f ms  p99 %.2f ms%n",
        pct(embed, 50),
        pct(embed, 99));
    out.printf(
        Locale.ROOT,
        "whole answer:           p50 %.2f ms  p99 %.2f ms  (p50 ratio %.2fx)%n",
        pct(answer, 50),
        pct(answer, 99),
        pct(answer, 50) / pct(embed, 50));
    out.printf(Locale.ROOT, "throughput on %d threads: %.0f answers/s%n", threads, throughput);
    out.printf(
        Locale.ROOT, "peak RSS of this JVM (benchmark included): %s%n", ProcessMemory.peakRss());
    if (!noStartup) {
      startup(out);
      batchMemory(out, questions, ctx.app().config().stateDir());
    }
    return 0;
  }

  /**
   * Parse time of long pasted pages built from the bundled article's paragraphs (each numbered, so
   * no two are alike) and of a page whose one line is 200,000 characters of dots; one warm-up parse
   * of each first.
   */
  private static void readerBench(PrintStream out) {
    ArticleParser parser = new ArticleParser();
    List<String> paragraphs =
        new ArticleLoader(parser).loadBundled().paragraphs().stream().map(Paragraph::text).toList();
    for (int kilobytes : new int[] {100, 1000}) {
      StringBuilder page =
          new StringBuilder("A Long Page for the Reader Benchmark\n\nBy Ann Lee\n\n");
      for (int i = 0; page.length() < kilobytes * 1000; i++) {
        page.append("Part ")
            .append(i + 1)
            .append(". ")
            .append(paragraphs.get(i % paragraphs.size()))
            .append("\n\n");
      }
      timeParse(out, "pasted page of " + kilobytes + " KB", parser, page.toString());
    }
    String line = "A Long Line\n\nBy Ann Lee\n\n" + ".".repeat(200_000) + " The end.\n";
    timeParse(out, "one line of 200,000 characters", parser, line);
  }

  private static void timeParse(PrintStream out, String label, ArticleParser parser, String text) {
    parser.parse("bench", text);
    long start = System.nanoTime();
    Article a = parser.parse("bench", text);
    out.printf(
        Locale.ROOT,
        "reader, %s: %.0f ms (%d paragraph%s)%n",
        label,
        (System.nanoTime() - start) / 1e6,
        a.paragraphs().size(),
        a.paragraphs().size() == 1 ? "" : "s");
  }

  /** Peak RSS of a fresh JVM answering every question once, as `ask --json` does. */
  private static void batchMemory(PrintStream out, List<String> questions, Path stateDir)
      throws IOException, InterruptedException {
    String jar = jarPath();
    if (jar == null) return;
    Path dir = Files.createTempDirectory("articlebot-bench-mem");
    try {
      Path in = dir.resolve("questions.txt");
      Files.write(in, questions);
      ProcessBuilder pb =
          new ProcessBuilder(
              javaBin(),
              "-jar",
              jar,
              "--set",
              "state.dir=" + stateDir.toAbsolutePath(),
              "ask",
              "--json",
              "--report-memory");
      pb.redirectInput(in.toFile());
      pb.redirectOutput(dir.resolve("out.jsonl").toFile());
      pb.redirectError(dir.resolve("err.txt").toFile());
      int code = pb.start().waitFor();
      String report =
          Files.readAllLines(dir.resolve("err.txt")).stream()
              .filter(l -> l.startsWith("peak RSS: "))
              .findFirst()
              .map(l -> l.substring("peak RSS: ".length()))
              .orElse("unknown (exit " + code + ")");
      out.printf(
          Locale.ROOT,
          "peak RSS answering %d questions with ask --json: %s%n",
          questions.size(),
          report);
    } finally {
      delete(dir);
    }
  }

  private static String jarPath() {
    String jar = BenchCli.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    return jar.endsWith(".jar") ? jar : null;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void delete(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static double throughput(KnowledgeBase kb, List<String> questions, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int total = questions.size() * 4;
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int k = offset; k < total; k += threads) {
                    kb.answer(questions.get(k % questions.size()));
                  }
                }));
      }
      for (Future<?> f : futures) f.get();
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** Start to first answer in a fresh JVM: once with an empty state folder, once warm. */
  private static void startup(PrintStream out) throws IOException, InterruptedException {
    String jar = jarPath();
    if (jar == null) {
      out.println(
          "start-up: skipped (run from the jar: java -jar bot/target/article-bot.jar bench)");
      return;
    }
    Path state = Files.createTempDirectory("articlebot-bench");
    try {
      String java = javaBin();
      for (String label :
          List.of("cold (empty state folder)", "warm (cached model and vectors)", "warm again")) {
        ProcessBuilder pb =
            new ProcessBuilder(
                java,
                "-jar",
                jar,
                "--set",
                "state.dir=" + state,
                "ask",
                "--json",
                "What did the two sides agree in Kuala Lumpur?");
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File(state.resolve("out.txt").toString()));
        long t0 = System.nanoTime();
        int code = pb.start().waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        out.printf(
            Locale.ROOT,
            "start to first answer, %s: %.0f ms%s%n",
            label,
            ms,
            code == 0 ? "" : " (exit " + code + ")");
      }
    } finally {
      delete(state);
    }
  }

  private static double pct(double[] values, int p) {
    double[] s = values.clone();
    Arrays.sort(s);
    int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, idx))];
  }
}
