package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Reply;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for every platform: rate limit first, then route and run. Never throws;
 * failures become a friendly reply and a log line.
 */
public final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final CommandCatalog catalog;
  private final TextRouter router;
  private final RateLimiter limiter;
  private final int maxInputChars;

  public Dispatcher(
      CommandCatalog catalog, TextRouter router, RateLimiter limiter, int maxInputChars) {
    this.catalog = catalog;
    this.router = router;
    this.limiter = limiter;
    this.maxInputChars = maxInputChars;
  }

  public CommandCatalog catalog() {
    return catalog;
  }

  /** A free-text message (mention, DM, console line). */
  public Reply handleText(Caller caller, String text) {
    OptionalLong wait = limiter.tryAcquire(key(caller));
    if (wait.isPresent()) return Reply.notice(Messages.rateLimited(wait.getAsLong()));
    TextRouter.Route route = router.route(cap(text));
    return run(route.command(), route.argument(), caller);
  }

  /** A named command with its argument (slash commands). */
  public Reply handleCommand(Caller caller, String name, String argument) {
    var command = catalog.find(name);
    if (command.isEmpty()) return Reply.notice(Messages.unknownCommand(name, catalog.names()));
    OptionalLong wait = limiter.tryAcquire(key(caller));
    if (wait.isPresent()) return Reply.notice(Messages.rateLimited(wait.getAsLong()));
    return run(command.get(), cap(argument), caller);
  }

  private Reply run(BotCommand command, String argument, Caller caller) {
    try {
      return command.run(argument, caller);
    } catch (RuntimeException e) {
      log.error("Command {} failed on {}", command.name(), caller.platform(), e);
      return Reply.notice(Messages.failed());
    }
  }

  /**
   * A hard cap well above the question cap, so a 10,000-character message costs nothing before the
   * command trims it further (and says so).
   */
  private String cap(String text) {
    if (text == null) return "";
    int hard = maxInputChars * 4;
    return text.length() <= hard ? text : text.substring(0, hard);
  }

  private static String key(Caller caller) {
    return caller.platform() + ":" + caller.userId();
  }
}
