package dev.articlebot.bot.command;

/**
 * Where a reply is read, for the few sentences that depend on it: how to ask a question and how to
 * get help differ between a chat, the console and a one-shot command line.
 */
public enum Surface {
  /** Discord or Slack: mentions, direct messages, slash commands, buttons. */
  CHAT,
  /** The interactive console: one person typing lines. */
  CONSOLE,
  /** A one-shot command such as {@code article-bot ask "…"}. */
  COMMAND_LINE;

  /** Where {@code caller} reads the reply. */
  public static Surface of(Caller caller) {
    return switch (caller.platform()) {
      case Caller.CONSOLE_PLATFORM -> CONSOLE;
      case Caller.COMMAND_LINE_PLATFORM -> COMMAND_LINE;
      default -> CHAT;
    };
  }
}
