package dev.articlebot.bot.cli;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.QuoteCommand;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.knowledge.KnowledgeBase;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "quote",
    description = {
      "What a person in the article said, verbatim: by name, surname, alias or role.",
      "With no name, reads one per line from standard input."
    })
final class QuoteCli implements Callable<Integer> {
  @ParentCommand private RootCli root;

  @Option(names = "--json", description = "Print one JSON object per query.")
  private boolean json;

  @Parameters(arity = "0..*", paramLabel = "NAME", description = "Who, e.g. Wu Xinbo.")
  private List<String> words = List.of();

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    KnowledgeBase kb = ctx.app().knowledge();
    JsonViews views = new JsonViews(root.mapper());
    QuoteCommand command = new QuoteCommand(kb);
    ConsoleRenderer renderer = new ConsoleRenderer(100);
    LineBatch.argumentOrLines(words, ctx.in(), q -> print(ctx, kb, views, command, renderer, q));
    return 0;
  }

  private void print(
      CliContext ctx,
      KnowledgeBase kb,
      JsonViews views,
      QuoteCommand command,
      ConsoleRenderer renderer,
      String query) {
    if (json) {
      ctx.out().println(views.quote(query, kb.lookupQuotes(query)).toString());
    } else {
      ctx.out().print(renderer.render(command.run(query, Caller.CONSOLE)));
    }
    ctx.out().flush();
  }
}
