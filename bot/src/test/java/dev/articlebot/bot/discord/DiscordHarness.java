package dev.articlebot.bot.discord;

import static dev.articlebot.bot.discord.DiscordPayloads.assertAllowsNoMentions;
import static dev.articlebot.bot.discord.DiscordPayloads.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.platform.DeliveryPolicy;
import dev.articlebot.bot.platform.RecordedOutcomes;
import dev.articlebot.bot.platform.Workers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The real JDA, through {@link DiscordAdapter}, against a {@link FakeDiscord}. */
final class DiscordHarness implements AutoCloseable {
  final FakeDiscord discord;
  final TestBot bot = new TestBot();
  final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  Workers workers = new Workers(4, 64);
  DeliveryPolicy policy = DeliveryPolicy.DEFAULT;
  final RecordedOutcomes outcomes = new RecordedOutcomes();
  DiscordAdapter adapter;
  private final Logger adapterLog = (Logger) LoggerFactory.getLogger(DiscordAdapter.class);

  DiscordHarness() throws Exception {
    discord = FakeDiscord.start();
    logs.start();
    adapterLog.addAppender(logs);
  }

  /** Settings for the stand-in: commands in its guild, no Message Content intent. */
  AppConfig.Discord settings() {
    return settings(FakeDiscord.GUILD_ID, false);
  }

  AppConfig.Discord settings(String guildId, boolean messageContent) {
    return new AppConfig.Discord(
        AppConfig.Toggle.TRUE, guildId, messageContent, discord.restUrl(), discord.gatewayUrl());
  }

  DiscordAdapter adapter(AppConfig.Discord settings, String token, int questionsPerMinute) {
    return adapter(settings, token, questionsPerMinute, Duration.ofSeconds(20));
  }

  DiscordAdapter adapter(
      AppConfig.Discord settings, String token, int questionsPerMinute, Duration startTimeout) {
    adapter =
        DiscordAdapter.create(
            settings,
            token,
            bot.services(workers, questionsPerMinute).withDelivery(policy).withOutcomes(outcomes),
            startTimeout);
    return adapter;
  }

  DiscordAdapter connect() throws Exception {
    return connect(settings(), 1_000);
  }

  DiscordAdapter connect(AppConfig.Discord settings, int questionsPerMinute) throws Exception {
    adapter(settings, FakeDiscord.TOKEN, questionsPerMinute).start();
    return adapter;
  }

  List<ILoggingEvent> errors() {
    return logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
  }

  /** Every message payload the bot sent: channel messages, interaction replies and follow-ups. */
  List<JsonNode> sentMessages() {
    List<JsonNode> out = new ArrayList<>();
    for (FakeDiscord.Request r : discord.requests()) {
      if (r.is("POST", "channels/\\d+/messages")
          || r.is("POST", "webhooks/\\d+/[^/]+")
          || r.is("PATCH", "webhooks/\\d+/[^/]+/messages/.+")) {
        out.add(r.json());
      } else if (r.is("POST", "interactions/\\d+/[^/]+/callback")) {
        int type = r.json().path("type").asInt();
        if (type == 4 || type == 7) out.add(r.json().path("data"));
      }
    }
    return out;
  }

  /** Rules 14 and 15 for everything the bot sent in a test. */
  void assertEverySentMessageIsSafe() {
    for (JsonNode m : sentMessages()) {
      assertAllowsNoMentions(m);
      assertWithinLimits(m);
    }
    assertThat(discord.unknownRoutes()).as("routes the stand-in does not know").isEmpty();
  }

  @Override
  public void close() {
    try {
      if (adapter != null) adapter.close(Duration.ofSeconds(5));
      workers.drain(Duration.ofSeconds(5));
    } finally {
      adapterLog.detachAppender(logs);
      discord.close();
    }
  }
}
