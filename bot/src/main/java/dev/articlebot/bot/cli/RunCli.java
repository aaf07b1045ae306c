package dev.articlebot.bot.cli;

import dev.articlebot.bot.console.ConsoleAdapter;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.bot.schedule.ConsolePoster;
import dev.articlebot.bot.schedule.DailySummaryScheduler;
import java.io.IOException;
import java.util.List;
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
  public Integer call() throws IOException {
    CliContext ctx = root.context();
    var app = ctx.app();
    var dispatcher = app.dispatcher();
    String title = app.knowledge().articles().get(0).displayTitle();
    try (DailySummaryScheduler daily = app.dailySummary(List.of(new ConsolePoster(ctx.out())))) {
      daily.start();
      new ConsoleAdapter(dispatcher, new ConsoleRenderer(100))
          .run(
              ctx.in(),
              ctx.out(),
              "article-bot is ready. Ask about “"
                  + title
                  + "” (type help for commands, exit to quit).");
    }
    return 0;
  }
}
