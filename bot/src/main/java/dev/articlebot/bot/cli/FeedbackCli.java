package dev.articlebot.bot.cli;

import dev.articlebot.bot.feedback.FeedbackExport;
import dev.articlebot.bot.feedback.FeedbackStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "feedback",
    header = "What readers said of the answers (👍 / 👎).",
    description = "feedback export: the ratings as a question set that eval reads.",
    subcommands = {FeedbackCli.Export.class})
final class FeedbackCli implements Callable<Integer> {
  @ParentCommand RootCli root;
  @Mixin private HelpOption help;

  @Override
  public Integer call() {
    root.context().err().println("Say what to do: feedback export (see feedback export --help).");
    return 2;
  }

  @Command(
      name = "export",
      header = "The ratings as an eval question set (JSON Lines).",
      description =
          "One line per rated question: a 👎 that names the right paragraph becomes a question "
              + "answered from it, a 👎 'not in the article' a question to refuse, a 👍 the "
              + "answer as given. Needs feedback.keep-questions = true while the questions were "
              + "asked (without it only counts are kept). Read it back with eval -q FILE.")
  static final class Export implements Callable<Integer> {
    @ParentCommand private FeedbackCli parent;
    @Mixin private HelpOption help;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write to FILE instead of standard output.")
    private Path output;

    @Option(names = "--down-only", description = "Only 👎.")
    private boolean downOnly;

    @Override
    public Integer call() throws IOException {
      CliContext ctx = parent.root.context();
      FeedbackStore.Snapshot snapshot = FeedbackStore.open(ctx.config().stateDir()).snapshot();
      FeedbackExport export = FeedbackExport.of(snapshot, downOnly);
      String text = export.lines().isEmpty() ? "" : String.join("\n", export.lines()) + "\n";
      if (output == null) {
        ctx.out().print(text);
      } else {
        Files.writeString(output, text, StandardCharsets.UTF_8);
      }
      PrintStream err = ctx.err();
      err.println(
          export.lines().size()
              + " questions exported"
              + (output == null ? "" : " to " + output)
              + ".");
      if (export.withoutQuestion() > 0) {
        err.println(
            export.withoutQuestion()
                + " ratings left out: their question was not kept (feedback.keep-questions is"
                + " off).");
      }
      if (export.withoutGold() > 0) {
        err.println(
            export.withoutGold()
                + " 👎 left out: they name neither the right paragraph nor 'not in the"
                + " article'.");
      }
      return 0;
    }
  }
}
