package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Reply;
import java.util.Optional;
import java.util.function.Supplier;

/** summary: the article in a few of its own sentences, each citing its paragraph. */
public final class SummaryCommand implements BotCommand {
  private final Supplier<Reply> summary;

  public SummaryCommand(Supplier<Reply> summary) {
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
    return summary.get();
  }
}
