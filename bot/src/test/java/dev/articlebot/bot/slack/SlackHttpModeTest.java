package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.Workers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real Bolt app behind the HTTP endpoint, with signed (and badly signed) requests. */
@Timeout(60)
class SlackHttpModeTest {
  private final TestClock clock = new TestClock(Instant.now());
  private final SlackSignature.Generator signer =
      new SlackSignature.Generator(FakeSlack.SIGNING_SECRET);
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeSlack fake;
  private SlackTestKit.Stubs stubs;
  private Workers workers;
  private SlackAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    fake = FakeSlack.start();
    stubs = new SlackTestKit.Stubs();
    workers = new Workers(1, 32);
    adapter =
        SlackAdapter.create(
            SlackTestKit.settings(fake, AppConfig.SlackMode.HTTP, 0),
            SlackTestKit.secrets(),
            stubs.services(clock, workers),
            SlackAdapter.Options.defaults().withHttpHost("127.0.0.1"));
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close(Duration.ofSeconds(5));
    workers.drain(Duration.ofSeconds(5));
    fake.close();
  }

  private HttpResponse<String> send(String body, String type, String ts, String signature)
      throws Exception {
    return send(body, type, ts, signature, Map.of());
  }

  private HttpResponse<String> send(
      String body, String type, String ts, String signature, Map<String, String> extra)
      throws Exception {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ts != null) req.header("X-Slack-Request-Timestamp", ts);
    if (signature != null) req.header("X-Slack-Signature", signature);
    extra.forEach(req::header);
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> sendSigned(String body, String type, Map<String, String> extra)
      throws Exception {
    String ts = String.valueOf(clock.instant().getEpochSecond());
    return send(body, type, ts, signer.generate(ts, body), extra);
  }

  private static String eventCallback(String eventId, String text, String ts) {
    ObjectNode event = FakeSlack.JSON.createObjectNode();
    event.put("type", "app_mention");
    event.put("user", "U123");
    event.put("text", text);
    event.put("ts", ts);
    event.put("channel", "C1");
    event.put("event_ts", ts);
    ObjectNode body = FakeSlack.JSON.createObjectNode();
    body.put("token", "legacy-verification-token");
    body.put("team_id", "T1");
    body.put("api_app_id", "A1");
    body.set("event", event);
    body.put("type", "event_callback");
    body.put("event_id", eventId);
    body.put("event_time", 1_700_000_000);
    return body.toString();
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Test
  void listensAndIsConnectedAfterAuthTest() {
    assertThat(adapter.httpPort()).isPositive();
    assertThat(adapter.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(fake.calls("auth.test")).isNotEmpty();
    assertThat(fake.calls("apps.connections.open")).isEmpty();
  }

  @Test
  void answersTheUrlVerificationChallenge() throws Exception {
    String body = "{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}";
    HttpResponse<String> r = sendSigned(body, "application/json", Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("c-123");
  }

  @Test
  void aSignedEventIsAckedAndAnsweredInItsThreadOnceEvenWhenRetried() throws Exception {
    String body = eventCallback("EvH1", "<@UBOT> over http?", "1700000000.000100");
    HttpResponse<String> r = sendSigned(body, "application/json", Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    FakeSlack.Call post = fake.awaitCalls("chat.postMessage", 1).get(0);
    assertThat(post.param("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(post.param("text")).contains("You asked: over http?");

    HttpResponse<String> retry =
        sendSigned(
            body,
            "application/json",
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    assertThat(retry.statusCode()).isEqualTo(200);
    sendSigned(
        eventCallback("EvH2", "<@UBOT> marker", "1700000000.000200"), "application/json", Map.of());
    assertThat(fake.awaitCalls("chat.postMessage", 2)).hasSize(2);
    assertThat(stubs.asked("ask"))
        .extracting(SlackTestKit.Asked::argument)
        .containsExactly("over http?", "marker");
  }

  @Test
  void aSignedSlashCommandIsAckedInChannelThenAnswered() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "legacy");
    fields.put("team_id", "T1");
    fields.put("channel_id", "C1");
    fields.put("user_id", "U123");
    fields.put("command", "/ask");
    fields.put("text", "Who & why?");
    fields.put("response_url", fake.responseUrl("h1"));
    fields.put("trigger_id", "t1");
    HttpResponse<String> r =
        sendSigned(form(fields), "application/x-www-form-urlencoded", Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"response_type\":\"in_channel\"");
    FakeSlack.Call answer = fake.awaitCalls("response:h1", 1).get(0);
    assertThat(answer.param("text")).contains("You asked: Who &amp; why?");
  }

  @Test
  void badSignatureStaleAndFutureTimestampsAreRejectedWith401BeforeParsing() throws Exception {
    String body = eventCallback("EvBad", "<@UBOT> forged", "1700000000.000300");
    String now = String.valueOf(clock.instant().getEpochSecond());
    String stale = String.valueOf(clock.instant().minusSeconds(6 * 60).getEpochSecond());
    String future = String.valueOf(clock.instant().plusSeconds(6 * 60).getEpochSecond());

    assertThat(send(body, "application/json", now, "v0=" + "0".repeat(64)).statusCode())
        .isEqualTo(401);
    assertThat(send(body, "application/json", stale, signer.generate(stale, body)).statusCode())
        .isEqualTo(401);
    assertThat(send(body, "application/json", future, signer.generate(future, body)).statusCode())
        .isEqualTo(401);
    assertThat(send(body, "application/json", null, null).statusCode()).isEqualTo(401);
    // Not even valid JSON: a 401, not a parse error, so nothing read it.
    assertThat(send("{not json", "application/json", now, "v0=00").statusCode()).isEqualTo(401);
    // Signed with another secret.
    String other = new SlackSignature.Generator("not-the-secret").generate(now, body);
    assertThat(send(body, "application/json", now, other).statusCode()).isEqualTo(401);

    // A good request afterwards is the first and only one handled.
    sendSigned(
        eventCallback("EvGood", "<@UBOT> genuine", "1700000000.000400"),
        "application/json",
        Map.of());
    assertThat(fake.awaitCalls("chat.postMessage", 1)).hasSize(1);
    assertThat(stubs.asked).extracting(SlackTestKit.Asked::argument).containsExactly("genuine");
  }

  @Test
  void closeStopsListening() {
    int port = adapter.httpPort();
    adapter.close(Duration.ofSeconds(5));
    assertThat(adapter.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThatThrownBy(
            () ->
                http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }

  private Map<String, String> slashFields(String text, String responseId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "legacy");
    fields.put("team_id", "T1");
    fields.put("channel_id", "C1");
    fields.put("user_id", "U123");
    fields.put("command", "/ask");
    fields.put("text", text);
    fields.put("response_url", fake.responseUrl(responseId));
    fields.put("trigger_id", "t1");
    return fields;
  }

  @Test
  void fourSlowConnectionsDoNotKeepASignedRequestWaiting() throws Exception {
    java.util.List<dev.articlebot.bot.ops.SlowClient> slow = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        slow.add(
            dev.articlebot.bot.ops.SlowClient.slowBody(
                "127.0.0.1", adapter.httpPort(), "/slack/events", Duration.ofSeconds(2)));
      }
      for (var c : slow) c.awaitStarted();

      String body = eventCallback("EvSlow", "<@UBOT> beside slow clients", "1700000000.000500");
      String ts = String.valueOf(clock.instant().getEpochSecond());
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
                  .timeout(Duration.ofSeconds(5))
                  .header("Content-Type", "application/json")
                  .header("X-Slack-Request-Timestamp", ts)
                  .header("X-Slack-Signature", signer.generate(ts, body))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(slow)
          .as("answered while every slow client is still connected and unanswered")
          .noneMatch(dev.articlebot.bot.ops.SlowClient::serverHungUp);
      assertThat(fake.awaitCalls("chat.postMessage", 1).get(0).param("text"))
          .contains("beside slow clients");
    } finally {
      for (var c : slow) c.close();
    }
  }

  @Test
  void aSignedButMalformedBodyIs400WithOneShortLogLineAndAnUnknownTypeIs200() throws Exception {
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
        new ch.qos.logback.core.read.ListAppender<>();
    logs.start();
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(logs);
    try {
      String junk = "{\"type\": \"event_callback\", \"event\": " + "[".repeat(200_000);
      HttpResponse<String> json = sendSigned(junk, "application/json", Map.of());
      HttpResponse<String> form =
          sendSigned(
              "payload=" + "%7B".repeat(1000), "application/x-www-form-urlencoded", Map.of());
      HttpResponse<String> unknown =
          sendSigned("{\"type\":\"no_such_thing\"}", "application/json", Map.of());
      HttpResponse<String> rateLimited =
          sendSigned(
              "{\"token\":\"t\",\"type\":\"app_rate_limited\",\"team_id\":\"T1\","
                  + "\"minute_rate_limited\":1518467820,\"api_app_id\":\"A1\"}",
              "application/json",
              Map.of());

      assertThat(json.statusCode()).isEqualTo(400);
      assertThat(form.statusCode()).isEqualTo(400);
      assertThat(unknown.statusCode()).as("a signed notice of a type not handled").isEqualTo(200);
      assertThat(rateLimited.statusCode()).isEqualTo(200);
      var lines =
          logs.list.stream()
              .filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
              .toList();
      assertThat(lines).hasSize(2);
      for (var e : lines) {
        assertThat(e.getFormattedMessage()).hasSizeLessThan(200).doesNotContain("[[[");
        assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
      }
      assertThat(logs.list)
          .filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.INFO)
          .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
          .anySatisfy(m -> assertThat(m).contains("app_rate_limited"));
    } finally {
      root.detachAppender(logs);
    }
    assertThat(stubs.asked).isEmpty();
  }

  @Test
  void aSignedSlashCommandReplayedWithinFiveMinutesRunsOnce() throws Exception {
    String body = form(slashFields("only once", "replay"));
    String ts = String.valueOf(clock.instant().getEpochSecond());
    String signature = signer.generate(ts, body);
    HttpResponse<String> first = send(body, "application/x-www-form-urlencoded", ts, signature);
    clock.advance(Duration.ofMinutes(2));
    HttpResponse<String> replay = send(body, "application/x-www-form-urlencoded", ts, signature);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(replay.statusCode()).isEqualTo(200);
    fake.awaitCalls("response:replay", 1);
    // A later, different command proves the replay is not merely slow: with one worker, first in
    // first out, a replay taken in would be asked before it, and answered through its response
    // URL before it too (one lane per URL, sent as soon as asked).
    sendSigned(
        form(slashFields("a new one", "later")), "application/x-www-form-urlencoded", Map.of());
    fake.awaitCalls("response:later", 1);
    assertThat(stubs.asked("ask"))
        .extracting(SlackTestKit.Asked::argument)
        .containsExactly("only once", "a new one");
    assertThat(fake.calls("response:replay")).hasSize(1);
  }

  @Test
  void aTakenPortIsNamedWithItsKey() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
      SlackAdapter second =
          SlackAdapter.create(
              SlackTestKit.settings(fake, AppConfig.SlackMode.HTTP, taken.getLocalPort()),
              SlackTestKit.secrets(),
              stubs.services(clock, workers),
              SlackAdapter.Options.defaults().withHttpHost("127.0.0.1"));
      assertThatThrownBy(second::start)
          .hasMessageContaining("slack.http-port " + taken.getLocalPort())
          .hasMessageContaining("in use");
      assertThat(second.state()).isEqualTo(ConnectionState.FAILED);
    }
  }
}
