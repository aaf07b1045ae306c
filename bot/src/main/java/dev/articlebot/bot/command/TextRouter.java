package dev.articlebot.bot.command;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chat message as a command: "help", "quote Wu Xinbo", "speakers", or a question. A
 * question asking only what a quoted person said (as the knowledge core reads it: the same reading
 * the answer pipeline uses, so chat, console and {@code ask} route alike) goes to quote; one asking
 * for the article in short ("tl;dr", "what's this article about?") to summary; every other question
 * to ask.
 */
public final class TextRouter {
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

  /** The whole message asks which articles the bot has: "which articles do you know?". */
  private static final Pattern LIBRARY_INTENT =
      Pattern.compile(
          "^(?:(?:which|what) (?:articles|stories|pieces)\s+(?:do you|can you)\s+"
              + "(?:know|have|read|answer (?:from|about))(?:\s+about)?"
              + "|(?:which|what) (?:articles|stories|pieces)\s+(?:are there|are loaded|do we have)"
              + "|(?:list|show)(?: me)? (?:the |all |your )?(?:articles|stories))\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  private final CommandCatalog catalog;
  private final Function<String, Optional<String>> wordsAskedOf;

  /**
   * {@code wordsAskedOf} gives, for a question that asks only what a quoted person said, the words
   * that named them.
   */
  public TextRouter(CommandCatalog catalog, Function<String, Optional<String>> wordsAskedOf) {
    this.catalog = catalog;
    this.wordsAskedOf = wordsAskedOf;
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
    if (LIBRARY_INTENT.matcher(t).matches() && catalog.find("article").isPresent()) {
      return new Route(catalog.require("article"), "list");
    }
    if (SUMMARY_INTENT.matcher(t).matches() && catalog.find("summary").isPresent()) {
      return new Route(catalog.require("summary"), "");
    }
    Matcher verb = QUOTE_VERB.matcher(t);
    if (verb.matches() && catalog.find("quote").isPresent()) {
      return new Route(catalog.require("quote"), verb.group(1).strip());
    }
    if (catalog.find("quote").isPresent()) {
      Optional<String> who = wordsAskedOf.apply(t);
      if (who.isPresent()) return new Route(catalog.require("quote"), who.get());
    }
    return new Route(catalog.require("ask"), t);
  }
}
