package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelStatus;
import dev.articlebot.bot.schedule.ChannelTarget;
import dev.articlebot.bot.schedule.ScheduleStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real HTTP on 127.0.0.1 against the JDK server. */
class HealthServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicReference<HealthReport> report = new AtomicReference<>();
  private final BotMetrics metrics = new BotMetrics();
  private HealthServer server;

  @BeforeEach
  void start() throws Exception {
    report.set(loaded(Map.of("discord", ConnectionState.CONNECTED), null));
    server = HealthServer.start("127.0.0.1", 0, report::get, metrics);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static HealthReport loaded(Map<String, ConnectionState> platforms, ScheduleStatus daily) {
    return new HealthReport(true, 1, 41, platforms, daily, false);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send("GET", path);
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(TIMEOUT)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    return mapper.readTree(response.body());
  }

  @Test
  void healthzIsOkJsonWithKnowledgePlatformsAndDaily() throws Exception {
    ScheduleStatus daily =
        new ScheduleStatus(
            true,
            Instant.parse("2025-01-02T09:00:00Z"),
            Instant.parse("2025-01-01T09:00:00Z"),
            Instant.parse("2025-01-01T09:00:01Z"),
            List.of(
                new ChannelStatus(
                    new ChannelTarget("discord", "123456789012345678"),
                    LocalDate.of(2025, 1, 1),
                    ChannelStatus.Outcome.POSTED,
                    Instant.parse("2025-01-01T09:00:02Z"),
                    1,
                    "987",
                    null)));
    Map<String, ConnectionState> platforms = new LinkedHashMap<>();
    platforms.put("discord", ConnectionState.CONNECTED);
    platforms.put("slack", ConnectionState.CONNECTED);
    report.set(loaded(platforms, daily));

    HttpResponse<String> r = get("/healthz");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    List<String> fields = new java.util.ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("status", "knowledge", "platforms", "daily");
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.at("/knowledge/loaded").asBoolean()).isTrue();
    assertThat(body.at("/knowledge/articles").asInt()).isEqualTo(1);
    assertThat(body.at("/knowledge/paragraphs").asInt()).isEqualTo(41);
    assertThat(body.at("/platforms/discord").asText()).isEqualTo("CONNECTED");
    assertThat(body.at("/platforms/slack").asText()).isEqualTo("CONNECTED");
    assertThat(body.at("/daily/enabled").asBoolean()).isTrue();
    assertThat(body.at("/daily/next_run").asText()).isEqualTo("2025-01-02T09:00:00Z");
    assertThat(body.at("/daily/last_run").asText()).isEqualTo("2025-01-01T09:00:01Z");
    JsonNode channel = body.at("/daily/channels/0");
    assertThat(channel.get("platform").asText()).isEqualTo("discord");
    assertThat(channel.get("channel").asText()).isEqualTo("123456789012345678");
    assertThat(channel.get("outcome").asText()).isEqualTo("POSTED");
    assertThat(channel.get("message_id").asText()).isEqualTo("987");
    assertThat(channel.get("next_attempt_at").isNull()).isTrue();
  }

  @Test
  void withoutASchedulerDailyIsDisabled() throws Exception {
    JsonNode body = json(get("/healthz"));
    assertThat(body.at("/daily/enabled").asBoolean()).isFalse();
    assertThat(body.at("/daily/next_run").isNull()).isTrue();
    assertThat(body.at("/daily/channels").isArray()).isTrue();
  }

  @Test
  void readyzIs503WhileAPlatformIsReconnectingThen200WhenConnected() throws Exception {
    Map<String, ConnectionState> platforms = new LinkedHashMap<>();
    platforms.put("discord", ConnectionState.CONNECTED);
    platforms.put("slack", ConnectionState.RECONNECTING);
    report.set(loaded(platforms, null));

    HttpResponse<String> notReady = get("/readyz");
    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(json(notReady).get("status").asText()).isEqualTo("degraded");
    assertThat(json(notReady).at("/platforms/slack").asText()).isEqualTo("RECONNECTING");
    assertThat(get("/healthz").statusCode()).isEqualTo(200);

    platforms.put("slack", ConnectionState.CONNECTED);
    report.set(loaded(platforms, null));

    HttpResponse<String> ready = get("/readyz");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(json(ready).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void readyzIs503UntilTheKnowledgeIsLoaded() throws Exception {
    report.set(HealthReport.starting(Map.of("discord", ConnectionState.STARTING)));
    HttpResponse<String> r = get("/readyz");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(json(r).get("status").asText()).isEqualTo("starting");
    assertThat(json(r).at("/knowledge/loaded").asBoolean()).isFalse();
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void consoleModeWithNoPlatformsIsReadyOnceLoaded() throws Exception {
    report.set(loaded(Map.of(), null));
    assertThat(get("/readyz").statusCode()).isEqualTo(200);
  }

  @Test
  void stoppingMakesBothHealthPathsAnswer503Stopping() throws Exception {
    server.markStopping();
    for (String path : List.of("/healthz", "/readyz")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(503);
      assertThat(json(r).get("status").asText()).isEqualTo("stopping");
    }
  }

  @Test
  void metricsServesPrometheusTextWithTheQuestionCounter() throws Exception {
    metrics.recordAnswerTime("discord", Duration.ofMillis(7));
    metrics.recordAnswerTime("discord", Duration.ofMillis(3));
    metrics.recordReply(
        "discord", Reply.Outcome.ANSWERED, Delivery.delivered(false, Duration.ofMillis(7)));
    metrics.recordReply(
        "discord", Reply.Outcome.REFUSED, Delivery.delivered(false, Duration.ofMillis(3)));
    metrics.recordPost("slack", true);
    metrics.recordError("daily-post");

    HttpResponse<String> r = get("/metrics");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
    assertThat(r.body())
        .contains("articlebot_questions_total{outcome=\"answered\",platform=\"discord\"} 1.0")
        .contains("articlebot_questions_total{outcome=\"refused\",platform=\"discord\"} 1.0")
        .contains("articlebot_answer_seconds_bucket{platform=\"discord\"")
        .contains("articlebot_answer_seconds_count{platform=\"discord\"} 2")
        .contains("articlebot_posts_total{outcome=\"ok\",platform=\"slack\"} 1.0")
        .contains("articlebot_errors_total{where=\"daily-post\"} 1.0")
        .contains("jvm_memory_used_bytes");
    assertThat(metrics.refusalRate()).isEqualTo(0.5);
  }

  @Test
  void unknownPathsAre404AndOtherMethods405() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(404);
    assertThat(get("/healthz/extra").statusCode()).isEqualTo(404);
    assertThat(get("/admin").statusCode()).isEqualTo(404);
    HttpResponse<String> post = send("POST", "/healthz");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(send("DELETE", "/metrics").statusCode()).isEqualTo(405);
    HttpResponse<String> head = send("HEAD", "/healthz");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void aFailingReportIsA500NotACrash() throws Exception {
    server.close();
    server =
        HealthServer.start(
            "127.0.0.1",
            0,
            () -> {
              throw new IllegalStateException("boom");
            },
            metrics);
    HttpResponse<String> r = get("/healthz");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).doesNotContain("boom");
    assertThat(get("/metrics").statusCode()).isEqualTo(200);
  }

  @Test
  void closeStopsListening() throws Exception {
    int port = server.port();
    server.close();
    server.close();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
            .timeout(TIMEOUT)
            .build();
    Assertions.assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void theProbeExitsZeroOnHealthyAndOneOtherwise() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    URI healthz = URI.create("http://127.0.0.1:" + server.port() + "/healthz");
    assertThat(HealthProbe.probe(healthz, TIMEOUT, print)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("200 {\"status\":\"ok\"");

    server.markStopping();
    assertThat(HealthProbe.probe(healthz, TIMEOUT, print)).isEqualTo(1);

    int port = server.port();
    server.close();
    assertThat(
            HealthProbe.probe(URI.create("http://127.0.0.1:" + port + "/healthz"), TIMEOUT, print))
        .isEqualTo(1);
  }

  @Test
  void theProbeTargetsTheConfiguredHealthPort() {
    assertThat(HealthProbe.target(new String[0], Map.of()))
        .isEqualTo(URI.create("http://127.0.0.1:8080/healthz"));
    assertThat(HealthProbe.target(new String[0], Map.of("ARTICLEBOT_HEALTH_PORT", "9000")))
        .isEqualTo(URI.create("http://127.0.0.1:9000/healthz"));
    assertThat(HealthProbe.target(new String[] {"http://127.0.0.1:1/readyz"}, Map.of()))
        .isEqualTo(URI.create("http://127.0.0.1:1/readyz"));
  }

  @Test
  void slowClientsDoNotKeepTheProbesWaiting() throws Exception {
    List<SlowClient> slow = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        slow.add(
            SlowClient.slowHeaders("127.0.0.1", server.port(), "/healthz", Duration.ofSeconds(2)));
      }
      for (int i = 0; i < 2; i++) {
        slow.add(
            SlowClient.slowBody("127.0.0.1", server.port(), "/healthz", Duration.ofSeconds(2)));
      }
      for (SlowClient c : slow) c.awaitStarted();

      HttpRequest probe =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz"))
              .timeout(Duration.ofSeconds(5))
              .build();
      HttpResponse<String> r = client.send(probe, HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(slow)
          .as("answered while every slow client is still connected and unanswered")
          .noneMatch(SlowClient::serverHungUp);
    } finally {
      for (SlowClient c : slow) c.close();
    }
  }

  @Test
  void aPortInUseIsReportedAsSuch() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
      Assertions.assertThatThrownBy(
              () -> HealthServer.start("127.0.0.1", taken.getLocalPort(), report::get, metrics))
          .isInstanceOfSatisfying(
              HttpEndpoint.PortInUseException.class,
              e -> assertThat(e.port()).isEqualTo(taken.getLocalPort()));
    }
  }
}
