package dev.articlebot.bot.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says, independent of any platform. Text in parts is plain text (from the article or
 * from {@code Messages}); each platform's renderer escapes and lays it out.
 *
 * @param parts what to show, in order
 * @param ephemeral shown only to the asking user where the platform allows it
 */
public record Reply(List<Part> parts, boolean ephemeral) {
  public Reply {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) throw new IllegalArgumentException("a reply has at least one part");
  }

  public static Reply of(Part... parts) {
    return new Reply(List.of(parts), false);
  }

  /** A one-line notice (usage hints, errors, rate limits), shown privately where possible. */
  public static Reply notice(String text) {
    return new Reply(List.of(new Part.Notice(text)), true);
  }

  public Reply asEphemeral() {
    return new Reply(parts, true);
  }

  /** The reply as plain text, for notifications, fallbacks and logs. */
  public String plainText() {
    List<String> lines = new ArrayList<>();
    for (Part p : parts) lines.add(p.plainText());
    return String.join("\n", lines).strip();
  }
}
