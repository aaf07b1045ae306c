package dev.articlebot.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.articlebot.knowledge.article.SentenceSplitter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model server on 127.0.0.1 that speaks OpenAI's chat completions ({@code POST
 * /v1/chat/completions}) and Ollama's chat ({@code POST /api/chat}), answering each request with
 * the next scripted {@link Step}. It records every request body, as the model would receive it.
 */
final class ModelStandIn implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the next request gets. */
  sealed interface Step {}

  /** The model writes {@code text}. */
  record Says(String text) implements Step {}

  /** A 200 whose body is not JSON. */
  record Malformed() implements Step {}

  /** An error status, with a Retry-After header when {@code retryAfter} is not null. */
  record Status(int code, String retryAfter) implements Step {}

  /** No reply until the stand-in closes: slower than any timeout. */
  record Hangs() implements Step {}

  /**
   * The model quotes the first sentence of the first passage it was given, citing it: a good reply
   * whatever passages the pipeline chose. A judging request gets "Yes".
   */
  record Echo() implements Step {}

  /** A request as received. */
  record Received(String path, JsonNode body, String authorization) {
    /** The system and user messages, joined. */
    String messages() {
      StringBuilder out = new StringBuilder();
      body.path("messages").forEach(m -> out.append(m.path("content").asText()).append('\n'));
      return out.toString();
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final CountDownLatch hanging = new CountDownLatch(1);
  private volatile Step otherwise = new Status(500, null);

  ModelStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", ex -> handle(ex, false));
    server.createContext("/api/chat", ex -> handle(ex, true));
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** Queues the replies to the next requests, in order. */
  ModelStandIn then(Step... steps) {
    script.addAll(List.of(steps));
    return this;
  }

  /** What every request gets once the script has run out (at first: a 500). */
  ModelStandIn otherwise(Step step) {
    otherwise = step;
    return this;
  }

  /** The base URL for {@code provider}: openai's includes /v1. */
  String baseUrl(String provider) {
    String root = "http://127.0.0.1:" + server.getAddress().getPort();
    return provider.equals("openai") ? root + "/v1" : root;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** Waits until a request is being held by {@link Hangs}. */
  boolean awaitHanging() throws InterruptedException {
    return hanging.await(10, TimeUnit.SECONDS);
  }

  private void handle(HttpExchange ex, boolean ollama) throws IOException {
    try (ex) {
      JsonNode body;
      try {
        body = JSON.readTree(ex.getRequestBody().readAllBytes());
      } catch (IOException e) {
        body = JSON.createObjectNode();
      }
      received.add(
          new Received(
              ex.getRequestURI().getPath(),
              body,
              ex.getRequestHeaders().getFirst("Authorization")));
      Step step = script.poll();
      if (step == null) step = otherwise;
      if (step instanceof Echo) step = new Says(echo(received.get(received.size() - 1)));
      if (step instanceof Says s) {
        send(ex, 200, ollama ? ollama(s.text()) : openAi(s.text()));
      } else if (step instanceof Malformed) {
        send(ex, 200, "{\"choices\": [ {\"message\": not json");
      } else if (step instanceof Status s) {
        if (s.retryAfter() != null) ex.getResponseHeaders().add("Retry-After", s.retryAfter());
        send(ex, s.code(), "{\"error\": {\"message\": \"scripted " + s.code() + "\"}}");
      } else if (step instanceof Hangs) {
        hanging.countDown();
        closing.await(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (a timeout): nothing to answer
    }
  }

  private static String echo(Received r) {
    String all = r.messages();
    if (all.contains("one word: yes")) return "Yes";
    Matcher m = Pattern.compile("(?m)^\\[¶(\\d+)\\] (.+)$").matcher(all);
    if (!m.find()) return "NOT IN PASSAGES";
    String first = new SentenceSplitter().split(m.group(2)).get(0).text();
    return first + " [¶" + m.group(1) + "]";
  }

  private static String openAi(String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "chatcmpl-standin");
    o.put("object", "chat.completion");
    o.put("created", 1_700_000_000);
    o.put("model", "stand-in");
    ObjectNode choice = o.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", text);
    choice.put("finish_reason", "stop");
    o.putObject("usage")
        .put("prompt_tokens", 321)
        .put("completion_tokens", 45)
        .put("total_tokens", 366);
    return o.toString();
  }

  private static String ollama(String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("model", "stand-in");
    o.put("created_at", "2026-12-06T03:00:00Z");
    o.putObject("message").put("role", "assistant").put("content", text);
    o.put("done", true);
    o.put("prompt_eval_count", 321);
    o.put("eval_count", 45);
    return o.toString();
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
