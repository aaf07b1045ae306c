package dev.articlebot.bot.discord;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.reply.TextSplitter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Turns a {@link Reply} into Discord messages. An answer becomes an embed: the answer (and bullets)
 * as its description, each cited passage or quotation as a field named by its paragraph ("¶14 ·
 * De-escalation") with the excerpt's marked words in bold, the article in the footer, and a "Show
 * full paragraph" button per cited paragraph not already shown whole (at most five, in one row),
 * and, on an answer that can be rated, a row with 👍 and 👎 ({@link RatingControl}). Notices are
 * plain message content; a {@link Part.Choices} is its question as content and a button per choice.
 *
 * <p>Every limit in {@link DiscordLimits} holds for every message returned: long text is split at
 * paragraph, sentence or word boundaries into further embeds and, past the 6,000-character or
 * ten-embed budget of a message, into further messages. All text is escaped ({@link DiscordText})
 * and every message allows no mentions at all.
 */
public final class DiscordRenderer {
  private static final Color COLOR = new Color(0x2B6CB0);
  private static final String CONTINUED = " (continued)";

  /** Renders with "Show full paragraph" buttons. */
  public List<MessageCreateData> render(Reply reply) {
    return render(reply, true);
  }

  /**
   * The messages to send for {@code reply}, in order; never empty.
   *
   * @param paragraphButtons whether to add "Show full paragraph" buttons for cited passages
   */
  public List<MessageCreateData> render(Reply reply, boolean paragraphButtons) {
    Layout layout = new Layout();
    for (Part part : reply.parts()) layout.add(part);
    List<String> contents =
        layout.notices.isEmpty()
            ? List.of()
            : DiscordText.split(String.join("\n", layout.notices), DiscordLimits.CONTENT);
    List<List<MessageEmbed>> embedMessages = layout.embedMessages();
    List<ActionRow> rows = new ArrayList<>();
    if (paragraphButtons && !layout.buttons().isEmpty()) rows.add(ActionRow.of(layout.buttons()));
    if (!layout.choices.isEmpty()) rows.add(ActionRow.of(layout.choices));
    if (reply.rateable()) rows.add(ratingRow(reply.answerId()));

    List<MessageCreateData> out = new ArrayList<>();
    int contentOnly = embedMessages.isEmpty() ? contents.size() : Math.max(0, contents.size() - 1);
    for (int i = 0; i < contentOnly; i++) out.add(message(contents.get(i), List.of(), List.of()));
    for (int i = 0; i < embedMessages.size(); i++) {
      String content = i == 0 && contentOnly < contents.size() ? contents.get(contentOnly) : "";
      boolean last = i == embedMessages.size() - 1;
      out.add(message(content, embedMessages.get(i), last ? rows : List.of()));
    }
    if (out.isEmpty()) {
      String text = DiscordText.escape(reply.plainText());
      for (String c : DiscordText.split(text, DiscordLimits.CONTENT)) {
        out.add(message(c, List.of(), List.of()));
      }
    }
    if (embedMessages.isEmpty() && !rows.isEmpty()) {
      MessageCreateData last = out.remove(out.size() - 1);
      out.add(MessageCreateBuilder.from(last).setComponents(rows).build());
    }
    return out;
  }

  /** 👍 and 👎, naming the answer ({@link RatingControl}). */
  private static ActionRow ratingRow(String answerId) {
    return ActionRow.of(
        Button.secondary(RatingControl.up(answerId), Emoji.fromUnicode("👍")),
        Button.secondary(RatingControl.down(answerId), Emoji.fromUnicode("👎")));
  }

  private static MessageCreateData message(
      String content, List<MessageEmbed> embeds, List<ActionRow> rows) {
    MessageCreateBuilder b =
        new MessageCreateBuilder()
            .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
            .mentionRepliedUser(false);
    if (!content.isEmpty()) b.setContent(content);
    if (!embeds.isEmpty()) b.setEmbeds(embeds);
    if (!rows.isEmpty()) b.setComponents(rows);
    return b.build();
  }

  /** One embed field, already escaped and within limits. */
  private record Field(String name, String value) {
    int length() {
      return name.length() + value.length();
    }
  }

  /** Collects a reply's parts into notices, one title, a description, fields and a footer. */
  private static final class Layout {
    final List<String> notices = new ArrayList<>();
    final List<String> description = new ArrayList<>();
    final List<Field> fields = new ArrayList<>();
    final Map<String, ParagraphButton> buttons = new LinkedHashMap<>();
    final List<Button> choices = new ArrayList<>();
    String title;
    String footer;

    void add(Part part) {
      if (part instanceof Part.Heading h) {
        if (title == null) {
          title = TextSplitter.truncate(DiscordText.escape(h.text()), DiscordLimits.EMBED_TITLE);
        } else {
          description.add("**" + DiscordText.escape(h.text()) + "**");
        }
      } else if (part instanceof Part.Text t) {
        description.add(DiscordText.escape(t.text()));
      } else if (part instanceof Part.Notice n) {
        notices.add(DiscordText.escape(n.text()));
      } else if (part instanceof Part.ReadAs r) {
        description.add("*" + DiscordText.escape(r.plainText()) + "*");
      } else if (part instanceof Part.Answer a) {
        String where = a.sources().isEmpty() ? "" : " (" + labels(a.sources()) + ")";
        description.add(DiscordText.escape(a.text()) + where);
        a.sources().forEach(this::addButton);
      } else if (part instanceof Part.Passage p) {
        addFields(p.source().label(), excerpt(p.excerpt()));
        if (!p.whole()) addButton(p.source());
      } else if (part instanceof Part.Quotation q) {
        addFields(q.source().label(), quotation(q));
      } else if (part instanceof Part.Bullets b) {
        description.add(bullets(b));
      } else if (part instanceof Part.Choices c) {
        notices.add(DiscordText.escape(c.text()));
        for (Part.Choice choice : c.choices()) {
          if (choices.size() == DiscordLimits.BUTTONS_PER_ROW) break;
          choices.add(
              Button.secondary(
                  RatingControl.reason(choice.code(), c.answerId()),
                  TextSplitter.truncate(choice.label(), 80)));
        }
      } else if (part instanceof Part.Footer f) {
        String text = DiscordText.plain(f.text());
        footer = footer == null ? text : footer + " · " + text;
      }
    }

    private void addFields(String label, String value) {
      String name = TextSplitter.truncate(DiscordText.escape(label), DiscordLimits.FIELD_NAME);
      List<String> values = DiscordText.split(value, DiscordLimits.FIELD_VALUE);
      for (int i = 0; i < values.size(); i++) {
        String n =
            i == 0
                ? name
                : TextSplitter.truncate(
                    DiscordText.escape(label) + CONTINUED, DiscordLimits.FIELD_NAME);
        fields.add(new Field(n, values.get(i)));
      }
    }

    private void addButton(Part.Source source) {
      if (source.paragraph() < 1) return;
      ParagraphButton button = new ParagraphButton(source.articleId(), source.paragraph());
      button.customId().ifPresent(id -> buttons.putIfAbsent(id, button));
    }

    private static String labels(List<Part.Source> sources) {
      return DiscordText.escape(
          String.join(", ", sources.stream().map(Part.Source::label).toList()));
    }

    /** The excerpt escaped, its marked words in bold. */
    private static String excerpt(Part.Excerpt e) {
      StringBuilder sb = new StringBuilder();
      for (Part.Span s : e.spans()) {
        String text = DiscordText.escape(s.text().replaceAll("\\s+", " "));
        sb.append(s.marked() && !s.text().isBlank() ? "**" + text + "**" : text);
      }
      return sb.toString().strip();
    }

    private static String quotation(Part.Quotation q) {
      String said =
          q.paraphrase()
              ? DiscordText.escape(q.text()) + " (paraphrase)"
              : "“" + DiscordText.escape(q.text()) + "”";
      String who =
          DiscordText.escape(q.speaker())
              + (q.context().isEmpty() ? "" : ", " + DiscordText.escape(q.context()));
      return said + " — " + who;
    }

    private static String bullets(Part.Bullets b) {
      List<String> lines = new ArrayList<>();
      for (Part.Bullet bullet : b.items()) {
        String source =
            bullet.source() == null ? "" : " (" + DiscordText.escape(bullet.source().label()) + ")";
        lines.add("• " + DiscordText.escape(bullet.text()) + source);
      }
      return String.join("\n", lines);
    }

    List<Button> buttons() {
      List<Button> out = new ArrayList<>();
      for (Map.Entry<String, ParagraphButton> e : buttons.entrySet()) {
        if (out.size() == DiscordLimits.BUTTONS_PER_ROW) break;
        out.add(Button.secondary(e.getKey(), e.getValue().label()));
      }
      return out;
    }

    /** The embeds, grouped into messages that each keep the per-message limits. */
    List<List<MessageEmbed>> embedMessages() {
      List<Draft> drafts = drafts();
      List<List<MessageEmbed>> messages = new ArrayList<>();
      List<MessageEmbed> current = new ArrayList<>();
      int used = 0;
      for (Draft d : drafts) {
        int length = d.length();
        if (current.size() == DiscordLimits.EMBEDS_PER_MESSAGE
            || used + length > DiscordLimits.EMBED_TOTAL) {
          messages.add(current);
          current = new ArrayList<>();
          used = 0;
        }
        current.add(d.build());
        used += length;
      }
      if (!current.isEmpty()) messages.add(current);
      return messages;
    }

    private List<Draft> drafts() {
      List<Draft> drafts = new ArrayList<>();
      if (title == null && description.isEmpty() && fields.isEmpty()) return drafts;
      Draft current = new Draft();
      current.title = title;
      String text = String.join("\n\n", description);
      for (String chunk : DiscordText.split(text, DiscordLimits.EMBED_DESCRIPTION)) {
        if (current.description != null
            || current.length() + chunk.length() > DiscordLimits.EMBED_TOTAL) {
          drafts.add(current);
          current = new Draft();
        }
        current.description = chunk;
      }
      for (Field f : fields) {
        if (current.fields.size() == DiscordLimits.FIELDS_PER_EMBED
            || current.length() + f.length() > DiscordLimits.EMBED_TOTAL) {
          drafts.add(current);
          current = new Draft();
        }
        current.fields.add(f);
      }
      if (footer != null) {
        String f = TextSplitter.truncate(footer, DiscordLimits.FOOTER);
        if (current.length() + f.length() > DiscordLimits.EMBED_TOTAL) {
          drafts.add(current);
          current = new Draft();
        }
        current.footer = f;
      }
      drafts.add(current);
      return drafts;
    }
  }

  /** An embed being filled; {@link #length()} counts what Discord counts. */
  private static final class Draft {
    String title;
    String description;
    String footer;
    final List<Field> fields = new ArrayList<>();

    int length() {
      int n = 0;
      if (title != null) n += title.length();
      if (description != null) n += description.length();
      if (footer != null) n += footer.length();
      for (Field f : fields) n += f.length();
      return n;
    }

    MessageEmbed build() {
      EmbedBuilder b = new EmbedBuilder().setColor(COLOR);
      if (title != null) b.setTitle(title);
      if (description != null) b.setDescription(description);
      for (Field f : fields) b.addField(f.name(), f.value(), false);
      if (footer != null) b.setFooter(footer);
      return b.build();
    }
  }
}
