package dev.articlebot.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack on 127.0.0.1: the Web API methods the adapter calls, response URLs,
 * and a Socket Mode WebSocket server. It records every request and every message the client sends,
 * and lets a test wait for them (on conditions, with timeouts).
 */
public final class FakeSlack implements AutoCloseable {
  public static final String BOT_TOKEN = "xoxb-fake";

  /** A bot token the file host does not serve: one without the files:read scope. */
  static final String BOT_TOKEN_WITHOUT_FILES_READ = BOT_TOKEN + "-without-files-read";

  public static final String APP_TOKEN = "xapp-fake-app";
  public static final String SIGNING_SECRET = "fake-signing-secret";
  static final String BOT_USER_ID = "UBOT";
  static final String BOT_ID = "BBOT";

  /** chat.postMessage to this channel answers not_in_channel. */
  static final String NOT_A_MEMBER = "C_NOT_IN";

  static final Duration WAIT =
      Duration.ofSeconds(60); // a bound on waits for what must happen, never slept

  public static final ObjectMapper JSON = new ObjectMapper();

  /** One HTTP request to the stand-in. */
  public record Call(
      String method, Map<String, String> headers, String body, Map<String, String> params) {

    /** A form parameter or top-level JSON field. */
    public String param(String name) {
      return params.get(name);
    }

    /** The blocks sent, parsed. */
    JsonNode blocks() {
      try {
        String raw = params.get("blocks");
        return raw == null ? JSON.createArrayNode() : JSON.readTree(raw);
      } catch (IOException e) {
        throw new AssertionError("blocks are not JSON: " + params.get("blocks"), e);
      }
    }
  }

  private final Object monitor = new Object();
  private final List<Call> calls = new ArrayList<>();
  private final List<JsonNode> fromClient = new ArrayList<>();
  private final AtomicInteger rateLimitsLeft = new AtomicInteger();
  private final AtomicInteger postFailuresLeft = new AtomicInteger();
  private volatile int postFailureStatus = 500;
  private final AtomicInteger responseFailuresLeft = new AtomicInteger();
  private volatile int responseFailureStatus = 500;
  private volatile String responseFailureBody = "";
  private volatile boolean holdPongs;
  private volatile CountDownLatch heldResponses = new CountDownLatch(0);
  private final AtomicInteger hangingPosts = new AtomicInteger();
  private final CountDownLatch closing = new CountDownLatch(1);
  private int pings;
  private volatile int retryAfterSeconds = 1;
  private final AtomicInteger ts = new AtomicInteger(100);
  private final AtomicInteger envelopes = new AtomicInteger();
  private final AtomicInteger tickets = new AtomicInteger();
  private int socketsOpened;
  private int socketsClosed;
  private WebSocket current;
  private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Set<String> admins = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final HttpServer http;
  private final ExecutorService httpThreads = Executors.newCachedThreadPool(FakeSlack::daemon);
  private final Socket socket;

  private FakeSlack() throws Exception {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    http.setExecutor(httpThreads);
    http.createContext("/api/", this::api);
    http.createContext("/response/", this::responseUrl);
    http.createContext("/files/", this::file);
    http.start();
    socket = new Socket();
    socket.setReuseAddr(true);
    socket.start();
    if (!socket.started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("no ws");
  }

  public static FakeSlack start() throws Exception {
    return new FakeSlack();
  }

  public String apiBaseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
  }

  /**
   * Serves {@code bytes} as a shared file, as Slack's file host does: to the bot token only; any
   * other request is redirected to a sign-in page. Returns its {@code url_private_download}.
   */
  String shareFile(String name, byte[] bytes) {
    files.put(name, bytes);
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/files/T1/F1/" + name;
  }

  /** users.info says {@code userId} is a workspace admin. */
  void makeAdmin(String userId) {
    admins.add(userId);
  }

