package dev.articlebot.bot;

import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.console.ConsoleAdapter;
import dev.articlebot.bot.console.ConsoleRenderer;
import dev.articlebot.bot.discord.DiscordAdapter;
import dev.articlebot.bot.ops.BotMetrics;
import dev.articlebot.bot.ops.GracefulShutdown;
import dev.articlebot.bot.ops.HealthReport;
import dev.articlebot.bot.ops.HealthServer;
import dev.articlebot.bot.ops.HttpEndpoint;
import dev.articlebot.bot.ops.LogSetup;
import dev.articlebot.bot.ops.ShutdownSteps;
import dev.articlebot.bot.ops.StartupException;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.PlatformAdapter;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import dev.articlebot.bot.schedule.ConsolePoster;
import dev.articlebot.bot.schedule.DailySummaryScheduler;
import dev.articlebot.bot.slack.SlackAdapter;
import dev.articlebot.knowledge.library.Library;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run command: serves health and metrics, loads the articles, connects the configured platforms
 * (or opens the console when none are), starts the daily summary, and on SIGTERM stops taking
 * questions, lets the answers in flight finish, closes everything in order and exits 0.
 */
public final class BotRunner {
  private static final Logger log = LoggerFactory.getLogger(BotRunner.class);

  /** The console's log file, in the state folder. */
  static final String CONSOLE_LOG = "console.log";

  private final App app;
  private final ConfigLoader loader;
  private final Secrets secrets;
  private final BotMetrics metrics = new BotMetrics();
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Library knowledge;
  private volatile boolean firstReadDone;
  private volatile List<PlatformAdapter> adapters = List.of();
  private volatile List<String> enabled = List.of();
  private volatile DailySummaryScheduler daily;
  private volatile DailySummaryScheduler weekly;
  private volatile HealthServer health;

  public BotRunner(App app, ConfigLoader loader, Secrets secrets) {
    this.app = app;
    this.loader = loader;
    this.secrets = secrets;
  }

  /** Runs until end of input (console) or a stop request / SIGTERM (platforms). */
  public int run(InputStream in, PrintStream out) throws Exception {
    AppConfig config = app.config();
    LogSetup.apply(config.logFormat());
    if (!loader.discordEnabled(config) && !loader.slackEnabled(config)) return console(in, out);
    List<String> platforms = new ArrayList<>();
    if (loader.discordEnabled(config)) platforms.add("discord");
    if (loader.slackEnabled(config)) platforms.add("slack");
    enabled = List.copyOf(platforms); // not ready until each of these is connected
    if (config.health().enabled()) health = startHealth(config.health().port());
    app.reportLanguageModelTo(metrics.languageModel());
    List<PlatformAdapter> configured;
    try {
      Library lib = app.library();
      IndexingLog.attach(lib, null);
      app.startLibrary(r -> firstReadDone = true);
      knowledge = lib;
      configured = adapters();
    } catch (RuntimeException e) {
      if (health != null) health.close();
      throw e;
    }
    adapters = configured;
    Dispatcher dispatcher = app.dispatcher();
    dispatcher.observe(this::record);
    if (config.feedback().enabled()) {
      app.feedback()
          .observe(
              (platform, vote, reason) ->
                  metrics.recordRating(
                      platform, vote.code(), reason.map(r -> r.code()).orElse("none")));
    }
    metrics.trackInFlight(() -> adapters.stream().mapToInt(PlatformAdapter::inFlight).sum());
    List<ChannelPoster> posters = new ArrayList<>();
    for (PlatformAdapter adapter : configured) {
      try {
        adapter.start();
      } catch (Exception e) {
        log.error("Could not connect to {}: {}", adapter.platform(), e.getMessage());
        shutDown();
        return Main.EXIT_FAILURE;
      }
      posters.add(new CountingPoster(adapter.poster(), metrics));
      log.info("{} connected", adapter.platform());
    }
    daily = app.dailySummary(posters);
    daily.start();
    weekly = app.weeklyReport(posters);
    weekly.start();
    GracefulShutdown.install(this::stopAndWait);
    log.info(
        "article-bot is running on {}",
        configured.stream().map(PlatformAdapter::platform).toList());
    stopRequested.await();
    shutDown();
    return 0;
  }

  private HealthServer startHealth(int port) throws java.io.IOException {
    HealthServer h;
    try {
      h = HealthServer.start(port, this::healthReport, metrics);
    } catch (HttpEndpoint.PortInUseException e) {
      throw new StartupException(
          "health.port "
              + port
              + " is already in use by another program: stop that program, or set health.port"
              + " (ARTICLEBOT_HEALTH_PORT) to a free port, or health.enabled = false",
          e);
    }
    log.info("Health on port {}: /healthz /readyz /metrics", h.port());
    return h;
  }

