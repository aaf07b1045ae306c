package dev.articlebot.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Events API, slash commands and interactivity over HTTP, on the JDK's HTTP server. Each
 * request's signature and timestamp are checked on the raw bytes first; only a verified request is
 * parsed and handed to the Bolt {@link App}, whose answer (the ack) goes back as the response.
 */
final class SlackHttpEndpoint {
  private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);

  /** Slack's payloads are small; anything much larger is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final String host;
  private final int port;
  private final SlackRequestVerifier verifier;
  private final App app;
  private final SlackRequestParser parser;
  private volatile HttpServer server;
  private volatile ExecutorService executor;

  SlackHttpEndpoint(String host, int port, SlackRequestVerifier verifier, App app) {
    this.host = host;
    this.port = port;
    this.verifier = verifier;
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  void start() throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(host, port), 64);
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            4,
            4,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(256),
            r -> {
              Thread t = new Thread(r, "slack-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    s.setExecutor(pool);
    s.createContext("/", this::handle);
    s.start();
    executor = pool;
    server = s;
    log.info("Slack HTTP endpoint listening on port {}", port());
  }

  /** The bound port (the configured one, or the one picked for port 0). */
  int port() {
    HttpServer s = server;
    return s == null ? port : s.getAddress().getPort();
  }

  boolean listening() {
    return server != null;
  }

  void stop() {
    HttpServer s = server;
    server = null;
    // Exchanges only carry acks, which are immediate; stop without the JDK's fixed delay.
    if (s != null) s.stop(0);
    ExecutorService e = executor;
    if (e != null) e.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "POST only");
        return;
      }
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        send(exchange, 413, "text/plain", "too large");
        return;
      }
      var headers = exchange.getRequestHeaders();
      SlackRequestVerifier.Result check =
          verifier.verify(
              headers.getFirst(SlackRequestVerifier.TIMESTAMP_HEADER),
              body,
              headers.getFirst(SlackRequestVerifier.SIGNATURE_HEADER));
      if (check != SlackRequestVerifier.Result.VALID) {
        log.warn("Rejected a request to the Slack endpoint: {}", check);
        send(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
        return;
      }
      Response response = run(exchange, new String(body, StandardCharsets.UTF_8));
      if (response.getHeaders() != null) {
        for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
          for (String v : h.getValue()) exchange.getResponseHeaders().add(h.getKey(), v);
        }
      }
      String type = response.getContentType() == null ? "text/plain" : response.getContentType();
      int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
      send(exchange, status, type, response.getBody() == null ? "" : response.getBody());
    } catch (RuntimeException e) {
      log.error("Slack request failed", e);
    }
  }

  private Response run(HttpExchange exchange, String body) {
    Map<String, List<String>> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
    SlackRequestParser.HttpRequest http =
        SlackRequestParser.HttpRequest.builder()
            .requestUri(exchange.getRequestURI().getPath())
            .queryString(query(exchange.getRequestURI().getRawQuery()))
            .requestBody(body)
            .headers(new RequestHeaders(headers))
            .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
            .socketMode(false)
            .build();
    try {
      Request<?> request = parser.parse(http);
      if (request == null) return Response.builder().statusCode(400).body("").build();
      return app.run(request);
    } catch (Exception e) {
      log.error("Bolt failed to handle a Slack request", e);
      return Response.builder().statusCode(500).body("").build();
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] data = in.readNBytes(MAX_BODY_BYTES + 1);
    return data.length > MAX_BODY_BYTES ? null : data;
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

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
