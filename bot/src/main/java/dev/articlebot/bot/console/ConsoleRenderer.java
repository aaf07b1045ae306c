package dev.articlebot.bot.console;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Reply} as plain text for a terminal, wrapped to a width. */
public final class ConsoleRenderer {
  private final int width;

  public ConsoleRenderer(int width) {
    if (width < 20) throw new IllegalArgumentException("width must be >= 20");
    this.width = width;
  }

  public String render(Reply reply) {
    List<String> blocks = new ArrayList<>();
    for (Part part : reply.parts()) blocks.add(render(part));
    if (reply.rateable()) blocks.add("Rate this answer: + (good) or - (wrong)");
    return String.join("\n\n", blocks) + "\n";
  }

  private String render(Part part) {
    if (part instanceof Part.Heading h) {
      return wrap(h.text(), "", "") + "\n" + "=".repeat(Math.min(width, h.text().length()));
    }
    if (part instanceof Part.Answer a) {
      String where =
          a.sources().isEmpty()
              ? ""
              : " ["
                  + String.join(", ", a.sources().stream().map(Part.Source::label).toList())
                  + "]";
      return wrap(a.text() + where, "", "");
    }
    if (part instanceof Part.Passage p) {
      return wrap("[" + p.source().label() + "] " + p.excerpt().text(), "  ", "    ");
    }
    if (part instanceof Part.Quotation q) {
      String said = q.paraphrase() ? "(paraphrase) " + q.text() : "“" + q.text() + "”";
      return wrap(said + " — " + q.attribution() + " [" + q.source().label() + "]", "  ", "  ");
    }
    if (part instanceof Part.Bullets b) return bullets(b);
    if (part instanceof Part.Choices c) {
      List<String> lines = new ArrayList<>();
      lines.add(wrap(c.text(), "", ""));
      for (int i = 0; i < c.choices().size(); i++) {
        lines.add("  " + (i + 1) + "  " + c.choices().get(i).label());
      }
      lines.add(
          wrap(
              "Type the number, and if you like the paragraph that answers (1 14); anything else"
                  + " goes on as a question.",
              "",
              ""));
      return String.join("\n", lines);
    }
    return wrap(part.plainText(), "", ""); // Text, Notice, Footer
  }

  private String bullets(Part.Bullets b) {
    List<String> lines = new ArrayList<>();
    for (Part.Bullet item : b.items()) {
      String text =
          item.source() == null ? item.text() : item.text() + " [" + item.source().label() + "]";
      lines.add(wrap(text, "  • ", "    "));
    }
    return String.join("\n", lines);
  }

  /** Greedy word wrap; {@code first} prefixes the first line, {@code rest} the others. */
  String wrap(String text, String first, String rest) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      if (!out.isEmpty()) out.append('\n');
      StringBuilder line = new StringBuilder(first);
      int prefix = first.length();
      for (String word : paragraph.strip().split("\\s+")) {
        if (line.length() > prefix && line.length() + 1 + word.length() > width) {
          out.append(line).append('\n');
          line = new StringBuilder(rest);
          prefix = rest.length();
        } else if (line.length() > prefix) {
          line.append(' ');
        }
        line.append(word);
      }
      out.append(line);
      first = rest;
    }
    return out.toString();
  }
}
