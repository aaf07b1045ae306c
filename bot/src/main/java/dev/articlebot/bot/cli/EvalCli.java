package dev.articlebot.bot.cli;

import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.EvalReport;
import dev.articlebot.knowledge.eval.Evaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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
    name = "eval",
    description = {
      "Score the answers on a question set: right passage first, in the top 3, MRR,",
      "right refusals (off-topic) and wrong refusals (answerable). Default: the bundled sets."
    })
final class EvalCli implements Callable<Integer> {
  @ParentCommand private RootCli root;

  @Option(
      names = {"-q", "--questions"},
      paramLabel = "FILE",
      description = "A JSON Lines question set: {\"question\", \"paragraphs\": [..]} per line.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = {"-v", "--verbose"},
      description = "List every miss.")
  private boolean verbose;

  @Override
  public Integer call() throws IOException {
    CliContext ctx = root.context();
    Evaluation evaluation = new Evaluation(ctx.app().knowledge());
    PrintStream out = ctx.out();
    if (files.isEmpty()) {
      for (String set : Evaluation.ALL_BUNDLED) {
        report(out, "bundled " + set, evaluation, Evaluation.bundled(set));
      }
    } else {
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          report(out, f.toString(), evaluation, Evaluation.read(in));
        }
      }
    }
    return 0;
  }

  private void report(PrintStream out, String name, Evaluation evaluation, List<EvalQuestion> qs) {
    EvalReport r = evaluation.run(qs);
    out.printf("Question set: %s (%d questions)%n", name, qs.size());
    out.println(line("Right passage first", r.firstRightRate(), r.firstRight(), r.answerable()));
    out.println(
        line("Right passage in top 3", r.topThreeRate(), r.topThreeRight(), r.answerable()));
    out.printf(Locale.ROOT, "  %-28s %.3f%n", "Mean reciprocal rank", r.meanReciprocalRank());
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
