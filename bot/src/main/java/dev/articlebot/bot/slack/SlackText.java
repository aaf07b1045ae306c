package dev.articlebot.bot.slack;

import dev.articlebot.bot.reply.TextSplitter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Slack's text rules in one place: escaping what we send, reading what we receive, and splitting
 * long text on natural boundaries.
 */
public final class SlackText {
  private SlackText() {}

  /**
   * Escapes the three characters Slack treats as control characters in text: {@code & < >}. After
   * this, {@code <!channel>}, {@code <!here>}, {@code <@U123>} and links typed by a user or found
   * in an article show as text and notify nobody.
   */
  public static String escape(String text) {
    if (text == null || text.isEmpty()) return "";
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Undoes Slack's entity encoding of incoming message text ({@code &amp; &lt; &gt;}), so commands
   * see what the user typed. Mentions and links stay as Slack sent them ({@code <@U123>}); the
   * reply escapes everything again.
   */
  public static String unescape(String text) {
    if (text == null || text.isEmpty()) return "";
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Removes mentions of {@code botUserId} ({@code <@UBOT>} or {@code <@UBOT|name>}). */
  public static String stripMention(String text, String botUserId) {
    if (text == null) return "";
    if (botUserId == null || botUserId.isBlank()) return text.strip();
    Pattern mention = Pattern.compile("<@" + Pattern.quote(botUserId) + "(?:\\|[^>]*)?>");
    return mention.matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
  }

  /** {@code text} in pieces of at most {@code max} characters, split at the best boundary. */
  public static List<String> split(String text, int max) {
    return TextSplitter.split(text, max);
  }

  /**
   * At most {@code max} characters, cut between words with an ellipsis when longer (for fallback
   * text and notifications).
   */
  public static String abbreviate(String text, int max) {
    return TextSplitter.truncate(text, max);
  }
}
