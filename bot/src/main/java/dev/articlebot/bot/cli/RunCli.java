package dev.articlebot.bot.cli;

import dev.articlebot.bot.BotRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "run",
    header = "Run the bot: on Discord and Slack when their tokens are set, else in the console.",
    description =
        "Connects every platform whose token is set (DISCORD_TOKEN; SLACK_BOT_TOKEN with "
            + "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET), serves /healthz, /readyz and /metrics, "
            + "and posts the daily summary if configured. With no token set, opens a console "
            + "chat: type a question, help for the commands, show and a paragraph number for a "
            + "whole paragraph, exit to quit; its logs go to console.log in the state folder, "
            + "warnings also to the screen. This is what article-bot does with no command.")
final class RunCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    return new BotRunner(ctx.app(), ctx.loader(), ctx.secrets()).run(ctx.in(), ctx.out());
  }
}
