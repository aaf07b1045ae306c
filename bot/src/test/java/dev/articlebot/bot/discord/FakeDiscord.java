package dev.articlebot.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Discord that speaks its wire protocol on 127.0.0.1: the REST API (JDK
 * HttpServer) and the gateway (Java-WebSocket, JSON encoding, no compression). It records every
 * request and every gateway frame the bot sends, answers like Discord, and lets a test send events,
 * drop the connection, refuse an IDENTIFY, or answer a route with one 429.
 */
final class FakeDiscord implements AutoCloseable {
  static final String TOKEN = "fake.bot.token";
  static final String BOT_ID = "900000000000000001";
  static final String APP_ID = "900000000000000002";
  static final String GUILD_ID = "900000000000000010";
  static final String CHANNEL_ID = "900000000000000011";
  static final String DM_CHANNEL_ID = "900000000000000012";
  static final String USER_ID = "900000000000000100";
  static final String OTHER_BOT_ID = "900000000000000101";
  static final String TIMESTAMP = "2026-03-30T08:00:00.000000+00:00";
  static final long PERMISSIONS =
      (1L << 6) // add reactions
          | (1L << 10) // view channel
          | (1L << 11) // send messages
          | (1L << 14) // embed links
          | (1L << 15) // attach files
          | (1L << 16) // read message history
          | (1L << 18) // external emojis
          | (1L << 31) // use application commands
          | (1L << 38); // send messages in threads

  private static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/api/v10/";
  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

  /** One REST request as the bot sent it, and the status the stand-in answered. */
  record Request(
      String method, String path, String query, String body, int status, String response) {
    JsonNode json() {
      return DiscordPayloads.json(body.isEmpty() ? "{}" : body);
    }

    JsonNode responseJson() {
      return DiscordPayloads.json(response.isEmpty() ? "{}" : response);
    }

    boolean is(String m, String pathRegex) {
      return method.equals(m) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
      return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
    }
  }

  private final HttpServer http;
  private final ExecutorService httpThreads = Executors.newCachedThreadPool(daemon("fake-rest"));
  private final Gateway gateway;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<Request> requests = new ArrayList<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<String> fileDownloads = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<JsonNode> frames = new ArrayList<>();
  private final List<String> unknown = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, String> tokenChannels = new ConcurrentHashMap<>();
  private final Map<String, Integer> rateLimits = new ConcurrentHashMap<>();
  private final Map<String, Failure> failures = new ConcurrentHashMap<>();

  /** An answer a route gets instead of the real one, {@code times} more times (-1: always). */
  private record Failure(int status, String body, int times) {}

  private volatile boolean sendDenied;
  private volatile Integer identifyCloseCode;
  private volatile boolean holdResumes;
  private volatile boolean ignoreIdentify;

