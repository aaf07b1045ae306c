package dev.articlebot.bot.discord;

import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.SplitUtil;
import net.dv8tion.jda.api.utils.SplitUtil.Strategy;

/**
 * Makes untrusted text (a user's question, article text, speaker names) safe to show on Discord:
 * every markdown character escaped, so "*" and "_" in an article show as themselves, and every
 * mention defused, so "@everyone" or "&lt;@123&gt;" read as text even where a client would render
 * them. Pings are also switched off in every payload (allowed_mentions), so this is the second line
 * of defence, not the only one.
 */
public final class DiscordText {
  private static final char ZWSP = '\u200B';
  private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)");
  private static final Pattern ENTITY = Pattern.compile("<([@#:/]|a:|t:)");
  private static final Pattern LINE_START_MARKUP =
      Pattern.compile("(?m)^(\\s*)(#{1,3} |-# |[-+] )");
  private static final Pattern NUMBERED_ITEM = Pattern.compile("(?m)^(\\s*\\d+)\\. ");
  private static final Pattern MASKED_LINK = Pattern.compile("\\]\\(");

  private DiscordText() {}

  /** {@code text} escaped for any markdown context (content, description, field). */
  public static String escape(String text) {
    if (text == null || text.isEmpty()) return "";
    String s = MarkdownSanitizer.escape(text, true);
    s = LINE_START_MARKUP.matcher(s).replaceAll("$1\\\\$2");
    s = NUMBERED_ITEM.matcher(s).replaceAll("$1\\\\. ");
    s = MASKED_LINK.matcher(s).replaceAll("]\\\\(");
    return defuseMentions(s);
  }

  /**
   * {@code text} with mentions defused but markdown left alone, for places that show no markdown
   * (embed footers, button labels, autocomplete choices).
   */
  public static String plain(String text) {
    return text == null ? "" : defuseMentions(text);
  }

  static String defuseMentions(String s) {
    s = MASS_MENTION.matcher(s).replaceAll("@" + ZWSP + "$1");
    return ENTITY.matcher(s).replaceAll("<" + ZWSP + "$1");
  }

  /**
   * {@code text} in pieces of at most {@code max} characters, in order, none blank, split by JDA's
   * {@link SplitUtil}: at a paragraph break, else a line break, else the end of a sentence (each
   * only if the piece keeps a third of the room), else a space. A word is cut only when it alone is
   * longer than {@code max}, and then never inside a surrogate pair or after an escaping backslash.
   */
  public static List<String> split(String text, int max) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) return List.of();
    return SplitUtil.split(
        t,
        max,
        true,
        keepingAThird((s, from, room) -> s.lastIndexOf("\n\n", from + room)),
        keepingAThird(Strategy.NEWLINE),
        keepingAThird(DiscordText::sentenceEnd),
        Strategy.WHITESPACE,
        DiscordText::wordCut);
  }

  /** {@code strategy}'s cut, unless it leaves the piece less than a third of the room. */
  private static Strategy keepingAThird(Strategy strategy) {
    return (s, from, room) -> {
      int cut = strategy.apply(s, from, room);
      return cut >= from + room / 3 ? cut : -1;
    };
  }

  /** Just after the last sentence that ends (before a space) within the room, or -1. */
  private static int sentenceEnd(String s, int from, int room) {
    for (int i = from + room; i > from; i--) {
      if (!Character.isWhitespace(s.charAt(i))) continue;
      int j = i - 1;
      while (j > from && "\"'”’)]»".indexOf(s.charAt(j)) >= 0) j--;
      if (".!?…;".indexOf(s.charAt(j)) >= 0) return i;
    }
    return -1;
  }

  /** Inside a word longer than the room: not in a surrogate pair, not after a backslash. */
  private static int wordCut(String s, int from, int room) {
    int cut = from + room;
    if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
    if (s.charAt(cut - 1) == '\\' && cut - 1 > from) cut--;
    return cut;
  }
}
