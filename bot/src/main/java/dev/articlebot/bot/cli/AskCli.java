package dev.articlebot.bot.cli;

import dev.articlebot.bot.App;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.library.Library;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "ask",
    header = "Answer a question from the article, citing the paragraphs.",
    description =
        "The question is read as in a chat: \"What did <name> say?\" gives that person's "
            + "quotes, \"summarize it\" the summary, anything else an answer. With no question, "
            + "reads one question per line from standard input. With --json, every line gets "
            + "the answer as one JSON object: {question, answered, answer, citations, took_ms}. "
            + "With --json --threads, every line of standard input is a JSON object "
            + "{\"thread\": \"c01\", \"question\": \"…\"}, answered in the context of the "
            + "earlier lines of the same thread (threads may interleave); the answer object adds "
            + "\"thread\" and \"read_as\" (the question as completed from the thread, or as asked).")
final class AskCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;

  @Option(names = "--json", description = "Print one JSON object per question.")
  private boolean json;

  @Option(
      names = "--threads",
      description =
          "With --json: read {\"thread\", \"question\"} lines and answer each in its thread.")
  private boolean threads;

  @Option(
      names = "--report-memory",
      hidden = true,
      description = "Print peak RSS to stderr at the end (for bench).")
  private boolean reportMemory;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question.")
  private List<String> words = List.of();

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    App app = ctx.app();
    // a folder of articles is answered from the library, as the bot answers it; a file in memory
    boolean folder = app.readyArticles();
    JsonViews views = new JsonViews(root.mapper());
    Dispatcher dispatcher = ctx.app().dispatcher();
    ConsoleRenderer renderer = new ConsoleRenderer(100);
    if (threads) {
      if (!json || !words.isEmpty()) {
        ctx.err()
            .println(
                "--threads reads {\"thread\", \"question\"} lines from standard input and needs"
                    + " --json: article-bot ask --json --threads < threads.jsonl");
        return 2;
      }
      ThreadedAsk.Conversing conversing =
          folder
              ? (before, q) ->
                  app.library().answerInConversation(before, q, Library.Scope.ALL).exchange()
              : (before, q) -> app.knowledge().answerInConversation(before, q);
      ThreadedAsk asker = new ThreadedAsk(conversing, views, ctx.config().conversations().turns());
      LineBatch.forEachLine(
          ctx.in(),
          line -> {
            ctx.out().println(asker.answer(line).toString());
            ctx.out().flush();
          });
      if (reportMemory) ctx.err().println("peak RSS: " + ProcessMemory.peakRss());
      return 0;
    }
    LineBatch.argumentOrLines(
        words, ctx.in(), q -> print(ctx, folder, views, dispatcher, renderer, q));
    if (reportMemory) ctx.err().println("peak RSS: " + ProcessMemory.peakRss());
    return 0;
  }

  private void print(
      CliContext ctx,
      boolean folder,
      JsonViews views,
      Dispatcher dispatcher,
      ConsoleRenderer renderer,
      String question) {
    if (json) {
      long start = System.nanoTime();
      App app = ctx.app();
      Answer raw =
          folder
              ? app.library().answer(question, Library.Scope.ALL).answer()
              : app.knowledge().answer(question);
      Answer a = app.phraser().phrase(raw);
      double ms = (System.nanoTime() - start) / 1e6;
      ctx.out().println(views.answer(a, ms).toString());
    } else {
      ctx.out().print(renderer.render(dispatcher.handleText(Caller.COMMAND_LINE, question)));
    }
    ctx.out().flush();
  }
}
