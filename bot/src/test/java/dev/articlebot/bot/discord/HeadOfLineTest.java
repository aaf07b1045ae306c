package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.platform.RecordedOutcomes;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.slack.FakeSlack;
import dev.articlebot.bot.slack.SlackAdapter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 429 storm on one Discord channel, with Discord and Slack sharing the two answering workers of a
 * two-core machine: answers everywhere else (a DM, a slash command, a Slack mention) arrive while
 * the storm still holds its channel (twelve 429s, a second apart), and the storm's own answers
 * arrive once it passes.
 */
@Timeout(120)
class HeadOfLineTest {
  private static final String STORM = "channels/" + FakeDiscord.CHANNEL_ID + "/messages";

  private DiscordHarness h;
  private FakeDiscord discord;
  private FakeSlack slack;
  private SlackAdapter slackAdapter;

  @BeforeEach
  void setUp() throws Exception {
    h = new DiscordHarness();
    discord = h.discord;
    h.workers = new Workers(2, 64); // as App sizes them on two cores
    slack = FakeSlack.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      if (slackAdapter != null) slackAdapter.close(Duration.ofSeconds(5));
      h.close();
    } finally {
      slack.close();
    }
  }

  private void startSlack() throws Exception {
    AppConfig.Slack settings =
        new AppConfig.Slack(
            AppConfig.Toggle.TRUE,
            AppConfig.SlackMode.SOCKET,
            3000,
            slack.apiBaseUrl(),
            java.util.Map.of());
    Secrets secrets =
        new Secrets(
            Map.of(
                Secrets.SLACK_BOT_TOKEN, FakeSlack.BOT_TOKEN,
                Secrets.SLACK_APP_TOKEN, FakeSlack.APP_TOKEN),
            Path.of("/nonexistent-secrets"));
    RecordedOutcomes slackOutcomes = new RecordedOutcomes();
    slackAdapter =
        SlackAdapter.create(
            settings, secrets, h.bot.services(h.workers).withOutcomes(slackOutcomes));
    slackAdapter.start();
  }

  private static ObjectNode slackMention(String text) {
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "app_mention");
    e.put("user", "U123");
    e.put("text", "<@UBOT> " + text);
    e.put("ts", "1700000000.000100");
    e.put("channel", "C1");
    e.put("event_ts", "1700000000.000100");
    return e;
  }

  @Test
  void aRateLimitedChannelDelaysNoOtherChannelDmSlashCommandOrSlack() throws Exception {
    h.connect();
    startSlack();
    // Warm up both paths once, so that no first-use cost counts below.
    discord.directMessage("warm up");
    discord.awaitRequest("POST", "channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages");
    slack.sendEvent(slackMention("warm up"), "EvWarm", 0);
    slack.awaitCalls("chat.postMessage", 1);

    discord.rateLimit("POST", STORM, 12);
    for (int i = 0; i < 3; i++) {
      discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> storm " + i, true);
    }
    discord.awaitRequests(r -> r.is("POST", STORM) && r.status() == 429, 2);

    discord.directMessage("in a DM");
    String token = discord.slashCommand("ask", "question", "by slash command");
    slack.sendEvent(slackMention("on Slack"), "EvSlack", 0);
    discord.awaitRequests(
        r ->
            r.is("POST", "channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                && r.body().contains("in a DM"),
        1);
    discord.awaitRequest(
        "PATCH", "webhooks/" + FakeDiscord.APP_ID + "/" + token + "/messages/@original");
    slack.awaitCalls("chat.postMessage", 2);

    assertThat(discord.requests("POST", STORM))
        .as("the DM, the slash command and the Slack mention answered during the storm")
        .noneMatch(r -> r.status() == 200);

    // The storm's own answers arrive once it has passed, each once.
    List<FakeDiscord.Request> stormReplies =
        discord.awaitRequests(r -> r.is("POST", STORM) && r.status() == 200, 3);
    assertThat(stormReplies).hasSize(3);
    assertThat(stormReplies.stream().map(r -> r.json().path("nonce").asText()).distinct())
        .hasSize(3);
  }
}
