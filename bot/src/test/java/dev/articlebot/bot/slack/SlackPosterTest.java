package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
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

/** The real Slack Web API client (over okhttp 5) against {@link FakeSlack}. */
@Timeout(60)
class SlackPosterTest {
  private FakeSlack fake;
  private Slack slack;
  private SlackPoster poster;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    fake = FakeSlack.start();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiBaseUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    poster =
        new SlackPoster(
            slack.methods(FakeSlack.BOT_TOKEN),
            slack,
            new SlackRenderer(),
            waits::add,
            3,
            Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() throws Exception {
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
  void retriesAreBoundedAndTheErrorSurfaces() {
    fake.rateLimitNextPosts(10, 2);
    assertThatThrownBy(() -> poster.post("C9", summary(), "n"))
        .isInstanceOf(SlackApiException.class)
        .satisfies(e -> assertThat(((SlackApiException) e).getResponse().code()).isEqualTo(429));
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(fake.calls("chat.postMessage")).hasSize(3);
  }

  @Test
  void aRetryAfterLongerThanTheMaximumIsNotWaitedFor() {
    fake.rateLimitNextPosts(1, 120);
    assertThatThrownBy(() -> poster.post("C9", summary(), "n"))
        .isInstanceOf(SlackApiException.class);
    assertThat(waits).isEmpty();
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void slackErrorsSurfaceWithTheirCode() {
    assertThatThrownBy(() -> poster.post(FakeSlack.NOT_A_MEMBER, summary(), "n"))
        .isInstanceOf(SlackPoster.SlackCallException.class)
        .hasMessageContaining("not_in_channel")
        .hasMessageNotContaining(FakeSlack.BOT_TOKEN);
  }

  @Test
  void aLongReplyGoesOutAsSeveralMessagesInOrder() throws Exception {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < 80; i++) parts.add(new Part.Text("Point " + i + " of the long answer."));
    String ts = poster.postMessage("C9", "1700000000.000100", new Reply(parts, false));
    List<FakeSlack.Call> posts = fake.calls("chat.postMessage");
    assertThat(posts).hasSize(2);
    assertThat(posts)
        .allSatisfy(p -> assertThat(p.param("thread_ts")).isEqualTo("1700000000.000100"));
    assertThat(posts.get(0).blocks().size()).isEqualTo(50);
    assertThat(posts.get(1).param("text")).contains("Point 79");
    assertThat(ts).isNotBlank();
  }

  @Test
  void ephemeralRepliesGoToTheAskerOnly() throws Exception {
    poster.send(SlackTarget.thread("C1", "1.1", "U123"), Reply.notice("Slow down a little."));
    FakeSlack.Call call = fake.calls("chat.postEphemeral").get(0);
    assertThat(call.param("user")).isEqualTo("U123");
    assertThat(call.param("thread_ts")).isEqualTo("1.1");
    assertThat(fake.calls("chat.postMessage")).isEmpty();
    // In a DM an ephemeral reply is just a message.
    poster.send(SlackTarget.directMessage("D1", null, "U123"), Reply.notice("Slow down a little."));
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void responseUrlRepliesCarryTheirVisibility() throws Exception {
    poster.respond(fake.responseUrl("r9"), Reply.notice("only you"));
    poster.respond(fake.responseUrl("r9"), summary());
    List<FakeSlack.Call> calls = fake.calls("response:r9");
    assertThat(calls)
        .extracting(c -> c.param("response_type"))
        .containsExactly("ephemeral", "in_channel");
    assertThat(calls.get(1).param("replace_original")).isEqualTo("false");
    assertThat(calls.get(1).headers().get("content-type")).startsWith("application/json");
  }
}
