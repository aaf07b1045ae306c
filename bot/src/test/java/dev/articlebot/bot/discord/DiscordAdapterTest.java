package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slash commands, autocomplete, buttons, mentions, DMs and the daily post, with the real JDA. */
class DiscordAdapterTest {
  private static final String APP = FakeDiscord.APP_ID;

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

  private static String callback(String token) {
    return "interactions/\\d+/" + token + "/callback";
  }

  private static String original(String token) {
    return "webhooks/" + APP + "/" + token + "/messages/@original";
  }

  @Test
  void registersTheCatalogAsGuildSlashCommandsOnce() throws Exception {
    h.connect();
    List<FakeDiscord.Request> puts =
        discord.requests(
            "PUT", "applications/" + APP + "/guilds/" + FakeDiscord.GUILD_ID + "/commands");
    assertThat(puts).hasSize(1);
    assertThat(discord.requests("PUT", "applications/" + APP + "/commands")).isEmpty();
    JsonNode commands = puts.get(0).json();
    List<String> names = new ArrayList<>();
    commands.forEach(c -> names.add(c.path("name").asText()));
    assertThat(names).containsExactly("ask", "quote", "speakers", "summary", "help");
    JsonNode ask = commands.get(0).path("options").get(0);
    assertThat(ask.path("name").asText()).isEqualTo("question");
    assertThat(ask.path("type").asInt()).isEqualTo(3);
    assertThat(ask.path("required").asBoolean()).isTrue();
    assertThat(ask.path("autocomplete").asBoolean(false)).isFalse();
    JsonNode speaker = commands.get(1).path("options").get(0);
    assertThat(speaker.path("name").asText()).isEqualTo("speaker");
    assertThat(speaker.path("autocomplete").asBoolean()).isTrue();
    assertThat(commands.get(4).path("options").size()).isZero();
  }

  @Test
  void registersGlobalCommandsWithoutAGuildId() throws Exception {
    h.connect(h.settings("", false), 1_000);
    assertThat(discord.requests("PUT", "applications/" + APP + "/commands")).hasSize(1);
    assertThat(discord.requests("PUT", "applications/.*/guilds/.*")).isEmpty();
  }

  @Test
  void slashAskIsDeferredThenAnsweredWithAPassageEmbed() throws Exception {
    h.connect();
    assertThat(h.adapter.state()).isEqualTo(ConnectionState.CONNECTED);
    String token = discord.slashCommand("ask", "question", "What did they agree?");

    FakeDiscord.Request defer = discord.awaitRequest("POST", callback(token));
    assertThat(defer.json().path("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE").isEqualTo(5);
    assertThat(defer.json().path("data").path("flags").asInt(0) & 64).as("public").isZero();

    JsonNode answer = discord.awaitRequest("PATCH", original(token)).json();
    JsonNode embed = answer.path("embeds").get(0);
    assertThat(embed.path("description").asText()).isEqualTo("You asked: What did they agree?");
    assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("¶14 · De-escalation");
    assertThat(embed.path("fields").get(0).path("value").asText())
        .isEqualTo("Both sides agreed to keep talking.");
    assertThat(embed.path("footer").path("text").asText()).contains(TestBot.TITLE);
    assertThat(
            answer.path("components").get(0).path("components").get(0).path("custom_id").asText())
        .isEqualTo("para:" + TestBot.ARTICLE + ":14");

    assertThat(h.bot.asked("ask"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.argument()).isEqualTo("What did they agree?");
              assertThat(a.caller())
                  .isEqualTo(new Caller("discord", FakeDiscord.USER_ID, FakeDiscord.CHANNEL_ID));
            });
  }

  @Test
  void slashCommandsWithoutAnOptionWork() throws Exception {
    h.connect();
    String token = discord.slashCommand("summary", null, null);
    JsonNode answer = discord.awaitRequest("PATCH", original(token)).json();
    assertThat(answer.path("embeds").get(0).path("description").asText())
        .isEqualTo(
            "• Both sides agreed to keep talking. (¶14 · De-escalation)\n"
                + "• Talks resumed in Kuala Lumpur. (¶3)");
  }

