package dev.articlebot.bot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.PlatformAdapter;
import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack connection: the real Bolt app over Socket Mode (default) or HTTP, answering mentions
 * (in their thread), DMs, the slash commands and "Show full paragraph" buttons.
 *
 * <p>Every handler acknowledges at once and hands the work to {@link BotServices#workers()};
 * retried events are answered once ({@link EventDeduper}); the bot ignores itself and other bots;
 * replies are escaped and split by {@link SlackRenderer} and sent by {@link SlackPoster}.
 */
public final class SlackAdapter implements PlatformAdapter {
  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  /** How long event ids are remembered: Slack retries for about five minutes. */
  static final Duration EVENT_TTL = Duration.ofMinutes(15);

  static final int MAX_REMEMBERED_EVENTS = 20_000;

  /**
   * What tests (and odd deployments) may change.
   *
   * @param sleeper waits between rate-limit retries; null for the real one
   * @param httpHost the address the HTTP endpoint binds to
   * @param connectTimeout how long {@link #start()} waits for the socket to say hello
   * @param maxAttempts attempts per message when rate-limited
   * @param maxRetryWait the longest Retry-After honoured
   */
  public record Options(
      Sleeper sleeper,
      String httpHost,
      Duration connectTimeout,
      int maxAttempts,
      Duration maxRetryWait) {

    public static Options defaults() {
      return new Options(
          null,
          "0.0.0.0",
          Duration.ofSeconds(30),
          SlackPoster.DEFAULT_MAX_ATTEMPTS,
          SlackPoster.DEFAULT_MAX_WAIT);
    }

    public Options withSleeper(Sleeper s) {
      return new Options(s, httpHost, connectTimeout, maxAttempts, maxRetryWait);
    }

    public Options withHttpHost(String host) {
      return new Options(sleeper, host, connectTimeout, maxAttempts, maxRetryWait);
    }
  }

  private final AppConfig.Slack settings;
  private final String botToken;
  private final String appToken;
  private final String signingSecret;
  private final BotServices services;
  private final Options options;
  private final Slack slack;
  private final MethodsClient methods;
  private final Sleeper.Wakeable ownSleeper;
  private final SlackPoster poster;
  private final EventDeduper deduper;
  private final ExecutorService notices;
  private final ExecutorService monitor;

  private final Object lock = new Object();
  private int inFlight;
  private volatile boolean accepting = true;
  private volatile boolean started;
  private volatile boolean failed;
  private volatile boolean closed;
  private volatile String botUserId;
  private volatile App app;
  private volatile SocketModeApp socketApp;
  private volatile SlackHttpEndpoint http;
  private volatile boolean socketOpen;
  private final AtomicLong hellos = new AtomicLong();
  private final CountDownLatch firstHello = new CountDownLatch(1);

  /**
   * The Slack adapter for {@code settings}, with the tokens from {@code secrets}: {@code
   * SLACK_BOT_TOKEN} always, {@code SLACK_APP_TOKEN} in Socket Mode, {@code SLACK_SIGNING_SECRET}
   * in HTTP mode. Nothing connects until {@link #start()}.
   *
   * @throws IllegalArgumentException if a required token is missing or malformed (the message names
   *     it, never shows it)
   */
  public static SlackAdapter create(
      AppConfig.Slack settings, Secrets secrets, BotServices services) {
    return create(settings, secrets, services, Options.defaults());
  }

  /** As {@link #create(AppConfig.Slack, Secrets, BotServices)}, with {@code options}. */
  public static SlackAdapter create(
      AppConfig.Slack settings, Secrets secrets, BotServices services, Options options) {
    String bot =
        secrets
            .get(Secrets.SLACK_BOT_TOKEN)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) into"
                            + " the environment or /run/secrets/slack_bot_token"));
    String app = null;
    String secret = null;
    if (settings.mode() == AppConfig.SlackMode.SOCKET) {
      app =
          secrets
              .get(Secrets.SLACK_APP_TOKEN)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "slack.mode is socket but SLACK_APP_TOKEN is not set: create an"
                              + " app-level token (xapp-…) with connections:write"));
      if (!app.startsWith("xapp-")) {
        throw new IllegalArgumentException(
            "SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write");
      }
    } else {
      secret =
          secrets
              .get(Secrets.SLACK_SIGNING_SECRET)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "slack.mode is http but SLACK_SIGNING_SECRET is not set: copy it from"
                              + " the app's Basic Information page"));
    }
    return new SlackAdapter(settings, bot, app, secret, services, options);
  }

  private SlackAdapter(
      AppConfig.Slack settings,
      String botToken,
      String appToken,
      String signingSecret,
      BotServices services,
      Options options) {
    this.settings = settings;
    this.botToken = botToken;
    this.appToken = appToken;
    this.signingSecret = signingSecret;
    this.services = services;
    this.options = options;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(withSlash(settings.apiBaseUrl()));
    config.setStatsEnabled(false);
    config.setHttpClientCallTimeoutMillis(15_000);
    this.slack = Slack.getInstance(config);
    this.methods = slack.methods(botToken);
    this.ownSleeper = options.sleeper() == null ? Sleeper.wakeable() : null;
    Sleeper sleeper = options.sleeper() == null ? ownSleeper : options.sleeper();
    this.poster =
        new SlackPoster(
            methods,
            slack,
            new SlackRenderer(),
            sleeper,
            options.maxAttempts(),
            options.maxRetryWait());
    this.deduper = new EventDeduper(services.clock(), EVENT_TTL, MAX_REMEMBERED_EVENTS);
    this.notices = singleThread("slack-notices", 64);
    this.monitor = singleThread("slack-socket-check", 4);
  }

  @Override
  public String platform() {
    return "slack";
  }

  @Override
  public SlackPoster poster() {
    return poster;
  }

  /** The HTTP endpoint's bound port (HTTP mode, after start), else the configured one. */
  public int httpPort() {
    SlackHttpEndpoint h = http;
    return h == null ? settings.httpPort() : h.port();
  }

  @Override
  public void start() throws Exception {
    synchronized (this) {
      if (started || closed) throw new IllegalStateException("the Slack adapter starts once");
      started = true;
    }
    try {
      AuthTestResponse auth = methods.authTest(r -> r);
      if (!auth.isOk()) {
        throw new IllegalStateException(
            "Slack auth.test failed ("
                + auth.getError()
                + "): check SLACK_BOT_TOKEN (a bot token, xoxb-…)");
      }
      botUserId = auth.getUserId();
      App a = new App(boltConfig());
      register(a);
      app = a;
      if (settings.mode() == AppConfig.SlackMode.SOCKET) {
        startSocketMode(a);
      } else {
        startHttp(a);
      }
      log.info(
          "Slack connected as {} ({} mode, team {})",
          auth.getUser(),
          settings.mode().name().toLowerCase(java.util.Locale.ROOT),
          auth.getTeam());
    } catch (Exception e) {
      failed = true;
      accepting = false;
      closeConnections(Duration.ofSeconds(5));
      throw e;
    }
  }

  @Override
  public ConnectionState state() {
    if (closed) return ConnectionState.DISCONNECTED;
    if (failed) return ConnectionState.FAILED;
    if (app == null) return ConnectionState.STARTING;
    if (settings.mode() == AppConfig.SlackMode.HTTP) {
      SlackHttpEndpoint h = http;
      return h != null && h.listening() ? ConnectionState.CONNECTED : ConnectionState.STARTING;
    }
    return socketOpen ? ConnectionState.CONNECTED : ConnectionState.RECONNECTING;
  }

  @Override
  public synchronized void close(Duration timeout) {
    synchronized (lock) {
      if (closed) return;
      accepting = false;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!awaitInFlight(deadline)) {
      log.warn("Closing Slack with replies still in flight");
    }
    closed = true;
    if (ownSleeper != null) ownSleeper.wake();
    long left = Math.max(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(5));
    closeConnections(Duration.ofNanos(left));
    log.info("Slack closed");
  }

  // ---- wiring

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

  private void register(App a) {
    a.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          onMention(payload);
          return ctx.ack();
        });
    a.event(
        MessageEvent.class,
        (payload, ctx) -> {
          onDirectMessage(payload);
          return ctx.ack();
        });
    AppConfig.SlackCommands c = settings.commands();
    a.command(c.ask(), (req, ctx) -> onSlashCommand("ask", req, ctx));
    a.command(c.quote(), (req, ctx) -> onSlashCommand("quote", req, ctx));
    a.command(c.summary(), (req, ctx) -> onSlashCommand("summary", req, ctx));
    a.command(c.speakers(), (req, ctx) -> onSlashCommand("speakers", req, ctx));
    a.blockAction(
        SlackRenderer.SHOW_PARAGRAPH_ACTIONS,
        (req, ctx) -> {
          onShowParagraph(req);
          return ctx.ack();
        });
  }

  private void startSocketMode(App a) throws Exception {
    SocketModeApp sm = new SocketModeApp(appToken, a, SocketModeClient.Backend.JavaWebSocket);
    socketApp = sm;
    try {
      sm.startAsync();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Could not open a Socket Mode connection (apps.connections.open failed): check"
              + " SLACK_APP_TOKEN (xapp-…, connections:write) and that Socket Mode is on",
          e);
    }
    SocketModeClient client = sm.getClient();
    if (client == null) {
      throw new IllegalStateException("Could not open a Socket Mode connection");
    }
    client.addWebSocketMessageListener(this::onSocketMessage);
    client.addWebSocketCloseListener(this::onSocketClose);
    long deadline = System.nanoTime() + options.connectTimeout().toNanos();
    while (!firstHello.await(500, TimeUnit.MILLISECONDS)) {
      // The hello may have come before the listener was added: ask the socket itself.
      if (client.verifyConnection()) {
        socketOpen = true;
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "Slack Socket Mode did not connect within "
                + options.connectTimeout().toSeconds()
                + " s");
      }
    }
  }

  private void startHttp(App a) throws Exception {
    a.start();
    SlackHttpEndpoint endpoint =
        new SlackHttpEndpoint(
            options.httpHost(),
            settings.httpPort(),
            new SlackRequestVerifier(signingSecret, services.clock()),
            a);
    endpoint.start();
    http = endpoint;
  }

  private void closeConnections(Duration timeout) {
    SocketModeApp sm = socketApp;
    SocketModeClient client = sm == null ? null : sm.getClient();
    if (sm != null) {
      bounded(
          "Socket Mode",
          () -> {
            sm.close();
            if (client != null) client.close();
          },
          timeout);
    }
    SlackHttpEndpoint h = http;
    if (h != null) h.stop();
    App a = app;
    if (a != null) bounded("Bolt", a::stop, Duration.ofSeconds(2));
    notices.shutdownNow();
    monitor.shutdownNow();
    bounded("Slack client", slack::close, Duration.ofSeconds(2));
  }

  // ---- socket state

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
      log.info("Slack asked for a new Socket Mode connection; reconnecting");
    }
  }

  private void onSocketClose(Integer code, String reason) {
    if (closed) return;
    long seen = hellos.get();
    try {
      monitor.execute(
          () -> {
            SocketModeApp sm = socketApp;
            SocketModeClient client = sm == null ? null : sm.getClient();
            if (closed || client == null) return;
            if (client.verifyConnection()) {
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
    } catch (java.util.concurrent.RejectedExecutionException e) {
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

  // ---- handlers: each acks at once; the work runs on the workers

  private void onMention(EventsApiPayload<AppMentionEvent> payload) {
    AppMentionEvent e = payload.getEvent();
    if (isFromBot(e.getUser(), e.getBotId())) return;
    String threadTs = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    answerText(
        payload.getEventId(),
        new Caller("slack", e.getUser(), e.getChannel()),
        e.getText(),
        SlackTarget.thread(e.getChannel(), threadTs, e.getUser()));
  }

  private void onDirectMessage(EventsApiPayload<MessageEvent> payload) {
    MessageEvent e = payload.getEvent();
    if (!"im".equals(e.getChannelType())) return;
    if (isFromBot(e.getUser(), e.getBotId())) return;
    answerText(
        payload.getEventId(),
        new Caller("slack", e.getUser(), e.getChannel()),
        e.getText(),
        SlackTarget.directMessage(e.getChannel(), e.getThreadTs(), e.getUser()));
  }

  /** Other bots (no loops between bots) and this bot itself (also ignored by Bolt). */
  private boolean isFromBot(String userId, String botId) {
    return botId != null || userId == null || userId.equals(botUserId);
  }

  private void answerText(String eventId, Caller caller, String rawText, SlackTarget target) {
    if (!accepting) return;
    if (!deduper.claim(eventId)) {
      log.debug("Dropped a repeat of Slack event {}", eventId);
      return;
    }
    String text = SlackText.unescape(SlackText.stripMention(rawText, botUserId));
    boolean submitted =
        submit(() -> deliver(target, services.dispatcher().handleText(caller, text)));
    if (!submitted) {
      deduper.release(eventId);
      notice(target, Reply.notice(Messages.busy()));
    }
  }

  private Response onSlashCommand(
      String command, SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    if (!accepting) return ctx.ack(SlackText.escape(Messages.shuttingDown()));
    String text = SlackText.unescape(p.getText() == null ? "" : p.getText()).strip();
    boolean help = text.equalsIgnoreCase("help");
    String name = help ? "help" : command;
    String argument = help ? "" : text;
    Caller caller = new Caller("slack", p.getUserId(), p.getChannelId());
    SlackTarget target =
        SlackTarget.responseUrl(p.getResponseUrl(), p.getChannelId(), p.getUserId());
    boolean submitted =
        submit(() -> deliver(target, services.dispatcher().handleCommand(caller, name, argument)));
    if (!submitted) return ctx.ack(SlackText.escape(Messages.busy()));
    // in_channel shows the asker's command above the answer; help and usage hints stay private.
    return help || text.isEmpty() ? ctx.ack() : ctx.ack(r -> r.responseType("in_channel"));
  }

  private void onShowParagraph(BlockActionRequest req) {
    BlockActionPayload p = req.getPayload();
    if (!accepting || p.getUser() == null) return;
    String value = null;
    if (p.getActions() != null) {
      for (BlockActionPayload.Action action : p.getActions()) {
        if (action.getActionId() != null
            && SlackRenderer.SHOW_PARAGRAPH_ACTIONS.matcher(action.getActionId()).matches()) {
          value = action.getValue();
          break;
        }
      }
    }
    SlackRenderer.ParagraphRef ref = SlackRenderer.parseParagraphRef(value);
    String userId = p.getUser().getId();
    String channelId =
        p.getChannel() != null
            ? p.getChannel().getId()
            : p.getContainer() != null ? p.getContainer().getChannelId() : null;
    String threadTs = p.getContainer() != null ? p.getContainer().getThreadTs() : null;
    if (threadTs == null && p.getMessage() != null) threadTs = p.getMessage().getThreadTs();
    SlackTarget inPlace = new SlackTarget(channelId, threadTs, userId, null, false);
    String responseUrl = p.getResponseUrl();
    boolean submitted =
        submit(
            () -> {
              Reply reply =
                  (ref == null
                          ? Reply.notice(Messages.paragraphNotFound())
                          : services
                              .paragraphs()
                              .paragraph(ref.articleId(), ref.paragraph())
                              .orElse(Reply.notice(Messages.paragraphNotFound())))
                      .asEphemeral();
              showPrivately(inPlace, responseUrl, reply);
            });
    if (!submitted) showPrivatelyLater(inPlace, responseUrl, Reply.notice(Messages.busy()));
  }

  /** chat.postEphemeral where the button was; the response URL where the bot is not a member. */
  private void showPrivately(SlackTarget target, String responseUrl, Reply reply) {
    try {
      if (target.channelId() != null) {
        poster.send(target, reply);
        return;
      }
    } catch (Exception e) {
      if (responseUrl == null) {
        log.warn("Could not show a paragraph in Slack: {}", e.getMessage());
        return;
      }
    }
    if (responseUrl != null) {
      try {
        poster.respond(responseUrl, reply);
      } catch (Exception e) {
        log.warn("Could not show a paragraph in Slack: {}", e.getMessage());
      }
    }
  }

  private void showPrivatelyLater(SlackTarget target, String responseUrl, Reply reply) {
    try {
      notices.execute(() -> showPrivately(target, responseUrl, reply));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      log.debug("Dropped a busy notice");
    }
  }

  // ---- work and delivery

  private boolean submit(Runnable work) {
    synchronized (lock) {
      if (!accepting) return false;
      inFlight++;
    }
    boolean ok;
    try {
      ok =
          services
              .workers()
              .trySubmit(
                  () -> {
                    try {
                      work.run();
                    } catch (RuntimeException e) {
                      log.error("Slack reply failed", e);
                    } finally {
                      finished();
                    }
                  });
    } catch (RuntimeException e) {
      ok = false;
    }
    if (!ok) finished();
    return ok;
  }

  private void finished() {
    synchronized (lock) {
      inFlight--;
      lock.notifyAll();
    }
  }

  private boolean awaitInFlight(long deadlineNanos) {
    synchronized (lock) {
      while (inFlight > 0) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) return false;
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  private void deliver(SlackTarget target, Reply reply) {
    try {
      poster.send(target, reply);
    } catch (Exception e) {
      log.warn("Could not send a Slack reply to {}: {}", target.channelId(), e.getMessage());
    }
  }

  /** A short notice sent off the handler thread, when the workers cannot take the question. */
  private void notice(SlackTarget target, Reply reply) {
    try {
      notices.execute(() -> deliver(target, reply));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      log.debug("Dropped a busy notice");
    }
  }

  private static ExecutorService singleThread(String name, int queue) {
    return new ThreadPoolExecutor(
        1,
        1,
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.AbortPolicy());
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

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
