package dev.articlebot.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.google.gson.Gson;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a {@link Reply} as Slack Block Kit messages. Every text is escaped ({@link
 * SlackText#escape}) and marked verbatim, so nothing from a user or an article becomes a mention or
 * a link. Long replies are split on paragraph, sentence or word boundaries into sections of at most
 * {@value #MAX_SECTION_CHARS} characters and messages of at most {@value #MAX_BLOCKS} blocks and
 * about {@value #MAX_MESSAGE_CHARS} characters of blocks JSON.
 */
public final class SlackRenderer {
  /** Slack's limit of blocks per message. */
  public static final int MAX_BLOCKS = 50;

  /** Slack's limit of a section's text. */
  public static final int MAX_SECTION_CHARS = 3000;

  /** Kept well under Slack's limit for a context element's text. */
  public static final int MAX_CONTEXT_CHARS = 1500;

  /** The serialized blocks of one message stay under this, well under Slack's ~12,000. */
  public static final int MAX_MESSAGE_CHARS = 10_000;

  /** The fallback text of one message. */
  public static final int MAX_FALLBACK_CHARS = 3000;

  /** Prefix of the action ids of "Show full paragraph" buttons. */
  public static final String SHOW_PARAGRAPH_ACTION = "show_paragraph";

  /** Matches the action ids this renderer gives "Show full paragraph" buttons. */
  public static final Pattern SHOW_PARAGRAPH_ACTIONS = Pattern.compile("^show_paragraph(_\\d+)?$");

  static final String SHOW_PARAGRAPH_LABEL = "Show full paragraph";

  /**
   * Matches the action ids of rating buttons (👍 {@code rate_up}, 👎 {@code rate_down}, a reason
   * {@code rate_why_<code>}); their value is the {@link RatingControl}.
   */
  public static final Pattern RATING_ACTIONS = Pattern.compile("^rate_(up|down|why_[a-z]+)$");

  /** Slack's limit of elements in an actions block. */
  private static final int MAX_ACTIONS = 25;

  private final Gson gson = GsonFactory.createSnakeCase();

  /** One or more messages, in order; each within Slack's limits and with fallback text. */
  public List<SlackMessage> render(Reply reply) {
    List<Unit> units = new ArrayList<>();
    for (Part part : reply.parts()) units.addAll(units(part));
    if (reply.rateable()) units.add(ratingUnit(reply.answerId()));
    return pack(units);
  }

  /**
   * The value of a "Show full paragraph" button: {@code <articleId>:<paragraph>}.
   *
   * @see #parseParagraphRef(String)
   */
  public static String paragraphRef(Part.Source source) {
    return source.articleId() + ":" + source.paragraph();
  }

  /** The article id and paragraph number in a button value, or null if it is not one. */
  public static ParagraphRef parseParagraphRef(String value) {
    if (value == null) return null;
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1) return null;
    try {
      int n = Integer.parseInt(value.substring(colon + 1));
      return n < 0 ? null : new ParagraphRef(value.substring(0, colon), n);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A paragraph named by a button. */
  public record ParagraphRef(String articleId, int paragraph) {}

  /** Blocks that belong together (a passage's citation and quote) and their fallback text. */
  private record Unit(List<LayoutBlock> blocks, String fallback) {}

  private List<Unit> units(Part part) {
    if (part instanceof Part.Heading h) {
      return sections(SlackText.escape(h.text()), true);
    }
    if (part instanceof Part.Answer a) {
      return answer(a);
    }
    if (part instanceof Part.Passage p) {
      return passage(p);
    }
    if (part instanceof Part.Quotation q) {
      return quotation(q);
    }
    if (part instanceof Part.Bullets b) {
      return bullets(b);
    }
    if (part instanceof Part.Footer f) {
      return contexts(SlackText.escape(f.text()));
    }
    if (part instanceof Part.ReadAs r) {
      return contexts(SlackText.escape(r.plainText()));
    }
    if (part instanceof Part.Choices c) {
      return choices(c);
    }
    // Text and Notice
    return sections(SlackText.escape(part.plainText()), false);
  }

  private List<Unit> sections(String escaped, boolean bold) {
    List<Unit> out = new ArrayList<>();
    for (String piece : SlackText.split(escaped, MAX_SECTION_CHARS - 2)) {
      String shown = bold ? bold(piece) : piece;
      out.add(new Unit(List.of(section(s -> s.text(mrkdwn(shown)))), piece));
    }
    return out;
  }

  private List<Unit> contexts(String escaped) {
    List<Unit> out = new ArrayList<>();
    for (String piece : SlackText.split(escaped, MAX_CONTEXT_CHARS)) {
      out.add(new Unit(List.of(contextOf(piece)), piece));
    }
    return out;
  }

  /**
   * The answer as a section, its sources in brackets; one source's "Show full paragraph" button
   * sits beside it, several sources' in a row below.
   */
  private List<Unit> answer(Part.Answer a) {
    String where =
        a.sources().isEmpty()
            ? ""
            : " ("
                + SlackText.escape(
                    String.join(", ", a.sources().stream().map(Part.Source::label).toList()))
                + ")";
    List<Part.Source> buttons = a.sources().stream().filter(s -> s.paragraph() >= 1).toList();
    List<String> pieces =
        SlackText.split(SlackText.escape(oneLine(a.text())) + where, MAX_SECTION_CHARS - 2);
    List<LayoutBlock> blocks = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      String text = pieces.get(i);
      boolean last = i == pieces.size() - 1;
      if (last && buttons.size() == 1) {
        blocks.add(section(s -> s.text(mrkdwn(text)).accessory(button(buttons.get(0), ""))));
      } else {
        blocks.add(section(s -> s.text(mrkdwn(text))));
      }
    }
    if (buttons.size() > 1) {
      List<BlockElement> row = new ArrayList<>();
      for (int i = 0; i < buttons.size() && i < MAX_ACTIONS; i++) {
        row.add(button(buttons.get(i), "_" + (i + 1)));
      }
      blocks.add(actions(row));
    }
    return List.of(new Unit(blocks, String.join(" ", pieces)));
  }

  private List<Unit> passage(Part.Passage p) {
    String label = SlackText.escape(p.source().label());
    List<String> pieces = SlackText.split(excerpt(p.excerpt()), MAX_SECTION_CHARS - 2);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(contextOf(label));
    for (int i = 0; i < pieces.size(); i++) {
      String text = "> " + pieces.get(i);
      boolean last = i == pieces.size() - 1;
      if (last && !p.whole()) {
        blocks.add(section(s -> s.text(mrkdwn(text)).accessory(button(p.source(), ""))));
      } else {
        blocks.add(section(s -> s.text(mrkdwn(text))));
      }
    }
    String plain = SlackText.escape(oneLine(p.excerpt().text()));
    return List.of(new Unit(blocks, label + "  " + plain));
  }

  /** 👍 and 👎 under an answer. */
  private static Unit ratingUnit(String answerId) {
    List<BlockElement> row = new ArrayList<>();
    row.add(ratingButton("rate_up", "👍", RatingControl.up(answerId)));
    row.add(ratingButton("rate_down", "👎", RatingControl.down(answerId)));
    return new Unit(List.of(actions(row)), "");
  }

  /** The question, then a button per choice. */
  private List<Unit> choices(Part.Choices c) {
    List<Unit> out = new ArrayList<>(sections(SlackText.escape(c.text()), false));
    List<BlockElement> row = new ArrayList<>();
    for (Part.Choice choice : c.choices()) {
      if (row.size() == MAX_ACTIONS) break;
      row.add(
          ratingButton(
              "rate_why_" + choice.code(),
              choice.label(),
              RatingControl.reason(choice.code(), c.answerId())));
    }
    out.add(new Unit(List.of(actions(row)), ""));
    return out;
  }

  private static ButtonElement ratingButton(String actionId, String label, String control) {
    return ButtonElement.builder()
        .text(plainText(pt -> pt.text(label).emoji(true)))
        .actionId(actionId)
        .value(control)
        .build();
  }

  /** A "Show full paragraph" button for {@code source}; {@code suffix} keeps ids in a row apart. */
  private static ButtonElement button(Part.Source source, String suffix) {
    String label =
        suffix.isEmpty() ? SHOW_PARAGRAPH_LABEL : SHOW_PARAGRAPH_LABEL + " " + source.shortLabel();
    return ButtonElement.builder()
        .text(plainText(label))
        .actionId(SHOW_PARAGRAPH_ACTION + suffix)
        .value(paragraphRef(source))
        .build();
  }

  /** The excerpt escaped and on one line, its marked words in bold where Slack can show it. */
  private static String excerpt(Part.Excerpt e) {
    StringBuilder sb = new StringBuilder();
    for (Part.Span s : e.spans()) {
      String text = SlackText.escape(s.text().replaceAll("\\s+", " "));
      boolean boldable = s.marked() && !text.isBlank() && text.strip().equals(text);
      sb.append(boldable ? bold(text) : text);
    }
    return sb.toString().strip();
  }

  private List<Unit> quotation(Part.Quotation q) {
    String text = SlackText.escape(oneLine(q.text()));
    String said = q.paraphrase() ? text + " (paraphrase)" : "“" + text + "”";
    String who = bold(SlackText.escape(q.speaker()));
    String context = q.context().isEmpty() ? "" : ", " + SlackText.escape(q.context());
    String label = SlackText.escape(q.source().label());
    List<Unit> out = new ArrayList<>();
    List<String> pieces = SlackText.split(said, MAX_SECTION_CHARS - 200);
    for (int i = 0; i < pieces.size(); i++) {
      boolean last = i == pieces.size() - 1;
      String shown = "> " + pieces.get(i) + (last ? "\n— " + who + context : "");
      List<LayoutBlock> blocks = new ArrayList<>();
      blocks.add(section(s -> s.text(mrkdwn(shown))));
      if (last) blocks.add(contextOf(label));
      out.add(new Unit(blocks, pieces.get(i) + (last ? " — " + who + context + " " + label : "")));
    }
    return out;
  }

  private List<Unit> bullets(Part.Bullets b) {
    List<String> lines = new ArrayList<>();
    for (Part.Bullet item : b.items()) {
      String line = "• " + SlackText.escape(item.text());
      if (item.source() != null) line += "  (" + SlackText.escape(item.source().label()) + ")";
      lines.addAll(SlackText.split(line, MAX_SECTION_CHARS - 2));
    }
    List<Unit> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (current.length() > 0 && current.length() + 1 + line.length() > MAX_SECTION_CHARS) {
        out.add(bulletUnit(current.toString()));
        current.setLength(0);
      }
      if (current.length() > 0) current.append('\n');
      current.append(line);
    }
    if (current.length() > 0) out.add(bulletUnit(current.toString()));
    return out;
  }

  private static Unit bulletUnit(String text) {
    return new Unit(List.of(section(s -> s.text(mrkdwn(text)))), text);
  }

  private List<SlackMessage> pack(List<Unit> units) {
    List<SlackMessage> messages = new ArrayList<>();
    List<LayoutBlock> blocks = new ArrayList<>();
    List<String> fallback = new ArrayList<>();
    int size = 2;
    for (Unit unit : units) {
      int unitSize = 0;
      for (LayoutBlock block : unit.blocks()) unitSize += gson.toJson(block).length() + 1;
      boolean full =
          blocks.size() + unit.blocks().size() > MAX_BLOCKS || size + unitSize > MAX_MESSAGE_CHARS;
      if (full && !blocks.isEmpty()) {
        messages.add(message(fallback, blocks));
        blocks = new ArrayList<>();
        fallback = new ArrayList<>();
        size = 2;
      }
      blocks.addAll(unit.blocks());
      fallback.add(unit.fallback());
      size += unitSize;
    }
    if (!blocks.isEmpty()) messages.add(message(fallback, blocks));
    return messages;
  }

  private static SlackMessage message(List<String> fallback, List<LayoutBlock> blocks) {
    String text = SlackText.abbreviate(String.join("\n", fallback).strip(), MAX_FALLBACK_CHARS);
    return new SlackMessage(text.isBlank() ? "…" : text, blocks);
  }

  private static LayoutBlock contextOf(String escaped) {
    List<ContextBlockElement> elements = List.of(mrkdwn(escaped));
    return context(elements);
  }

  /** Verbatim mrkdwn: Slack does not turn bare names or URLs in it into mentions or links. */
  private static MarkdownTextObject mrkdwn(String escaped) {
    return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
  }

  /** Bold unless the text has its own asterisks (which would break the markup). */
  private static String bold(String escaped) {
    return escaped.indexOf('*') >= 0 || escaped.contains("\n") ? escaped : "*" + escaped + "*";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
