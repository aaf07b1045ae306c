package dev.articlebot.bot.command;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chat message as a command: "help", "quote Wu Xinbo", "speakers", or a question. A
 * question that asks what a quoted person said goes to quote; one asking for the article in short
 * ("tl;dr", "what's this article about?") to summary; every other question to ask.
 */
public final class TextRouter {
  private static final Pattern QUOTE_INTENT =
      Pattern.compile(
          "^(?:what|what else)\\s+(?:did|does|has|had|do)\\s+(.+?)\\s+"
              + "(?:say|said|think|argue|write|tell|claim|believe|have to say)\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTE_VERB =
      Pattern.compile(
          "^(?:show me quotes (?:from|by)|quotes? (?:from|by)|quotes?)\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The whole message asks for the article in short: "summarize it", "tl;dr", "what's it about?".
   */
  private static final Pattern SUMMARY_INTENT =
      Pattern.compile(
          "^(?:(?:can|could) you\\s+|please\\s+)?(?:give me\\s+|show me\\s+)?(?:a\\s+|the\\s+)?"
              + "(?:quick\\s+|short\\s+)?"
              + "(?:summary|summari[sz]e(?:\\s+(?:it|this|that|the (?:article|story|piece)))?"
              + "|tl\\s*;?\\s*dr|recap|gist|sum (?:it|this) up"
              + "|what(?:'s|’s| is)\\s+(?:this|it|the (?:article|story|piece)|this (?:article|story|piece))"
              + "\\s+(?:all\\s+)?about)"
              + "(?:\\s+please)?\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  private final CommandCatalog catalog;
  private final Predicate<String> isQuotedSpeaker;

  public TextRouter(CommandCatalog catalog, Predicate<String> isQuotedSpeaker) {
    this.catalog = catalog;
    this.isQuotedSpeaker = isQuotedSpeaker;
  }

  /** The command and its argument. */
  public record Route(BotCommand command, String argument) {}

  public Route route(String text) {
    String t = text == null ? "" : text.strip();
    String[] words = t.split("\\s+", 2);
    String first = words[0].toLowerCase(Locale.ROOT).replaceFirst("^[/!]", "");
    String rest = words.length > 1 ? words[1].strip() : "";
    var named = catalog.find(first);
    if (named.isPresent()) {
      BotCommand c = named.get();
      if (c.option().isPresent() || rest.isEmpty()) return new Route(c, rest);
    }
    if (SUMMARY_INTENT.matcher(t).matches() && catalog.find("summary").isPresent()) {
      return new Route(catalog.require("summary"), "");
    }
    Matcher verb = QUOTE_VERB.matcher(t);
    if (verb.matches() && catalog.find("quote").isPresent()) {
      return new Route(catalog.require("quote"), verb.group(1).strip());
    }
    Matcher intent = QUOTE_INTENT.matcher(t);
    if (intent.matches() && catalog.find("quote").isPresent()) {
      String who = intent.group(1).strip();
      if (isQuotedSpeaker.test(who)) return new Route(catalog.require("quote"), who);
    }
    return new Route(catalog.require("ask"), t);
  }
}
