package dev.articlebot.bot.discord;

import static dev.articlebot.bot.discord.DiscordPayloads.assertAllowsNoMentions;
import static dev.articlebot.bot.discord.DiscordPayloads.assertWithinLimits;
import static dev.articlebot.bot.discord.DiscordPayloads.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
  static final String ARTICLE = "an-inevitable-peace";
  static final Part.Source P14 =
      new Part.Source(ARTICLE, "An ‘Inevitable Peace’?", 14, "De-escalation");
  static final Part.Source P3 = new Part.Source(ARTICLE, "An ‘Inevitable Peace’?", 3, "");

  private final DiscordRenderer renderer = new DiscordRenderer();

  private List<JsonNode> render(Reply reply) {
    List<JsonNode> out = new ArrayList<>();
    for (MessageCreateData m : renderer.render(reply)) {
      JsonNode j = json(m);
      assertWithinLimits(j);
      assertAllowsNoMentions(j);
      out.add(j);
    }
    return out;
  }

  static Reply answer() {
    return Reply.of(
        new Part.Text("They agreed to keep talking."),
        new Part.Passage(P14, "Both sides agreed to talk.", "The whole paragraph 14."),
        new Part.Passage(P3, "Talks resumed in May.", "The whole paragraph 3."),
        new Part.Footer("From “An ‘Inevitable Peace’?”"));
  }

  @Test
  void anAnswerIsAnEmbedWithPassageFieldsFooterAndButtons() {
    List<JsonNode> messages = render(answer());
    assertThat(messages).hasSize(1);
    JsonNode msg = messages.get(0);
    assertThat(msg.path("content").asText("")).isEmpty();
    JsonNode embed = msg.path("embeds").get(0);
    assertThat(embed.path("description").asText()).isEqualTo("They agreed to keep talking.");
    assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("¶14 · De-escalation");
    assertThat(embed.path("fields").get(0).path("value").asText())
        .isEqualTo("Both sides agreed to talk.");
    assertThat(embed.path("fields").get(1).path("name").asText()).isEqualTo("¶3");
    assertThat(embed.path("footer").path("text").asText())
        .isEqualTo("From “An ‘Inevitable Peace’?”");
    JsonNode buttons = msg.path("components").get(0).path("components");
    assertThat(buttons).hasSize(2);
    assertThat(buttons.get(0).path("custom_id").asText()).isEqualTo("para:an-inevitable-peace:14");
    assertThat(buttons.get(0).path("label").asText()).isEqualTo("Show full paragraph ¶14");
    assertThat(buttons.get(1).path("custom_id").asText()).isEqualTo("para:an-inevitable-peace:3");
  }

  @Test
  void theAnswerNamesItsParagraphAndExcerptsShowTheirMarkedWordsInBold() {
    Part.Excerpt excerpt =
        new Part.Excerpt(
            List.of(
                new Part.Span("… the ", false),
                new Part.Span("tariff_talks", true),
                new Part.Span(" ran late …", false)));
    JsonNode msg =
        render(
                Reply.of(
                    new Part.Answer("They agreed to keep talking.", List.of(P14)),
                    new Part.Passage(P3, excerpt, "The whole paragraph 3."),
                    new Part.Passage(
                        new Part.Source(ARTICLE, "T", 5, ""), "Shown whole.", "Shown whole."),
                    new Part.Footer("From “An ‘Inevitable Peace’?”")))
            .get(0);
    JsonNode embed = msg.path("embeds").get(0);
    assertThat(embed.path("description").asText())
        .isEqualTo("They agreed to keep talking. (¶14 · De-escalation)");
    assertThat(embed.path("fields").get(0).path("value").asText())
        .isEqualTo("… the **tariff\\_talks** ran late …");
    List<String> ids = new ArrayList<>();
    msg.path("components")
        .get(0)
        .path("components")
        .forEach(b -> ids.add(b.path("custom_id").asText()));
    assertThat(ids).containsExactly("para:an-inevitable-peace:14", "para:an-inevitable-peace:3");
  }

  @Test
  void aNoticeIsPlainContent() {
    List<JsonNode> messages = render(Reply.notice("Slow down a little: try again in 5 s."));
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).path("content").asText())
        .isEqualTo("Slow down a little: try again in 5 s.");
    assertThat(messages.get(0).path("embeds").size()).isZero();
  }

  @Test
  void aNoticeWithPassagesIsContentAboveTheEmbed() {
    List<JsonNode> messages =
        render(
            Reply.of(
                new Part.Notice("The article doesn’t say. These are the nearest passages:"),
                new Part.Passage(P14, "Both sides agreed to talk.", "Whole.")));
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).path("content").asText()).startsWith("The article doesn’t say.");
    assertThat(messages.get(0).path("embeds").get(0).path("fields")).hasSize(1);
  }

  @Test
  void quotationsAndBullets() {
    List<JsonNode> messages =
        render(
            Reply.of(
                new Part.Heading("Wu Xinbo"),
                new Part.Quotation("Wu Xinbo", "It will hold.", P14, "Fudan University", false),
                new Part.Quotation("Wu Xinbo", "talks would go on", P3, "", true),
                new Part.Bullets(
                    List.of(
                        new Part.Bullet("Talks resumed.", P3),
                        new Part.Bullet("No source.", null)))));
    JsonNode embed = messages.get(0).path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("Wu Xinbo");
    assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("¶14 · De-escalation");
    assertThat(embed.path("fields").get(0).path("value").asText())
        .isEqualTo("“It will hold.” — Wu Xinbo, Fudan University");
    assertThat(embed.path("fields").get(1).path("value").asText())
        .isEqualTo("talks would go on (paraphrase) — Wu Xinbo");
    assertThat(embed.path("description").asText()).isEqualTo("• Talks resumed. (¶3)\n• No source.");
    assertThat(messages.get(0).path("components").size()).isZero();
  }

  @Test
  void articleTextIsEscapedAndMentionsDefused() {
    JsonNode msg =
        render(
                Reply.of(
                    new Part.Text("**Loud** claim @everyone <@123>"),
                    new Part.Passage(P14, "snake_case *and* stars", "Whole."),
                    new Part.Footer("From **x**")))
            .get(0);
    JsonNode embed = msg.path("embeds").get(0);
    assertThat(embed.path("description").asText())
        .startsWith("\\*\\*Loud\\*\\* claim")
        .doesNotContain("@everyone", "<@123>");
    assertThat(embed.path("fields").get(0).path("value").asText())
        .isEqualTo("snake\\_case \\*and\\* stars");
    assertThat(embed.path("footer").path("text").asText()).isEqualTo("From **x**");
  }

  @Test
  void buttonsAreUniquePerParagraphAndAtMostFive() {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Text("Many."));
    for (int i = 1; i <= 8; i++) {
      Part.Source s = new Part.Source(ARTICLE, "T", i, "");
      parts.add(new Part.Passage(s, "Quote " + i + ".", "Whole."));
      parts.add(new Part.Passage(s, "Again " + i + ".", "Whole."));
    }
    parts.add(new Part.Passage(new Part.Source(ARTICLE, "T", 0, ""), "Headline.", "Headline."));
    parts.add(new Part.Passage(new Part.Source("a".repeat(120), "T", 2, ""), "Long id.", "W."));
    List<JsonNode> messages = render(new Reply(parts, false));
    JsonNode buttons =
        messages.get(messages.size() - 1).path("components").get(0).path("components");
    List<String> ids = new ArrayList<>();
    buttons.forEach(b -> ids.add(b.path("custom_id").asText()));
    assertThat(ids)
        .containsExactly(
            "para:an-inevitable-peace:1",
            "para:an-inevitable-peace:2",
            "para:an-inevitable-peace:3",
            "para:an-inevitable-peace:4",
            "para:an-inevitable-peace:5");
    assertThat(renderer.render(new Reply(parts, false), false).get(0).getComponents()).isEmpty();
  }

  @Test
  void aLongAnswerIsSplitWithinEveryLimitAndNeverMidWord() {
    StringBuilder text = new StringBuilder();
    int sentence = 0;
    while (text.length() < 9_000) {
      sentence++;
      text.append("Sentence number ").append(sentence).append(" talks about tariffs and ports. ");
      if (sentence % 7 == 0) text.append("\n\n");
    }
    String answer = text.toString().strip();
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Heading("A very long answer"));
    parts.add(new Part.Text(answer));
    for (int i = 1; i <= 30; i++) {
      Part.Source s = new Part.Source(ARTICLE, "T", i, "Section " + i);
      parts.add(new Part.Passage(s, "Quote " + i + " " + "word ".repeat(60 + i * 5).strip(), "W."));
    }
    parts.add(new Part.Passage(P14, "long ".repeat(400).strip(), "W."));
    parts.add(new Part.Footer("From the article"));
    List<JsonNode> messages = render(new Reply(parts, false));
    assertThat(messages.size()).isGreaterThan(1);

    List<String> descriptions = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (JsonNode m : messages) {
      descriptions.addAll(DiscordPayloads.descriptions(m));
      for (JsonNode e : m.path("embeds"))
        e.path("fields").forEach(f -> values.add(f.path("value").asText()));
    }
    assertThat(descriptions.size()).isGreaterThanOrEqualTo(3);
    Pattern ws = Pattern.compile("\\s+");
    assertThat(ws.matcher(String.join(" ", descriptions)).replaceAll(" "))
        .isEqualTo(ws.matcher(answer).replaceAll(" "));
    for (String d : descriptions) {
      assertThat(d).matches("(?s)Sentence number \\d+ .*\\.");
    }
    assertThat(String.join(" ", values)).contains("long long").doesNotContain("lon g");
    for (String v : values) assertThat(v).doesNotStartWith("ong").doesNotEndWith("lon");
    assertThat(messages.get(messages.size() - 1).path("embeds").path(0).isMissingNode()).isFalse();
  }

  @Test
  void longNoticesBecomeSeveralContentMessages() {
    String notice = "Too long a notice. ".repeat(250).strip();
    List<JsonNode> messages = render(Reply.notice(notice));
    assertThat(messages.size()).isGreaterThan(1);
    StringBuilder joined = new StringBuilder();
    for (JsonNode m : messages) joined.append(m.path("content").asText()).append(' ');
    assertThat(joined.toString().strip()).isEqualTo(notice);
  }
}
