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
   * Runs the command with the files attached to the message or command; a command that takes no
   * file ignores them.
   */
  default Reply run(String argument, java.util.List<Attachment> files, Caller caller) {
    return run(argument, caller);
  }

  /**
   * The actions of a command that groups several ("article add", "article list"), each with its
   * options; empty for most commands. Platforms with subcommands (Discord) offer these in place of
   * {@link #option()}, and pass the command "subcommand options…" as its argument; elsewhere the
   * argument is typed so ("article add https://…").
   */
  default java.util.List<Subcommand> subcommands() {
    return java.util.List.of();
  }

  /**
   * One action of a command.
   *
   * @param name "add", "list"
   * @param description shown by platforms
   * @param options its options, in order
   */
  record Subcommand(String name, String description, java.util.List<Option> options) {
    public Subcommand {
      options = java.util.List.copyOf(options);
    }
  }

  /**
   * An option of a command.
   *
   * @param name "question", "speaker"
   * @param description shown by platforms next to the option
   * @param required whether the command needs it
   * @param autocomplete whether the platform should offer completions
   * @param kind text, or a file to attach
   */
  record Option(
      String name, String description, boolean required, boolean autocomplete, Kind kind) {
    /** A text option. */
    public Option(String name, String description, boolean required, boolean autocomplete) {
      this(name, description, required, autocomplete, Kind.TEXT);
    }

    /** What an option holds. */
    public enum Kind {
      TEXT,
      FILE
    }
  }

  /** "ask <question>" for help. */
  default String usage() {
    return option()
        .map(o -> name() + (o.required() ? " <" + o.name() + ">" : " [" + o.name() + "]"))
        .orElse(name());
  }
}
