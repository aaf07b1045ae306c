package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.RecordedOutcomes;
import dev.articlebot.bot.platform.Workers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real Bolt app over Socket Mode against {@link FakeSlack}. */
@Timeout(90)
class SlackAdapterTest {
  private FakeSlack fake;
  private SlackTestKit.Stubs stubs;
  private Workers workers;
  private SlackAdapter adapter;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final RecordedOutcomes outcomes = new RecordedOutcomes();
  // The SDK's client opens one URL when built and a fresh one when it connects.
  private int opensAtStart;
  // Threads alive before this test's adapter existed (other tests' SDK threads among them).
  private java.util.Set<Thread> threadsBefore;

  @BeforeEach
  void start() throws Exception {
    threadsBefore = java.util.Set.copyOf(Thread.getAllStackTraces().keySet());
    fake = FakeSlack.start();
    stubs = new SlackTestKit.Stubs();
    // One worker: tasks run in order, so "answered the marker" means "earlier work is done".
    workers = new Workers(1, 32);
    adapter =
        SlackAdapter.create(
            SlackTestKit.settings(fake, AppConfig.SlackMode.SOCKET, 3000),
            SlackTestKit.secrets(),
            stubs.services(Clock.systemUTC(), workers).withOutcomes(outcomes),
            SlackAdapter.Options.defaults()
                .withTimer(
                    (delay, task) -> {
                      waits.add(delay);
                      task.run();
                    }));
    adapter.start();
    opensAtStart = fake.calls("apps.connections.open").size();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close(Duration.ofSeconds(5));
    workers.drain(Duration.ofSeconds(5));
    fake.close();
  }