  @Test
  void aPrivateReplyReplacesThePlaceholderWithAnEphemeralFollowUp() throws Exception {
    h.connect(h.settings(), 1);
    String first = discord.slashCommand("ask", "question", "One?");
    discord.awaitRequest("PATCH", original(first));
    String second = discord.slashCommand("ask", "question", "Two?");

    discord.awaitRequest("DELETE", original(second));
    JsonNode notice = discord.awaitRequest("POST", "webhooks/" + APP + "/" + second).json();
    assertThat(notice.path("content").asText()).startsWith("Slow down a little");
    assertThat(notice.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(discord.requests("PATCH", original(second))).isEmpty();
    assertThat(h.bot.asked("ask")).hasSize(1);
  }

  @Test
  void autocompleteOffersAtMost25SpeakersFromMemory() throws Exception {
    h.connect();
    String many = discord.autocomplete("quote", "speaker", "wa");
    JsonNode reply = discord.awaitRequest("POST", callback(many)).json();
    assertThat(reply.path("type").asInt()).as("AUTOCOMPLETE_RESULT").isEqualTo(8);
    JsonNode choices = reply.path("data").path("choices");
    assertThat(choices.size()).isEqualTo(25);
    choices.forEach(c -> assertThat(c.path("name").asText()).startsWith("Wa"));
    choices.forEach(c -> assertThat(c.path("value").asText()).isEqualTo(c.path("name").asText()));

    String one = discord.autocomplete("quote", "speaker", "Wu");
    JsonNode wu = discord.awaitRequest("POST", callback(one)).json().path("data").path("choices");
    assertThat(wu).hasSize(1);
    assertThat(wu.get(0).path("value").asText()).isEqualTo("Wu Xinbo");
    assertThat(h.bot.asked).isEmpty();
  }

  @Test
  void showFullParagraphIsAnsweredEphemerally() throws Exception {
    h.connect();
    String token = discord.slashCommand("ask", "question", "What did they agree?");
    JsonNode botMessage = discord.awaitRequest("PATCH", original(token)).responseJson();

    String click = discord.clickButton("para:" + TestBot.ARTICLE + ":14", botMessage);
    JsonNode reply = discord.awaitRequest("POST", callback(click)).json();
    assertThat(reply.path("type").asInt()).as("CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(4);
    assertThat(reply.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    JsonNode field = reply.path("data").path("embeds").get(0).path("fields").get(0);
    assertThat(field.path("value").asText()).isEqualTo("Paragraph 14 in full, with \\*stars\\*.");
    assertThat(reply.path("data").path("components").size()).as("no further buttons").isZero();

    String gone = discord.clickButton("para:" + TestBot.ARTICLE + ":99", botMessage);
    JsonNode missing = discord.awaitRequest("POST", callback(gone)).json();
    assertThat(missing.path("data").path("content").asText())
        .isEqualTo(Messages.paragraphNotFound());
  }

  @Test
  void aMentionIsAnsweredAsAReplyWithTheMentionStripped() throws Exception {
    h.connect();
    String id =
        discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> what did Xi say in Busan?", true);
    JsonNode reply =
        discord.awaitRequest("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages").json();
    assertThat(reply.path("message_reference").path("message_id").asText()).isEqualTo(id);
    assertThat(reply.path("embeds").get(0).path("description").asText())
        .isEqualTo("You asked: what did Xi say in Busan?");
    assertThat(h.bot.asked("ask"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.argument()).isEqualTo("what did Xi say in Busan?");
              assertThat(a.caller().channelId()).isEqualTo(FakeDiscord.CHANNEL_ID);
            });
  }

  @Test
  void aDirectMessageIsAnsweredWithoutAMention() throws Exception {
    h.connect();
    String id = discord.directMessage("Who is quoted?");
    JsonNode reply =
        discord.awaitRequest("POST", "channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages").json();
    assertThat(reply.path("message_reference").path("message_id").asText()).isEqualTo(id);
    // A direct message continues the direct messages before it, as the console's next line does.
    assertThat(h.bot.asked("ask").get(0).caller())
        .isEqualTo(new Caller("discord", FakeDiscord.USER_ID, FakeDiscord.DM_CHANNEL_ID, "dm", id));
  }

  @Test
  void otherMessagesBotsAndItselfAreIgnored() throws Exception {
    h.workers = new Workers(1, 64); // one thread: tasks run in the order they arrive
    h.connect();
    discord.guildMessage("just chatting about the article", false);
    discord.guildMessage(
        "<@" + FakeDiscord.BOT_ID + "> from another bot",
        true,
        FakeDiscord.user(FakeDiscord.OTHER_BOT_ID, "other-bot", true));
    discord.guildMessage(
        "<@" + FakeDiscord.BOT_ID + "> from myself",
        true,
        FakeDiscord.user(FakeDiscord.BOT_ID, "article-bot", true));
    discord.guildMessage("<@!" + FakeDiscord.BOT_ID + "> the only question", true);

    discord.awaitRequest("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages");
    assertThat(h.bot.asked)
        .extracting(TestBot.Asked::argument)
        .containsExactly("the only question");
    assertThat(discord.requests("POST", "channels/\\d+/messages")).hasSize(1);
  }

  @Test
  void mentionsAndMarkdownInAQuestionAreDefusedEverywhere() throws Exception {
    h.connect();
    String question = "@everyone <@123> <@&456> **bold** _it_ ask";
    String token = discord.slashCommand("ask", "question", question);
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> " + question, true);

    JsonNode slash = discord.awaitRequest("PATCH", original(token)).json();
    JsonNode mention = discord.awaitRequest("POST", "channels/\\d+/messages").json();
    for (JsonNode m : List.of(slash, mention)) {
      DiscordPayloads.assertAllowsNoMentions(m);
      String text = DiscordPayloads.visibleText(m);
      assertThat(text).doesNotContain("@everyone", "<@123>", "<@&456>", "**bold**");
      assertThat(text).contains("\\*\\*bold\\*\\*", "\\_it\\_");
      assertThat(text.replace("\u200B", "")).contains("@everyone <@123> <@&456>");
    }
    assertThat(h.bot.asked("ask")).extracting(TestBot.Asked::argument).containsOnly(question);
  }

  @Test
  void everyMessageTheBotSendsAllowsNoMentions() throws Exception {
    h.connect();
    String token = discord.slashCommand("ask", "question", "@here what now?");
    JsonNode botMessage = discord.awaitRequest("PATCH", original(token)).responseJson();
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> @everyone hi", true);
    discord.directMessage("hello <@" + FakeDiscord.USER_ID + ">");
    String click = discord.clickButton("para:" + TestBot.ARTICLE + ":3", botMessage);
    h.adapter.poster().post(FakeDiscord.CHANNEL_ID, TestBot.summaryReply(), "sum-20260330");
    discord.awaitRequests(r -> r.is("POST", "channels/\\d+/messages"), 3);
    discord.awaitRequest("POST", callback(click));

    List<JsonNode> sent = h.sentMessages();
    assertThat(sent).hasSizeGreaterThanOrEqualTo(5);
    for (JsonNode m : sent) {
      assertThat(m.path("allowed_mentions").path("parse").isArray()).isTrue();
      assertThat(m.path("allowed_mentions").path("parse").size()).isZero();
    }
  }

  @Test
  void aRateLimitedPostIsRetriedByJdaAndArrivesOnce() throws Exception {
    h.connect();
    discord.rateLimit("POST", "channels/\\d+/messages", 1);
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> after a 429?", true);

    discord.awaitRequest("POST", "channels/\\d+/messages");
    List<FakeDiscord.Request> posts = discord.requests("POST", "channels/\\d+/messages");
    assertThat(posts).extracting(FakeDiscord.Request::status).containsExactly(429, 200);
    assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
    assertThat(h.bot.asked("ask")).hasSize(1);
  }

  @Test
  void theDailyPostIsSentOnceWithItsNonce() throws Exception {
    h.connect();
    String id =
        h.adapter.poster().post(FakeDiscord.CHANNEL_ID, TestBot.summaryReply(), "sum-20260330");

    List<FakeDiscord.Request> posts = discord.requests("POST", "channels/\\d+/messages");
    assertThat(posts).hasSize(1);
    JsonNode body = posts.get(0).json();
    assertThat(body.path("nonce").asText()).isEqualTo("sum-20260330");
    assertThat(body.path("enforce_nonce").asBoolean()).isTrue();
    assertThat(body.has("message_reference")).isFalse();
    assertThat(id).isEqualTo(posts.get(0).responseJson().path("id").asText());
    assertThat(h.adapter.poster().platform()).isEqualTo("discord");

    assertThatThrownBy(
            () -> h.adapter.poster().post("123456789012345678", TestBot.summaryReply(), "sum-x"))
        .hasMessageContaining("123456789012345678")
        .hasMessageContaining("discord-channels");
  }

  @Test
  void aBurstOf20SlashCommandsIsDeferredBeforeAnyAnswerIsReady() throws Exception {
    h.connect();
    CountDownLatch gate = new CountDownLatch(1);
    h.bot.gate = gate;
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 20; i++) tokens.add(discord.slashCommand("ask", "question", "Q" + i + "?"));

    List<FakeDiscord.Request> defers =
        discord.awaitRequests(
            r ->
                r.is("POST", "interactions/\\d+/[^/]+/callback")
                    && r.json().path("type").asInt() == 5,
            20);
    assertThat(defers).hasSize(20);
    assertThat(discord.requests("PATCH", "webhooks/.*"))
        .as("no answer while the gate is shut")
        .isEmpty();

    gate.countDown();
    discord.awaitRequests(r -> r.is("PATCH", "webhooks/.*/messages/@original"), 20);
    for (String token : tokens) assertThat(discord.requests("PATCH", original(token))).hasSize(1);
  }

  @Test
  void fullWorkersAnswerBusyAtOnceAndPrivately() throws Exception {
    h.workers = new Workers(1, 1);
    h.connect();
    CountDownLatch gate = new CountDownLatch(1);
    h.bot.gate = gate;
    String running = discord.slashCommand("ask", "question", "first");
    discord.awaitCondition("the first question running", () -> h.bot.asked("ask").size() == 1);
    String queued = discord.slashCommand("ask", "question", "second");
    discord.awaitRequest("POST", callback(queued));
    String rejected = discord.slashCommand("ask", "question", "third");

    JsonNode busy = discord.awaitRequest("POST", callback(rejected)).json();
    assertThat(busy.path("type").asInt()).isEqualTo(4);
    assertThat(busy.path("data").path("content").asText()).isEqualTo(Messages.busy());
    assertThat(busy.path("data").path("flags").asInt() & 64).isEqualTo(64);

    gate.countDown();
    discord.awaitRequest("PATCH", original(running));
    discord.awaitRequest("PATCH", original(queued));
    assertThat(h.bot.asked("ask"))
        .extracting(TestBot.Asked::argument)
        .containsExactly("first", "second");
  }

  @Test
  void aLongAnswerIsSplitWithinDiscordsLimitsAndNeverMidWord() throws Exception {
    h.connect();
    String longText = longAnswer();
    h.bot.answer = q -> longReply(longText);
    int expected = new DiscordRenderer().render(longReply(longText)).size();
    assertThat(expected).isGreaterThan(1);
    String token = discord.slashCommand("ask", "question", "Tell me everything");
    discord.guildMessage("<@" + FakeDiscord.BOT_ID + "> everything again", true);

    JsonNode first = discord.awaitRequest("PATCH", original(token)).json();
    List<FakeDiscord.Request> followUps =
        discord.awaitRequests(r -> r.is("POST", "webhooks/" + APP + "/" + token), expected - 1);
    List<JsonNode> slashMessages = new ArrayList<>();
    slashMessages.add(first);
    followUps.forEach(r -> slashMessages.add(r.json()));
    assertReassemblesTo(slashMessages, longText);

    List<FakeDiscord.Request> posts =
        discord.awaitRequests(r -> r.is("POST", "channels/\\d+/messages"), expected);
    List<JsonNode> mentionMessages = new ArrayList<>();
    posts.forEach(r -> mentionMessages.add(r.json()));
    assertThat(mentionMessages.get(0).has("message_reference")).isTrue();
    assertReassemblesTo(mentionMessages, longText);
  }

  private static String longAnswer() {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    while (sb.length() < 9_000) {
      n++;
      sb.append("Point ").append(n).append(" concerns tariffs, rare earths and soybeans. ");
      if (n % 9 == 0) sb.append("\n\n");
    }
    return sb.toString().strip();
  }

  private static Reply longReply(String text) {
    Reply base = TestBot.answerFor("x");
    List<dev.articlebot.bot.reply.Part> parts = new ArrayList<>(base.parts());
    parts.set(0, new dev.articlebot.bot.reply.Part.Text(text));
    return new Reply(parts, false);
  }

  private static void assertReassemblesTo(List<JsonNode> messages, String text) {
    List<String> descriptions = new ArrayList<>();
    for (JsonNode m : messages) {
      DiscordPayloads.assertWithinLimits(m);
      descriptions.addAll(DiscordPayloads.descriptions(m));
    }
    assertThat(descriptions.size()).isGreaterThanOrEqualTo(3);
    for (String d : descriptions) assertThat(d).startsWith("Point ").endsWith(".");
    assertThat(String.join(" ", descriptions).replaceAll("\\s+", " "))
        .isEqualTo(text.replaceAll("\\s+", " "));
  }
}
