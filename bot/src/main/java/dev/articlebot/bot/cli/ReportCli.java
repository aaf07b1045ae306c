package dev.articlebot.bot.cli;

import dev.articlebot.bot.console.ConsoleRenderer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "report",
    header = "What readers asked that the articles do not answer.",
    description =
        "Over the last --days days: the questions refused most, similar questions together (by "
            + "their embeddings; listed only when feedback.keep-questions kept them), the "
            + "answers with the most 👎 and why, and counts per article. The same report can be "
            + "posted weekly (feedback.report.weekly).")
final class ReportCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "7",
      description = "How many days back (default: ${DEFAULT-VALUE}).")
  private int days;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    if (days < 1) {
      ctx.err().println("--days must be at least 1, not " + days);
      return 2;
    }
    Instant to = ctx.app().clock().instant();
    var reply = ctx.app().feedbackReport(to.minus(Duration.ofDays(days)), to);
    ctx.out().print(new ConsoleRenderer(100).render(reply));
    return 0;
  }
}
