package dev.articlebot.bot.ops;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The container's HEALTHCHECK, since the JRE image has no curl: {@code java -cp article-bot.jar
 * dev.articlebot.bot.ops.HealthProbe [URL]} exits 0 when the URL answers 200, else 1. Without a URL
 * it asks {@code http://127.0.0.1:$ARTICLEBOT_HEALTH_PORT/healthz} (port 8080 when unset).
 */
public final class HealthProbe {
  static final Duration TIMEOUT = Duration.ofSeconds(3);

  private HealthProbe() {}

  public static void main(String[] args) {
    System.exit(probe(target(args, System.getenv()), TIMEOUT, System.out));
  }

  /** The URL to ask: the first argument, else /healthz on the configured health port. */
  static URI target(String[] args, Map<String, String> env) {
    if (args.length > 0 && !args[0].isBlank()) return URI.create(args[0].strip());
    String port = env.getOrDefault("ARTICLEBOT_HEALTH_PORT", "").strip();
    return URI.create(
        "http://127.0.0.1:" + (port.matches("\\d{1,5}") ? port : "8080") + "/healthz");
  }

  /** 0 when {@code url} answers 200 within {@code timeout}, else 1; one line on {@code out}. */
  static int probe(URI url, Duration timeout, PrintStream out) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body().strip();
      out.println(
          response.statusCode() + " " + (body.length() > 500 ? body.substring(0, 500) : body));
      return response.statusCode() == 200 ? 0 : 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.println("unhealthy: interrupted");
      return 1;
    } catch (Exception e) {
      out.println("unhealthy: " + url + ": " + e);
      return 1;
    }
  }
}
