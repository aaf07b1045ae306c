package dev.articlebot.bot.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says, independent of any platform. Text in parts is plain text (from the article or
 * from {@code Messages}); each platform's renderer escapes and lays it out.
 *
 * @param parts what to show, in order
 * @param ephemeral shown only to the asking user where the platform allows it
 * @param outcome what the reply amounts to, for logs and metrics
 */
public record Reply(List<Part> parts, boolean ephemeral, Outcome outcome) {

  /** Whether the bot answered from the article, honestly declined, or just said something. */
  public enum Outcome {
    ANSWERED,
    REFUSED,
    INFO
  }

  public Reply {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) throw new IllegalArgumentException("a reply has at least one part");
    if (outcome == null) throw new IllegalArgumentException("outcome is required");
  }

  public Reply(List<Part> parts, boolean ephemeral) {
    this(parts, ephemeral, Outcome.INFO);
  }

  /** The same reply, marked with {@code outcome}. */
  public Reply withOutcome(Outcome outcome) {
    return new Reply(parts, ephemeral, outcome);
  }

  public static Reply of(Part... parts) {
    return new Reply(List.of(parts), false);
  }

  /** A one-line notice (usage hints, errors, rate limits), shown privately where possible. */
  public static Reply notice(String text) {
    return new Reply(List.of(new Part.Notice(text)), true);
  }

  public Reply asEphemeral() {
    return new Reply(parts, true, outcome);
  }

  /** The reply as plain text, for notifications, fallbacks and logs. */
  public String plainText() {
    List<String> lines = new ArrayList<>();
    for (Part p : parts) lines.add(p.plainText());
    return String.join("\n", lines).strip();
  }
}
