package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Reply;
import java.util.Optional;

/**
 * One command: its name, help and handler together. Platforms build their slash commands and the
 * help text from these.
 */
public interface BotCommand {

  /** "ask". */
  String name();

  /** One line for help and slash-command descriptions. */
  String description();

  /** The command's one text option, if it takes one. */
  Optional<Option> option();

  /** Runs the command; {@code argument} is the option's text ("" when absent). */
  Reply run(String argument, Caller caller);

  /**
   * The text option of a command.
   *
   * @param name "question", "speaker"
   * @param description shown by platforms next to the option
   * @param required whether the command needs it
   * @param autocomplete whether the platform should offer completions
   */
  record Option(String name, String description, boolean required, boolean autocomplete) {}

  /** "ask <question>" for help. */
  default String usage() {
    return option()
        .map(o -> name() + (o.required() ? " <" + o.name() + ">" : " [" + o.name() + "]"))
        .orElse(name());
  }
}
