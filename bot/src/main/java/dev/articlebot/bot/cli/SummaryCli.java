package dev.articlebot.bot.cli;

import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.knowledge.summary.Summary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "summary",
    description = "The article in 3 to 7 of its own sentences, each citing its paragraph.")
final class SummaryCli implements Callable<Integer> {
  @ParentCommand private RootCli root;

  @Option(names = "--json", description = "Print one JSON object per article, newest first.")
  private boolean json;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    var summaries = ctx.app().summaries();
    if (json) {
      JsonViews views = new JsonViews(root.mapper());
      for (Summary s : summaries.all()) ctx.out().println(views.summary(s).toString());
    } else {
      ctx.out().print(new ConsoleRenderer(100).render(summaries.reply()));
    }
    return 0;
  }
}