  /** Asks the run loop to stop, as SIGTERM does. */
  public void requestStop() {
    stopRequested.countDown();
  }

  /** The health server's port, once started (for tests using port 0). */
  public int healthPort() {
    HealthServer h = health;
    return h == null ? -1 : h.port();
  }

  private void stopAndWait() {
    stopRequested.countDown();
    try {
      closed.await(app.config().shutdownTimeout().toSeconds() + 30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Health says stopping, answers in flight finish (bounded), then scheduler, platforms, health.
   */
  private void shutDown() {
    DailySummaryScheduler w = weekly;
    if (w != null) w.close();
    HealthServer h = health;
    var result =
        GracefulShutdown.run(
            new ShutdownSteps(
                h == null ? null : h::markStopping,
                app.workers()::drain,
                daily,
                adapters,
                h,
                app.config().shutdownTimeout()));
    app.closeLibrary();
    log.info("Stopped{}", result.clean() ? "" : " (not everything closed cleanly: see above)");
    closed.countDown();
  }

  private HealthReport healthReport() {
    Map<String, ConnectionState> states = new LinkedHashMap<>();
    for (String platform : enabled) states.put(platform, ConnectionState.STARTING);
    for (PlatformAdapter a : adapters) states.put(a.platform(), a.state());
    Library kb = knowledge;
    DailySummaryScheduler d = daily;
    boolean stopping = stopRequested.getCount() == 0;
    // Ready once something can be answered: the articles indexed in earlier runs, or the first
    // reading of the folder done; the rest is answered from as it is indexed.
    return new HealthReport(
        kb != null && (kb.size() > 0 || firstReadDone),
        kb == null ? 0 : kb.size(),
        kb == null ? 0 : kb.paragraphs(),
        states,
        d == null ? null : d.status(),
        stopping,
        kb == null ? null : kb.progress());
  }

  /** Answer times and failed commands; answers and refusals count once delivered. */
  private void record(
      dev.articlebot.bot.command.Caller caller,
      String command,
      Reply.Outcome outcome,
      java.time.Duration took) {
    if (outcome == null) metrics.recordQuestionError(caller.platform(), took);
    else if (outcome != Reply.Outcome.INFO) metrics.recordAnswerTime(caller.platform(), took);
  }

  private List<PlatformAdapter> adapters() {
    List<PlatformAdapter> out = new ArrayList<>();
    AppConfig config = app.config();
    BotServices services = app.services().withOutcomes(metrics::recordReply);
    if (loader.discordEnabled(config)) {
      out.add(
          DiscordAdapter.create(
              config.discord(), secrets.get(Secrets.DISCORD_TOKEN).orElseThrow(), services));
    }
    if (loader.slackEnabled(config)) {
      out.add(
          SlackAdapter.create(
              config.slack(),
              secrets,
              services,
              SlackAdapter.Options.defaults()
                  .withManagerGroup(config.library().slackManagerGroup())));
    }
    return out;
  }

  /**
   * No platform configured: chat in the terminal; the daily summary prints here too. While the
   * console is open, logs go to console.log in the state folder and only warnings to the screen.
   */
  private int console(InputStream in, PrintStream out) throws Exception {
    LogSetup.Interactive logs = LogSetup.interactive(app.config().stateDir().resolve(CONSOLE_LOG));
    try {
      log.info(
          "No Discord or Slack token set (DISCORD_TOKEN, SLACK_BOT_TOKEN): chatting on the"
              + " console; the bot stops at the end of standard input");
      Library lib = app.library();
      IndexingLog.attach(lib, System.console() != null ? System.err : null);
      app.syncLibrary();
      String firstArticle = lib.entries().isEmpty() ? "" : lib.entries().get(0).id();
      try (DailySummaryScheduler d = app.dailySummary(List.of(new ConsolePoster(out)))) {
        d.start();
        new ConsoleAdapter(
                app.dispatcher(), new ConsoleRenderer(100), app.paragraphs(), firstArticle)
            .run(in, out, Messages.consoleReady(app.title()));
      }
    } finally {
      logs.close();
    }
    return 0;
  }

  /** Counts daily posts for the metrics; a failed attempt is an error ("daily-post"). */
  private record CountingPoster(ChannelPoster delegate, BotMetrics metrics)
      implements ChannelPoster {
    @Override
    public String platform() {
      return delegate.platform();
    }

    @Override
    public String post(String channelId, Reply reply, String nonce) throws Exception {
      try {
        String id = delegate.post(channelId, reply, nonce);
        metrics.recordPost(platform(), true);
        return id;
      } catch (Exception e) {
        metrics.recordPost(platform(), false);
        metrics.recordError("daily-post");
        throw e;
      }
    }
  }
}