  private FakeDiscord() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", this::handle);
    http.createContext("/attachments/", this::attachment);
    http.setExecutor(httpThreads);
    http.start();
    gateway = new Gateway();
  }

  static FakeDiscord start() throws Exception {
    FakeDiscord fake = new FakeDiscord();
    fake.gateway.start();
    if (!fake.gateway.started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("gateway did not start");
    }
    return fake;
  }

  String restUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + API;
  }

  String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort();
  }

  // ---- controls ----

  /** Answers the next {@code times} requests matching method and path regex with 429. */
  void rateLimit(String method, String pathRegex, int times) {
    rateLimits.put(method + " " + pathRegex, times);
  }

  /**
   * Answers the next {@code times} requests matching method and path regex (-1: every one) with
   * {@code status} and {@code body}, as Discord does on an outage or a lost interaction.
   */
  void fail(String method, String pathRegex, int status, String body, int times) {
    failures.put(method + " " + pathRegex, new Failure(status, body, times));
  }

  /**
   * From the next login on, the guild's text channel denies everyone (the bot too) Send Messages,
   * so JDA refuses to send there before any request is made.
   */
  void denySendMessages() {
    sendDenied = true;
  }

  /** Holds IDENTIFY unanswered until {@link #releaseIdentify()}: a slow login. */
  void holdIdentify() {
    ignoreIdentify = true;
  }

  /** Answers the IDENTIFY being held, and every later one at once. */
  void releaseIdentify() {
    ignoreIdentify = false;
    gateway.answerHeldIdentify();
  }

  /** Closes the gateway with {@code code} instead of answering IDENTIFY with READY. */
  void refuseIdentify(int code) {
    identifyCloseCode = code;
  }

  /** Never answers IDENTIFY, like a gateway that hangs. */
  void ignoreIdentify() {
    ignoreIdentify = true;
  }

  /** Leaves RESUMEs unanswered until {@link #releaseResume()}. */
  void holdResumes() {
    holdResumes = true;
  }

  /** Answers the RESUME being held with RESUMED, and every later one at once. */
  void releaseResume() {
    holdResumes = false;
    gateway.answerHeldResume();
  }

  /** Whether the bot has a gateway connection open. */
  boolean gatewayOpen() {
    WebSocket conn = gateway.current;
    return conn != null && conn.isOpen();
  }

  /** Closes the current gateway connection with {@code code} (4000: resumable). */
  void closeGateway(int code) {
    WebSocket conn = gateway.current;
    if (conn != null) conn.close(code, "stand-in closed the connection");
  }

  /** Drops the current gateway connection without a close frame. */
  void dropGateway() {
    WebSocket conn = gateway.current;
    if (conn != null) conn.closeConnection(1006, "stand-in dropped the connection");
  }

  // ---- events sent to the bot ----

  /** A user's message in the guild's text channel. */
  String guildMessage(String content, boolean mentionsBot) {
    return guildMessage(content, mentionsBot, user(USER_ID, "reader", false));
  }

  String guildMessage(String content, boolean mentionsBot, ObjectNode author) {
    ObjectNode m = guildMessageNode(content, mentionsBot, author);
    dispatch("MESSAGE_CREATE", m);
    return m.get("id").asText();
  }

  /**
   * A user's message in the guild's text channel mentioning the bot, with a file attached as
   * Discord attaches one: its {@code url} and {@code proxy_url} on the stand-in's file host.
   */
  String guildMessageWithFile(String content, ObjectNode author, String fileName, String url) {
    ObjectNode m = guildMessageNode(content, true, author);
    ObjectNode a = ((ArrayNode) m.get("attachments")).addObject();
    a.put("id", nextId());
    a.put("filename", fileName);
    byte[] bytes = files.get(fileName);
    a.put("size", bytes == null ? 0 : bytes.length);
    a.put("url", url);
    a.put("proxy_url", url);
    a.put("content_type", "text/markdown; charset=utf-8");
    dispatch("MESSAGE_CREATE", m);
    return m.get("id").asText();
  }

  /** Serves {@code bytes} from the stand-in's file host; returns its URL. */
  String shareFile(String name, byte[] bytes) {
    files.put(name, bytes);
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/attachments/" + name;
  }

  /** The names of the files downloaded from the file host, in order. */
  List<String> fileDownloads() {
    return List.copyOf(fileDownloads);
  }

  private void attachment(HttpExchange ex) throws IOException {
    try (ex) {
      String name = ex.getRequestURI().getPath().substring("/attachments/".length());
      fileDownloads.add(name);
      byte[] bytes = files.get(name);
      if (bytes == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      ex.getResponseHeaders().add("Content-Type", "text/markdown; charset=utf-8");
      ex.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private ObjectNode guildMessageNode(String content, boolean mentionsBot, ObjectNode author) {
    ObjectNode m = incomingMessage(CHANNEL_ID, content, author);
    m.put("guild_id", GUILD_ID);
    ObjectNode member = m.putObject("member");
    member.putArray("roles");
    member.put("joined_at", TIMESTAMP);
    member.put("deaf", false);
    member.put("mute", false);
    member.put("flags", 0);
    if (mentionsBot) m.putArray("mentions").add(user(BOT_ID, "article-bot", true));
    return m;
  }

  /**
   * A user's message in the guild's text channel, mentioning the bot, that replies to {@code
   * repliedTo} (a message as Discord returns it): with its message_reference and, as Discord sends
   * it, the whole message it replies to.
   */
  String guildReply(String content, JsonNode repliedTo) {
    ObjectNode m = incomingMessage(CHANNEL_ID, content, user(USER_ID, "reader", false));
    m.put("guild_id", GUILD_ID);
    ObjectNode member = m.putObject("member");
    member.putArray("roles");
    member.put("joined_at", TIMESTAMP);
    member.put("deaf", false);
    member.put("mute", false);
    member.put("flags", 0);
    m.putArray("mentions").add(user(BOT_ID, "article-bot", true));
    m.put("type", 19);
    m.putObject("message_reference")
        .put("type", 0)
        .put("message_id", repliedTo.path("id").asText())
        .put("channel_id", CHANNEL_ID)
        .put("guild_id", GUILD_ID);
    m.set("referenced_message", repliedTo);
    dispatch("MESSAGE_CREATE", m);
    return m.get("id").asText();
  }

  /** A user's direct message to the bot. */
  String directMessage(String content) {
    ObjectNode m = incomingMessage(DM_CHANNEL_ID, content, user(USER_ID, "reader", false));
    dispatch("MESSAGE_CREATE", m);
    return m.get("id").asText();
  }

  /** A slash command in the guild channel; returns the interaction token. */
  String slashCommand(String name, String option, String value) {
    ObjectNode data = JSON.createObjectNode();
    data.put("id", nextId());
    data.put("name", name);
    data.put("type", 1);
    ArrayNode options = data.putArray("options");
    if (option != null) {
      options.addObject().put("name", option).put("type", 3).put("value", value);
    }
    return interaction(2, data, null);
  }

  /** Typing in an autocompleted option; returns the interaction token. */
  String autocomplete(String name, String option, String partial) {
    ObjectNode data = JSON.createObjectNode();
    data.put("id", nextId());
    data.put("name", name);
    data.put("type", 1);
    data.putArray("options")
        .addObject()
        .put("name", option)
        .put("type", 3)
        .put("value", partial)
        .put("focused", true);
    return interaction(4, data, null);
  }

  /** A click on a button of a message the bot sent; returns the interaction token. */
  String clickButton(String customId, JsonNode botMessage) {
    return clickButton(customId, botMessage, USER_ID, APP_ID);
  }

  /**
   * A click by user {@code userId} on a button of a message, in an interaction addressed to
   * application {@code applicationId} (another application's, to see it refused); returns the
   * interaction token.
   */
  String clickButton(String customId, JsonNode botMessage, String userId, String applicationId) {
    ObjectNode data = JSON.createObjectNode();
    data.put("custom_id", customId);
    data.put("component_type", 2);
    return interaction(3, data, botMessage, userId, applicationId);
  }

  /**
   * User {@code userId} sends the modal {@code customId} with one text field filled in (inside a
   * label, as Discord sends it); returns the interaction token.
   */
  String submitModal(String customId, String field, String value, String userId) {
    ObjectNode data = JSON.createObjectNode();
    data.put("custom_id", customId);
    ObjectNode label = data.putArray("components").addObject();
    label.put("type", 18);
    label.put("id", 1);
    ObjectNode input = label.putObject("component");
    input.put("type", 4);
    input.put("id", 2);
    input.put("custom_id", field);
    input.put("value", value);
    return interaction(5, data, null, userId, APP_ID);
  }

  private String interaction(int type, ObjectNode data, JsonNode message) {
    return interaction(type, data, message, USER_ID, APP_ID);
  }

  private String interaction(
      int type, ObjectNode data, JsonNode message, String userId, String applicationId) {
    String id = nextId();
    String token = "itoken-" + id;
    tokenChannels.put(token, CHANNEL_ID);
    ObjectNode i = JSON.createObjectNode();
    i.put("id", id);
    i.put("application_id", applicationId);
    i.put("type", type);
    i.put("token", token);
    i.put("version", 1);
    i.put("guild_id", GUILD_ID);
    i.put("channel_id", CHANNEL_ID);
    ObjectNode channel = textChannel();
    channel.put("permissions", Long.toString(PERMISSIONS));
    i.set("channel", channel);
    ObjectNode guild = i.putObject("guild");
    guild.put("id", GUILD_ID);
    guild.put("locale", "en-US");
    guild.putArray("features");
    ObjectNode member = i.putObject("member");
    member.set("user", user(userId, USER_ID.equals(userId) ? "reader" : "reader-" + userId, false));
    member.putArray("roles");
    member.put("joined_at", TIMESTAMP);
    member.put("permissions", Long.toString(PERMISSIONS));
    member.put("deaf", false);
    member.put("mute", false);
    member.put("flags", 0);
    member.put("pending", false);
    i.set("data", data);
    if (message != null) i.set("message", message);
    i.put("locale", "en-US");
    i.put("guild_locale", "en-US");
    i.put("app_permissions", Long.toString(PERMISSIONS));
    i.putArray("entitlements");
    i.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    i.put("context", 0);
    dispatch("INTERACTION_CREATE", i);
    return token;
  }

  private ObjectNode incomingMessage(String channelId, String content, ObjectNode author) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", nextId());
    m.put("channel_id", channelId);
    m.set("author", author);
    m.put("content", content);
    m.put("timestamp", TIMESTAMP);
    m.putNull("edited_timestamp");
    m.put("tts", false);
    m.put("mention_everyone", false);
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("attachments");
    m.putArray("embeds");
    m.putArray("components");
    m.put("pinned", false);
    m.put("type", 0);
    m.put("flags", 0);
    return m;
  }

  void dispatch(String type, JsonNode data) {
    gateway.dispatch(type, data);
  }

  // ---- what the bot sent ----

  List<Request> requests() {
    lock.lock();
    try {
      return List.copyOf(requests);
    } finally {
      lock.unlock();
    }
  }

  List<Request> requests(String method, String pathRegex) {
    return requests().stream().filter(r -> r.is(method, pathRegex)).toList();
  }

  /** Requests that unknown routes got (404): what JDA called that the stand-in does not know. */
  List<String> unknownRoutes() {
    lock.lock();
    try {
      return List.copyOf(unknown);
    } finally {
      lock.unlock();
    }
  }

  List<JsonNode> frames(int op) {
    lock.lock();
    try {
      return frames.stream().filter(f -> f.path("op").asInt() == op).toList();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until {@code count} requests match, and returns all that do. */
  List<Request> awaitRequests(Predicate<Request> match, int count) {
    return awaitList(() -> requests().stream().filter(match).toList(), count, "requests");
  }

  Request awaitRequest(String method, String pathRegex) {
    return awaitRequests(r -> r.is(method, pathRegex) && r.status() < 300, 1).get(0);
  }

  List<JsonNode> awaitFrames(int op, int count) {
    return awaitList(() -> frames(op), count, "gateway frames with op " + op);
  }

  /** Waits, on this stand-in's condition, until {@code done} holds. */
  void awaitCondition(String what, Supplier<Boolean> done) {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    lock.lock();
    try {
      while (!done.get()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new AssertionError("timed out waiting for " + what);
        changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what);
    } finally {
      lock.unlock();
    }
  }

  private <T> List<T> awaitList(Supplier<List<T>> source, int count, String what) {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    lock.lock();
    try {
      List<T> now = source.get();
      while (now.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "timed out waiting for "
                  + count
                  + " "
                  + what
                  + "; have "
                  + now.size()
                  + "; all requests: "
                  + requests);
        }
        changed.awaitNanos(left);
        now = source.get();
      }
      return now;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted");
    } finally {
      lock.unlock();
    }
  }

  private void record(Runnable change) {
    lock.lock();
    try {
      change.run();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  // ---- REST ----

  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
  private static final Pattern COMMANDS =
      Pattern.compile("applications/(\\d+)(/guilds/(\\d+))?/commands");
  private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
  private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)");
  private static final Pattern WEBHOOK_MESSAGE =
      Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/([^/]+)");

  private void handle(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String fullPath = ex.getRequestURI().getPath();
    String path = fullPath.startsWith(API) ? fullPath.substring(API.length()) : fullPath;
    String query = ex.getRequestURI().getRawQuery();
    String body;
    try (InputStream in = ex.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.getResponseHeaders().add("Via", "1.1 fake-discord");
    int status;
    String response;
    Failure failed;
    if (!("Bot " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))
        && !path.startsWith("interactions/")
        && !path.startsWith("webhooks/")) {
      status = 401;
      response = "{\"message\": \"401: Unauthorized\", \"code\": 0}";
    } else if ((failed = takeFailure(method, path)) != null) {
      status = failed.status();
      response = failed.body();
    } else if (takeRateLimit(method, path)) {
      status = 429;
      ex.getResponseHeaders().add("Retry-After", "1");
      ex.getResponseHeaders().add("X-RateLimit-Limit", "5");
      ex.getResponseHeaders().add("X-RateLimit-Remaining", "0");
      ex.getResponseHeaders().add("X-RateLimit-Reset-After", "0.400");
      ex.getResponseHeaders().add("X-RateLimit-Bucket", "fake-bucket");
      ex.getResponseHeaders().add("X-RateLimit-Scope", "user");
      response =
          "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.4, \"global\": false}";
    } else {
      String[] result = route(method, path, body);
      status = Integer.parseInt(result[0]);
      response = result[1];
    }
    int recorded = status;
    String answered = response;
    record(() -> requests.add(new Request(method, path, query, body, recorded, answered)));
    byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
    if (status == 204) {
      ex.sendResponseHeaders(204, -1);
    } else {
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  private Failure takeFailure(String method, String path) {
    for (Map.Entry<String, Failure> e : failures.entrySet()) {
      String[] key = e.getKey().split(" ", 2);
      Failure f = e.getValue();
      if (key[0].equals(method) && path.matches(key[1]) && f.times() != 0) {
        if (f.times() > 0)
          failures.put(e.getKey(), new Failure(f.status(), f.body(), f.times() - 1));
        return f;
      }
    }
    return null;
  }

  private boolean takeRateLimit(String method, String path) {
    for (Map.Entry<String, Integer> e : rateLimits.entrySet()) {
      String[] key = e.getKey().split(" ", 2);
      if (key[0].equals(method) && path.matches(key[1]) && e.getValue() > 0) {
        rateLimits.put(e.getKey(), e.getValue() - 1);
        return true;
      }
    }
    return false;
  }

  /** {status, body}. */
  private String[] route(String method, String path, String body) throws IOException {
    Matcher m;
    if (method.equals("GET") && (path.equals("gateway/bot") || path.equals("gateway"))) {
      ObjectNode g = JSON.createObjectNode();
      g.put("url", gatewayUrl());
      g.put("shards", 1);
      g.putObject("session_start_limit")
          .put("total", 1000)
          .put("remaining", 999)
          .put("reset_after", 86_400_000)
          .put("max_concurrency", 1);
      return ok(g);
    }
    if (method.equals("GET") && path.equals("users/@me")) {
      ObjectNode self = user(BOT_ID, "article-bot", true);
      self.put("verified", true);
      self.put("mfa_enabled", false);
      self.put("flags", 0);
      return ok(self);
    }
    if (method.equals("GET")
        && (path.equals("oauth2/applications/@me") || path.equals("applications/@me"))) {
      ObjectNode app = JSON.createObjectNode();
      app.put("id", APP_ID);
      app.put("name", "article-bot");
      app.put("description", "");
      app.put("bot_public", false);
      app.put("bot_require_code_grant", false);
      app.put("flags", 0);
      app.put("verify_key", "0");
      app.set("owner", user(USER_ID, "reader", false));
      return ok(app);
    }
    if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
      ArrayNode sent = (ArrayNode) JSON.readTree(body);
      ArrayNode out = JSON.createArrayNode();
      for (JsonNode c : sent) {
        ObjectNode cmd = ((ObjectNode) c).deepCopy();
        cmd.put("id", nextId());
        cmd.put("application_id", APP_ID);
        cmd.put("version", nextId());
        if (m.group(3) != null) cmd.put("guild_id", m.group(3));
        if (!cmd.has("type")) cmd.put("type", 1);
        if (!cmd.has("default_member_permissions")) cmd.putNull("default_member_permissions");
        if (!cmd.has("options")) cmd.putArray("options");
        out.add(cmd);
      }
      return ok(out);
    }
    if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
      return ok(sentMessage(m.group(1), JSON.readTree(body), false));
    }
    if (method.equals("POST") && CALLBACK.matcher(path).matches()) {
      return new String[] {"204", ""};
    }
    if ((m = WEBHOOK_MESSAGE.matcher(path)).matches()) {
      if (method.equals("DELETE")) return new String[] {"204", ""};
      if (method.equals("PATCH")) {
        return ok(
            sentMessage(
                tokenChannels.getOrDefault(m.group(2), CHANNEL_ID), JSON.readTree(body), true));
      }
    }
    if (method.equals("POST") && (m = WEBHOOK.matcher(path)).matches()) {
      return ok(
          sentMessage(
              tokenChannels.getOrDefault(m.group(2), CHANNEL_ID), JSON.readTree(body), true));
    }
    record(() -> unknown.add(method + " " + path));
    System.err.println("FakeDiscord: no route for " + method + " " + path);
    return new String[] {"404", "{\"message\": \"404: Not Found\", \"code\": 0}"};
  }

  private static String[] ok(JsonNode body) {
    return new String[] {"200", body.toString()};
  }

  /** The message Discord would return for one the bot sent. */
  private ObjectNode sentMessage(String channelId, JsonNode sent, boolean webhook) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", nextId());
    m.put("channel_id", channelId);
    if (channelId.equals(CHANNEL_ID)) m.put("guild_id", GUILD_ID);
    m.set("author", user(webhook ? APP_ID : BOT_ID, "article-bot", true));
    m.put("content", sent.path("content").asText(""));
    m.put("timestamp", TIMESTAMP);
    m.putNull("edited_timestamp");
    m.put("tts", false);
    m.put("mention_everyone", false);
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("attachments");
    ArrayNode embeds = m.putArray("embeds");
    for (JsonNode e : sent.path("embeds")) {
      ObjectNode copy = ((ObjectNode) e).deepCopy();
      copy.put("type", "rich");
      embeds.add(copy);
    }
    ArrayNode components = m.putArray("components");
    int componentId = 1;
    for (JsonNode row : sent.path("components")) {
      ObjectNode r = ((ObjectNode) row).deepCopy();
      r.put("id", componentId++);
      for (JsonNode child : r.path("components")) ((ObjectNode) child).put("id", componentId++);
      components.add(r);
    }
    m.put("pinned", false);
    m.put("type", sent.has("message_reference") ? 19 : 0);
    m.put("flags", sent.path("flags").asInt(0));
    if (sent.has("nonce")) m.set("nonce", sent.get("nonce"));
    if (sent.has("message_reference")) m.set("message_reference", sent.get("message_reference"));
    if (webhook) {
      m.put("webhook_id", APP_ID);
      m.put("application_id", APP_ID);
    }
    return m;
  }

  static ObjectNode user(String id, String name, boolean bot) {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", id);
    u.put("username", name);
    u.put("discriminator", "0");
    u.put("global_name", name);
    u.putNull("avatar");
    u.put("bot", bot);
    u.put("public_flags", 0);
    return u;
  }

  private static ObjectNode textChannel() {
    ObjectNode c = JSON.createObjectNode();
    c.put("id", CHANNEL_ID);
    c.put("type", 0);
    c.put("guild_id", GUILD_ID);
    c.put("name", "general");
    c.put("position", 0);
    c.putArray("permission_overwrites");
    c.put("nsfw", false);
    c.putNull("parent_id");
    c.putNull("topic");
    c.putNull("last_message_id");
    c.put("rate_limit_per_user", 0);
    c.put("flags", 0);
    return c;
  }

  private ObjectNode guildCreate() {
    ObjectNode g = JSON.createObjectNode();
    g.put("id", GUILD_ID);
    g.put("name", "Readers");
    g.put("owner_id", USER_ID);
    g.put("unavailable", false);
    g.put("member_count", 2);
    g.put("large", false);
    g.put("joined_at", TIMESTAMP);
    g.put("preferred_locale", "en-US");
    g.put("verification_level", 0);
    g.put("default_message_notifications", 0);
    g.put("explicit_content_filter", 0);
    g.put("mfa_level", 0);
    g.put("afk_timeout", 300);
    g.put("nsfw_level", 0);
    g.put("premium_tier", 0);
    g.putArray("features");
    ObjectNode everyone = g.putArray("roles").addObject();
    everyone.put("id", GUILD_ID);
    everyone.put("name", "@everyone");
    everyone.put("permissions", Long.toString(PERMISSIONS));
    everyone.put("position", 0);
    everyone.put("color", 0);
    everyone
        .putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    everyone.put("hoist", false);
    everyone.put("managed", false);
    everyone.put("mentionable", false);
    everyone.put("flags", 0);
    ObjectNode channel = textChannel();
    if (sendDenied) {
      channel
          .putArray("permission_overwrites")
          .addObject()
          .put("id", GUILD_ID) // @everyone
          .put("type", 0)
          .put("allow", "0")
          .put("deny", Long.toString(1L << 11)); // send messages
    }
    g.putArray("channels").add(channel);
    g.putArray("threads");
    g.putArray("guild_scheduled_events");
    g.putArray("emojis");
    g.putArray("stickers");
    g.putArray("voice_states");
    g.putArray("presences");
    g.putArray("stage_instances");
    g.putArray("soundboard_sounds");
    ArrayNode members = g.putArray("members");
    for (ObjectNode u :
        List.of(user(BOT_ID, "article-bot", true), user(USER_ID, "reader", false))) {
      ObjectNode member = members.addObject();
      member.set("user", u);
      member.putArray("roles");
      member.put("joined_at", TIMESTAMP);
      member.put("deaf", false);
      member.put("mute", false);
      member.put("flags", 0);
    }
    return g;
  }

  /** A snowflake for now, so JDA sees fresh interactions (their tokens live 15 minutes). */
  private String nextId() {
    long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
    return Long.toString(ids.updateAndGet(last -> Math.max(last + 1, now)));
  }

  @Override
  public void close() {
    http.stop(0);
    httpThreads.shutdownNow();
    try {
      gateway.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  // ---- gateway ----

  private final class Gateway extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);
    final AtomicInteger seq = new AtomicInteger();
    final AtomicInteger sessions = new AtomicInteger();
    volatile WebSocket current;
    volatile String sessionId;
    volatile WebSocket heldResume;
    volatile WebSocket heldIdentify;
    volatile JsonNode heldIdentifyData;

    void answerHeldIdentify() {
      WebSocket conn = heldIdentify;
      heldIdentify = null;
      if (conn != null && conn.isOpen()) identify(conn, heldIdentifyData);
    }

    Gateway() {
      super(new InetSocketAddress("127.0.0.1", 0));
      setReuseAddr(true);
      setDaemon(true);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    /**
     * Discord asks for a heartbeat every 41.25 s. JDA sends its first one at once, unless HELLO is
     * read before JDA has marked the socket connected; then the first comes one interval later. A
     * short interval keeps a test waiting for heartbeats from depending on that race.
     */
    private static final int HEARTBEAT_INTERVAL_MS = 1_000;

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      current = conn;
      conn.send(
          "{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":"
              + HEARTBEAT_INTERVAL_MS
              + "}}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      JsonNode frame;
      try {
        frame = JSON.readTree(message);
      } catch (IOException e) {
        conn.close(4002, "Error while decoding payload.");
        return;
      }
      record(() -> frames.add(frame));
      switch (frame.path("op").asInt(-1)) {
        case 1:
          conn.send("{\"op\":11,\"s\":null,\"t\":null,\"d\":null}");
          break;
        case 2:
          identify(conn, frame.path("d"));
          break;
        case 6:
          resume(conn, frame.path("d"));
          break;
        default:
          break;
      }
    }

    private void identify(WebSocket conn, JsonNode d) {
      if (ignoreIdentify) {
        heldIdentify = conn;
        heldIdentifyData = d;
        return;
      }
      Integer refuse = identifyCloseCode;
      if (refuse != null) {
        conn.close(refuse, refuse == 4014 ? "Disallowed intent(s)." : "Authentication failed.");
        return;
      }
      if (!TOKEN.equals(d.path("token").asText())) {
        conn.close(4004, "Authentication failed.");
        return;
      }
      sessionId = "session-" + sessions.incrementAndGet();
      seq.set(0);
      ObjectNode ready = JSON.createObjectNode();
      ready.put("v", 10);
      ready.set("user", user(BOT_ID, "article-bot", true));
      ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
      ready.put("session_id", sessionId);
      ready.put("resume_gateway_url", gatewayUrl());
      ready.putArray("private_channels");
      ready.putArray("presences");
      ready.putArray("relationships");
      ready.putObject("application").put("id", APP_ID).put("flags", 0);
      ready.putArray("_trace").add("fake-discord");
      send(conn, "READY", ready);
      send(conn, "GUILD_CREATE", guildCreate());
    }

    private void resume(WebSocket conn, JsonNode d) {
      if (sessionId == null
          || !sessionId.equals(d.path("session_id").asText())
          || !TOKEN.equals(d.path("token").asText())) {
        conn.send("{\"op\":9,\"s\":null,\"t\":null,\"d\":false}");
        return;
      }
      if (holdResumes) {
        heldResume = conn;
        return;
      }
      sendResumed(conn);
    }

    void answerHeldResume() {
      WebSocket conn = heldResume;
      heldResume = null;
      if (conn != null) sendResumed(conn);
    }

    private void sendResumed(WebSocket conn) {
      ObjectNode resumed = JSON.createObjectNode();
      resumed.putArray("_trace").add("fake-discord");
      send(conn, "RESUMED", resumed);
    }

    void dispatch(String type, JsonNode data) {
      WebSocket conn = current;
      if (conn == null || !conn.isOpen()) throw new IllegalStateException("no gateway connection");
      send(conn, type, data);
    }

    private synchronized void send(WebSocket conn, String type, JsonNode data) {
      ObjectNode frame = JSON.createObjectNode();
      frame.put("op", 0);
      frame.put("s", seq.incrementAndGet());
      frame.put("t", type);
      frame.set("d", data);
      conn.send(frame.toString());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
      if (conn == current) current = null;
      record(() -> {});
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
      // connection errors are expected when a test drops the connection
    }
  }
}
