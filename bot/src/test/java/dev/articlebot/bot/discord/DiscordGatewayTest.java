package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.platform.ConnectionState;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's life: intents, resuming, fatal close codes, a bad token, and closing. */
class DiscordGatewayTest {
  private static final int GUILDS = 1;
  private static final int GUILD_MESSAGES = 1 << 9;
  private static final int DIRECT_MESSAGES = 1 << 12;
  private static final int MESSAGE_CONTENT = 1 << 15;

  private DiscordHarness h;
  private FakeDiscord discord;

  @BeforeEach
  void setUp() throws Exception {
    h = new DiscordHarness();
    discord = h.discord;
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      h.assertEverySentMessageIsSafe();
    } finally {
      h.close();
    }
  }

  private void assertAnswersAMention(String question) {
    int before = discord.requests("POST", "channels/\\d+/messages").size();
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> " + question, true);
    JsonNode reply =
        discord
            .awaitRequests(r -> r.is("POST", "channels/\\d+/messages"), before + 1)
            .get(before)
            .json();
    assertThat(reply.path("embeds").get(0).path("description").asText())
        .isEqualTo("You asked: " + question);
  }

  @Test
  void asksForGuildAndDirectMessagesButNotMessageContentByDefault() throws Exception {
    h.connect();
    int intents = discord.frames(2).get(0).path("d").path("intents").asInt();
    assertThat(intents & (GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES))
        .isEqualTo(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES);
    assertThat(intents & MESSAGE_CONTENT).isZero();
    assertThat(discord.frames(2).get(0).path("d").path("token").asText())
        .isEqualTo(FakeDiscord.TOKEN);
    assertThat(discord.awaitFrames(1, 1)).as("heartbeats, answered with op 11").isNotEmpty();
  }

  @Test
  void asksForMessageContentWhenConfigured() throws Exception {
    h.connect(h.settings(FakeDiscord.GUILD_ID, true), 1_000);
    int intents = discord.frames(2).get(0).path("d").path("intents").asInt();
    assertThat(intents & MESSAGE_CONTENT).isEqualTo(MESSAGE_CONTENT);
    discord.guildMessage("not for the bot", false);
    assertAnswersAMention("still only mentions?");
    assertThat(h.bot.asked).hasSize(1);
  }

  @Test
  void aClosedGatewayIsResumedAndTheNextQuestionAnswered() throws Exception {
    h.connect();
    discord.holdResumes();
    discord.closeGateway(4000);

    JsonNode resume = discord.awaitFrames(6, 1).get(0).path("d");
    assertThat(resume.path("session_id").asText()).isEqualTo("session-1");
    assertThat(resume.path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
    assertThat(resume.path("seq").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(h.adapter.state()).isEqualTo(ConnectionState.RECONNECTING);

    discord.releaseResume();
    discord.awaitCondition("connected again", () -> h.adapter.state() == ConnectionState.CONNECTED);
    assertThat(discord.frames(2)).as("no new IDENTIFY").hasSize(1);
    assertAnswersAMention("after the resume?");
  }

  @Test
  void aDroppedConnectionIsResumedToo() throws Exception {
    h.connect();
    discord.dropGateway();
    discord.awaitFrames(6, 1);
    discord.awaitCondition("connected again", () -> h.adapter.state() == ConnectionState.CONNECTED);
    assertThat(discord.frames(2)).hasSize(1);
    assertAnswersAMention("after the drop?");
  }

  @Test
  void disallowedIntentsFailOnceWithAClearLineAndNoRetry() throws Exception {
    discord.refuseIdentify(4014);
    assertThatThrownBy(() -> h.connect(h.settings(FakeDiscord.GUILD_ID, true), 1_000))
        .hasMessageContaining("Message Content Intent");

    assertThat(h.adapter.state()).isEqualTo(ConnectionState.FAILED);
    assertThat(h.errors())
        .singleElement()
        .extracting(ILoggingEvent::getFormattedMessage)
        .satisfies(
            line ->
                assertThat(line)
                    .contains("4014", "Message Content Intent", "developer portal", "Bot page")
                    .contains("discord.message-content = false"));
    assertThat(discord.frames(2)).hasSize(1);
    assertThat(h.adapter.jda().getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
  }

  @Test
  void aTokenRefusedAtTheGatewayFails() throws Exception {
    discord.refuseIdentify(4004);
    assertThatThrownBy(() -> h.connect()).hasMessageContaining("4004");
    assertThat(h.adapter.state()).isEqualTo(ConnectionState.FAILED);
    assertThat(h.errors())
        .singleElement()
        .extracting(ILoggingEvent::getFormattedMessage)
        .satisfies(line -> assertThat(line).contains("4004", "DISCORD_TOKEN"));
    assertThat(discord.frames(2)).hasSize(1);
    assertThat(h.adapter.jda().getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
  }

  @Test
  void aBadTokenFailsAtLoginWithoutConnectingOrLoggingIt() throws Exception {
    String token = "not.the.right.token";
    DiscordAdapter adapter = h.adapter(h.settings(), token, 1_000);
    assertThat(adapter.state()).isEqualTo(ConnectionState.STARTING);
    assertThatThrownBy(adapter::start).hasMessageContaining("DISCORD_TOKEN");
    assertThat(adapter.state()).isEqualTo(ConnectionState.FAILED);
    assertThat(h.errors())
        .singleElement()
        .extracting(ILoggingEvent::getFormattedMessage)
        .satisfies(line -> assertThat(line).contains("401", "DISCORD_TOKEN"));
    assertThat(h.logs.list).noneMatch(e -> e.getFormattedMessage().contains(token));
    assertThat(discord.requests("GET", "users/@me"))
        .extracting(FakeDiscord.Request::status)
        .containsExactly(401);
    assertThat(discord.frames(2)).isEmpty();
  }

  @Test
  void aGatewayThatNeverGetsReadyFailsStartWithinItsBound() throws Exception {
    discord.ignoreIdentify();
    DiscordAdapter adapter =
        h.adapter(h.settings(), FakeDiscord.TOKEN, 1_000, Duration.ofSeconds(1));
    assertThatThrownBy(adapter::start).hasMessageContaining("did not become ready");
    assertThat(adapter.state()).isEqualTo(ConnectionState.FAILED);
    assertThat(h.errors())
        .singleElement()
        .extracting(ILoggingEvent::getFormattedMessage)
        .satisfies(line -> assertThat(line).contains("did not become ready"));
    // It shuts down: no JDA thread outlives the failed start. (A bound, not a timing: JDA may
    // still be connecting when it is told to stop, and a loaded machine has taken over 10 s.)
    assertThat(adapter.jda().awaitShutdown(Duration.ofSeconds(60))).isTrue();
    assertThat(discord.frames(2)).hasSize(1);
  }

  @Test
  void closeStopsTakingWorkFinishesWhatIsInFlightThenShutsJdaDown() throws Exception {
    h.connect();
    CountDownLatch gate = new CountDownLatch(1);
    h.bot.gate = gate;
    String inFlight = discord.slashCommand("ask", "question", "in flight");
    discord.awaitCondition("the answer running", () -> h.bot.asked("ask").size() == 1);

    CompletableFuture<Void> closed =
        CompletableFuture.runAsync(() -> h.adapter.close(Duration.ofSeconds(20)));
    discord.awaitCondition("closing", () -> !h.adapter.accepting());
    String late = discord.slashCommand("ask", "question", "too late");
    JsonNode refusal =
        discord.awaitRequest("POST", "interactions/\\d+/" + late + "/callback").json();
    assertThat(refusal.path("data").path("content").asText()).isEqualTo(Messages.shuttingDown());
    assertThat(refusal.path("data").path("flags").asInt() & 64).isEqualTo(64);
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> also too late", true);
    assertThat(closed).isNotDone();

    gate.countDown();
    closed.get(30, TimeUnit.SECONDS);
    assertThat(discord.requests("PATCH", "webhooks/.*/" + inFlight + "/messages/@original"))
        .as("the reply in flight went out before the connection closed")
        .hasSize(1);
    assertThat(discord.requests("POST", "channels/\\d+/messages"))
        .as("the mention while closing is told the bot is restarting, and not answered")
        .singleElement()
        .satisfies(
            r -> assertThat(r.json().path("content").asText()).isEqualTo(Messages.shuttingDown()));
    assertThat(h.bot.asked("ask")).hasSize(1);
    assertThat(h.adapter.jda().getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
    assertThat(h.adapter.state()).isEqualTo(ConnectionState.DISCONNECTED);
    discord.awaitCondition("the gateway closed", () -> !discord.gatewayOpen());
    assertThat(h.errors()).isEmpty();
  }
}
