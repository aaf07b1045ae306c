package dev.articlebot.bot;

import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.console.ConsoleAdapter;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.bot.discord.DiscordAdapter;
import dev.articlebot.bot.platform.PlatformAdapter;
import dev.articlebot.bot.schedule.ChannelPoster;
import dev.articlebot.bot.schedule.ConsolePoster;
import dev.articlebot.bot.schedule.DailySummaryScheduler;
import dev.articlebot.bot.slack.SlackAdapter;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run command: connects the configured platforms (or opens the console when none are), starts
 * the daily summary, and on SIGTERM stops taking questions, lets the answers in flight finish, and
 * closes everything in order.
 */
public final class BotRunner {
  private static final Logger log = LoggerFactory.getLogger(BotRunner.class);

  private final App app;
  private final ConfigLoader loader;
  private final Secrets secrets;
  private final CountDownLatch stopRequested = new CountDownLatch(1);

  public BotRunner(App app, ConfigLoader loader, Secrets secrets) {
    this.app = app;
    this.loader = loader;
    this.secrets = secrets;
  }

  /** Runs until end of input (console) or a shutdown signal (platforms). */
  public int run(InputStream in, PrintStream out) throws Exception {
    app.knowledge(); // fail fast on a missing article, before connecting anywhere
    List<PlatformAdapter> adapters = adapters();
    if (adapters.isEmpty()) return console(in, out);
    List<ChannelPoster> posters = new ArrayList<>();
    try {
      for (PlatformAdapter adapter : adapters) {
        adapter.start();
        posters.add(adapter.poster());
        log.info("{} connected", adapter.platform());
      }
    } catch (Exception e) {
      log.error(
          "Could not connect to {}: {}", adapters.get(posters.size()).platform(), e.getMessage());
      close(adapters, null);
      return Main.EXIT_FAILURE;
    }
    DailySummaryScheduler daily = app.dailySummary(posters);
    daily.start();
    onSignals(stopRequested::countDown);
    log.info(
        "article-bot is running on {}", adapters.stream().map(PlatformAdapter::platform).toList());
    stopRequested.await();
    close(adapters, daily);
    return 0;
  }

  /** Asks the run loop to stop, as SIGTERM does. */
  public void requestStop() {
    stopRequested.countDown();
  }

  /**
   * SIGTERM and SIGINT end the run loop, which then shuts down in order and exits 0 (a plain
   * shutdown hook would exit 143 and race the JVM's own teardown).
   */
  private static void onSignals(Runnable stop) {
    for (String name : List.of("TERM", "INT")) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
      } catch (IllegalArgumentException e) {
        log.debug("Cannot handle SIG{} here: {}", name, e.getMessage());
      }
    }
  }

  private List<PlatformAdapter> adapters() {
    List<PlatformAdapter> adapters = new ArrayList<>();
    var config = app.config();
    if (loader.discordEnabled(config)) {
      adapters.add(
          DiscordAdapter.create(
              config.discord(), secrets.get(Secrets.DISCORD_TOKEN).orElseThrow(), app.services()));
    }
    if (loader.slackEnabled(config)) {
      adapters.add(SlackAdapter.create(config.slack(), secrets, app.services()));
    }
    return adapters;
  }

  private int console(InputStream in, PrintStream out) throws Exception {
    String title = app.knowledge().articles().get(0).displayTitle();
    try (DailySummaryScheduler daily = app.dailySummary(List.of(new ConsolePoster(out)))) {
      daily.start();
      new ConsoleAdapter(app.dispatcher(), new ConsoleRenderer(100))
          .run(
              in,
              out,
              "article-bot is ready. Ask about “"
                  + title
                  + "” (type help for commands, exit to quit).");
    }
    return 0;
  }

  /** Stop taking work, finish answers in flight (bounded), close connections, then the rest. */
  private void close(List<PlatformAdapter> adapters, DailySummaryScheduler daily) {
    Duration timeout = app.config().shutdownTimeout();
    log.info("Shutting down: finishing answers in flight (up to {})", timeout);
    boolean drained = app.workers().drain(timeout);
    if (!drained) log.warn("Some answers were still running after {}", timeout);
    if (daily != null) daily.close();
    for (PlatformAdapter adapter : adapters) adapter.close(Duration.ofSeconds(5));
    log.info("Stopped");
  }
}
