package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.platform.DeliveryCause;
import dev.articlebot.bot.platform.DeliveryPolicy;
import dev.articlebot.bot.platform.RecordedOutcomes;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Replies against a Discord stand-in that fails: a server error, a lost interaction, an outage, a
 * shutdown. Every reply is retried by the bot's own policy, falls back where it can, and its
 * outcome is counted.
 */
@Timeout(90)
class DiscordDeliveryTest {
  private static final String APP = FakeDiscord.APP_ID;
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String CHANNEL_POSTS = "channels/" + FakeDiscord.CHANNEL_ID + "/messages";

  private DiscordHarness h;
  private FakeDiscord discord;

  @BeforeEach
  void setUp() throws Exception {
    h = new DiscordHarness();
    discord = h.discord;
  }

  @AfterEach
  void tearDown() throws Exception {
    h.close();
  }

  private static String original(String token) {
    return "webhooks/" + APP + "/" + token + "/messages/@original";
  }

  @Test
  void oneServerErrorOnAChannelMessageIsRetriedAndTheAnswerArrivesOnce() throws Exception {
    h.connect();
    discord.fail("POST", CHANNEL_POSTS, 500, "", 1);
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> after a 500?", true);

    List<FakeDiscord.Request> posts =
        discord.awaitRequests(r -> r.is("POST", CHANNEL_POSTS) && r.status() == 200, 1);
    assertThat(discord.requests("POST", CHANNEL_POSTS))
        .extracting(FakeDiscord.Request::status)
        .containsExactly(500, 200);
    JsonNode sent = posts.get(0).json();
    assertThat(sent.path("nonce").asText()).as("Discord drops a repeat by its nonce").isNotEmpty();
    assertThat(sent.path("enforce_nonce").asBoolean()).isTrue();
    RecordedOutcomes.Outcome outcome = h.outcomes.await(1, WAIT).get(0);
    assertThat(outcome.delivery().delivered()).isTrue();
    assertThat(outcome.delivery().late()).isTrue();
    assertThat(outcome.what()).isEqualTo(Reply.Outcome.INFO); // TestBot's replies say nothing
  }

  @Test
  void oneServerErrorOnTheInteractionEditIsRetriedSoThePlaceholderIsReplaced() throws Exception {
    h.connect();
    String token = discord.slashCommand("ask", "question", "Still thinking?");
    discord.fail("PATCH", original(token), 500, "", 1);

    discord.awaitRequests(r -> r.is("PATCH", original(token)) && r.status() == 200, 1);
    assertThat(discord.requests("PATCH", original(token)))
        .extracting(FakeDiscord.Request::status)
        .containsExactly(500, 200);
    assertThat(h.outcomes.await(1, WAIT).get(0).delivery().delivered()).isTrue();
  }

  private static final String UNKNOWN_WEBHOOK =
      "{\"message\": \"Unknown Webhook\", \"code\": 10015}";

  /** Runs a slash command whose answer waits until {@code before} has run; its token. */
  private String slashCommandAfter(String question, Consumer<String> before) {
    CountDownLatch gate = new CountDownLatch(1);
    h.bot.gate = gate;
    String token = discord.slashCommand("ask", "question", question);
    before.accept(token);
    gate.countDown();
    return token;
  }

  @Test
  void aLostInteractionTokenFallsBackToAMessageInTheChannel() throws Exception {
    h.connect();
    String token =
        slashCommandAfter(
            "Where does this go?",
            t -> discord.fail("PATCH", original(t), 404, UNKNOWN_WEBHOOK, -1));

    FakeDiscord.Request post =
        discord.awaitRequests(r -> r.is("POST", CHANNEL_POSTS) && r.status() == 200, 1).get(0);
    assertThat(DiscordPayloads.visibleText(post.json())).contains("You asked: Where does this go?");
    assertThat(discord.requests("PATCH", original(token))).hasSize(1); // a 404 is not retried
    RecordedOutcomes.Outcome outcome = h.outcomes.await(1, WAIT).get(0);
    assertThat(outcome.delivery().delivered()).isTrue();
    assertThat(outcome.delivery().late()).isTrue();
  }

