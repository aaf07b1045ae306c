package dev.articlebot.bot.platform;

import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.reply.Reply;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a platform adapter needs from the application, and nothing more: the dispatcher for every
 * message and command, speaker names for autocomplete, whole paragraphs for "Show full paragraph",
 * the worker pool for slow work, and the clock.
 */
public record BotServices(
    Dispatcher dispatcher,
    SpeakerNames speakers,
    ParagraphLookup paragraphs,
    Workers workers,
    Clock clock) {

  /** Names of quoted people for autocomplete; answered from memory, fast. */
  @FunctionalInterface
  public interface SpeakerNames {
    List<String> suggest(String prefix, int max);
  }

  /** A whole paragraph as a reply, for the "Show full paragraph" button. */
  @FunctionalInterface
  public interface ParagraphLookup {
    Optional<Reply> paragraph(String articleId, int number);
  }
}
