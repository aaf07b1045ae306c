package dev.articlebot.bot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.ops.HttpEndpoint;
import dev.articlebot.bot.platform.ConnectionState;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to Slack: checks the bot token ({@code auth.test}), builds the Bolt app, and opens
 * Socket Mode ({@link SlackSocket}) or the HTTP endpoint ({@link SlackHttpEndpoint}); reports its
 * state and closes it. What the app does with events is {@link SlackEvents}' business.
 */
final class SlackConnection {
  private static final Logger log = LoggerFactory.getLogger(SlackConnection.class);

  /**
   * @param mode socket or http
   * @param httpHost the address the HTTP endpoint binds to
   * @param httpPort its port (0 picks one)
   * @param connectTimeout how long {@link #start} waits for the socket to say hello
   * @param httpLimits the HTTP endpoint's limits
   */
  record Settings(
      AppConfig.SlackMode mode,
      String httpHost,
      int httpPort,
      Duration connectTimeout,
      HttpEndpoint.Limits httpLimits) {}

  private final Settings settings;
  private final Slack slack;
  private final String botToken;
  private final String appToken;
  private final String signingSecret;
  private final Clock clock;
  private final ExecutorService monitor;
  private final AtomicLong hellos = new AtomicLong();
  private final CountDownLatch firstHello = new CountDownLatch(1);

  private volatile String botUserId;
  private volatile App app;
  private volatile SlackSocket socket;
  private volatile SlackHttpEndpoint http;
  private volatile boolean socketOpen;
  private volatile boolean failed;
  private volatile boolean closed;

