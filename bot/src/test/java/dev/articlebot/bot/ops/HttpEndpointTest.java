package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Jetty endpoint itself: handlers off Jetty's I/O threads, status codes, slow heads. */
@Timeout(60)
class HttpEndpointTest {
  private final CountDownLatch inSlow = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpEndpoint endpoint;

  @AfterEach
  void stop() {
    release.countDown();
    if (endpoint != null) endpoint.close();
  }

  private HttpEndpoint start(HttpEndpoint.Limits limits) throws IOException {
    endpoint =
        HttpEndpoint.start(
            "test",
            "127.0.0.1",
            0,
            limits,
            request -> {
              if (request.path().equals("/slow")) {
                inSlow.countDown();
                release.await(30, TimeUnit.SECONDS);
              }
              return HttpEndpoint.HttpReply.of(
                  200, "text/plain", request.path() + " " + request.body().length);
            });
    return endpoint;
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + endpoint.port() + path);
  }

  @Test
  void aHandlerThatTakesItsTimeHoldsUpNoOtherRequest() throws Exception {
    start(HttpEndpoint.Limits.defaults(4096));
    // Head and body in one write: the whole request is there when Jetty first looks at it.
    CompletableFuture<String> slow =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return statusLineFor(
                    "POST /slow HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertThat(inSlow.await(10, TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> fast =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/fast"))
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(fast.body()).isEqualTo("/fast 2");
    assertThat(slow).as("answered while the slow handler still runs").isNotDone();
    release.countDown();
    assertThat(slow.get(20, TimeUnit.SECONDS)).endsWith(" 200 OK");
  }

  /** Sends {@code raw} on a fresh connection and returns the status line answered. */
  private String statusLineFor(String raw) throws IOException {
    try (Socket s = new Socket("127.0.0.1", endpoint.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(raw.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) line.append((char) c);
      return line.toString();
    }
  }

  @Test
  void onlyABodyOverTheLimitIs413AndABrokenBodyIs400() throws Exception {
    start(HttpEndpoint.Limits.defaults(64));
    String chunked = "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";

    assertThat(statusLineFor(chunked + "5\r\nhello\r\n0\r\n\r\n")).endsWith(" 200 OK");
    assertThat(statusLineFor(chunked + "50\r\n" + "x".repeat(80) + "\r\n0\r\n\r\n"))
        .as("over the limit")
        .contains(" 413 ");
    assertThat(statusLineFor(chunked + "zz\r\nhello\r\n0\r\n\r\n"))
        .as("not a chunk size")
        .contains(" 400 ");
  }

  @Test
  void aRequestHeadThatTricklesInIsCutOffAtTheReadTimeout() throws Exception {
    start(new HttpEndpoint.Limits(4096, Duration.ofSeconds(1), Duration.ofSeconds(30), 256, 12));
    try (SlowClient head =
        SlowClient.slowHeaders("127.0.0.1", endpoint.port(), "/x", Duration.ofMillis(200))) {
      head.awaitStarted();
      assertThat(head.awaitHungUp(Duration.ofSeconds(20)))
          .as("the server hung up before the head was whole")
          .isTrue();
      assertThat(head.finishedSending()).isFalse();
    }
  }
}
