package dev.articlebot.bot.platform;

import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.reply.Reply;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a platform adapter needs from the application, and nothing more: the dispatcher for every
 * message and command, speaker names for autocomplete, whole paragraphs for "Show full paragraph",
 * the worker pool for slow work, the clock, how replies are retried, and where their outcomes are
 * counted.
 */
public record BotServices(
    Dispatcher dispatcher,
    SpeakerNames speakers,
    ParagraphLookup paragraphs,
    Workers workers,
    Clock clock,
    DeliveryPolicy delivery,
    ReplyOutcomes outcomes) {

  /** With the default delivery policy, outcomes not counted. */
  public BotServices(
      Dispatcher dispatcher,
      SpeakerNames speakers,
      ParagraphLookup paragraphs,
      Workers workers,
      Clock clock) {
    this(
        dispatcher,
        speakers,
        paragraphs,
        workers,
        clock,
        DeliveryPolicy.DEFAULT,
        ReplyOutcomes.NONE);
  }

  /** The same services with another delivery policy. */
  public BotServices withDelivery(DeliveryPolicy policy) {
    return new BotServices(dispatcher, speakers, paragraphs, workers, clock, policy, outcomes);
  }

  /** The same services, reporting reply outcomes to {@code sink}. */
  public BotServices withOutcomes(ReplyOutcomes sink) {
    return new BotServices(dispatcher, speakers, paragraphs, workers, clock, delivery, sink);
  }

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