  SlackConnection(
      Settings settings,
      Slack slack,
      String botToken,
      String appToken,
      String signingSecret,
      Clock clock) {
    this.settings = settings;
    this.slack = slack;
    this.botToken = botToken;
    this.appToken = appToken;
    this.signingSecret = signingSecret;
    this.clock = clock;
    this.monitor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(4),
            r -> {
              Thread t = new Thread(r, "slack-socket-check");
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** The bot's own user id, once started. */
  String botUserId() {
    return botUserId;
  }

  /** The HTTP endpoint's bound port (HTTP mode, after start), else the configured one. */
  int httpPort() {
    SlackHttpEndpoint h = http;
    return h == null ? settings.httpPort() : h.port();
  }

  /** Connects; {@code register} adds the event handlers to the Bolt app first. */
  void start(Consumer<App> register) throws Exception {
    try {
      AuthTestResponse auth = slack.methods(botToken).authTest(r -> r);
      if (!auth.isOk()) {
        throw new IllegalStateException(
            "Slack auth.test failed ("
                + auth.getError()
                + "): check SLACK_BOT_TOKEN (a bot token, xoxb-…)");
      }
      botUserId = auth.getUserId();
      App a = new App(boltConfig());
      register.accept(a);
      a.start();
      app = a;
      if (settings.mode() == AppConfig.SlackMode.SOCKET) {
        startSocketMode(a);
      } else {
        startHttp(a);
      }
      log.info(
          "Slack connected as {} ({} mode, team {})",
          auth.getUser(),
          settings.mode().name().toLowerCase(Locale.ROOT),
          auth.getTeam());
    } catch (Exception e) {
      failed = true;
      close(Duration.ofSeconds(5));
      throw e;
    }
  }

  ConnectionState state() {
    if (failed) return ConnectionState.FAILED;
    if (closed) return ConnectionState.DISCONNECTED;
    if (app == null) return ConnectionState.STARTING;
    if (settings.mode() == AppConfig.SlackMode.HTTP) {
      SlackHttpEndpoint h = http;
      return h != null && h.listening() ? ConnectionState.CONNECTED : ConnectionState.STARTING;
    }
    return socketOpen ? ConnectionState.CONNECTED : ConnectionState.RECONNECTING;
  }

  /** Closes the socket (for good) or the endpoint, and the Bolt app. Never throws. */
  void close(Duration timeout) {
    closed = true;
    SlackSocket s = socket;
    if (s != null) bounded("Socket Mode", s::close, timeout);
    SlackHttpEndpoint h = http;
    if (h != null) h.stop();
    App a = app;
    if (a != null) bounded("Bolt", a::stop, Duration.ofSeconds(2));
    monitor.shutdownNow();
  }

  private com.slack.api.bolt.AppConfig boltConfig() {
    return com.slack.api.bolt.AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(botToken)
        .signingSecret(signingSecret)
        // HTTP mode: SlackHttpEndpoint verifies every request with the injected clock before
        // anything parses it; Socket Mode needs no signature.
        .requestVerificationEnabled(false)
        .ignoringSelfEventsEnabled(true)
        .subtypedMessageEventsAutoAckEnabled(true)
        .build();
  }

  private void startSocketMode(App a) throws Exception {
    SlackSocket s = SlackSocket.open(slack, appToken, a);
    socket = s;
    s.addWebSocketMessageListener(this::onSocketMessage);
    s.addWebSocketCloseListener(this::onSocketClose);
    s.connect();
    long deadline = System.nanoTime() + settings.connectTimeout().toNanos();
    while (!firstHello.await(500, TimeUnit.MILLISECONDS)) {
      // The hello may have come before the listener saw it: ask the socket itself.
      if (s.verifyConnection()) {
        socketOpen = true;
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "Slack Socket Mode did not connect within "
                + settings.connectTimeout().toSeconds()
                + " s");
      }
    }
  }

  private void startHttp(App a) throws Exception {
    SlackHttpEndpoint endpoint =
        new SlackHttpEndpoint(
            settings.httpHost(),
            settings.httpPort(),
            signingSecret,
            clock,
            a,
            settings.httpLimits());
    try {
      endpoint.start();
    } catch (HttpEndpoint.PortInUseException e) {
      throw new IllegalStateException(
          "slack.http-port "
              + e.port()
              + " is already in use by another program: stop that program, or set"
              + " slack.http-port (ARTICLEBOT_SLACK_HTTP_PORT) to a free port",
          e);
    }
    http = endpoint;
  }

  private void onSocketMessage(String json) {
    String type = messageType(json);
    if ("hello".equals(type)) {
      synchronized (hellos) {
        hellos.incrementAndGet();
        socketOpen = true;
      }
      firstHello.countDown();
      log.debug("Slack Socket Mode session open");
    } else if ("disconnect".equals(type)) {
      socketOpen = false;
      if (!closed) log.info("Slack asked for a new Socket Mode connection; reconnecting");
    }
  }

  private void onSocketClose(Integer code, String reason) {
    if (closed) return;
    long seen = hellos.get();
    try {
      monitor.execute(
          () -> {
            SlackSocket s = socket;
            if (closed || s == null) return;
            if (s.verifyConnection()) {
              socketOpen = true;
              return;
            }
            synchronized (hellos) {
              // A hello since the close means a new session is already open.
              if (hellos.get() != seen) return;
              socketOpen = false;
            }
            if (code != null && code == 1000) {
              log.info("Slack Socket Mode connection closed; reconnecting");
            } else {
              log.warn("Slack Socket Mode connection lost (code {}); reconnecting", code);
            }
          });
    } catch (RejectedExecutionException e) {
      // shutting down, or checks already queued
    }
  }

  private static String messageType(String json) {
    try {
      JsonElement e = JsonParser.parseString(json);
      if (!e.isJsonObject()) return null;
      JsonObject o = e.getAsJsonObject();
      return o.has("type") && o.get("type").isJsonPrimitive() ? o.get("type").getAsString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /** Runs {@code step} on its own thread and waits at most {@code timeout}; never throws. */
  private static void bounded(String what, Step step, Duration timeout) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                step.run();
                done.complete(null);
              } catch (Throwable e) {
                done.completeExceptionally(e);
              }
            },
            "slack-close");
    t.setDaemon(true);
    t.start();
    try {
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.warn("Closing {} took longer than {} ms; moving on", what, timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.warn("Closing {} failed: {}", what, e.getMessage());
    }
  }
}