  String responseUrl(String id) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/response/" + id;
  }

  /** The next {@code n} chat.postMessage calls get a 429 with Retry-After {@code seconds}. */
  public void rateLimitNextPosts(int n, int seconds) {
    retryAfterSeconds = seconds;
    rateLimitsLeft.set(n);
  }

  /** The next {@code n} chat.postMessage calls answer HTTP {@code status}. */
  void failNextPosts(int n, int status) {
    postFailureStatus = status;
    postFailuresLeft.set(n);
  }

  /** The next {@code n} calls to any response URL answer HTTP {@code status} with {@code body}. */
  void failNextResponses(int n, int status, String body) {
    responseFailureStatus = status;
    responseFailureBody = body;
    responseFailuresLeft.set(n);
  }

  /** Response URLs take requests but answer none until {@link #releaseResponses()}. */
  void holdResponses() {
    heldResponses = new CountDownLatch(1);
  }

  /** Answers the response URL requests being held, and later ones at once. */
  void releaseResponses() {
    heldResponses.countDown();
  }

  /**
   * The next {@code n} chat.postMessage calls are read whole and never answered (until {@link
   * #close()}): the request arrived, the answer is lost.
   */
  void hangNextPosts(int n) {
    hangingPosts.set(n);
  }

  /** Leaves the client's pings unanswered (a connection that looks dead to the SDK's monitor). */
  void holdPongs() {
    holdPongs = true;
  }

  int pings() {
    synchronized (monitor) {
      return pings;
    }
  }

  // ---- what was received

  public List<Call> calls(String method) {
    synchronized (monitor) {
      return calls.stream().filter(c -> c.method().equals(method)).toList();
    }
  }

  /** Waits until at least {@code n} calls of {@code method} arrived; returns them all. */
  public List<Call> awaitCalls(String method, int n) {
    awaitCondition(() -> calls(method).size() >= n, n + " call(s) of " + method);
    return calls(method);
  }

  List<JsonNode> fromClient() {
    synchronized (monitor) {
      return List.copyOf(fromClient);
    }
  }

  /** Waits for the client's ack of {@code envelopeId}. */
  JsonNode awaitAck(String envelopeId) {
    Predicate<JsonNode> isAck = m -> envelopeId.equals(m.path("envelope_id").asText(null));
    awaitCondition(
        () -> fromClient().stream().anyMatch(isAck), "the ack of envelope " + envelopeId);
    return fromClient().stream().filter(isAck).findFirst().orElseThrow();
  }

  int socketsOpened() {
    synchronized (monitor) {
      return socketsOpened;
    }
  }

  int socketsClosed() {
    synchronized (monitor) {
      return socketsClosed;
    }
  }

  boolean socketOpen() {
    synchronized (monitor) {
      return current != null && current.isOpen();
    }
  }

  void awaitSocketsOpened(int n) {
    awaitCondition(() -> socketsOpened() >= n, n + " Socket Mode connection(s)");
  }

  void awaitSocketsClosed(int n) {
    awaitCondition(() -> socketsClosed() >= n, n + " closed Socket Mode connection(s)");
  }

  void awaitCondition(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (monitor) {
      while (!condition.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new AssertionError("timed out waiting for " + what);
        try {
          TimeUnit.NANOSECONDS.timedWait(monitor, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for " + what);
        }
      }
    }
  }

  private void changed() {
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  // ---- Socket Mode: what the server sends

  /** Sends an events_api envelope with {@code event}; returns the envelope id. */
  public String sendEvent(ObjectNode event, String eventId, int retryAttempt) {
    String envelopeId = "env-" + envelopes.incrementAndGet();
    ObjectNode payload = JSON.createObjectNode();
    payload.put("token", "legacy-verification-token");
    payload.put("team_id", "T1");
    payload.put("api_app_id", "A1");
    payload.set("event", event);
    payload.put("type", "event_callback");
    payload.put("event_id", eventId);
    payload.put("event_time", 1_700_000_000);
    ObjectNode auth = payload.putArray("authorizations").addObject();
    auth.put("team_id", "T1");
    auth.put("user_id", BOT_USER_ID);
    auth.put("is_bot", true);
    payload.put("is_ext_shared_channel", false);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId);
    envelope.set("payload", payload);
    envelope.put("type", "events_api");
    envelope.put("accepts_response_payload", false);
    envelope.put("retry_attempt", retryAttempt);
    envelope.put("retry_reason", retryAttempt > 0 ? "timeout" : "");
    send(envelope);
    return envelopeId;
  }

  /** Sends a slash_commands envelope; returns the envelope id. */
  String sendSlashCommand(
      String command, String text, String userId, String channelId, String responseId) {
    String envelopeId = "env-" + envelopes.incrementAndGet();
    ObjectNode payload = JSON.createObjectNode();
    payload.put("token", "legacy-verification-token");
    payload.put("team_id", "T1");
    payload.put("team_domain", "fake");
    payload.put("channel_id", channelId);
    payload.put("channel_name", "general");
    payload.put("user_id", userId);
    payload.put("user_name", "alice");
    payload.put("command", command);
    payload.put("text", text);
    payload.put("api_app_id", "A1");
    payload.put("is_enterprise_install", "false");
    payload.put("response_url", responseUrl(responseId));
    payload.put("trigger_id", "trigger-" + envelopeId);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId);
    envelope.set("payload", payload);
    envelope.put("type", "slash_commands");
    envelope.put("accepts_response_payload", true);
    send(envelope);
    return envelopeId;
  }

  /** Sends an interactive envelope for a button click; returns the envelope id. */
  String sendButtonClick(
      String actionId,
      String value,
      String userId,
      String channelId,
      String threadTs,
      String responseId) {
    String envelopeId = "env-" + envelopes.incrementAndGet();
    ObjectNode payload =
        blockActions(actionId, value, userId, channelId, threadTs, responseId, envelopeId);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId);
    envelope.set("payload", payload);
    envelope.put("type", "interactive");
    envelope.put("accepts_response_payload", false);
    send(envelope);
    return envelopeId;
  }

  /**
   * The payload of a click on a button ({@code block_actions}), as Slack sends it over Socket Mode
   * or, form-encoded as {@code payload}, over HTTP.
   */
  ObjectNode blockActions(
      String actionId,
      String value,
      String userId,
      String channelId,
      String threadTs,
      String responseId,
      String triggerId) {
    String envelopeId = triggerId;
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    ObjectNode user = payload.putObject("user");
    user.put("id", userId);
    user.put("username", "alice");
    user.put("name", "alice");
    user.put("team_id", "T1");
    payload.put("api_app_id", "A1");
    payload.put("token", "legacy-verification-token");
    ObjectNode container = payload.putObject("container");
    container.put("type", "message");
    container.put("message_ts", "1700000000.000900");
    container.put("channel_id", channelId);
    container.put("is_ephemeral", false);
    if (threadTs != null) container.put("thread_ts", threadTs);
    payload.put("trigger_id", "trigger-" + envelopeId);
    payload.putObject("team").put("id", "T1");
    ObjectNode channel = payload.putObject("channel");
    channel.put("id", channelId);
    channel.put("name", "general");
    payload.put("response_url", responseUrl(responseId));
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("action_id", actionId);
    action.put("block_id", "b1");
    action.put("value", value);
    action.put("type", "button");
    action.put("action_ts", "1700000001.000000");
    action.putObject("text").put("type", "plain_text").put("text", "Show full paragraph");
    return payload;
  }

  /** Asks the client to reconnect, as Slack does every few hours. */
  void sendDisconnect() {
    ObjectNode m = JSON.createObjectNode();
    m.put("type", "disconnect");
    m.put("reason", "refresh_requested");
    m.putObject("debug_info").put("host", "fake-slack");
    send(m);
  }

  /** Drops the current connection without a goodbye. */
  void dropConnection() {
    WebSocket ws;
    synchronized (monitor) {
      ws = current;
    }
    if (ws != null) ws.closeConnection(1006, "dropped by the test");
  }

  private void send(ObjectNode message) {
    WebSocket ws;
    synchronized (monitor) {
      ws = current;
    }
    if (ws == null || !ws.isOpen())
      throw new IllegalStateException("no open Socket Mode connection");
    ws.send(message.toString());
  }

  private final class Socket extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);

    Socket() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      synchronized (monitor) {
        current = conn;
        socketsOpened++;
      }
      ObjectNode hello = JSON.createObjectNode();
      hello.put("type", "hello");
      hello.put("num_connections", 1);
      hello.putObject("connection_info").put("app_id", "A1");
      hello.putObject("debug_info").put("host", "fake-slack");
      conn.send(hello.toString());
      changed();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
      synchronized (monitor) {
        socketsClosed++;
      }
      changed();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      try {
        JsonNode node = JSON.readTree(message);
        synchronized (monitor) {
          fromClient.add(node);
        }
      } catch (IOException e) {
        synchronized (monitor) {
          fromClient.add(JSON.createObjectNode().put("unparsable", message));
        }
      }
      changed();
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onWebsocketPing(WebSocket conn, org.java_websocket.framing.Framedata f) {
      synchronized (monitor) {
        pings++;
      }
      changed();
      if (!holdPongs) super.onWebsocketPing(conn, f);
    }

    @Override
    public void onStart() {
      started.countDown();
    }
  }

  // ---- Web API

  private void api(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestURI().getPath().substring("/api/".length());
      Call call = record(method, ex);
      String token = bearer(call);
      ObjectNode out = JSON.createObjectNode();
      switch (method) {
        case "auth.test" -> {
          if (!BOT_TOKEN.equals(token)) {
            out.put("ok", false).put("error", "invalid_auth");
          } else {
            out.put("ok", true);
            out.put("url", "https://fake.slack.com/");
            out.put("team", "Fake Team");
            out.put("user", "articlebot");
            out.put("team_id", "T1");
            out.put("user_id", BOT_USER_ID);
            out.put("bot_id", BOT_ID);
            out.put("is_enterprise_install", false);
          }
        }
        case "apps.connections.open" -> {
          if (token == null || !token.startsWith("xapp-")) {
            out.put("ok", false).put("error", "not_allowed_token_type");
          } else {
            out.put("ok", true);
            out.put(
                "url",
                "ws://127.0.0.1:"
                    + socket.getPort()
                    + "/link/?ticket="
                    + tickets.incrementAndGet());
          }
        }
        case "chat.postMessage" -> {
          if (hangingPosts.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            changed();
            awaitQuietly(closing);
            return;
          }
          if (NOT_A_MEMBER.equals(call.param("channel"))) {
            reply(ex, 200, "{\"ok\":false,\"error\":\"not_in_channel\"}");
            return;
          }
          if (postFailuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            reply(ex, postFailureStatus, "{\"ok\":false,\"error\":\"internal_error\"}");
            return;
          }
          if (rateLimitsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            ex.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
            reply(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
          }
          String messageTs =
              "1700000000." + String.format(Locale.ROOT, "%06d", ts.incrementAndGet());
          out.put("ok", true);
          out.put("channel", call.param("channel"));
          out.put("ts", messageTs);
          ObjectNode message = out.putObject("message");
          message.put("type", "message");
          message.put("user", BOT_USER_ID);
          message.put("bot_id", BOT_ID);
          message.put("text", call.param("text"));
          message.put("ts", messageTs);
        }
        case "chat.postEphemeral" -> {
          out.put("ok", true);
          out.put(
              "message_ts",
              "1700000000." + String.format(Locale.ROOT, "%06d", ts.incrementAndGet()));
        }
        case "users.info" -> {
          String id = call.param("user");
          out.put("ok", true);
          ObjectNode user = out.putObject("user");
          user.put("id", id);
          user.put("name", id.toLowerCase(Locale.ROOT));
          user.put("is_admin", admins.contains(id));
          user.put("is_owner", false);
          user.put("is_primary_owner", false);
        }
        case "bots.info" -> {
          out.put("ok", true);
          ObjectNode bot = out.putObject("bot");
          String id = call.param("bot");
          bot.put("id", id);
          bot.put("user_id", BOT_ID.equals(id) ? BOT_USER_ID : "U_OTHER_BOT");
          bot.put("name", "some bot");
        }
        default -> out.put("ok", false).put("error", "unknown_method");
      }
      reply(ex, 200, out.toString());
    } finally {
      changed();
    }
  }

  private void responseUrl(HttpExchange ex) throws IOException {
    try (ex) {
      String id = ex.getRequestURI().getPath().substring("/response/".length());
      record("response:" + id, ex);
      changed();
      awaitQuietly(heldResponses);
      if (responseFailuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        reply(ex, responseFailureStatus, responseFailureBody);
        return;
      }
      reply(ex, 200, "ok");
    } finally {
      changed();
    }
  }

  private Call record(String method, HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    Map<String, String> params = new LinkedHashMap<>();
    String type = headers.getOrDefault("content-type", "");
    if (type.startsWith("application/json")) {
      JsonNode node = JSON.readTree(body.isEmpty() ? "{}" : body);
      node.properties()
          .forEach(
              e ->
                  params.put(
                      e.getKey(),
                      e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    } else if (!body.isEmpty()) {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.put(k, v);
      }
    }
    Call call = new Call(method, headers, body, params);
    synchronized (monitor) {
      calls.add(call);
    }
    return call;
  }

  private void file(HttpExchange ex) throws IOException {
    try (ex) {
      String name = ex.getRequestURI().getPath().replaceFirst("^/files/T1/F1/", "");
      Call call = record("file:" + name, ex);
      byte[] bytes = files.get(name);
      if (!BOT_TOKEN.equals(bearer(call))) {
        // Slack's answer to a request without a token that may read files.
        ex.getResponseHeaders().set("Location", "/response/sign-in");
        ex.sendResponseHeaders(302, -1);
      } else if (bytes == null) {
        reply(ex, 404, "{}");
      } else {
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      changed();
    }
  }

  private static String bearer(Call call) {
    String auth = call.headers().get("authorization");
    if (auth != null && auth.startsWith("Bearer ")) return auth.substring(7);
    return call.param("token");
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("held too long");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "fake-slack-http");
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() {
    closing.countDown();
    heldResponses.countDown();
    http.stop(0);
    httpThreads.shutdownNow();
    try {
      socket.stop(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
