package dev.articlebot.bot.reply;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rating button carries: {@code rate:up:<answerId>}, {@code rate:down:<answerId>}, or after
 * a 👎 {@code rate:why:<reason>:<answerId>}. At most 100 characters (Discord's custom id limit);
 * the same text is a Slack button's value. It names the answer only: who clicked is what the
 * platform says of the click, never part of the control.
 *
 * @param answerId the answer rated
 * @param action "up", "down" or "why"
 * @param reason the reason's code for "why", else ""
 */
public record RatingControl(String answerId, String action, String reason) {
  public static final String PREFIX = "rate:";
  private static final Pattern FORM =
      Pattern.compile("^rate:(up|down|why:([a-z]{1,12})):([A-Za-z0-9]{1,40})$");

  public RatingControl {
    if (answerId == null || !answerId.matches("[A-Za-z0-9]{1,40}")) {
      throw new IllegalArgumentException("answerId");
    }
    reason = reason == null ? "" : reason;
  }

  public static String up(String answerId) {
    return new RatingControl(answerId, "up", "").text();
  }

  public static String down(String answerId) {
    return new RatingControl(answerId, "down", "").text();
  }

  public static String reason(String code, String answerId) {
    return new RatingControl(answerId, "why", code).text();
  }

  /** The control's text. */
  public String text() {
    return PREFIX + (action.equals("why") ? "why:" + reason : action) + ":" + answerId;
  }

  /** The control a button's text names, or empty when it is not a rating control. */
  public static Optional<RatingControl> parse(String text) {
    if (text == null) return Optional.empty();
    Matcher m = FORM.matcher(text);
    if (!m.matches()) return Optional.empty();
    String action = m.group(1).startsWith("why:") ? "why" : m.group(1);
    return Optional.of(new RatingControl(m.group(3), action, m.group(2)));
  }
}
