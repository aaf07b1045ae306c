package dev.articlebot.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.articlebot.bot.ops.HttpEndpoint;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Events API, slash commands and interactivity over HTTP, on an {@link HttpEndpoint} (read
 * and idle timeouts, a connection limit: slow clients hold no thread). Each request is checked
 * first, on its raw body, with Bolt's own {@link SlackSignature.Verifier} and a timestamp within
 * five minutes either side of the clock; a request signed before (same signature and timestamp: a
 * replay) is acknowledged and dropped. Only then is it parsed and handed to the Bolt {@link App},
 * whose answer (the ack) goes back as the response. A signed JSON body of a type the bot does not
 * handle (a notice such as {@code app_rate_limited}) gets 200 and one INFO line; a signed body that
 * cannot be parsed gets 400 and one short log line, never a stack trace or the body.
 */
final class SlackHttpEndpoint {
  private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SIGNATURE_HEADER = SlackSignature.HeaderNames.X_SLACK_SIGNATURE;
  static final String TIMESTAMP_HEADER = SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP;

  /** Slack's payloads are small; anything much larger is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** How far a request's timestamp may be from the clock, either way. */
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final String host;
  private final int port;
  private final SlackSignature.Verifier verifier;
  private final Clock clock;
  private final App app;
  private final SlackRequestParser parser;
  private final HttpEndpoint.Limits limits;
  private final EventDeduper seen;
  private volatile HttpEndpoint endpoint;

  SlackHttpEndpoint(
      String host,
      int port,
      String signingSecret,
      Clock clock,
      App app,
      HttpEndpoint.Limits limits) {
    this.host = host;
    this.port = port;
    this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    this.clock = clock;
    // A request is remembered for longer than its timestamp is accepted, on the same clock.
    this.seen = new EventDeduper(clock, MAX_SKEW.multipliedBy(2).plusMinutes(1), 50_000);
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.limits = limits;
  }

  /**
   * @throws HttpEndpoint.PortInUseException when the port is taken
   */
  void start() throws IOException {
    endpoint = HttpEndpoint.start("slack-http", host, port, limits, this::handle);
    log.info("Slack HTTP endpoint listening on port {}", port());
  }

  /** The bound port (the configured one, or the one picked for port 0). */
  int port() {
    HttpEndpoint e = endpoint;
    return e == null ? port : e.port();
  }

  boolean listening() {
    HttpEndpoint e = endpoint;
    return e != null && e.listening();
  }

  void stop() {
    HttpEndpoint e = endpoint;
    endpoint = null;
    if (e != null) e.close();
  }

  private HttpEndpoint.HttpReply handle(HttpEndpoint.HttpRequest request) {
    if (!"POST".equals(request.method())) {
      return HttpEndpoint.HttpReply.of(405, "text/plain", "POST only");
    }
    String body = new String(request.body(), StandardCharsets.UTF_8);
    String timestamp = request.header(TIMESTAMP_HEADER);
    String signature = request.header(SIGNATURE_HEADER);
    String rejected = verify(timestamp, body, signature);
    if (rejected != null) {
      log.warn("Rejected a request to the Slack endpoint: {}", rejected);
      return HttpEndpoint.HttpReply.of(401, "application/json", "{\"error\":\"invalid request\"}");
    }
    if (!seen.claim(signature.strip() + "@" + timestamp.strip())) {
      log.warn("Dropped a replayed Slack request (a signature and timestamp seen before)");
      return HttpEndpoint.HttpReply.of(200, "text/plain", "");
    }
    Request<?> parsed;
    try {
      parsed = parser.parse(toBolt(request, body));
    } catch (RuntimeException e) {
      parsed = null;
    }
    if (parsed == null) {
      String type = jsonType(request, body);
      if (type != null) {
        log.info("Slack sent a signed request of type {} that the bot does not handle", type);
        return HttpEndpoint.HttpReply.of(200, "text/plain", "");
      }
      log.warn(
          "Slack sent a signed request the bot cannot read ({} bytes of {}); answered 400",
          request.body().length,
          request.header("content-type"));
      return HttpEndpoint.HttpReply.of(400, "application/json", "{\"error\":\"unreadable\"}");
    }
    Response response;
    try {
      response = app.run(parsed);
    } catch (Exception e) {
      log.warn("Bolt could not handle a Slack request: {}", e.toString());
      return HttpEndpoint.HttpReply.of(500, "application/json", "{\"error\":\"internal\"}");
    }
    Map<String, String> headers = new HashMap<>();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
    }
    String type = response.getContentType() == null ? "text/plain" : response.getContentType();
    int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
    return new HttpEndpoint.HttpReply(
        status, type, response.getBody() == null ? "" : response.getBody(), headers);
  }

  /**
   * The {@code type} of a JSON object body (Slack's notices such as {@code app_rate_limited} are
   * such bodies, and expect a 200), or null when the body is not one.
   */
  private static String jsonType(HttpEndpoint.HttpRequest request, String body) {
    String contentType = request.header("content-type");
    if (contentType == null || !contentType.startsWith("application/json")) return null;
    try {
      JsonNode node = JSON.readTree(body);
      JsonNode type = node == null ? null : node.get("type");
      if (type == null || !type.isTextual()) return null;
      String name = type.asText().replaceAll("[^A-Za-z0-9_.-]", "?"); // for one short log line
      return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Why the request is not from Slack, or null when it is. */
  private String verify(String timestamp, String body, String signature) {
    if (timestamp == null || signature == null) return "missing signature headers";
    long ts;
    try {
      ts = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return "unreadable timestamp";
    }
    long now = clock.millis();
    if (Math.abs(now / 1000 - ts) > MAX_SKEW.toSeconds()) return "timestamp too old or too new";
    return verifier.isValid(timestamp.strip(), body, signature.strip(), now)
        ? null
        : "bad signature";
  }

  private static SlackRequestParser.HttpRequest toBolt(
      HttpEndpoint.HttpRequest request, String body) {
    return SlackRequestParser.HttpRequest.builder()
        .requestUri(request.path())
        .queryString(query(request.query()))
        .requestBody(body)
        .headers(new RequestHeaders(request.headers()))
        .remoteAddress(request.remoteAddress())
        .socketMode(false)
        .build();
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) return out;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }
}
