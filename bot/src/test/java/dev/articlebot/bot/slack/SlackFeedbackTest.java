package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.feedback.Feedback;
import dev.articlebot.bot.feedback.FeedbackRecord;
import dev.articlebot.bot.feedback.RatedBot;
import dev.articlebot.bot.feedback.Rating;
import dev.articlebot.bot.platform.Workers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 👍 / 👎 on Slack, end to end: the real Bolt app against the stand-in, in both modes. */
@Timeout(90)
class SlackFeedbackTest {
  private static final String THREAD = "1700000000.000100";

  @TempDir Path state;
  private FakeSlack fake;
  private Workers workers;
  private SlackAdapter adapter;
  private RatedBot bot;

  private void start(AppConfig.SlackMode mode, Clock clock) throws Exception {
    fake = FakeSlack.start();
    workers = new Workers(1, 32);
    bot = new RatedBot(state, clock);
    adapter =
        SlackAdapter.create(
            SlackTestKit.settings(fake, mode, 0),
            SlackTestKit.secrets(),
            bot.services(workers, clock),
            SlackAdapter.Options.defaults().withHttpHost("127.0.0.1"));
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (adapter != null) adapter.close(Duration.ofSeconds(5));
    if (workers != null) workers.drain(Duration.ofSeconds(5));
    if (fake != null) fake.close();
  }

  private static ObjectNode mention(String text) {
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "app_mention");
    e.put("user", "U1");
    e.put("text", text);
    e.put("ts", THREAD);
    e.put("channel", "C1");
    e.put("event_ts", THREAD);
    return e;
  }

  /** The rating buttons' values in the answer, by action id. */
  private static Map<String, String> ratingButtons(JsonNode blocks) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode b : blocks) {
      for (JsonNode e : b.path("elements")) {
        String id = e.path("action_id").asText();
        if (id.startsWith("rate_")) out.put(id, e.path("value").asText());
      }
    }
    return out;
  }

  private static String rater(String user) {
    return Feedback.rater(new Caller("slack", user, "C1"));
  }

  @Test
  void twoReadersAreRecordedOnceEachAndARepeatedClickReplaces() throws Exception {
    start(AppConfig.SlackMode.SOCKET, Clock.systemUTC());
    fake.awaitAck(fake.sendEvent(mention("<@UBOT> what did they agree?"), "Ev1", 0));
    FakeSlack.Call answer = fake.awaitCalls("chat.postMessage", 1).get(0);
    Map<String, String> buttons = ratingButtons(answer.blocks());
    assertThat(buttons).containsKeys("rate_up", "rate_down");

    fake.awaitAck(
        fake.sendButtonClick("rate_up", buttons.get("rate_up"), "U1", "C1", THREAD, "r1"));
    fake.awaitAck(
        fake.sendButtonClick("rate_down", buttons.get("rate_down"), "U2", "C1", THREAD, "r2"));
    var privately = fake.awaitCalls("chat.postEphemeral", 2);
    FakeSlack.Call asked =
        privately.stream().filter(c -> "U2".equals(c.param("user"))).findFirst().orElseThrow();
    assertThat(asked.param("text")).contains("What was wrong");
    Map<String, String> reasons = ratingButtons(asked.blocks());
    assertThat(reasons)
        .containsOnlyKeys("rate_why_wrong", "rate_why_notin", "rate_why_should", "rate_why_other");

    fake.awaitAck(
        fake.sendButtonClick(
            "rate_why_should", reasons.get("rate_why_should"), "U2", "C1", THREAD, "r3"));
    fake.awaitAck(
        fake.sendButtonClick("rate_down", buttons.get("rate_down"), "U1", "C1", THREAD, "r4"));
    fake.awaitCalls("chat.postEphemeral", 4);

    var store = bot.feedback.store();
    assertThat(store.ratings()).hasSize(2);
    String id = store.answers().get(0).id();
    assertThat(store.rating(id, rater("U1")).orElseThrow().vote()).isEqualTo(Rating.Vote.DOWN);
    FeedbackRecord u2 = store.rating(id, rater("U2")).orElseThrow();
    assertThat(u2.reason()).contains(Rating.Reason.SHOULD_HAVE_ANSWERED);
  }

  @Test
  void overHttpAClickWithoutAValidSignatureIsRejectedAndRecordsNothing() throws Exception {
    Clock clock = Clock.systemUTC();
    start(AppConfig.SlackMode.HTTP, clock);
    String id =
        bot.feedback
            .register(
                new Caller("slack", "U1", "C1"),
                dev.articlebot.bot.feedback.FeedbackFixtures.answer("Q?", true, 14))
            .orElseThrow();
    String control = dev.articlebot.bot.reply.RatingControl.up(id);
    String body =
        "payload="
            + URLEncoder.encode(
                fake.blockActions("rate_up", control, "U9", "C1", THREAD, "r9", "t9").toString(),
                StandardCharsets.UTF_8);
    String ts = String.valueOf(Instant.now().getEpochSecond());

    HttpResponse<String> unsigned = post(body, ts, null);
    HttpResponse<String> forged =
        post(body, ts, new SlackSignature.Generator("not-the-secret").generate(ts, body));
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(bot.feedback.store().ratings()).isEmpty();

    HttpResponse<String> signed =
        post(body, ts, new SlackSignature.Generator(FakeSlack.SIGNING_SECRET).generate(ts, body));
    assertThat(signed.statusCode()).isEqualTo(200);
    fake.awaitCondition(
        () -> bot.feedback.store().rating(id, rater("U9")).isPresent(), "the signed click");
    assertThat(bot.feedback.store().ratings()).hasSize(1);
  }

  private HttpResponse<String> post(String body, String ts, String signature) throws Exception {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", ts)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) req.header("X-Slack-Signature", signature);
    return HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
  }
}
