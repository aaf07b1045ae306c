package dev.articlebot.bot.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * langchain4j's {@link HttpClient} over the JDK's, for whole (not streamed) requests, that keeps
 * what langchain4j's own JDK client drops from a refused request: the {@code Retry-After} header of
 * a 429 or 503, carried on {@link Refused}. Every request is bounded by the read timeout.
 */
final class RetryAfterHttpClient implements HttpClient {
  private final java.net.http.HttpClient http;
  private final Duration readTimeout;

  RetryAfterHttpClient(Duration connectTimeout, Duration readTimeout) {
    this.http =
        java.net.http.HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    this.readTimeout = readTimeout;
  }

  /** A non-2xx answer, with how long the server asked to wait when it said. */
  static final class Refused extends HttpException {
    private final Duration retryAfter;

    Refused(int status, String body, Duration retryAfter) {
      super(status, "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + brief(body)));
      this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }

    private static String brief(String body) {
      String s = body.strip().replaceAll("\\s+", " ");
      return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
                values.forEach(v -> b.header(name, v));
              }
            });
    String body = request.body();
    b.method(
        request.method().name(),
        body == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      throw new Refused(
          status, response.body(), retryAfter(response.headers().firstValue("Retry-After")));
    }
    Map<String, List<String>> headers = response.headers().map();
    return SuccessfulHttpResponse.builder()
        .statusCode(status)
        .headers(headers)
        .body(response.body())
        .build();
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    listener.onError(new UnsupportedOperationException("answers are not streamed"));
  }

  /** Seconds ("30") or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(Optional<String> header) {
    if (header.isEmpty()) return null;
    String v = header.get().strip();
    try {
      long s = Long.parseLong(v);
      return s >= 0 ? Duration.ofSeconds(s) : null;
    } catch (NumberFormatException e) {
      try {
        Duration d =
            Duration.between(
                ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** What langchain4j's chat models are given to build it with their timeouts. */
  static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration d) {
      if (d != null) connectTimeout = d;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration d) {
      if (d != null) readTimeout = d;
      return this;
    }

    @Override
    public HttpClient build() {
      return new RetryAfterHttpClient(connectTimeout, readTimeout);
    }
  }
}
