package dev.articlebot.bot.cli;

import dev.articlebot.bot.BotRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "run",
    description = {
      "Run the bot: the platforms that have tokens (Discord, Slack),",
      "or a console chat when none do."
    })
final class RunCli implements Callable<Integer> {
  @ParentCommand private RootCli root;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    return new BotRunner(ctx.app(), ctx.loader(), ctx.secrets()).run(ctx.in(), ctx.out());
  }
}
