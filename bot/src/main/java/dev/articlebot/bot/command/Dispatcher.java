package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for every platform, the console and the command line: in a chat, the rate
 * limit first; then route and run. The console and the command line are one person at their own
 * machine and are not limited. Never throws; failures become a friendly reply and a log line.
 */
public final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  /** Told about every handled message: for metrics. */
  @FunctionalInterface
  public interface Observer {
    Observer NONE = (caller, command, outcome, took) -> {};

    void handled(Caller caller, String command, Reply.Outcome outcome, Duration took);
  }

  private final CommandCatalog catalog;
  private final TextRouter router;
  private final RateLimiter limiter;
  private final int maxInputChars;
  private final Ratings ratings;
  private volatile Observer observer = Observer.NONE;

  public Dispatcher(
      CommandCatalog catalog, TextRouter router, RateLimiter limiter, int maxInputChars) {
    this(catalog, router, limiter, maxInputChars, Ratings.OFF);
  }

  /** With {@code ratings} for clicks on the 👍 / 👎 controls of answers. */
  public Dispatcher(
      CommandCatalog catalog,
      TextRouter router,
      RateLimiter limiter,
      int maxInputChars,
      Ratings ratings) {
    this.catalog = catalog;
    this.router = router;
    this.limiter = limiter;
    this.maxInputChars = maxInputChars;
    this.ratings = ratings;
  }

  /** Where to report handled messages (metrics); set once at start-up. */
  public void observe(Observer observer) {
    this.observer = observer;
  }

  public CommandCatalog catalog() {
    return catalog;
  }

  /** A free-text message (mention, DM, console line). */
  public Reply handleText(Caller caller, String text) {
    return handleText(caller, text, java.util.List.of());
  }

  /** A free-text message with the files attached to it. */
  public Reply handleText(Caller caller, String text, java.util.List<Attachment> files) {
    OptionalLong wait = limit(caller);
    if (wait.isPresent()) return Reply.notice(Messages.rateLimited(wait.getAsLong()));
    TextRouter.Route route = router.route(cap(text));
    return run(route.command(), route.argument(), files, caller);
  }

  /** A named command with its argument (slash commands). */
  public Reply handleCommand(Caller caller, String name, String argument) {
    return handleCommand(caller, name, argument, java.util.List.of());
  }

  /** A named command with its argument and the files given with it. */
  public Reply handleCommand(
      Caller caller, String name, String argument, java.util.List<Attachment> files) {
    var command = catalog.find(name);
    if (command.isEmpty()) return Reply.notice(Messages.unknownCommand(name, catalog.names()));
    OptionalLong wait = limit(caller);
    if (wait.isPresent()) return Reply.notice(Messages.rateLimited(wait.getAsLong()));
    return run(command.get(), cap(argument), files, caller);
  }

  /**
   * A click on a rating control (👍, 👎, or a reason after a 👎) by {@code caller}, as the platform
   * reports who clicked; the reply is private. Not rate-limited: a reader's repeated clicks on one
   * answer replace each other.
   */
  public Reply handleRating(Caller caller, RatingControl control, OptionalInt rightParagraph) {
    try {
      Reply reply = ratings.rate(caller, control, rightParagraph).asEphemeral();
      log.info(
          "rate platform={} channel={} action={}",
          caller.platform(),
          caller.channelId(),
          control.action());
      return reply;
    } catch (RuntimeException e) {
      log.error("Rating failed on {}", caller.platform(), e);
      return Reply.notice(Messages.failed());
    }
  }

  private Reply run(
      BotCommand command, String argument, java.util.List<Attachment> files, Caller caller) {
    long start = System.nanoTime();
    Reply reply;
    String outcome;
    try {
      reply = command.run(argument, files, caller);
      outcome = reply.outcome().name().toLowerCase(java.util.Locale.ROOT);
    } catch (RuntimeException e) {
      log.error("Command {} failed on {}", command.name(), caller.platform(), e);
      reply = Reply.notice(Messages.failed());
      outcome = "error";
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // One line per question; never the user's text at INFO.
    log.info(
        "{} platform={} channel={} outcome={} took_ms={}",
        command.name(),
        caller.platform(),
        caller.channelId(),
        outcome,
        String.format(java.util.Locale.ROOT, "%.1f", took.toNanos() / 1e6));
    try {
      observer.handled(
          caller, command.name(), outcome.equals("error") ? null : reply.outcome(), took);
    } catch (RuntimeException e) {
      log.warn("Metrics observer failed: {}", e.toString());
    }
    return reply;
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

  /** Empty when {@code caller} may go on; in a chat, counted against the rate limit. */
  private OptionalLong limit(Caller caller) {
    if (Surface.of(caller) != Surface.CHAT) return OptionalLong.empty();
    return limiter.tryAcquire(key(caller));
  }

  private static String key(Caller caller) {
    return caller.platform() + ":" + caller.userId();
  }
}
