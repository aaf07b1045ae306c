package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.articlebot.bot.platform.Deliverer;
import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.platform.DeliveryCause;
import dev.articlebot.bot.platform.DeliveryPolicy;
import dev.articlebot.bot.platform.RouteLanes;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real Slack Web API client (over okhttp 5) against {@link FakeSlack}, with the retry policy's
 * waits recorded instead of taken (the timer runs each retry at once).
 */
@Timeout(60)
class SlackPosterTest {
  private FakeSlack fake;
  private Slack slack;
  private SlackPoster poster;
  private final RouteLanes senders = new RouteLanes("test-send", 4);
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    fake = FakeSlack.start();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiBaseUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    poster =
        poster(
            DeliveryPolicy.DEFAULT,
            (delay, task) -> {
              waits.add(delay);
              task.run();
            });
  }

  private SlackPoster poster(DeliveryPolicy policy, Deliverer.Timer timer) {
    return new SlackPoster(
        slack.methods(FakeSlack.BOT_TOKEN),
        slack,
        new SlackRenderer(),
        new Deliverer("slack", policy, timer),
        senders);
  }

  @AfterEach
  void stop() throws Exception {
    senders.close();
    slack.close();
    fake.close();
  }

  private static Reply summary() {
    return Reply.of(
        new Part.Heading("Today’s summary"),
        new Part.Bullets(List.of(new Part.Bullet("Tariffs paused", SlackTestKit.SOURCE))));
  }

  @Test
  void theSdkTalksHttpThroughOkHttp5() throws Exception {
    assertThat(OkHttp.VERSION).startsWith("5.");
    OkHttpClient client = slack.getHttpClient().getOkHttpClient();
    assertThat(client.getClass().getProtectionDomain().getCodeSource().getLocation().toString())
        .contains("okhttp-jvm-5");
    var auth = slack.methods(FakeSlack.BOT_TOKEN).authTest(r -> r);
    assertThat(auth.isOk()).isTrue();
    assertThat(auth.getUserId()).isEqualTo(FakeSlack.BOT_USER_ID);
    assertThat(fake.calls("auth.test").get(0).headers().get("user-agent"))
        .contains("slack-api-client");
  }

  @Test
  void dailyPostIsSentOnceAndReturnsItsTs() throws Exception {
    ChannelPoster channelPoster = poster;
    assertThat(channelPoster.platform()).isEqualTo("slack");
    String ts = channelPoster.post("C9", summary(), "sum-20250330");
    List<FakeSlack.Call> posts = fake.calls("chat.postMessage");
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).param("channel")).isEqualTo("C9");
    assertThat(posts.get(0).param("thread_ts")).isNull();
    assertThat(posts.get(0).param("text")).contains("Today’s summary").contains("Tariffs paused");
    assertThat(SlackTestKit.allText(posts.get(0).blocks()))
        .contains("• Tariffs paused  (¶20 · ‘Co-Equals’)");
    assertThat(ts).isNotBlank();
  }

  @Test
  void a429IsRetriedAfterRetryAfterAndPostedOnce() throws Exception {
    fake.rateLimitNextPosts(1, 4);
    String ts = poster.post("C9", summary(), "sum-20250330");
    assertThat(ts).isNotBlank();
    assertThat(waits).containsExactly(Duration.ofSeconds(4));
    assertThat(fake.calls("chat.postMessage")).hasSize(2); // the 429 and the post
  }

  @Test
  void aStormOf429sIsWaitedOutUntilThePostGoesThrough() throws Exception {
    fake.rateLimitNextPosts(20, 2);
    String ts = poster.post("C9", summary(), "n");
    assertThat(ts).isNotBlank();
    assertThat(waits).hasSize(20).allSatisfy(w -> assertThat(w).isEqualTo(Duration.ofSeconds(2)));
    assertThat(fake.calls("chat.postMessage")).hasSize(21);
  }

  @Test
  void aRetryAfterPastTheDeadlineFailsAtOnceAsRateLimited() {
    fake.rateLimitNextPosts(1, 120);
    assertThatThrownBy(() -> poster.post("C9", summary(), "n"))
        .isInstanceOf(SlackPoster.SlackCallException.class)
        .hasMessageContaining("rate_limited");
    assertThat(waits).isEmpty();
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void oneServerErrorOnChatPostMessageIsRetriedAndPostedOnce() {
    fake.failNextPosts(1, 500);
    Delivery d = poster.send(SlackTarget.thread("C1", "1.1", "U1"), summary()).join();
    assertThat(d.delivered()).isTrue();
    assertThat(d.late()).isTrue();
    assertThat(fake.calls("chat.postMessage")).hasSize(2);
    assertThat(waits).hasSize(1);
  }

  @Test
  void serverErrorsUntilTheDeadlineFailWithTheirCause() {
    fake.failNextPosts(1_000, 503);
    SlackPoster quick =
        poster(
            new DeliveryPolicy(
                Duration.ofMillis(800),
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofMillis(500)),
            null);
    Delivery d = quick.send(SlackTarget.thread("C1", "1.1", "U1"), summary()).join();
    assertThat(d.delivered()).isFalse();
    assertThat(d.cause()).isEqualTo(DeliveryCause.SERVER_ERROR);
    assertThat(fake.calls("chat.postMessage").size()).isGreaterThan(2);
  }

  @Test
  void oneServerErrorOnTheResponseUrlIsRetried() {
    fake.failNextResponses(1, 500, "");
    Delivery d =
        poster.send(SlackTarget.responseUrl(fake.responseUrl("r1"), "C1", "U1"), summary()).join();
    assertThat(d.delivered()).isTrue();
    assertThat(fake.calls("response:r1")).hasSize(2);
    assertThat(fake.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void anExpiredResponseUrlFallsBackToAMessageInTheChannel() {
    fake.failNextResponses(1, 404, "expired_url");
    Delivery d =
        poster.send(SlackTarget.responseUrl(fake.responseUrl("r2"), "C1", "U1"), summary()).join();
    assertThat(d.delivered()).isTrue();
    assertThat(d.late()).isTrue();
    assertThat(fake.calls("response:r2")).hasSize(1);
    FakeSlack.Call post = fake.calls("chat.postMessage").get(0);
    assertThat(post.param("channel")).isEqualTo("C1");
    assertThat(post.param("text")).contains("Tariffs paused");
  }

  @Test
  void slackErrorsSurfaceWithTheirCode() {
    assertThatThrownBy(() -> poster.post(FakeSlack.NOT_A_MEMBER, summary(), "n"))
        .isInstanceOf(SlackPoster.SlackCallException.class)
        .hasMessageContaining("not_in_channel")
        .hasMessageNotContaining(FakeSlack.BOT_TOKEN);
    assertThat(fake.calls("chat.postMessage")).as("a refusal is not retried").hasSize(1);
  }

  @Test
  void aLongReplyGoesOutAsSeveralMessagesInOrder() {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < 80; i++) parts.add(new Part.Text("Point " + i + " of the long answer."));
    Delivery d =
        poster
            .send(SlackTarget.thread("C9", "1700000000.000100", "U1"), new Reply(parts, false))
            .join();
    assertThat(d.delivered()).isTrue();
    List<FakeSlack.Call> posts = fake.calls("chat.postMessage");
    assertThat(posts).hasSize(2);
    assertThat(posts)
        .allSatisfy(p -> assertThat(p.param("thread_ts")).isEqualTo("1700000000.000100"));
    assertThat(posts.get(0).blocks().size()).isEqualTo(50);
    assertThat(posts.get(1).param("text")).contains("Point 79");
  }

  @Test
  void ephemeralRepliesGoToTheAskerOnly() {
    poster
        .send(SlackTarget.thread("C1", "1.1", "U123"), Reply.notice("Slow down a little."))
        .join();
    FakeSlack.Call call = fake.calls("chat.postEphemeral").get(0);
    assertThat(call.param("user")).isEqualTo("U123");
    assertThat(call.param("thread_ts")).isEqualTo("1.1");
    assertThat(fake.calls("chat.postMessage")).isEmpty();
    // In a DM an ephemeral reply is just a message.
    poster
        .send(SlackTarget.directMessage("D1", null, "U123"), Reply.notice("Slow down a little."))
        .join();
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }

  private static Reply longReply() {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < 130; i++) parts.add(new Part.Text("Point " + i + " of the long answer."));
    return new Reply(parts, false);
  }

  /** The messages posted, in order, each named by the first point it carries. */
  private List<String> firstPointOfEach(String method) {
    return fake.calls(method).stream()
        .map(c -> c.param("text"))
        .map(t -> t.substring(t.indexOf("Point "), t.indexOf(" of the long answer")))
        .toList();
  }

  private List<String> firstPointOfEachMessage() {
    return new SlackRenderer()
        .render(longReply()).stream()
            .map(SlackMessage::text)
            .map(t -> t.substring(t.indexOf("Point "), t.indexOf(" of the long answer")))
            .toList();
  }

  @Test
  void aReplyOfSeveralMessagesWhoseResponseUrlHasExpiredGoesToTheChannelOnceInOrder() {
    List<String> messages = firstPointOfEachMessage();
    assertThat(messages).hasSizeGreaterThan(2);
    fake.failNextResponses(100, 404, "expired_url");

    Delivery d =
        poster
            .send(SlackTarget.responseUrl(fake.responseUrl("gone"), "C1", "U1"), longReply())
            .join();

    assertThat(d.delivered()).isTrue();
    assertThat(d.late()).isTrue();
    assertThat(fake.calls("response:gone")).as("an expired URL is not tried again").hasSize(1);
    assertThat(firstPointOfEach("chat.postMessage")).containsExactlyElementsOf(messages);
  }

  @Test
  void whenTheFirstMessageFallsBackTheRestFollowItToTheChannelNotTheResponseUrl() {
    List<String> messages = firstPointOfEachMessage();
    fake.failNextResponses(1, 404, "expired_url");

    Delivery d =
        poster
            .send(SlackTarget.responseUrl(fake.responseUrl("once"), "C1", "U1"), longReply())
            .join();

    assertThat(d.delivered()).isTrue();
    assertThat(fake.calls("response:once")).hasSize(1);
    assertThat(firstPointOfEach("chat.postMessage")).containsExactlyElementsOf(messages);
  }

  @Test
  void aPostWhoseAnswerIsLostIsNotSentAgain() throws Exception {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiBaseUrl());
    config.setStatsEnabled(false);
    config.setHttpClientReadTimeoutMillis(300);
    Slack impatient = Slack.getInstance(config);
    try {
      SlackPoster quick =
          new SlackPoster(
              impatient.methods(FakeSlack.BOT_TOKEN),
              impatient,
              new SlackRenderer(),
              new Deliverer("slack", DeliveryPolicy.DEFAULT, (delay, task) -> task.run()),
              senders);
      fake.hangNextPosts(1);

      Delivery d = quick.send(SlackTarget.thread("C1", "1.1", "U1"), summary()).join();

      assertThat(d.delivered()).isFalse();
      assertThat(d.cause()).isEqualTo(DeliveryCause.NO_RESPONSE);
      assertThat(fake.calls("chat.postMessage")).as("it may have arrived").hasSize(1);
    } finally {
      impatient.close();
    }
  }

  @Test
  void aConnectionRefusedIsRetriedForNothingWasSent() {
    assertThat(SlackPoster.classify(new java.net.ConnectException("Connection refused")))
        .isInstanceOf(dev.articlebot.bot.platform.Fault.Transient.class);
    assertThat(SlackPoster.classify(new java.net.SocketTimeoutException("Connect timed out")))
        .isInstanceOf(dev.articlebot.bot.platform.Fault.Transient.class);
    assertThat(SlackPoster.classify(new java.net.SocketTimeoutException("timeout")))
        .isEqualTo(
            new dev.articlebot.bot.platform.Fault.Refused(
                DeliveryCause.NO_RESPONSE, "java.net.SocketTimeoutException: timeout"));
  }

  @Test
  void oneUsersRateLimitedPrivateReplyDoesNotHoldAnothersPrivateReply() throws Exception {
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    SlackPoster holding = poster(DeliveryPolicy.DEFAULT, (delay, task) -> waiting.countDown());
    fake.failNextResponses(1, 429, "");
    var first =
        holding.showPrivately(
            new SlackTarget(null, null, "U1", null, false),
            fake.responseUrl("u1"),
            Reply.notice("for U1"));
    assertThat(waiting.await(20, java.util.concurrent.TimeUnit.SECONDS))
        .as("U1's reply waiting out its 429")
        .isTrue();

    Delivery second =
        holding
            .showPrivately(
                new SlackTarget(null, null, "U2", null, false),
                fake.responseUrl("u2"),
                Reply.notice("for U2"))
            .get(20, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(second.delivered()).isTrue();
    assertThat(fake.calls("response:u2")).hasSize(1);
    assertThat(first).isNotDone();
  }

  @Test
  void responseUrlRepliesCarryTheirVisibility() {
    SlackTarget target = SlackTarget.responseUrl(fake.responseUrl("r9"), "C1", "U1");
    poster.send(target, Reply.notice("only you")).join();
    poster.send(target, summary()).join();
    List<FakeSlack.Call> calls = fake.calls("response:r9");
    assertThat(calls)
        .extracting(c -> c.param("response_type"))
        .containsExactly("ephemeral", "in_channel");
    assertThat(calls.get(1).param("replace_original")).isEqualTo("false");
    assertThat(calls.get(1).headers().get("content-type")).startsWith("application/json");
  }
}
