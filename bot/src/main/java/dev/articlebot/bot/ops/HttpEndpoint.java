package dev.articlebot.bot.ops;

import java.io.IOException;
import java.net.BindException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server on Jetty for the bot's endpoints (health, Slack HTTP mode), safe against slow
 * clients: Jetty reads requests without holding a thread while bytes trickle in; a connection
 * carries one request, whose head must arrive within {@link Limits#readTimeout()} of connecting
 * (else the connection is closed) and whose body within {@link Limits#readTimeout()} more (else
 * 408); a silent connection is closed after {@link Limits#idleTimeout()}; and at most {@link
 * Limits#maxConnections()} are open at once. So a slow client costs a connection for at most twice
 * the read timeout, never a thread.
 *
 * <p>The handler runs once the whole body is in, on Jetty's thread pool, never on the thread that
 * reads the network: a handler that takes its time (Bolt calling Slack) holds up no other request.
 * A body over {@link Limits#maxBodyBytes()} gets 413; one that cannot be read (a broken chunked
 * encoding, a client that hung up) gets 400.
 */
public final class HttpEndpoint implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);

  /**
   * @param maxBodyBytes larger bodies get 413
   * @param readTimeout the whole body must arrive within this, else 408
   * @param idleTimeout a connection that sends nothing for this long is closed
   * @param maxConnections connections beyond this wait to be accepted
   * @param threads Jetty's thread pool (acceptor and selector included)
   */
  public record Limits(
      int maxBodyBytes,
      Duration readTimeout,
      Duration idleTimeout,
      int maxConnections,
      int threads) {

    /** 1 MiB bodies within 10 s, 30 s idle, 256 connections, 12 threads. */
    public static Limits defaults(int maxBodyBytes) {
      return new Limits(maxBodyBytes, Duration.ofSeconds(10), Duration.ofSeconds(30), 256, 12);
    }
  }

  /** A whole request. Header names are lower case. */
  public record HttpRequest(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      byte[] body,
      String remoteAddress) {

    /** The first value of header {@code name} (any case), or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** A response: status, content type, body and further headers. */
  public record HttpReply(
      int status, String contentType, String body, Map<String, String> headers) {
    public HttpReply {
      headers = Map.copyOf(headers);
    }

    public static HttpReply of(int status, String contentType, String body) {
      return new HttpReply(status, contentType, body, Map.of());
    }
  }

  /** Answers a request; may throw, which answers 500 and logs one line. */
  @FunctionalInterface
  public interface RequestHandler {
    HttpReply handle(HttpRequest request) throws Exception;
  }

  /** The port is taken by another program. */
  public static final class PortInUseException extends IOException {
    private final int port;

    PortInUseException(int port, Throwable cause) {
      super("port " + port + " is already in use", cause);
      this.port = port;
    }

    public int port() {
      return port;
    }
  }

  private final Server server;
  private final ServerConnector connector;
  private final String name;

  private HttpEndpoint(Server server, ServerConnector connector, String name) {
    this.server = server;
    this.connector = connector;
    this.name = name;
  }

  /**
   * Listens on {@code host}:{@code port} (0 picks a free port).
   *
   * @param name for thread names and logs ("health", "slack-http")
   * @throws PortInUseException when the port is taken
   */
  public static HttpEndpoint start(
      String name, String host, int port, Limits limits, RequestHandler handler)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(limits.threads(), 2);
    threads.setName(name);
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    http.setPersistentConnectionsEnabled(false); // one request a connection: see HeadDeadline
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.addEventListener(new HeadDeadline(connector, limits.readTimeout()));
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
    server.setHandler(new Reader(limits, handler, name));
    server.setStopTimeout(500);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      if (isBindFailure(e)) throw new PortInUseException(port, e);
      if (e instanceof IOException io) throw io;
      throw new IOException("cannot start the " + name + " server: " + e.getMessage(), e);
    }
    return new HttpEndpoint(server, connector, name);
  }

  /** The port it listens on (the real one when started with 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Whether it is listening. */
  public boolean listening() {
    return server.isStarted() && connector.isOpen();
  }

  /** Stops listening and closes every connection, within about a second. */
  @Override
  public void close() {
    if (!stopQuietly(server)) log.warn("The {} server did not stop cleanly", name);
  }

  private static boolean stopQuietly(Server server) {
    try {
      server.stop();
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) return true;
    }
    return false;
  }

  /**
   * Closes a connection whose request head is not whole {@code within} its opening. Jetty's idle
   * timeout starts again with every byte, so without this a head sent a byte at a time would hold
   * its connection for as long as the client likes.
   */
  private record HeadDeadline(ServerConnector connector, Duration within)
      implements Connection.Listener {
    @Override
    public void onOpened(Connection connection) {
      connector
          .getScheduler()
          .schedule(
              () -> {
                if (connection.getMessagesIn() == 0) connection.getEndPoint().close();
              },
              within.toMillis(),
              TimeUnit.MILLISECONDS);
    }
  }

  /** Reads each request's body without blocking, within the limits, then calls the handler. */
  private static final class Reader extends Handler.Abstract.NonBlocking {
    private final Limits limits;
    private final RequestHandler handler;
    private final String name;

    Reader(Limits limits, RequestHandler handler, String name) {
      this.limits = limits;
      this.handler = handler;
      this.name = name;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      long declared = request.getLength();
      if (declared > limits.maxBodyBytes()) {
        reply(response, callback, HttpReply.of(413, "text/plain", "too large"));
        return true;
      }
      CompletableFuture<byte[]> body = new CompletableFuture<>();
      Content.Source.asByteArrayAsync(
          request, limits.maxBodyBytes(), Promise.Invocable.toPromise(body));
      Scheduler scheduler = request.getComponents().getScheduler();
      Scheduler.Task timeout =
          scheduler.schedule(
              () -> body.completeExceptionally(new TimeoutException("body too slow")),
              limits.readTimeout().toMillis(),
              TimeUnit.MILLISECONDS);
      // Off the thread that completes the body, which may be the one reading the network.
      body.whenCompleteAsync(
          (bytes, error) -> {
            timeout.cancel();
            if (error != null) {
              Throwable why = unwrap(error);
              if (why instanceof TimeoutException) {
                request.fail(why);
                reply(response, callback, HttpReply.of(408, "text/plain", "request body too slow"));
              } else if (why instanceof IllegalStateException) { // the body outgrew maxBodyBytes
                reply(response, callback, HttpReply.of(413, "text/plain", "too large"));
              } else {
                reply(response, callback, HttpReply.of(400, "text/plain", "unreadable body"));
              }
              return;
            }
            HttpReply answer;
            try {
              answer = handler.handle(toRequest(request, bytes));
            } catch (Exception e) {
              log.warn(
                  "{} request {} failed: {}", name, request.getHttpURI().getPath(), e.toString());
              answer = HttpReply.of(500, "application/json", "{\"error\":\"internal\"}");
            }
            reply(response, callback, answer);
          },
          request.getComponents().getExecutor());
      return true;
    }

    private static Throwable unwrap(Throwable e) {
      return e instanceof java.util.concurrent.CompletionException && e.getCause() != null
          ? e.getCause()
          : e;
    }

    private static HttpRequest toRequest(Request request, byte[] body) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpField f : request.getHeaders()) {
        headers.computeIfAbsent(f.getLowerCaseName(), k -> new ArrayList<>()).add(f.getValue());
      }
      return new HttpRequest(
          request.getMethod(),
          request.getHttpURI().getPath(),
          request.getHttpURI().getQuery(),
          headers,
          body,
          Request.getRemoteAddr(request));
    }

    private static void reply(Response response, Callback callback, HttpReply reply) {
      response.setStatus(reply.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
      reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
      response.write(true, ByteBuffer.wrap(bytes), callback);
    }
  }
}
