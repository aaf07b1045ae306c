package dev.articlebot.bot.cli;

import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.answer.AnswerModel;
import dev.articlebot.knowledge.answer.AnswerTraining;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.eval.Corpus;
import dev.articlebot.knowledge.eval.CorpusLibrary;
import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.EvalReport;
import dev.articlebot.knowledge.library.ArticleRouter;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.RouterTraining;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "train",
    description = {
      "Learn the answer model (which passage leads, whether to answer, which sentence answers)",
      "from a development corpus, report it cross-validated with articles held out, and write",
      "it where the build ships it from."
    })
final class TrainCli implements Callable<Integer> {
  @ParentCommand private RootCli root;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "The corpus folder (default ${DEFAULT-VALUE}).")
  private Path corpus = Path.of("knowledge", "corpus");

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "NAME",
      description = "Only these articles or groups (squad2, news, ...).")
  private List<String> only = new ArrayList<>();

  // True by default, so picocli wants the negative name: "--with-bundled" then sets it true and
  // "--no-with-bundled" false (the positive name would make "--with-bundled" toggle it off).
  @Option(
      names = "--no-with-bundled",
      negatable = true,
      defaultValue = "true",
      description = "Learn from the bundled article's own sets too (default: yes).")
  private boolean withBundled;

  /** Whether the bundled article's sets are learned from, as the command line asked. */
  boolean withBundled() {
    return withBundled;
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the model (default ${DEFAULT-VALUE}).")
  private Path out = Path.of("knowledge", "src", "main", "resources", AnswerModel.RESOURCE);

  @Option(
      names = "--folds",
      description = "Cross-validation folds, articles held out (default ${DEFAULT-VALUE}).")
  private int folds = AnswerTraining.Settings.DEFAULT.folds();

  @Option(
      names = "--max-answerable-refused",
      description =
          "The share of answerable questions the threshold may refuse, averaged over articles"
              + " (default ${DEFAULT-VALUE}).")
  private double maxRefused = AnswerTraining.Settings.DEFAULT.maxAnswerableRefused();

  @Option(
      names = "--linear",
      description = "Decide whether to answer with a linear model instead of boosted trees.")
  private boolean linear;

  @Option(
      names = "--linear-ranker",
      description =
          "Rank passages with a linear model alone, without the boosted trees that correct it.")
  private boolean linearRanker;

  @Option(
      names = "--linear-picker",
      description =
          "Pick the answering sentence with a linear model alone, without the trees that correct"
              + " it.")
  private boolean linearPicker;

  @Option(names = "--dry-run", description = "Report only; do not write the model.")
  private boolean dryRun;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description = "Also write each question's answer-or-refuse features and label (TSV).")
  private Path decisions;

  @Option(
      names = "--router",
      description =
          "Learn the library's article router instead: the corpus's articles in one library, each"
              + " answerable question routed among them (written to "
              + ArticleRouter.RESOURCE
              + " unless --out says otherwise).")
  private boolean router;

  @Override
  public Integer call() throws IOException {
    CliContext ctx = root.context();
    PrintStream o = ctx.out();
    ArticleLoader loader = new ArticleLoader(new ArticleParser());
    Corpus c = Corpus.read(corpus, loader).only(only);
    if (withBundled) c = c.and(Corpus.bundled(loader));
    if (c.entries().isEmpty()) {
      ctx.err().println("No question sets in " + corpus + (only.isEmpty() ? "" : " for " + only));
      return 1;
    }
    int maxChars = ctx.config().knowledge().maxQuestionChars();
    KnowledgeLoader.Embedders embedders = KnowledgeLoader.Embedders.open(ctx.config().stateDir());
    if (router) return router(ctx, o, c, embedders);
    List<AnswerTraining.Trial> trials = new ArrayList<>();
    for (Corpus.Entry e : c.entries()) {
      var kb = embedders.index(List.of(e.article().get()), maxChars, AnswerModel.untrained());
      trials.add(new AnswerTraining.Trial(e.group() + "/" + e.id(), kb.answerer(), e.questions()));
    }
    AnswerTraining.Settings d = AnswerTraining.Settings.DEFAULT;
    AnswerTraining training =
        new AnswerTraining(
            new AnswerTraining.Settings(
                folds,
                d.l2(),
                d.iterations(),
                maxRefused,
                !linear,
                !linearRanker,
                !linearPicker,
                d.borrowed()),
            line -> ctx.err().println(line));
    String provenance =
        String.format(
            Locale.ROOT,
            "train --corpus %s%s: %d articles, %d folds, answerable refused <= %.3f",
            corpus,
            only.isEmpty() ? "" : " --only " + String.join(",", only),
            trials.size(),
            folds,
            maxRefused);
    AnswerTraining.Result r = training.train(trials, provenance);
    report(o, r);
    if (decisions != null) Files.write(decisions, r.decisions(), StandardCharsets.UTF_8);
    if (!dryRun) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, r.model().toJson(), StandardCharsets.UTF_8);
      o.println("Model written to " + out + " (rebuild the jar to ship it).");
    }
    return 0;
  }

  /** Learns the article router on the corpus's articles, held in the library eval uses. */
  private int router(CliContext ctx, PrintStream o, Corpus c, KnowledgeLoader.Embedders embedders)
      throws IOException {
    Map<String, List<String>> questions = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Corpus.Entry e : c.entries()) {
      List<String> qs = new ArrayList<>();
      for (EvalQuestion q : e.questions()) if (q.answerable()) qs.add(q.question());
      questions.put(e.id(), qs);
      names.put(e.id(), e.group() + "/" + e.id());
    }
    RouterTraining.Result r;
    try (Library library =
        CorpusLibrary.open(
            ctx.config().stateDir().resolve("eval").resolve("corpus"),
            c,
            null,
            embedders.questions(),
            embedders.questions(),
            ctx.config().knowledge().maxQuestionChars(),
            ctx.config().knowledge().maxArticleBytes())) {
      String provenance =
          String.format(
              Locale.ROOT,
              "train --router --corpus %s: %d articles in one library, %d folds",
              corpus,
              questions.size(),
              folds);
      r = RouterTraining.train(RouterTraining.examples(library, questions), folds, provenance);
    } catch (CorpusLibrary.BusyException e) {
      ctx.err().println(e.getMessage());
      return 1;
    }
    o.println("Right article first, each article routed by weights learned without it:");
    o.printf(Locale.ROOT, "%-40s %9s %9s%n", "article", "untrained", "learned");
    for (Map.Entry<String, double[]> e : r.byArticle().entrySet()) {
      o.printf(
          Locale.ROOT,
          "%-40s %9.3f %9.3f%n",
          names.get(e.getKey()),
          e.getValue()[0],
          e.getValue()[1]);
    }
    o.printf(
        Locale.ROOT,
        "average over %d articles: first %.3f -> %.3f, top 3 %.3f -> %.3f%n",
        r.byArticle().size(),
        r.untrained().first(),
        r.crossValidated().first(),
        r.untrained().topThree(),
        r.crossValidated().topThree());
    if (!dryRun) {
      Path to =
          out.endsWith(AnswerModel.RESOURCE.substring(AnswerModel.RESOURCE.indexOf('/') + 1))
              ? out.resolveSibling(
                  ArticleRouter.RESOURCE.substring(ArticleRouter.RESOURCE.indexOf('/') + 1))
              : out;
      Files.createDirectories(to.toAbsolutePath().getParent());
      Files.writeString(to, r.model().toJson(), StandardCharsets.UTF_8);
      o.println("Router written to " + to + " (rebuild the jar to ship it).");
    }
    return 0;
  }

  private static void report(PrintStream o, AnswerTraining.Result r) {
    o.println("Cross-validated, each article answered by a model that never saw it:");
    ArticleTable table = new ArticleTable(o, 40);
    table.header();
    for (AnswerTraining.ArticleScore a : r.outOfFold()) table.row(a.id(), a.report());
    List<String> groups = new ArrayList<>();
    for (AnswerTraining.ArticleScore a : r.outOfFold()) {
      String g = a.id().contains("/") ? a.id().substring(0, a.id().indexOf('/')) : "";
      if (!groups.contains(g)) groups.add(g);
    }
    table.average("average over " + r.outOfFold().size() + " articles", reports(r.outOfFold()));
    for (String g : groups) {
      List<AnswerTraining.ArticleScore> of =
          r.outOfFold().stream().filter(a -> a.id().startsWith(g + "/")).toList();
      table.average("  " + g + " (" + of.size() + ")", reports(of));
    }
  }

  private static List<EvalReport> reports(List<AnswerTraining.ArticleScore> scores) {
    return scores.stream().map(AnswerTraining.ArticleScore::report).toList();
  }
}
