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
 * @param answerId the id of the answer it gives, which its 👍 / 👎 controls name ({@link
 *     RatingControl}); "" for a reply that cannot be rated
 */
public record Reply(List<Part> parts, boolean ephemeral, Outcome outcome, String answerId) {

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
    answerId = answerId == null ? "" : answerId;
  }

  public Reply(List<Part> parts, boolean ephemeral, Outcome outcome) {
    this(parts, ephemeral, outcome, "");
  }

  /** The same reply, rated by controls naming {@code id}. */
  public Reply withAnswerId(String id) {
    return new Reply(parts, ephemeral, outcome, id);
  }

  /** Whether it carries 👍 / 👎 controls. */
  public boolean rateable() {
    return !answerId.isEmpty();
  }

  public Reply(List<Part> parts, boolean ephemeral) {
    this(parts, ephemeral, Outcome.INFO);
  }

  /** The same reply, marked with {@code outcome}. */
  public Reply withOutcome(Outcome outcome) {
    return new Reply(parts, ephemeral, outcome, answerId);
  }

  public static Reply of(Part... parts) {
    return new Reply(List.of(parts), false);
  }

  /** A one-line notice (usage hints, errors, rate limits), shown privately where possible. */
  public static Reply notice(String text) {
    return new Reply(List.of(new Part.Notice(text)), true);
  }

  public Reply asEphemeral() {
    return new Reply(parts, true, outcome, answerId);
  }

  /** The reply as plain text, for notifications, fallbacks and logs. */
  public String plainText() {
    List<String> lines = new ArrayList<>();
    for (Part p : parts) lines.add(p.plainText());
    return String.join("\n", lines).strip();
  }
}
