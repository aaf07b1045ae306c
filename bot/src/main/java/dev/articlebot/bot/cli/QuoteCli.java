package dev.articlebot.bot.cli;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.ArticleShelf;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "quote",
    header = "What a person in the article said, verbatim: by name, surname, alias or role.",
    description =
        "Prints each quotation with its paragraph and how it was said. With no name, "
            + "reads one name per line from standard input. With --json, one JSON object per "
            + "name: {query, speaker, quotes, suggestions}.")
final class QuoteCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Option(names = "--json", description = "Print one JSON object per query.")
  private boolean json;

  @Parameters(
      arity = "0..*",
      paramLabel = "NAME",
      description = "Who: a name, surname, alias or role.")
  private List<String> words = List.of();

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    // a folder of articles is read from the library, as the bot reads it; a file in memory
    boolean folder = ctx.app().readyArticles();
    JsonViews views = new JsonViews(root.mapper());
    Dispatcher dispatcher = ctx.app().dispatcher();
    ConsoleRenderer renderer = new ConsoleRenderer(100);
    LineBatch.argumentOrLines(
        words, ctx.in(), q -> print(ctx, folder, views, dispatcher, renderer, q));
    return 0;
  }

  private void print(
      CliContext ctx,
      boolean folder,
      JsonViews views,
      Dispatcher dispatcher,
      ConsoleRenderer renderer,
      String query) {
    if (json) {
      ArticleShelf shelf = folder ? ctx.app().library() : ctx.app().knowledge();
      ctx.out().println(views.quote(query, shelf.lookupQuotes(query)).toString());
    } else {
      Reply reply = dispatcher.handleCommand(Caller.COMMAND_LINE, "quote", query);
      ctx.out().print(renderer.render(reply));
    }
    ctx.out().flush();
  }
}
