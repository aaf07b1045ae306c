package dev.articlebot.bot.cli;

import dev.articlebot.bot.Main;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.answer.Answerer;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.eval.Corpus;
import dev.articlebot.knowledge.eval.CorpusEvaluation;
import dev.articlebot.knowledge.eval.CorpusLibrary;
import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.EvalReport;
import dev.articlebot.knowledge.eval.Evaluation;
import dev.articlebot.knowledge.library.Library;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "eval",
    header = "Score the answers on question sets.",
    description =
        "Reports the right passage first, in the top 3, MRR, the gold answer inside the "
            + "quoted answer, right refusals (unanswerable) and wrong refusals (answerable). "
            + "Default: the bundled article's own sets, which only make sense for the bundled "
            + "article: with knowledge.articles set, give your own set with -q. With --corpus: "
            + "every article of a development corpus, each indexed alone, and the average over "
            + "articles.")
final class EvalCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Option(
      names = {"-q", "--questions"},
      paramLabel = "FILE",
      description = "A JSON Lines question set: {\"question\", \"paragraphs\": [..]} per line.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "A corpus folder (e.g. knowledge/corpus): article files with <name>.jsonl.")
  private Path corpus;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "NAME",
      description = "With --corpus: only these articles or groups (squad2, news, ...).")
  private List<String> only = new ArrayList<>();

  @Option(
      names = "--with-bundled",
      description = "With --corpus: count the bundled article and its sets as one more article.")
  private boolean withBundled;

  @Option(
      names = "--distractors",
      paramLabel = "DIR",
      description =
          "With --corpus: also ask every article's questions of one library holding all the"
              + " corpus articles and the article files of DIR (say, a news dataset), count a"
              + " citation right only in the right article, and report how much each average drops"
              + " from the articles alone.")
  private Path distractors;

  @Option(
      names = {"-v", "--verbose"},
      description = "List every miss, with what decided it.")
  private boolean verbose;

  @Option(
      names = "--ablate",
      description =
          "With --corpus: also score the pipeline without each of its rules in turn, and report"
              + " what each is worth on the averages.")
  private boolean ablate;

  @Override
  public Integer call() throws IOException {
    CliContext ctx = root.context();
    PrintStream out = ctx.out();
    if (corpus != null) return corpus(ctx, out);
    String articles = ctx.config().knowledge().articles();
    if (files.isEmpty() && !articles.isEmpty()) {
      ctx.err()
          .println(
              "The bundled question sets are about the bundled article, not about "
                  + articles
                  + " (knowledge.articles): give a question set of your own with -q FILE (JSON"
                  + " Lines, {\"question\", \"paragraphs\": [..]} per line), or score a corpus"
                  + " with --corpus DIR.");
      return Main.EXIT_CONFIG;
    }
    Evaluation evaluation = new Evaluation(ctx.app().knowledge());
    if (files.isEmpty()) {
      for (String set : Evaluation.ALL_BUNDLED) {
        report(out, "bundled " + set, evaluation.run(Evaluation.bundled(set)), -1);
      }
    } else {
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          List<EvalQuestion> qs = Evaluation.read(in);
          report(out, f.toString(), evaluation.run(qs), qs.size());
        }
      }
    }
    return 0;
  }

  private int corpus(CliContext ctx, PrintStream out) {
    ArticleLoader loader = new ArticleLoader(new ArticleParser());
    Corpus c = Corpus.read(corpus, loader).only(only);
    if (withBundled) c = c.and(Corpus.bundled(loader));
    if (c.entries().isEmpty()) {
      ctx.err().println("No question sets in " + corpus + (only.isEmpty() ? "" : " for " + only));
      return 1;
    }
    if (distractors != null && !Files.isDirectory(distractors)) {
      ctx.err().println("--distractors " + distractors + " is not a folder of article files");
      return 1;
    }
    int maxChars = ctx.config().knowledge().maxQuestionChars();
    long maxBytes = ctx.config().knowledge().maxArticleBytes();
    KnowledgeLoader.Embedders embedders = KnowledgeLoader.Embedders.open(ctx.config().stateDir());
    Path evalDir = ctx.config().stateDir().resolve("eval");
    // Each article is read as the bot reads it: from a library, alone.
    try (Library alone =
        CorpusLibrary.open(
            evalDir.resolve("corpus"),
            c,
            null,
            embedders.questions(),
            embedders.questions(),
            maxChars,
            maxBytes)) {
      CorpusEvaluation evaluation =
          new CorpusEvaluation(articles -> alone.knowledge(articles.get(0).id()).orElseThrow());
      if (ablate) return ablation(out, evaluation, c, alone);
      CorpusEvaluation.Report r = evaluation.run(c);
      table(out, r);
      if (distractors == null) return 0;
      try (Library among =
          CorpusLibrary.open(
              evalDir.resolve("corpus-among-" + distractors.toAbsolutePath().getFileName()),
              c,
              distractors,
              embedders.questions(),
              embedders.questions(),
              maxChars,
              maxBytes)) {
        out.printf(
            Locale.ROOT,
            "%nThe same questions asked of one library of %d articles (%d paragraphs):%n",
            among.size(),
            among.paragraphs());
        CorpusEvaluation.Report m = CorpusEvaluation.runAmong(c, among);
        table(out, m);
        out.printf(
            Locale.ROOT,
            "%-34s %5s %+6.3f %+6.3f %+6.3f %+7.3f %5s %+7.3f%n",
            "change from each article alone",
            "",
            m.first() - r.first(),
            m.topThree() - r.topThree(),
            m.goldInAnswer() - r.goldInAnswer(),
            m.answerableRefused() - r.answerableRefused(),
            "",
            m.unanswerableRefused() - r.unanswerableRefused());
      }
      return 0;
    }
  }

  private void table(PrintStream out, CorpusEvaluation.Report r) {
    out.printf(
        Locale.ROOT,
        "%-34s %5s %6s %6s %6s %7s %5s %7s%n",
        "article",
        "ans",
        "first",
        "top3",
        "gold",
        "ans-ref",
        "unans",
        "un-ref");
    for (CorpusEvaluation.ArticleResult a : r.articles()) {
      EvalReport e = a.report();
      out.printf(
          Locale.ROOT,
          "%-34s %5d %6.3f %6.3f %6s %7.3f %5d %7s%n",
          a.entry().group() + "/" + a.entry().id(),
          e.answerable(),
          e.firstRightRate(),
          e.topThreeRate(),
          e.withGoldAnswer() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", e.goldInAnswerRate()),
          e.wrongRefusalRate(),
          e.unanswerable(),
          e.unanswerable() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", e.rightRefusalRate()));
      if (verbose) e.misses().forEach(m -> out.println("    miss: " + m));
    }
    out.printf(
        Locale.ROOT,
        "%-34s %5s %6.3f %6.3f %6.3f %7.3f %5s %7.3f%n",
        "average over " + r.articles().size() + " articles",
        "",
        r.first(),
        r.topThree(),
        r.goldInAnswer(),
        r.answerableRefused(),
        "",
        r.unanswerableRefused());
  }

  /** The averages with every rule, then without each rule in turn. */
  private int ablation(PrintStream out, CorpusEvaluation evaluation, Corpus c, Library library) {
    List<String> rules =
        library.knowledge(c.entries().get(0).id()).orElseThrow().answerer().ruleNames();
    List<UnaryOperator<Answerer>> variants = new ArrayList<>();
    variants.add(a -> a);
    for (String rule : rules) variants.add(a -> a.without(rule));
    List<CorpusEvaluation.Report> reports = evaluation.run(c, variants);
    CorpusEvaluation.Report all = reports.get(0);
    List<String> scopes = new ArrayList<>();
    scopes.add("");
    if (all.groups().size() > 1) scopes.addAll(all.groups());
    for (String scope : scopes) {
      CorpusEvaluation.Report base = scope.isEmpty() ? all : all.group(scope);
      out.printf(
          Locale.ROOT,
          "%n%-28s %7s %7s %7s %8s %8s%n",
          (scope.isEmpty() ? "all " : scope + ": ") + base.articles().size() + " articles",
          "first",
          "top3",
          "gold",
          "ans-ref",
          "un-ref");
      out.printf(
          Locale.ROOT,
          "%-28s %7.3f %7.3f %7.3f %8.3f %8.3f%n",
          "every rule",
          base.first(),
          base.topThree(),
          base.goldInAnswer(),
          base.answerableRefused(),
          base.unanswerableRefused());
      for (int i = 0; i < rules.size(); i++) {
        CorpusEvaluation.Report r =
            scope.isEmpty() ? reports.get(i + 1) : reports.get(i + 1).group(scope);
        out.printf(
            Locale.ROOT,
            "%-28s %+7.3f %+7.3f %+7.3f %+8.3f %+8.3f%n",
            "without " + rules.get(i),
            r.first() - base.first(),
            r.topThree() - base.topThree(),
            r.goldInAnswer() - base.goldInAnswer(),
            r.answerableRefused() - base.answerableRefused(),
            r.unanswerableRefused() - base.unanswerableRefused());
      }
    }
    return 0;
  }

  private void report(PrintStream out, String name, EvalReport r, int size) {
    out.printf(
        "Question set: %s (%d questions)%n",
        name, size >= 0 ? size : r.answerable() + r.unanswerable());
    out.println(line("Right passage first", r.firstRightRate(), r.firstRight(), r.answerable()));
    out.println(
        line("Right passage in top 3", r.topThreeRate(), r.topThreeRight(), r.answerable()));
    out.printf(Locale.ROOT, "  %-28s %.3f%n", "Mean reciprocal rank", r.meanReciprocalRank());
    if (r.withGoldAnswer() > 0) {
      out.println(
          line(
              "Gold answer in the answer",
              r.goldInAnswerRate(),
              r.goldInAnswer(),
              r.withGoldAnswer()));
    }
    out.println(
        line(
            "Right refusals (off-topic)",
            r.rightRefusalRate(),
            r.rightRefusals(),
            r.unanswerable()));
    out.println(
        line(
            "Wrong refusals (answerable)",
            r.wrongRefusalRate(),
            r.wrongRefusals(),
            r.answerable()));
    if (verbose) r.misses().forEach(m -> out.println("    miss: " + m));
    out.println();
  }

  private static String line(String label, double rate, int n, int of) {
    return String.format(Locale.ROOT, "  %-28s %.3f  (%d/%d)", label, rate, n, of);
  }
}
