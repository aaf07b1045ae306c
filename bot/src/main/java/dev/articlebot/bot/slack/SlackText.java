package dev.articlebot.bot.slack;

import java.util.ArrayList;
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

  /**
   * Splits {@code text} into pieces of at most {@code max} characters: at a paragraph or line break
   * if one falls in the last two thirds of the window, else at a sentence end, else between words.
   * Only a single word longer than {@code max} is cut inside, and never inside an {@code &amp;}
   * style entity or a surrogate pair.
   */
  public static List<String> split(String text, int max) {
    if (max < 8) throw new IllegalArgumentException("max must be >= 8");
    List<String> out = new ArrayList<>();
    String rest = text == null ? "" : text.strip();
    while (rest.length() > max) {
      int cut = cutPoint(rest, max);
      String piece = rest.substring(0, cut).strip();
      if (!piece.isEmpty()) out.add(piece);
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) out.add(rest);
    return out;
  }

  /**
   * Where to end the first piece of {@code s} (longer than {@code max}): a break is taken only if
   * the piece keeps at least a third of the room, so pieces do not get tiny.
   */
  private static int cutPoint(String s, int max) {
    int third = max / 3;
    int line = s.lastIndexOf('\n', max);
    if (line >= third) return line;
    int sentence = lastSentenceEnd(s, max);
    if (sentence >= third) return sentence;
    for (int i = max; i > 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) return i;
    }
    return hardCut(s, max);
  }

  /** The largest {@code j <= max} such that a sentence ends just before {@code j}, else -1. */
  private static int lastSentenceEnd(String s, int max) {
    for (int j = max; j > 0; j--) {
      if (!Character.isWhitespace(s.charAt(j))) continue;
      int k = j - 1;
      while (k > 0 && isClosing(s.charAt(k))) k--;
      if (isSentenceEnd(s.charAt(k))) return j;
    }
    return -1;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？'
        || c == ';';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  /** A cut inside one long word: not inside an entity, not between surrogates. */
  private static int hardCut(String s, int max) {
    int cut = max;
    int amp = s.lastIndexOf('&', cut - 1);
    if (amp >= 0 && cut - amp < 6 && s.indexOf(';', amp) >= cut) cut = amp;
    if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
    return cut > 0 ? cut : max;
  }

  /**
   * At most {@code max} characters, cut between words with an ellipsis when longer (for fallback
   * text and notifications).
   */
  public static String abbreviate(String text, int max) {
    if (text.length() <= max) return text;
    List<String> pieces = split(text, max - 1);
    return pieces.isEmpty() ? "" : pieces.get(0) + "…";
  }
}
