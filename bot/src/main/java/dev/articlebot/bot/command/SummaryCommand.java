package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Reply;
import java.util.Optional;
import java.util.function.Function;

/** summary: the article in a few of its own sentences, each citing its paragraph. */
public final class SummaryCommand implements BotCommand {
  private final Function<Surface, Reply> summary;

  /** {@code summary} gives the summary reply as read on a surface. */
  public SummaryCommand(Function<Surface, Reply> summary) {
    this.summary = summary;
  }

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public String description() {
    return "The article in a few of its own sentences, with key quotes.";
  }

  @Override
  public Optional<Option> option() {
    return Optional.empty();
  }

  @Override
  public Reply run(String argument, Caller caller) {
    return summary.apply(Surface.of(caller));
  }
}
