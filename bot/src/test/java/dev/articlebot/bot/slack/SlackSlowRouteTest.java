package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.platform.RecordedOutcomes;
import dev.articlebot.bot.platform.Workers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slack calls that take their time (a response URL that does not answer) hold up only their own
 * route: the SDK's calls block, so each route gets its own lane. The held calls end when the SDK's
 * read timeout gives up on them and retries them; the mention must be answered before that.
 */
@Timeout(90)
class SlackSlowRouteTest {
  private static final int SLOW = 8;
  private FakeSlack fake;
  private Workers workers;
  private SlackAdapter adapter;
  private final RecordedOutcomes outcomes = new RecordedOutcomes();

  @BeforeEach
  void start() throws Exception {
    fake = FakeSlack.start();
    workers = new Workers(2, 32);
    adapter =
        SlackAdapter.create(
            SlackTestKit.settings(fake, AppConfig.SlackMode.SOCKET, 3000),
            SlackTestKit.secrets(),
            new SlackTestKit.Stubs().services(Clock.systemUTC(), workers).withOutcomes(outcomes));
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    fake.releaseResponses();
    adapter.close(Duration.ofSeconds(5));
    workers.drain(Duration.ofSeconds(5));
    fake.close();
  }

  private static ObjectNode mention(String text, String channel) {
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "app_mention");
    e.put("user", "U123");
    e.put("text", text);
    e.put("ts", "1700000009.000100");
    e.put("channel", channel);
    e.put("event_ts", "1700000009.000100");
    return e;
  }

  @Test
  void responseUrlsThatDoNotAnswerHoldUpNoOtherReply() {
    fake.holdResponses();
    for (int i = 0; i < SLOW; i++) {
      fake.sendSlashCommand("/ask", "slow " + i, "U123", "C" + i, "slow" + i);
    }
    for (int i = 0; i < SLOW; i++) fake.awaitCalls("response:slow" + i, 1);

    fake.sendEvent(mention("<@UBOT> beside the slow ones", "C9"), "EvBeside", 0);

    RecordedOutcomes.Outcome first = outcomes.await(1, FakeSlack.WAIT).get(0);
    assertThat(first.delivery().delivered()).isTrue();
    for (int i = 0; i < SLOW; i++) {
      assertThat(fake.calls("response:slow" + i))
          .as("answered while every slow response URL still waits on its first try")
          .hasSize(1);
    }
    assertThat(fake.calls("chat.postMessage"))
        .singleElement()
        .satisfies(c -> assertThat(c.param("text")).contains("beside the slow ones"));
    fake.releaseResponses();
    List<RecordedOutcomes.Outcome> all = outcomes.await(SLOW + 1, FakeSlack.WAIT);
    assertThat(all).allSatisfy(o -> assertThat(o.delivery().delivered()).isTrue());
  }
}