  private static ObjectNode mention(String text, String ts, String threadTs) {
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "app_mention");
    e.put("user", "U123");
    e.put("text", text);
    e.put("ts", ts);
    e.put("channel", "C1");
    e.put("event_ts", ts);
    if (threadTs != null) e.put("thread_ts", threadTs);
    return e;
  }

  private static ObjectNode dm(String user, String text, String ts) {
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "message");
    e.put("channel", "D1");
    e.put("user", user);
    e.put("text", text);
    e.put("ts", ts);
    e.put("event_ts", ts);
    e.put("channel_type", "im");
    return e;
  }

  @Test
  void connectsWithHelloAndAuthTest() {
    assertThat(adapter.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(fake.calls("auth.test")).isNotEmpty();
    assertThat(opensAtStart).isBetween(1, 2);
    assertThat(fake.socketsOpened()).isEqualTo(1);
    assertThat(fake.calls("apps.connections.open").get(0).headers().get("authorization"))
        .isEqualTo("Bearer " + FakeSlack.APP_TOKEN);
  }

  @Test
  void answersAMentionInItsThreadWithBlocksCitationAndFallbackText() {
    String env =
        fake.sendEvent(
            mention("<@UBOT> What did they agree?", "1700000000.000200", "1700000000.000100"),
            "Ev1",
            0);
    assertThat(fake.awaitAck(env).has("payload")).isFalse();

    FakeSlack.Call post = fake.awaitCalls("chat.postMessage", 1).get(0);
    assertThat(post.param("channel")).isEqualTo("C1");
    assertThat(post.param("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(post.param("text")).contains("You asked: What did they agree?");
    assertThat(post.param("link_names")).isEqualTo("0");
    assertThat(post.headers().get("authorization")).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);

    JsonNode blocks = post.blocks();
    assertThat(blocks.get(0).path("type").asText()).isEqualTo("section");
    assertThat(blocks.get(0).path("text").path("text").asText())
        .isEqualTo("You asked: What did they agree?");
    JsonNode citation = blocks.get(1);
    assertThat(citation.path("type").asText()).isEqualTo("context");
    assertThat(citation.path("elements").get(0).path("text").asText())
        .isEqualTo(SlackTestKit.LABEL);
    JsonNode quote = blocks.get(2);
    assertThat(quote.path("text").path("text").asText()).isEqualTo("> " + SlackTestKit.QUOTE);
    assertThat(quote.path("accessory").path("action_id").asText()).isEqualTo("show_paragraph");
    assertThat(quote.path("accessory").path("value").asText()).isEqualTo("an-inevitable-peace:20");

    // The mention is stripped before dispatch.
    assertThat(stubs.asked("ask").get(0).argument()).isEqualTo("What did they agree?");
    assertThat(stubs.asked("ask").get(0).caller().channelId()).isEqualTo("C1");
  }

  @Test
  void answersATopLevelMentionInANewThreadOnIt() {
    fake.sendEvent(mention("<@UBOT> hello there", "1700000000.000300", null), "Ev2", 0);
    FakeSlack.Call post = fake.awaitCalls("chat.postMessage", 1).get(0);
    assertThat(post.param("thread_ts")).isEqualTo("1700000000.000300");
  }

  @Test
  void answersADirectMessageAndIgnoresBotsAndEdits() {
    // The bot's own message, another bot's, and an edit: acked, never answered.
    String own = fake.sendEvent(dm(FakeSlack.BOT_USER_ID, "my own answer", "1.1"), "EvOwn", 0);
    ObjectNode otherBot = dm("U_OTHER_BOT", "beep", "1.2");
    otherBot.put("bot_id", "B_OTHER");
    String bot = fake.sendEvent(otherBot, "EvBot", 0);
    ObjectNode edit = dm("U123", "edited", "1.3");
    edit.put("subtype", "message_changed");
    String edited = fake.sendEvent(edit, "EvEdit", 0);
    fake.awaitAck(own);
    fake.awaitAck(bot);
    fake.awaitAck(edited);

    fake.sendEvent(dm("U123", "Who agreed?", "1.4"), "EvDm", 0);
    FakeSlack.Call post = fake.awaitCalls("chat.postMessage", 1).get(0);
    assertThat(post.param("channel")).isEqualTo("D1");
    assertThat(post.param("thread_ts")).isNull();
    assertThat(post.param("text")).contains("You asked: Who agreed?");
    // With one worker in order, anything submitted for the ignored events would have run first.
    assertThat(stubs.asked).hasSize(1);
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void slashCommandIsAckedThenAnsweredThroughTheResponseUrl() {
    String env = fake.sendSlashCommand("/ask", "What did they agree?", "U123", "C1", "r1");
    JsonNode ack = fake.awaitAck(env);
    assertThat(ack.path("payload").path("response_type").asText()).isEqualTo("in_channel");

    FakeSlack.Call answer = fake.awaitCalls("response:r1", 1).get(0);
    assertThat(answer.param("response_type")).isEqualTo("in_channel");
    assertThat(answer.param("text")).contains("You asked: What did they agree?");
    assertThat(SlackTestKit.allText(answer.blocks())).contains(SlackTestKit.LABEL);
    assertThat(stubs.asked("ask").get(0).caller().userId()).isEqualTo("U123");
  }

  @Test
  void slashAskHelpShowsHelpPrivately() {
    String env = fake.sendSlashCommand("/ask", "help", "U123", "C1", "r2");
    assertThat(fake.awaitAck(env).has("payload")).isFalse();
    FakeSlack.Call answer = fake.awaitCalls("response:r2", 1).get(0);
    assertThat(answer.param("response_type")).isEqualTo("ephemeral");
    assertThat(answer.param("text")).contains("ask &lt;text&gt;").contains("help");
    assertThat(stubs.asked).isEmpty();
  }

  @Test
  void slashQuoteGoesToTheQuoteCommand() {
    fake.sendSlashCommand("/quote", "Wu Xinbo", "U123", "C1", "r3");
    FakeSlack.Call answer = fake.awaitCalls("response:r3", 1).get(0);
    assertThat(SlackTestKit.allText(answer.blocks())).contains("“Peace is not inevitable.”");
    assertThat(stubs.asked("quote").get(0).argument()).isEqualTo("Wu Xinbo");
  }

  @Test
  void aRetriedEventIsAnsweredOnce() {
    ObjectNode event = mention("<@UBOT> once please", "1700000000.000400", null);
    fake.sendEvent(event, "EvSame", 0);
    fake.awaitCalls("chat.postMessage", 1);
    String retry = fake.sendEvent(event, "EvSame", 1);
    fake.awaitAck(retry);
    // The retry was dropped before its ack; a later question proves the worker queue is empty.
    fake.sendEvent(mention("<@UBOT> marker", "1700000000.000500", null), "EvMarker", 0);
    List<FakeSlack.Call> posts = fake.awaitCalls("chat.postMessage", 2);
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).param("text")).contains("marker");
    assertThat(stubs.asked("ask"))
        .extracting(SlackTestKit.Asked::argument)
        .containsExactly("once please", "marker");
  }

  @Test
  void aRetryOfAnEventNeverSeenIsAnswered() {
    fake.sendEvent(mention("<@UBOT> first copy was lost", "1700000000.000600", null), "EvLost", 2);
    FakeSlack.Call post = fake.awaitCalls("chat.postMessage", 1).get(0);
    assertThat(post.param("text")).contains("first copy was lost");
  }

  @Test
  void mentionsAndMarkupInTheQuestionAreNeutralised() {
    // As Slack sends it: live mentions in <…>, typed & < > entity-encoded.
    fake.sendEvent(
        mention(
            "<@UBOT> <!channel> <!here> <@U123> Tom &amp; Jerry &lt;b&gt; 1 &lt; 2",
            "1700000000.000700",
            null),
        "EvEsc",
        0);
    FakeSlack.Call post = fake.awaitCalls("chat.postMessage", 1).get(0);
    // The command saw the text as typed.
    assertThat(stubs.asked("ask").get(0).argument())
        .isEqualTo("<!channel> <!here> <@U123> Tom & Jerry <b> 1 < 2");
    String shown = SlackTestKit.allText(post.blocks()) + "\n" + post.param("text");
    assertThat(shown)
        .contains("&lt;!channel&gt;", "&lt;!here&gt;", "&lt;@U123&gt;")
        .contains("Tom &amp; Jerry &lt;b&gt; 1 &lt; 2")
        .doesNotContain("<!channel>", "<!here>", "<@U123>", "<b>");
    assertThat(post.param("link_names")).isEqualTo("0");
    assertThat(post.param("parse")).isEqualTo("none");
    assertThat(post.blocks().get(0).path("text").path("verbatim").asBoolean()).isTrue();
  }

  @Test
  void rateLimitedPostIsRetriedAfterRetryAfterAndPostedOnce() {
    fake.rateLimitNextPosts(1, 7);
    fake.sendEvent(mention("<@UBOT> busy channel", "1700000000.000800", null), "Ev429", 0);
    fake.awaitCalls("chat.postMessage", 2);
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    fake.sendEvent(mention("<@UBOT> marker", "1700000000.000801", null), "Ev429m", 0);
    List<FakeSlack.Call> posts = fake.awaitCalls("chat.postMessage", 3);
    long busy = posts.stream().filter(p -> p.param("text").contains("busy channel")).count();
    assertThat(busy).isEqualTo(2); // one 429, one posted
    assertThat(posts).hasSize(3);
  }

  @Test
  void reconnectsWhenSlackSaysDisconnectAndKeepsAnswering() {
    fake.sendDisconnect();
    fake.awaitSocketsOpened(2);
    assertThat(fake.calls("apps.connections.open")).hasSize(opensAtStart + 1);
    fake.awaitSocketsClosed(1);

    // Sent on the new connection; its ack comes after the client has read that socket's hello.
    String env =
        fake.sendEvent(mention("<@UBOT> after reconnect", "1700000000.000900", null), "EvR", 0);
    fake.awaitAck(env);
    assertThat(adapter.state()).isEqualTo(ConnectionState.CONNECTED);
    FakeSlack.Call post = fake.awaitCalls("chat.postMessage", 1).get(0);
    assertThat(post.param("text")).contains("after reconnect");
  }

  @Test
  void reconnectsWhenTheSocketDrops() {
    fake.dropConnection();
    // The SDK's session monitor notices within about five seconds and opens a new connection.
    fake.awaitSocketsOpened(2);
    String env = fake.sendEvent(mention("<@UBOT> after drop", "1700000000.001000", null), "EvD", 0);
    fake.awaitAck(env);
    assertThat(adapter.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(fake.awaitCalls("chat.postMessage", 1).get(0).param("text")).contains("after drop");
  }

  @Test
  void showFullParagraphAnswersPrivately() {
    String env =
        fake.sendButtonClick(
            "show_paragraph", "an-inevitable-peace:20", "U123", "C1", "1700000000.000100", "r4");
    fake.awaitAck(env);
    FakeSlack.Call shown = fake.awaitCalls("chat.postEphemeral", 1).get(0);
    assertThat(shown.param("user")).isEqualTo("U123");
    assertThat(shown.param("channel")).isEqualTo("C1");
    assertThat(shown.param("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(shown.param("text")).contains(SlackTestKit.PARAGRAPH);
  }

  @Test
  void whenTheWorkersAreFullSlashCommandsAreAckedWithBusyAndMentionsGetANotice() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try {
      while (workers.trySubmit(() -> awaitQuietly(release))) {
        // fill the one worker and its queue
      }
      String env = fake.sendSlashCommand("/ask", "anyone there?", "U123", "C1", "r5");
      JsonNode ack = fake.awaitAck(env);
      assertThat(ack.path("payload").path("text").asText()).isEqualTo(Messages.busy());

      String mentionEnv =
          fake.sendEvent(mention("<@UBOT> anyone?", "1700000000.001100", null), "EvBusy", 0);
      fake.awaitAck(mentionEnv);
      FakeSlack.Call notice = fake.awaitCalls("chat.postEphemeral", 1).get(0);
      assertThat(notice.param("text")).isEqualTo(SlackText.escape(Messages.busy()));
      assertThat(notice.param("user")).isEqualTo("U123");
    } finally {
      release.countDown();
    }
    // One worker, in order: once this marker has run, the queue the test filled is empty.
    CountDownLatch drained = new CountDownLatch(1);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!workers.trySubmit(drained::countDown)) {
      assertThat(deadline - System.nanoTime()).as("room in the workers' queue again").isPositive();
      Thread.onSpinWait();
    }
    assertThat(drained.await(20, TimeUnit.SECONDS)).isTrue();
    // The busy event's id was released: Slack's retry of it is answered.
    fake.sendEvent(mention("<@UBOT> anyone?", "1700000000.001100", null), "EvBusy", 1);
    assertThat(fake.awaitCalls("chat.postMessage", 1).get(0).param("text")).contains("anyone?");
    assertThat(stubs.asked("ask"))
        .extracting(SlackTestKit.Asked::argument)
        .containsExactly("anyone?");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void closeStopsTheSocketAndDoesNotReconnect() {
    adapter.close(Duration.ofSeconds(5));
    fake.awaitSocketsClosed(1);
    assertThat(adapter.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(fake.socketOpen()).isFalse();
    assertThat(fake.calls("apps.connections.open")).hasSize(opensAtStart);
    assertThat(fake.socketsOpened()).isEqualTo(1);
  }

  @Test
  void a429StormOf20LosesNoneOfTenQuestions() {
    fake.rateLimitNextPosts(20, 1);
    for (int i = 0; i < 10; i++) {
      fake.sendEvent(
          mention("<@UBOT> question " + i, "1700000002.00000" + i, null), "EvStorm" + i, 0);
    }
    List<RecordedOutcomes.Outcome> all = outcomes.await(10, Duration.ofSeconds(30));
    assertThat(all).allSatisfy(o -> assertThat(o.delivery().delivered()).isTrue());
    assertThat(fake.calls("chat.postMessage")).hasSize(30); // 20 rate-limited, 10 posted
    for (int i = 0; i < 10; i++) {
      String question = "question " + i;
      assertThat(fake.calls("chat.postMessage"))
          .anySatisfy(c -> assertThat(c.param("text")).contains("You asked: " + question));
    }
    assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void oneServerErrorOnEachReplyRouteLosesNoAnswer() {
    fake.failNextPosts(1, 500);
    fake.sendEvent(mention("<@UBOT> through a 500", "1700000003.000100", null), "Ev500", 0);
    fake.failNextResponses(1, 500, "");
    fake.sendSlashCommand("/ask", "through another 500", "U123", "C1", "r500");

    List<RecordedOutcomes.Outcome> all = outcomes.await(2, Duration.ofSeconds(30));
    assertThat(all).allSatisfy(o -> assertThat(o.delivery().delivered()).isTrue());
    assertThat(fake.calls("chat.postMessage")).hasSize(2);
    assertThat(fake.calls("response:r500")).hasSize(2);
    assertThat(fake.calls("response:r500").get(1).param("text"))
        .contains("You asked: through another 500");
  }

  @Test
  void closingWhileTheSdkChecksTheConnectionOpensNoNewSession() throws Exception {
    fake.holdPongs(); // the SDK's session monitor will find the connection dead
    fake.awaitCondition(() -> fake.pings() > 0, "the SDK's session monitor pinging");
    adapter.close(Duration.ofSeconds(5));
    // Once this adapter's monitor threads are gone, nothing can open a session any more.
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().contains("session-monitor") && !threadsBefore.contains(t)) {
        t.join(20_000);
        assertThat(t.isAlive()).as("the SDK's session monitor stopped").isFalse();
      }
    }
    assertThat(fake.calls("apps.connections.open")).hasSize(opensAtStart);
    assertThat(fake.socketsOpened()).isEqualTo(1);
    assertThat(adapter.state()).isEqualTo(ConnectionState.DISCONNECTED);
  }
}
