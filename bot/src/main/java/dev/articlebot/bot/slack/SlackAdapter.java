package dev.articlebot.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.ops.HttpEndpoint;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.Deliverer;
import dev.articlebot.bot.platform.PlatformAdapter;
import dev.articlebot.bot.platform.ReplyGate;
import dev.articlebot.bot.platform.RouteLanes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack platform: the real Bolt app over Socket Mode (default) or HTTP ({@link
 * SlackConnection}), answering mentions (in their thread), DMs, the slash commands and "Show full
 * paragraph" buttons ({@link SlackEvents}), replies sent by {@link SlackPoster} with the bot's own
 * retry policy. Questions in flight are counted by a {@link ReplyGate}, so that closing waits for
 * their replies.
 */
public final class SlackAdapter implements PlatformAdapter {
  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  /** How many routes may have one of the SDK's blocking calls running at once. */
  private static final int SENDERS = 32;

  /**
   * What tests (and odd deployments) may change.
   *
   * @param timer runs the retry policy's waits; null for a real timer thread
   * @param httpHost the address the HTTP endpoint binds to
   * @param connectTimeout how long {@link #start()} waits for the socket to say hello
   * @param httpLimits the HTTP endpoint's limits
   */
  public record Options(
      Deliverer.Timer timer,
      String httpHost,
      Duration connectTimeout,
      HttpEndpoint.Limits httpLimits,
      String managerGroup) {

    public static Options defaults() {
      return new Options(
          null,
          "0.0.0.0",
          Duration.ofSeconds(30),
          HttpEndpoint.Limits.defaults(SlackHttpEndpoint.MAX_BODY_BYTES),
          "");
    }

    public Options withTimer(Deliverer.Timer t) {
      return new Options(t, httpHost, connectTimeout, httpLimits, managerGroup);
    }

    public Options withHttpHost(String host) {
      return new Options(timer, host, connectTimeout, httpLimits, managerGroup);
    }

    public Options withHttpLimits(HttpEndpoint.Limits limits) {
      return new Options(timer, httpHost, connectTimeout, limits, managerGroup);
    }

    /** Members of this Slack user group may manage the library, besides workspace admins. */
    public Options withManagerGroup(String group) {
      return new Options(timer, httpHost, connectTimeout, httpLimits, group);
    }
  }

  private final Slack slack;
  private final ReplyGate gate;
  private final Deliverer deliverer;
  private final RouteLanes senders;
  private final SlackPoster poster;
  private final SlackConnection connection;
  private final SlackEvents events;
  private volatile boolean started;
  private volatile boolean closed;

  /**
   * The Slack adapter for {@code settings}, with the tokens from {@code secrets} (which {@link
   * dev.articlebot.bot.config.ConfigLoader} has checked). Nothing connects until {@link #start()}.
   */
  public static SlackAdapter create(
      AppConfig.Slack settings, Secrets secrets, BotServices services) {
    return create(settings, secrets, services, Options.defaults());
  }

  /** As {@link #create(AppConfig.Slack, Secrets, BotServices)}, with {@code options}. */
  public static SlackAdapter create(
      AppConfig.Slack settings, Secrets secrets, BotServices services, Options options) {
    return new SlackAdapter(settings, secrets, services, options);
  }

  private SlackAdapter(
      AppConfig.Slack settings, Secrets secrets, BotServices services, Options options) {
    SlackEvents.slashCommands(settings, services.dispatcher().catalog()); // fails early if wrong
    String botToken = required(secrets, Secrets.SLACK_BOT_TOKEN);
    boolean socketMode = settings.mode() == AppConfig.SlackMode.SOCKET;
    String appToken = socketMode ? required(secrets, Secrets.SLACK_APP_TOKEN) : null;
    String signingSecret = socketMode ? null : required(secrets, Secrets.SLACK_SIGNING_SECRET);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(withSlash(settings.apiBaseUrl()));
    config.setStatsEnabled(false);
    config.setHttpClientCallTimeoutMillis(15_000);
    this.slack = Slack.getInstance(config);
    this.gate = new ReplyGate(platform(), services.workers(), services.outcomes());
    this.deliverer = new Deliverer(platform(), services.delivery(), options.timer());
    this.senders = new RouteLanes("slack-send", SENDERS);
    this.poster =
        new SlackPoster(slack.methods(botToken), slack, new SlackRenderer(), deliverer, senders);
    this.connection =
        new SlackConnection(
            new SlackConnection.Settings(
                settings.mode(),
                options.httpHost(),
                settings.httpPort(),
                options.connectTimeout(),
                options.httpLimits()),
            slack,
            botToken,
            appToken,
            signingSecret,
            services.clock());
    SlackManagers managers =
        new SlackManagers(slack.methods(botToken), options.managerGroup(), services.clock());
    this.events =
        new SlackEvents(
            settings,
            services,
            gate,
            poster,
            connection::botUserId,
            managers::of,
            new SlackFiles(slack.getHttpClient(), botToken, settings.apiBaseUrl()));
  }

  private static String required(Secrets secrets, String name) {
    return secrets
        .get(name)
        .orElseThrow(
            () -> new IllegalStateException(name + " is not set (the configuration checks this)"));
  }

  @Override
  public String platform() {
    return "slack";
  }

  @Override
  public int inFlight() {
    return gate.inFlight();
  }

  @Override
  public SlackPoster poster() {
    return poster;
  }

  /** The HTTP endpoint's bound port (HTTP mode, after start), else the configured one. */
  public int httpPort() {
    return connection.httpPort();
  }

  @Override
  public void start() throws Exception {
    synchronized (this) {
      if (started || closed) throw new IllegalStateException("the Slack adapter starts once");
      started = true;
    }
    try {
      connection.start(events::register);
    } catch (Exception e) {
      gate.close();
      release();
      throw e;
    }
  }

  @Override
  public ConnectionState state() {
    return closed ? ConnectionState.DISCONNECTED : connection.state();
  }

  @Override
  public synchronized void close(Duration timeout) {
    if (closed) return;
    gate.close();
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!gate.awaitIdle(timeout)) {
      log.warn("Closing Slack with {} replies still in flight", gate.inFlight());
    }
    closed = true;
    long left = Math.max(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(5));
    connection.close(Duration.ofNanos(left));
    release();
    log.info("Slack closed");
  }

  private void release() {
    deliverer.close();
    senders.close();
    try {
      slack.close();
    } catch (Exception e) {
      log.debug("Closing the Slack client: {}", e.toString());
    }
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
