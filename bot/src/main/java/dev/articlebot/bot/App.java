package dev.articlebot.bot;

import dev.articlebot.bot.command.AskCommand;
import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.HelpCommand;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Wires the application by hand, in one place, from the configuration. */
public final class App {
  private final AppConfig config;
  private final Clock clock;
  private KnowledgeBase knowledge;
  private Dispatcher dispatcher;

  public App(AppConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public AppConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  /** The knowledge base, loaded on first use. */
  public synchronized KnowledgeBase knowledge() {
    if (knowledge == null) {
      String articles = config.knowledge().articles();
      knowledge =
          KnowledgeLoader.load(
              new KnowledgeLoader.Settings(
                  articles.isEmpty() ? null : Path.of(articles),
                  config.stateDir(),
                  config.knowledge().maxQuestionChars()));
    }
    return knowledge;
  }

  /** Every command, routed and rate-limited; what every platform adapter talks to. */
  public synchronized Dispatcher dispatcher() {
    if (dispatcher == null) {
      KnowledgeBase kb = knowledge();
      int maxChars = config.knowledge().maxQuestionChars();
      List<BotCommand> commands = new ArrayList<>();
      commands.add(new AskCommand(kb, maxChars));
      commands.add(new HelpCommand(List.copyOf(commands), title(kb)));
      CommandCatalog catalog = new CommandCatalog(commands);
      TextRouter router = new TextRouter(catalog, who -> false);
      RateLimiter limiter =
          new RateLimiter(
              config.limits().perUserQuestions(), config.limits().perUserWindow(), clock);
      dispatcher = new Dispatcher(catalog, router, limiter, maxChars);
    }
    return dispatcher;
  }

  private static String title(KnowledgeBase kb) {
    return kb.articles().size() == 1
        ? kb.articles().get(0).displayTitle()
        : kb.articles().size() + " articles";
  }
}
