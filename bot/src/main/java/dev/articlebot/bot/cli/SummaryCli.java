package dev.articlebot.bot.cli;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.knowledge.summary.Summary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "summary",
    header = "The article in 3 to 7 of its own sentences, each citing its paragraph.",
    description =
        "The lead first, then what the article spends most words on, and one or two key "
            + "quotations. With several articles, every article, newest first. With --json, one "
            + "object per article: {title, bullets: [{text, paragraph}], quotes: [{speaker, "
            + "text, paragraph}]}.")
final class SummaryCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Option(names = "--json", description = "Print one JSON object per article, newest first.")
  private boolean json;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    if (json) {
      JsonViews views = new JsonViews(root.mapper());
      for (Summary s : ctx.app().summaries().all()) ctx.out().println(views.summary(s).toString());
    } else {
      var reply = ctx.app().dispatcher().handleCommand(Caller.COMMAND_LINE, "summary", "");
      ctx.out().print(new ConsoleRenderer(100).render(reply));
    }
    return 0;
  }
}
