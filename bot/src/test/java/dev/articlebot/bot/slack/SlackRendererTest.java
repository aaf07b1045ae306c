package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
  static final String TITLE = "An ‘Inevitable Peace’?";
  static final Part.Source SOURCE =
      new Part.Source("an-inevitable-peace", TITLE, 20, "‘Co-Equals’");
  static final String QUOTE = "Both sides agreed to pause the new tariffs for 90 days.";
  static final String PARAGRAPH = "The whole of paragraph twenty.";

  private final SlackRenderer renderer = new SlackRenderer();
  private final Gson gson = GsonFactory.createSnakeCase();

  private static String text(LayoutBlock block) {
    if (block instanceof SectionBlock s) return ((MarkdownTextObject) s.getText()).getText();
    if (block instanceof ContextBlock c) {
      return ((MarkdownTextObject) c.getElements().get(0)).getText();
    }
    throw new AssertionError("unexpected block " + block.getType());
  }

  @Test
  void answerWithCitedPassageButtonAndFooter() {
    Reply reply =
        new Reply(
            List.of(
                new Part.Text("They agreed to pause tariffs."),
                new Part.Passage(SOURCE, QUOTE, PARAGRAPH),
                new Part.Footer("From “" + TITLE + "”")),
            false);
    List<SlackMessage> messages = renderer.render(reply);
    assertThat(messages).hasSize(1);
    SlackMessage m = messages.get(0);
    assertThat(m.blocks()).hasSize(4);
    assertThat(text(m.blocks().get(0))).isEqualTo("They agreed to pause tariffs.");
    assertThat(m.blocks().get(1)).isInstanceOf(ContextBlock.class);
    assertThat(text(m.blocks().get(1))).isEqualTo("¶20 · ‘Co-Equals’");
    SectionBlock quote = (SectionBlock) m.blocks().get(2);
    assertThat(text(quote)).isEqualTo("> " + QUOTE);
    ButtonElement button = (ButtonElement) quote.getAccessory();
    assertThat(button.getActionId()).isEqualTo("show_paragraph");
    assertThat(button.getValue()).isEqualTo("an-inevitable-peace:20");
    assertThat(button.getText().getText()).isEqualTo("Show full paragraph");
    assertThat(m.blocks().get(3)).isInstanceOf(ContextBlock.class);
    assertThat(m.text())
        .contains("They agreed to pause tariffs.")
        .contains("¶20 · ‘Co-Equals’")
        .contains(QUOTE);
  }

  @Test
  void theAnswerCarriesItsParagraphButtonAndExcerptsShowTheirMarkedWordsInBold() {
    Part.Source other = new Part.Source("an-inevitable-peace", TITLE, 3, "");
    Part.Excerpt excerpt =
        new Part.Excerpt(
            List.of(
                new Part.Span("… the ", false),
                new Part.Span("tariff talks", true),
                new Part.Span(" ran late …", false)));
    SlackMessage m =
        renderer
            .render(
                Reply.of(
                    new Part.Answer("They agreed to pause tariffs.", List.of(SOURCE)),
                    new Part.Passage(other, excerpt, PARAGRAPH),
                    new Part.Passage(
                        new Part.Source("an-inevitable-peace", TITLE, 5, ""), "Whole.", "Whole.")))
            .get(0);
    SectionBlock answer = (SectionBlock) m.blocks().get(0);
    assertThat(text(answer)).isEqualTo("They agreed to pause tariffs. (¶20 · ‘Co-Equals’)");
    assertThat(((ButtonElement) answer.getAccessory()).getValue())
        .isEqualTo("an-inevitable-peace:20");
    SectionBlock passage = (SectionBlock) m.blocks().get(2);
    assertThat(text(passage)).isEqualTo("> … the *tariff talks* ran late …");
    assertThat(((ButtonElement) passage.getAccessory()).getValue())
        .isEqualTo("an-inevitable-peace:3");
    SectionBlock whole = (SectionBlock) m.blocks().get(4);
    assertThat(text(whole)).isEqualTo("> Whole.");
    assertThat(whole.getAccessory()).isNull();
  }

  @Test
  void anAnswerFromSeveralParagraphsHasAButtonForEach() {
    Part.Source other = new Part.Source("an-inevitable-peace", TITLE, 21, "‘Co-Equals’");
    SlackMessage m =
        renderer.render(Reply.of(new Part.Answer("One. Two.", List.of(SOURCE, other)))).get(0);
    assertThat(m.blocks()).hasSize(2);
    ActionsBlock row = (ActionsBlock) m.blocks().get(1);
    assertThat(row.getElements())
        .extracting(e -> ((ButtonElement) e).getValue())
        .containsExactly("an-inevitable-peace:20", "an-inevitable-peace:21");
    Set<String> ids = new HashSet<>();
    row.getElements().forEach(e -> ids.add(((ButtonElement) e).getActionId()));
    assertThat(ids)
        .hasSize(2)
        .allMatch(id -> SlackRenderer.SHOW_PARAGRAPH_ACTIONS.matcher(id).matches());
  }

  @Test
  void everyTextIsEscapedAndVerbatim() {
    Reply reply =
        Reply.of(
            new Part.Heading("A & B"),
            new Part.Text(
                "<!channel> <!here> <!everyone> <@U123> <https://evil.example|click> a<b>c"),
            new Part.Notice("Tom & Jerry > you"),
            new Part.Passage(
                new Part.Source("id", "T", 3, "<@U9>"), "He said <!here> & left.", "full"),
            new Part.Quotation("A <b>", "x & y", SOURCE, "<ctx>", false),
            new Part.Bullets(List.of(new Part.Bullet("<!subteam^S1> & co", SOURCE))),
            new Part.Footer("<@U1> & <#C1>"));
    for (SlackMessage m : renderer.render(reply)) {
      String json = gson.toJson(m.blocks()) + m.text();
      // No live mention or link survives, whatever the part.
      assertThat(json).doesNotContainPattern("<[!@#h]");
      for (LayoutBlock b : m.blocks()) {
        String t = text(b);
        assertThat(t.replaceAll("&(amp|lt|gt);", "")).doesNotContain("&", "<");
        MarkdownTextObject o =
            b instanceof SectionBlock s
                ? (MarkdownTextObject) s.getText()
                : (MarkdownTextObject) ((ContextBlock) b).getElements().get(0);
        assertThat(o.getVerbatim()).isTrue();
      }
      assertThat(m.text()).contains("&lt;!channel&gt;", "Tom &amp; Jerry &gt; you");
    }
  }

  @Test
  void longAnswerIsSplitWithinLimitsAndNeverMidWord() {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    while (sb.length() < 160_000) {
      sb.append("Sentence number ").append(n++).append(" talks about tariffs & trade");
      sb.append(n % 7 == 0 ? ".\n\n" : ". ");
    }
    String answer = sb.toString().strip();
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Text(answer));
    for (int i = 0; i < 60; i++) {
      parts.add(new Part.Passage(SOURCE, "Quote " + i + " here.", "Paragraph."));
    }
    List<SlackMessage> messages = renderer.render(new Reply(parts, false));
    assertThat(messages.size()).isGreaterThan(1);

    StringBuilder sections = new StringBuilder();
    Set<String> words = new HashSet<>(List.of(answer.split("\\s+")));
    int passages = 0;
    for (SlackMessage m : messages) {
      assertThat(m.blocks().size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
      assertThat(gson.toJson(m.blocks()).length()).isLessThan(12_000);
      assertThat(m.text()).isNotBlank();
      assertThat(m.text().length()).isLessThanOrEqualTo(SlackRenderer.MAX_FALLBACK_CHARS);
      for (LayoutBlock b : m.blocks()) {
        if (b instanceof SectionBlock s && s.getAccessory() != null) {
          passages++;
          continue;
        }
        if (b instanceof SectionBlock s) {
          String t = text(s);
          assertThat(t.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_CHARS);
          // Each piece starts and ends on a whole word of the answer.
          String[] ws = SlackText.unescape(t).split("\\s+");
          assertThat(words).contains(ws[0], ws[ws.length - 1]);
          if (sections.length() > 0) sections.append(' ');
          sections.append(SlackText.unescape(t));
        }
      }
    }
    assertThat(passages).isEqualTo(60);
    // Nothing lost, nothing cut: the pieces put back together are the answer.
    assertThat(sections.toString().split("\\s+")).containsExactly(answer.split("\\s+"));
  }

  @Test
  void quotationBulletsAndHeading() {
    Reply reply =
        Reply.of(
            new Part.Heading("Wu Xinbo"),
            new Part.Quotation("Wu Xinbo", "Peace is not inevitable.", SOURCE, "professor", false),
            new Part.Quotation("Wu Xinbo", "talks may resume", SOURCE, "", true),
            new Part.Bullets(
                List.of(
                    new Part.Bullet("Tariffs paused", SOURCE),
                    new Part.Bullet("No source", null))));
    List<LayoutBlock> blocks = renderer.render(reply).get(0).blocks();
    List<String> texts = blocks.stream().map(SlackRendererTest::text).toList();
    assertThat(texts.get(0)).isEqualTo("*Wu Xinbo*");
    assertThat(texts.get(1)).isEqualTo("> “Peace is not inevitable.”\n— *Wu Xinbo*, professor");
    assertThat(texts.get(2)).isEqualTo("¶20 · ‘Co-Equals’");
    assertThat(texts.get(3)).isEqualTo("> talks may resume (paraphrase)\n— *Wu Xinbo*");
    assertThat(texts).contains("• Tariffs paused  (¶20 · ‘Co-Equals’)\n• No source");
  }

  @Test
  void paragraphRefsRoundTrip() {
    assertThat(SlackRenderer.parseParagraphRef("an-inevitable-peace:20"))
        .isEqualTo(new SlackRenderer.ParagraphRef("an-inevitable-peace", 20));
    assertThat(SlackRenderer.parseParagraphRef("a:b:7"))
        .isEqualTo(new SlackRenderer.ParagraphRef("a:b", 7));
    assertThat(SlackRenderer.parseParagraphRef("nope")).isNull();
    assertThat(SlackRenderer.parseParagraphRef("x:-1")).isNull();
    assertThat(SlackRenderer.parseParagraphRef(null)).isNull();
  }

  @Test
  void blocksSerializeAsBlockKit() throws Exception {
    SlackMessage m = renderer.render(Reply.of(new Part.Passage(SOURCE, "q", "full"))).get(0);
    JsonNode blocks = new ObjectMapper().readTree(gson.toJson(m.blocks()));
    assertThat(blocks.get(0).path("type").asText()).isEqualTo("context");
    assertThat(blocks.get(0).path("elements").get(0).path("type").asText()).isEqualTo("mrkdwn");
    assertThat(blocks.get(1).path("accessory").path("type").asText()).isEqualTo("button");
    assertThat(blocks.get(1).path("accessory").path("text").path("type").asText())
        .isEqualTo("plain_text");
  }
}
