package dev.articlebot.bot.library;

import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.library.Library;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A real library and the article command over it, for the tests of the chat commands. */
public final class LibraryTestKit {
  /** The model and its vector cache, shared by the tests (the model loads once). */
  public static final KnowledgeLoader.Embedders EMBEDDERS =
      KnowledgeLoader.Embedders.open(Path.of("target", "test-state"));

  /** A short news story, as a Markdown file with a title. */
  public static final String HARBOUR =
      """
      ---
      title: Harbour pilots vote to strike over night shifts
      ---

      The harbour pilots of Port Allenby voted on Tuesday to strike for two days next month, \
      after talks on night shifts broke down.

      "We cannot guide tankers through the channel on four hours of sleep," said Mara Quist, \
      who chairs the pilots' association.

      The port authority said ships would wait at anchor during the strike.
      """;

  private LibraryTestKit() {}

  /** An empty library in {@code dir}. */
  public static Library library(Path dir) {
    return Library.open(
        Library.Settings.in(dir, 500, 1 << 20),
        EMBEDDERS.passages(),
        EMBEDDERS.questions(),
        Clock.systemUTC());
  }

  /**
   * A dispatcher of {@code ask} and the article command over {@code library} (URLs to public
   * addresses only, channel pins in {@code pins}), as the platforms' adapters use it.
   */
  public static Dispatcher dispatcher(BotCommand ask, Library library, Path pins) {
    CommandCatalog catalog =
        new CommandCatalog(
            List.of(
                ask,
                new ArticleCommand(
                    library,
                    new PageFetcher(
                        new PageFetcher.Limits(1 << 20, Duration.ofSeconds(5), 3, false)),
                    new ChannelPins(pins),
                    1 << 20)));
    return new Dispatcher(
        catalog,
        new TextRouter(catalog, q -> Optional.empty()),
        new RateLimiter(1000, Duration.ofMinutes(1), Clock.systemUTC()),
        500);
  }
}
