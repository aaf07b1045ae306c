package dev.articlebot.bot.cli;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.article.Article;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "speakers",
    header = "Everyone quoted in the articles, with role and count, by article.",
    description =
        "One line per person: name, role, how many quotations and paraphrases, under each"
            + " article's title when there are several. With --json: {articles: [{article,"
            + " title, speakers: [{name, aliases, role, quotes, paraphrases, paragraphs}]}]},"
            + " counts and paragraphs per article.")
final class SpeakersCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    // a folder of articles is read from the library, as the bot reads it; a file in memory
    boolean folder = ctx.app().readyArticles();
    if (json) {
      ArticleShelf shelf = folder ? ctx.app().library() : ctx.app().knowledge();
      List<Article> articles = shelf.recentArticles(shelf.articleCount());
      ctx.out().println(new JsonViews(root.mapper()).speakers(shelf.quotes(), articles).toString());
    } else {
      var reply = ctx.app().dispatcher().handleCommand(Caller.COMMAND_LINE, "speakers", "");
      ctx.out().print(new ConsoleRenderer(100).render(reply));
    }
    return 0;
  }
}
