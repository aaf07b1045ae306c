package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.feedback.Feedback;
import dev.articlebot.bot.feedback.FeedbackRecord;
import dev.articlebot.bot.feedback.FeedbackStore;
import dev.articlebot.bot.feedback.RatedBot;
import dev.articlebot.bot.feedback.Rating;
import dev.articlebot.bot.reply.RatingControl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 👍 / 👎 on Discord, end to end: the real JDA against the stand-in, ratings in a real store. */
class DiscordFeedbackTest {
  private static final String APP = FakeDiscord.APP_ID;
  private static final String OTHER_USER = "900000000000000200";
  private static final String THIRD_USER = "900000000000000300";
  private static final String OTHER_APP = "900000000000000999";

  @TempDir Path state;
  private DiscordHarness h;
  private FakeDiscord discord;

  @BeforeEach
  void setUp() throws Exception {
    h = new DiscordHarness();
    discord = h.discord;
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  private RatedBot connect() throws Exception {
    RatedBot bot = new RatedBot(state, Clock.systemUTC());
    h.adapter =
        DiscordAdapter.create(
            h.settings(),
            FakeDiscord.TOKEN,
            bot.services(h.workers, Clock.systemUTC()).withOutcomes(h.outcomes),
            Duration.ofSeconds(20));
    h.adapter.start();
    return bot;
  }

  private static String callback(String token) {
    return "interactions/\\d+/" + token + "/callback";
  }

  private static String original(String token) {
    return "webhooks/" + APP + "/" + token + "/messages/@original";
  }

  private static List<String> customIds(JsonNode message) {
    List<String> ids = new ArrayList<>();
    for (JsonNode row : message.path("components")) {
      for (JsonNode b : row.path("components")) ids.add(b.path("custom_id").asText());
    }
    return ids;
  }

  /** Asks, and returns the answer's message as Discord stored it. */
  private JsonNode ask(String question) {
    String token = discord.slashCommand("ask", "question", question);
    return discord.awaitRequest("PATCH", original(token)).responseJson();
  }

  /**
   * The private message an interaction reply became, as a later click on it carries it: the
   * callback's content and buttons in a message of the channel (the stand-in answers callbacks with
   * 204 and keeps no message for them).
   */
  private static JsonNode shown(JsonNode channelMessage, JsonNode callback) {
    var m = (com.fasterxml.jackson.databind.node.ObjectNode) channelMessage.deepCopy();
    m.put("id", Long.toString(channelMessage.path("id").asLong() + 1));
    m.put("content", callback.path("data").path("content").asText());
    m.set("components", callback.path("data").path("components").deepCopy());
    m.putArray("embeds");
    m.put("flags", 64);
    return m;
  }

  private static String rater(String userId) {
    return Feedback.rater(new Caller("discord", userId, FakeDiscord.CHANNEL_ID));
  }

  private JsonNode click(String customId, JsonNode message, String userId) {
    String token = discord.clickButton(customId, message, userId, APP);
    return discord.awaitRequest("POST", callback(token)).json();
  }

  @Test
  void twoReadersAreRecordedOnceEachAndARepeatedClickReplaces() throws Exception {
    RatedBot bot = connect();
    JsonNode answer = ask("What did they agree?");
    String id = bot.feedback.store().answers().get(0).id();
    assertThat(customIds(answer)).contains(RatingControl.up(id), RatingControl.down(id));

    JsonNode thanks = click(RatingControl.up(id), answer, FakeDiscord.USER_ID);
    assertThat(thanks.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(thanks.path("data").path("content").asText()).contains("Thanks");

    JsonNode asked = click(RatingControl.down(id), answer, OTHER_USER);
    assertThat(asked.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(asked.path("data").path("content").asText()).contains("What was wrong");
    List<String> reasons = customIds(asked.path("data"));
    assertThat(reasons)
        .containsExactly(
            RatingControl.reason("wrong", id),
            RatingControl.reason("notin", id),
            RatingControl.reason("should", id),
            RatingControl.reason("other", id));

    JsonNode modal = click(RatingControl.reason("wrong", id), shown(answer, asked), OTHER_USER);
    assertThat(modal.path("type").asInt()).as("MODAL").isEqualTo(9);
    assertThat(modal.path("data").path("custom_id").asText())
        .isEqualTo(RatingControl.reason("wrong", id));
    String notANumber =
        discord.submitModal(
            RatingControl.reason("wrong", id), "paragraph", "the third", OTHER_USER);
    assertThat(discord.awaitRequest("POST", callback(notANumber)).json().toString())
        .contains("not a paragraph number");
    assertThat(bot.feedback.store().rating(id, rater(OTHER_USER)).orElseThrow().reason()).isEmpty();
    String sent =
        discord.submitModal(RatingControl.reason("notin", id), "paragraph", "", OTHER_USER);
    JsonNode noted = discord.awaitRequest("POST", callback(sent)).json();
    assertThat(noted.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(noted.path("data").path("content").asText()).contains("not in the article");
    String named =
        discord.submitModal(
            RatingControl.reason("wrong", id), "paragraph", "¶ 22", FakeDiscord.USER_ID);
    assertThat(discord.awaitRequest("POST", callback(named)).json().toString()).contains("¶22");
    assertThat(
            bot.feedback
                .store()
                .rating(id, rater(FakeDiscord.USER_ID))
                .orElseThrow()
                .rightParagraph())
        .hasValue(22);

    click(RatingControl.down(id), answer, FakeDiscord.USER_ID); // changes their mind

    FeedbackStore store = bot.feedback.store();
    assertThat(store.ratings()).hasSize(2);
    FeedbackRecord first = store.rating(id, rater(FakeDiscord.USER_ID)).orElseThrow();
    assertThat(first.vote()).isEqualTo(Rating.Vote.DOWN);
    FeedbackRecord second = store.rating(id, rater(OTHER_USER)).orElseThrow();
    assertThat(second.vote()).isEqualTo(Rating.Vote.DOWN);
    assertThat(second.reason()).contains(Rating.Reason.NOT_IN_ARTICLE);
    h.assertEverySentMessageIsSafe();
  }

  @Test
  void aClickForAnotherApplicationIsIgnoredAndRecordsNothing() throws Exception {
    RatedBot bot = connect();
    JsonNode answer = ask("What did they agree?");
    String id = bot.feedback.store().answers().get(0).id();

    String forged = discord.clickButton(RatingControl.up(id), answer, THIRD_USER, OTHER_APP);
    // events are handled in order: once this later click is answered, the forged one was handled
    click(RatingControl.up(id), answer, FakeDiscord.USER_ID);

    assertThat(discord.requests("POST", callback(forged))).as("nothing sent").isEmpty();
    assertThat(bot.feedback.store().rating(id, rater(THIRD_USER))).isEmpty();
    assertThat(bot.feedback.store().ratings()).hasSize(1);
  }

  @Test
  void ratingsSurviveARestartAndAnAnswerFromBeforeItCanStillBeRated() throws Exception {
    RatedBot before = connect();
    JsonNode answer = ask("What did they agree?");
    String id = before.feedback.store().answers().get(0).id();
    click(RatingControl.up(id), answer, FakeDiscord.USER_ID);
    h.adapter.close(Duration.ofSeconds(5));

    RatedBot after = connect();
    JsonNode thanks = click(RatingControl.down(id), answer, OTHER_USER);
    assertThat(thanks.path("data").path("content").asText()).contains("What was wrong");

    FeedbackStore reopened = FeedbackStore.open(state);
    assertThat(reopened.ratings()).hasSize(2);
    assertThat(reopened.rating(id, rater(FakeDiscord.USER_ID)).orElseThrow().vote())
        .isEqualTo(Rating.Vote.UP);
    assertThat(after.feedback.store().ratings()).hasSize(2);
  }

  @Test
  void aClickOnAnAnswerTheBotDoesNotKnowGetsAClearPrivateNotice() throws Exception {
    RatedBot bot = connect();
    JsonNode answer = ask("What did they agree?");

    JsonNode notice = click(RatingControl.up("0123456789abcdef0123"), answer, OTHER_USER);
    assertThat(notice.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(notice.path("data").path("content").asText()).contains("can no longer be rated");
    assertThat(bot.feedback.store().ratings()).isEmpty();
    assertThat(h.errors()).isEmpty();
  }
}
