package dev.articlebot.bot.cli;

import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.answer.AnswerModel;
import dev.articlebot.knowledge.answer.AnswerTraining;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.eval.Corpus;
import dev.articlebot.knowledge.eval.EvalReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  @Option(
      names = "--with-bundled",
      negatable = true,
      description = "Learn from the bundled article's own sets too (default: yes).")
  private boolean withBundled = true;

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

  @Option(names = "--dry-run", description = "Report only; do not write the model.")
  private boolean dryRun;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description = "Also write each question's answer-or-refuse features and label (TSV).")
  private Path decisions;

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
    List<AnswerTraining.Trial> trials = new ArrayList<>();
    for (Corpus.Entry e : c.entries()) {
      var kb = embedders.index(List.of(e.article().get()), maxChars, AnswerModel.untrained());
      trials.add(new AnswerTraining.Trial(e.group() + "/" + e.id(), kb.answerer(), e.questions()));
    }
    AnswerTraining.Settings d = AnswerTraining.Settings.DEFAULT;
    AnswerTraining training =
        new AnswerTraining(
            new AnswerTraining.Settings(
                folds, d.l2(), d.iterations(), maxRefused, !linear, d.borrowed()),
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

  private static void report(PrintStream o, AnswerTraining.Result r) {
    o.println("Cross-validated, each article answered by a model that never saw it:");
    o.printf(
        Locale.ROOT,
        "%-40s %5s %6s %6s %6s %7s %5s %7s%n",
        "article",
        "ans",
        "first",
        "top3",
        "gold",
        "ans-ref",
        "unans",
        "un-ref");
    for (AnswerTraining.ArticleScore a : r.outOfFold()) {
      EvalReport e = a.report();
      o.printf(
          Locale.ROOT,
          "%-40s %5d %6.3f %6.3f %6s %7.3f %5d %7s%n",
          a.id(),
          e.answerable(),
          e.firstRightRate(),
          e.topThreeRate(),
          e.withGoldAnswer() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", e.goldInAnswerRate()),
          e.wrongRefusalRate(),
          e.unanswerable(),
          e.unanswerable() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", e.rightRefusalRate()));
    }
    List<String> groups = new ArrayList<>();
    for (AnswerTraining.ArticleScore a : r.outOfFold()) {
      String g = a.id().contains("/") ? a.id().substring(0, a.id().indexOf('/')) : "";
      if (!groups.contains(g)) groups.add(g);
    }
    averages(o, "average over " + r.outOfFold().size() + " articles", r.outOfFold());
    for (String g : groups) {
      List<AnswerTraining.ArticleScore> of =
          r.outOfFold().stream().filter(a -> a.id().startsWith(g + "/")).toList();
      averages(o, "  " + g + " (" + of.size() + ")", of);
    }
  }

  private static void averages(PrintStream o, String label, List<AnswerTraining.ArticleScore> of) {
    double[] sum = new double[5];
    int[] n = new int[5];
    for (AnswerTraining.ArticleScore a : of) {
      EvalReport e = a.report();
      add(sum, n, 0, e.firstRightRate(), e.answerable() > 0);
      add(sum, n, 1, e.topThreeRate(), e.answerable() > 0);
      add(sum, n, 2, e.goldInAnswerRate(), e.withGoldAnswer() > 0);
      add(sum, n, 3, e.wrongRefusalRate(), e.answerable() > 0);
      add(sum, n, 4, e.rightRefusalRate(), e.unanswerable() > 0);
    }
    o.printf(
        Locale.ROOT,
        "%-40s %5s %6s %6s %6s %7s %5s %7s%n",
        label,
        "",
        mean(sum, n, 0),
        mean(sum, n, 1),
        mean(sum, n, 2),
        mean(sum, n, 3),
        "",
        mean(sum, n, 4));
  }

  private static String mean(double[] sum, int[] n, int i) {
    return n[i] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", sum[i] / n[i]);
  }

  private static void add(double[] sum, int[] n, int i, double v, boolean applies) {
    if (!applies) return;
    sum[i] += v;
    n[i]++;
  }
}
