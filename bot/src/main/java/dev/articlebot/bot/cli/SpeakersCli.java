package dev.articlebot.bot.cli;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.SpeakersCommand;
import dev.articlebot.bot.console.ConsoleRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "speakers", description = "Everyone quoted in the article, with role and count.")
final class SpeakersCli implements Callable<Integer> {
  @ParentCommand private RootCli root;

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    var kb = ctx.app().knowledge();
    if (json) {
      ctx.out().println(new JsonViews(root.mapper()).speakers(kb.quotes()).toString());
    } else {
      ctx.out()
          .print(new ConsoleRenderer(100).render(new SpeakersCommand(kb).run("", Caller.CONSOLE)));
    }
    return 0;
  }
}
