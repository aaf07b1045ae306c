package dev.articlebot.bot.feedback;

import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.answer.Answer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A bot for platform tests of ratings: a real {@link Dispatcher} and a real {@link Feedback} over
 * {@code stateDir}, and an ask command that answers every question from paragraph 14 (as the answer
 * pipeline would hand it over) with its 👍 / 👎 controls.
 */
public final class RatedBot {
  public static final Part.Source P14 =
      new Part.Source(FeedbackFixtures.ARTICLE, "An ‘Inevitable Peace’?", 14, "");

  public final Feedback feedback;
  public final Dispatcher dispatcher;

  public RatedBot(Path stateDir, Clock clock) {
    this.feedback =
        new Feedback(FeedbackStore.open(stateDir), FeedbackFixtures.settings(true), clock);
    BotCommand ask =
        new BotCommand() {
          @Override
          public String name() {
            return "ask";
          }

          @Override
          public String description() {
            return "Ask a question about the article.";
          }

          @Override
          public Optional<Option> option() {
            return Optional.of(new Option("question", "Your question", true, false));
          }

          @Override
          public Reply run(String argument, Caller caller) {
            Answer a = FeedbackFixtures.answer(argument, true, 14);
            Reply reply =
                new Reply(
                    List.of(new Part.Answer(a.text(), List.of(P14))),
                    false,
                    Reply.Outcome.ANSWERED);
            return feedback.register(caller, a).map(reply::withAnswerId).orElse(reply);
          }
        };
    CommandCatalog catalog = new CommandCatalog(List.of(ask));
    this.dispatcher =
        new Dispatcher(
            catalog,
            new TextRouter(catalog, text -> Optional.empty()),
            new RateLimiter(1000, Duration.ofMinutes(1), clock),
            500,
            feedback);
  }

  public BotServices services(Workers workers, Clock clock) {
    return new BotServices(
        dispatcher, (prefix, max) -> List.of(), (article, n) -> Optional.empty(), workers, clock);
  }
}
