package dev.articlebot.bot.discord;

import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

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
}
