package dev.articlebot.bot.cli;

import dev.articlebot.bot.Main;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Answerer;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.eval.ConversationEvaluation;
import dev.articlebot.knowledge.eval.Corpus;
import dev.articlebot.knowledge.eval.CorpusEvaluation;
import dev.articlebot.knowledge.eval.CorpusLibrary;
import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.EvalReport;
import dev.articlebot.knowledge.eval.Evaluation;
import dev.articlebot.knowledge.eval.QuestionSetException;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.phrase.Fallback;
import dev.articlebot.knowledge.phrase.Phraser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

  @Option(
      names = "--llm",
      description =
          "Score the answers as the language model words them (llm.* must be set up): the same"
              + " sets, with the model's phrasing, judging and fallbacks, and a count of each.")
  private boolean llm;

  @Option(
      names = "--alone",
      description =
          "With a conversation set: answer every turn as if it were the first (the baseline).")
  private boolean alone;

  @Override
  public Integer call() throws IOException {
    CliContext ctx = root.context();
    PrintStream out = ctx.out();
    if (llm && corpus != null) {
      ctx.err().println("eval --llm scores question sets (bundled or -q FILE), not --corpus.");
      return Main.EXIT_CONFIG;
    }
    if (llm && !ctx.config().llm().enabled()) {
      ctx.err()
          .println(
              "eval --llm needs the language model set up: llm.enabled = true, llm.provider,"
                  + " llm.base-url and llm.model (see config/article-bot.conf); config check"
                  + " --probe tests it.");
      return Main.EXIT_CONFIG;
    }
    if (!files.isEmpty() && isConversationSet(files.get(0))) return conversations(ctx, out);
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
    LlmTally tally = new LlmTally();
    Evaluation evaluation;
    if (llm) {
      ctx.app().reportLanguageModelTo(tally);
      Phraser phraser = ctx.app().phraser();
      var kb = ctx.app().knowledge();
      evaluation = new Evaluation(q -> tally.count(phraser.phrase(kb.answer(q))));
    } else {
      evaluation = new Evaluation(ctx.app().knowledge());
    }
    if (files.isEmpty()) {
      for (String set : Evaluation.ALL_BUNDLED) {
        report(out, "bundled " + set, evaluation.run(Evaluation.bundled(set)), -1);
        if (llm) tally.report(out);
      }
    } else {
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          List<EvalQuestion> qs;
          try {
            qs = Evaluation.read(in);
          } catch (QuestionSetException e) {
            throw e.in(f);
          }
          report(out, f.toString(), evaluation.run(qs), qs.size());
          if (llm) tally.report(out);
        }
      }
    }
    return 0;
  }

  /** What the language model did over one question set; reset by each report. */
  static final class LlmTally implements Phraser.Observer {
    private final Map<String, Integer> counts = new TreeMap<>();
    private long millis;
    private long tokens;

    synchronized Answer count(Answer a) {
      if (a.phrased()) counts.merge("phrased", 1, Integer::sum);
      return a;
    }

    @Override
    public synchronized void called(String kind, Duration took, boolean replied, int in, int out) {
      counts.merge(kind + (replied ? " calls" : " calls failed"), 1, Integer::sum);
      millis += took.toMillis();
      tokens += in + out;
    }

    @Override
    public synchronized void fellBack(Fallback why) {
      counts.merge("fallback " + why.label(), 1, Integer::sum);
    }

    @Override
    public synchronized void judged(boolean answers) {
      counts.merge(answers ? "judged yes" : "judged no (refused)", 1, Integer::sum);
    }

    synchronized void report(PrintStream out) {
      int calls =
          counts.entrySet().stream()
              .filter(e -> e.getKey().contains(" calls"))
              .mapToInt(Map.Entry::getValue)
              .sum();
      out.printf(
          Locale.ROOT,
          "  Language model: %d calls, %d tokens, %.0f ms per call%n",
          calls,
          tokens,
          calls == 0 ? 0.0 : (double) millis / calls);
      counts.forEach((k, v) -> out.printf(Locale.ROOT, "    %-28s %d%n", k, v));
      out.println();
      counts.clear();
      millis = 0;
      tokens = 0;
    }
  }

  private static boolean isConversationSet(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines
          .filter(l -> !l.isBlank())
          .findFirst()
          .map(ConversationEvaluation::isConversationSet)
          .orElse(false);
    }
  }

  /**
   * Conversation sets: each article of a thread indexed alone (the bundled article by its id, the
   * others found in the corpus folder, knowledge/corpus unless --corpus says), first turns and
   * follow-ups reported apart.
   */
  private int conversations(CliContext ctx, PrintStream out) throws IOException {
    ArticleLoader loader = new ArticleLoader(new ArticleParser());
    Path dir = corpus != null ? corpus : Path.of("knowledge", "corpus");
    Corpus c = Files.isDirectory(dir) ? Corpus.read(dir, loader) : new Corpus(List.of());
    c = c.and(Corpus.bundled(loader));
    java.util.Map<String, Corpus.Entry> byId = new java.util.HashMap<>();
    for (Corpus.Entry e : c.entries()) byId.putIfAbsent(e.id(), e);
    int maxChars = ctx.config().knowledge().maxQuestionChars();
    KnowledgeLoader.Embedders embedders = KnowledgeLoader.Embedders.open(ctx.config().stateDir());
    for (Path f : files) {
      List<ConversationEvaluation.Line> lines;
      try (InputStream in = Files.newInputStream(f)) {
        lines = ConversationEvaluation.read(in);
      } catch (IllegalArgumentException e) {
        ctx.err().println(f + ": " + e.getMessage());
        return 1;
      }
      List<String> missing =
          lines.stream()
              .map(ConversationEvaluation.Line::article)
              .distinct()
              .filter(a -> !byId.containsKey(a))
              .toList();
      if (!missing.isEmpty()) {
        ctx.err()
            .println(f + ": no article " + missing + " in " + dir + " or bundled (--corpus DIR)");
        return 1;
      }
      var evaluation =
          new ConversationEvaluation(
              ConversationEvaluation.cached(
                  id -> embedders.index(List.of(byId.get(id).article().get()), maxChars)),
              alone);
      List<ConversationEvaluation.ArticleScore> scores = evaluation.run(lines);
      out.printf(
          "Conversation set: %s (%d turns)%s%n", f, lines.size(), alone ? ", each turn alone" : "");
      out.printf(
          Locale.ROOT,
          "%-30s %7s %7s %7s %7s %7s %7s%n",
          "article",
          "1st-ans",
          "1st-ok",
          "fu-ans",
          "fu-ok",
          "fu-un",
          "fu-ref");
      out.println(
          "(answerable first turns, right passage first; answerable follow-ups, right passage"
              + " first; unanswerable follow-ups, refused)");
      for (var a : scores) conversationRow(out, a);
      conversationRow(out, ConversationEvaluation.total(scores));
      if (verbose) {
        for (var a : scores) {
          a.firstTurns().misses().forEach(m -> out.println("    first miss: " + m));
          a.followUps().misses().forEach(m -> out.println("    follow-up miss: " + m));
        }
      }
      out.println();
    }
    return 0;
  }

  private static void conversationRow(PrintStream out, ConversationEvaluation.ArticleScore a) {
    var f = a.firstTurns();
    var u = a.followUps();
    out.printf(
        Locale.ROOT,
        "%-30s %7d %7s %7d %7s %7d %7s%n",
        a.article(),
        f.answerable(),
        rate(f.firstRate()),
        u.answerable(),
        rate(u.firstRate()),
        u.unanswerable(),
        rate(u.refusedRate()));
  }

  private static String rate(double r) {
    return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.3f", r);
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
    // The libraries keep their vectors themselves: the model alone, without the file cache.
    var model = KnowledgeLoader.Embedders.model(ctx.config().stateDir());
    Path evalDir = ctx.config().stateDir().resolve("eval");
    // Each article is read as the bot reads it: from a library, alone.
    try (Library alone =
        CorpusLibrary.open(evalDir.resolve("corpus"), c, null, model, model, maxChars, maxBytes)) {
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
              model,
              model,
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
    } catch (CorpusLibrary.BusyException e) {
      ctx.err().println(e.getMessage());
      return 1;
    }
  }

  private void table(PrintStream out, CorpusEvaluation.Report r) {
    ArticleTable table = new ArticleTable(out, 34);
    table.header();
    for (CorpusEvaluation.ArticleResult a : r.articles()) {
      table.row(a.entry().group() + "/" + a.entry().id(), a.report());
      if (verbose) a.report().misses().forEach(m -> out.println("    miss: " + m));
    }
    table.average(
        "average over " + r.articles().size() + " articles",
        r.articles().stream().map(CorpusEvaluation.ArticleResult::report).toList());
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
