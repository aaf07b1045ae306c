package dev.articlebot.bot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.bot.schedule.ChannelStatus;
import dev.articlebot.bot.schedule.ScheduleStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health and metrics over HTTP, on an {@link HttpEndpoint} (slow or stalled clients hold no thread,
 * so a probe is answered whatever they do):
 *
 * <ul>
 *   <li>{@code GET /healthz}: liveness. 200 while running, 503 once stopping.
 *   <li>{@code GET /readyz}: readiness. 200 only when the knowledge is loaded and every enabled
 *       platform is CONNECTED ({@link HealthReport#ready()}), else 503.
 *   <li>{@code GET /metrics}: Prometheus text from {@link BotMetrics}.
 * </ul>
 *
 * Both health paths answer the same JSON: {@code {"status": "ok|starting|degraded|stopping",
 * "knowledge": {"loaded", "articles", "paragraphs", "indexing": {"running", "done", "total",
 * "perSecond", "secondsLeft"}}, "platforms": {"discord": "CONNECTED"}, "daily": {"enabled",
 * "next_run", "last_run", "last_run_scheduled_for", "channels": [...]}}}. Other paths answer 404,
 * other methods 405 ({@code HEAD} works like {@code GET}).
 */
public final class HealthServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
  private static final String JSON = "application/json; charset=utf-8";
  private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store");

  private final Supplier<HealthReport> health;
  private final BotMetrics metrics;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile HttpEndpoint endpoint;

  private HealthServer(Supplier<HealthReport> health, BotMetrics metrics) {
    this.health = health;
    this.metrics = metrics;
  }

  /** Serves on every interface (0.0.0.0) at {@code port}; 0 picks a free port. */
  public static HealthServer start(int port, Supplier<HealthReport> health, BotMetrics metrics)
      throws IOException {
    return start("0.0.0.0", port, health, metrics);
  }

  /**
   * Serves on {@code host} (e.g. 127.0.0.1 in tests) at {@code port}; 0 picks a free port.
   *
   * @throws HttpEndpoint.PortInUseException when the port is taken
   */
  public static HealthServer start(
      String host, int port, Supplier<HealthReport> health, BotMetrics metrics) throws IOException {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(metrics, "metrics");
    HealthServer hs = new HealthServer(health, metrics);
    hs.endpoint =
        HttpEndpoint.start("health", host, port, HttpEndpoint.Limits.defaults(4096), hs::handle);
    log.info("Health endpoint on http://{}:{}/healthz", host, hs.port());
    return hs;
  }

  /** The port it listens on (the real one when started with 0). */
  public int port() {
    return endpoint.port();
  }

  /** From now on /healthz and /readyz say "stopping" with 503, whatever the report says. */
  public void markStopping() {
    stopping.set(true);
  }

  /** Stops listening at once and releases its threads, within about a second. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    endpoint.close();
  }

  private HttpEndpoint.HttpReply handle(HttpEndpoint.HttpRequest request) {
    String path = request.path();
    String method = request.method();
    boolean known = path.equals("/healthz") || path.equals("/readyz") || path.equals("/metrics");
    if (!known) return reply(404, JSON, "{\"error\":\"not found\"}", Map.of());
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return reply(405, JSON, "{\"error\":\"method not allowed\"}", Map.of("Allow", "GET, HEAD"));
    }
    try {
      if (path.equals("/metrics"))
        return reply(200, BotMetrics.CONTENT_TYPE, metrics.scrape(), Map.of());
      HealthReport report = health.get();
      if (stopping.get()) report = report.asStopping();
      boolean ok = path.equals("/healthz") ? !report.stopping() : report.ready();
      return reply(ok ? 200 : 503, JSON, json(report), Map.of());
    } catch (RuntimeException e) {
      log.warn("Health request failed: {}", e.toString());
      return reply(500, JSON, "{\"status\":\"error\"}", Map.of());
    }
  }

  private static HttpEndpoint.HttpReply reply(
      int status, String type, String body, Map<String, String> headers) {
    Map<String, String> all = new java.util.HashMap<>(NO_STORE);
    all.putAll(headers);
    return new HttpEndpoint.HttpReply(status, type, body, all);
  }

  /** The JSON body of /healthz and /readyz. */
  String json(HealthReport r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("status", r.status());
    ObjectNode knowledge = root.putObject("knowledge");
    knowledge.put("loaded", r.knowledgeLoaded());
    knowledge.put("articles", r.articles());
    knowledge.put("paragraphs", r.paragraphs());
    ObjectNode indexing = knowledge.putObject("indexing");
    indexing.put("running", r.indexing().indexing());
    indexing.put("done", r.indexing().done());
    indexing.put("total", r.indexing().total());
    indexing.put("perSecond", Math.round(r.indexing().rate() * 10) / 10.0);
    r.indexing().left().ifPresent(l -> indexing.put("secondsLeft", l.toSeconds()));
    ObjectNode platforms = root.putObject("platforms");
    r.platforms().forEach((name, state) -> platforms.put(name, state.name()));
    ObjectNode daily = root.putObject("daily");
    ScheduleStatus d = r.daily();
    daily.put("enabled", d != null && d.enabled());
    daily.put("next_run", d == null ? null : text(d.nextRun()));
    daily.put("last_run", d == null ? null : text(d.lastRunStartedAt()));
    daily.put("last_run_scheduled_for", d == null ? null : text(d.lastRunScheduledFor()));
    ArrayNode channels = daily.putArray("channels");
    if (d != null) {
      for (ChannelStatus c : d.channels()) {
        ObjectNode ch = channels.addObject();
        ch.put("platform", c.target().platform());
        ch.put("channel", c.target().channelId());
        ch.put("date", c.date() == null ? null : c.date().toString());
        ch.put("outcome", c.outcome() == null ? null : c.outcome().name());
        ch.put("at", text(c.at()));
        ch.put("attempts", c.attempts());
        ch.put("message_id", c.messageId());
        ch.put("next_attempt_at", text(c.nextAttemptAt()));
      }
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