  /** An answer long enough for several Discord messages: thirty long passages. */
  private static Reply longAnswer(String question) {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Text("You asked: " + question));
    for (int i = 1; i <= 30; i++) {
      parts.add(
          new Part.Passage(
              new Part.Source(TestBot.ARTICLE, TestBot.TITLE, i, ""),
              ("Passage " + i + " says this. ").repeat(40),
              "Paragraph " + i + " in full."));
    }
    return Reply.of(parts.toArray(new Part[0]));
  }

  private void assertALongAnswerWentToTheChannelOnceInOrder(String token, int messages) {
    RecordedOutcomes.Outcome outcome = h.outcomes.await(1, WAIT).get(0);
    assertThat(outcome.delivery().delivered()).isTrue();
    assertThat(outcome.delivery().late()).isTrue();
    List<String> expected =
        new DiscordRenderer()
            .render(longAnswer("in pieces")).stream()
                .map(m -> DiscordPayloads.visibleText(DiscordPayloads.json(m)))
                .toList();
    assertThat(discord.requests("POST", CHANNEL_POSTS))
        .extracting(r -> DiscordPayloads.visibleText(r.json()))
        .containsExactlyElementsOf(expected);
    assertThat(discord.requests("POST", "webhooks/" + APP + "/" + token))
        .as("no follow-up through the lost interaction")
        .isEmpty();
    assertThat(expected).hasSize(messages);
  }

  @Test
  void aLongAnswerWhoseInteractionIsLostGoesToTheChannelOnceInOrder() throws Exception {
    h.bot.answer = DiscordDeliveryTest::longAnswer;
    int messages = new DiscordRenderer().render(longAnswer("in pieces")).size();
    assertThat(messages).isGreaterThan(2);
    h.connect();
    String token =
        slashCommandAfter(
            "in pieces", t -> discord.fail("PATCH", original(t), 404, UNKNOWN_WEBHOOK, -1));

    assertALongAnswerWentToTheChannelOnceInOrder(token, messages);
    assertThat(discord.requests("PATCH", original(token))).hasSize(1);
  }

  @Test
  void aLongAnswerWhoseInteractionFailsUntilTheDeadlineGoesToTheChannelOnceInOrder()
      throws Exception {
    h.policy =
        new DeliveryPolicy(
            Duration.ofSeconds(1),
            Duration.ofMillis(50),
            Duration.ofMillis(200),
            Duration.ofSeconds(20));
    h.bot.answer = DiscordDeliveryTest::longAnswer;
    int messages = new DiscordRenderer().render(longAnswer("in pieces")).size();
    h.connect();
    String token =
        slashCommandAfter("in pieces", t -> discord.fail("PATCH", original(t), 500, "", -1));

    assertALongAnswerWentToTheChannelOnceInOrder(token, messages);
    assertThat(discord.requests("PATCH", original(token)).size()).isGreaterThan(1);
  }

  @Test
  void aReplyJdaRefusesToSendIsCountedAsRejected() throws Exception {
    discord.denySendMessages();
    h.connect();
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> can you answer here?", true);

    RecordedOutcomes.Outcome outcome = h.outcomes.await(1, WAIT).get(0);
    assertThat(outcome.delivery().delivered()).isFalse();
    assertThat(outcome.delivery().cause()).isEqualTo(DeliveryCause.REJECTED);
    assertThat(outcome.delivery().detail()).contains("MESSAGE_SEND");
    assertThat(discord.requests("POST", CHANNEL_POSTS)).as("JDA refused before sending").isEmpty();
  }

  @Test
  void anOutageUntilTheDeadlineIsCountedAsAFailedReplyWithItsCause() throws Exception {
    h.policy =
        new DeliveryPolicy(
            Duration.ofSeconds(2),
            Duration.ofMillis(100),
            Duration.ofMillis(400),
            Duration.ofSeconds(1));
    h.connect();
    discord.fail("POST", CHANNEL_POSTS, 500, "", -1); // JDA itself retries only 502-504
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> anyone?", true);

    RecordedOutcomes.Outcome outcome = h.outcomes.await(1, WAIT).get(0);
    assertThat(outcome.delivery().delivered()).isFalse();
    assertThat(outcome.delivery().cause()).isEqualTo(DeliveryCause.SERVER_ERROR);
    assertThat(discord.requests("POST", CHANNEL_POSTS).size()).isGreaterThan(1);
  }

  @Test
  void questionsDuringShutdownAreToldTheBotIsRestartingNotThatItIsBusy() throws Exception {
    h.connect();
    CountDownLatch gate = new CountDownLatch(1);
    h.bot.gate = gate;
    String inFlight = discord.slashCommand("ask", "question", "in flight");
    discord.awaitCondition("the question running", () -> h.bot.asked("ask").size() == 1);
    // Shutdown drains the workers first, while the platforms are still connected.
    CompletableFuture<Boolean> drained =
        CompletableFuture.supplyAsync(() -> h.workers.drain(Duration.ofSeconds(20)));
    discord.awaitCondition("draining", () -> !h.workers.accepting());

    String slash = discord.slashCommand("ask", "question", "during shutdown");
    JsonNode refusal =
        discord.awaitRequest("POST", "interactions/\\d+/" + slash + "/callback").json();
    assertThat(refusal.path("data").path("content").asText()).isEqualTo(Messages.shuttingDown());
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> during shutdown", true);
    JsonNode notice = discord.awaitRequest("POST", CHANNEL_POSTS).json();
    assertThat(notice.path("content").asText()).isEqualTo(Messages.shuttingDown());

    gate.countDown();
    discord.awaitRequest("PATCH", original(inFlight));
    assertThat(drained.get()).isTrue();
    assertThat(h.bot.asked("ask")).hasSize(1);
  }
}
