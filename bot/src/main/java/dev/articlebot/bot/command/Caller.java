package dev.articlebot.bot.command;

/**
 * Who asked, and where.
 *
 * @param platform "discord", "slack", "console" or "cli" (a one-shot command)
 * @param userId the platform's user id
 * @param channelId the platform's channel id, or "" in the console
 */
public record Caller(String platform, String userId, String channelId) {
  public Caller {
    if (platform == null || platform.isBlank()) throw new IllegalArgumentException("platform");
    if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId");
    channelId = channelId == null ? "" : channelId;
  }

  public static final String CONSOLE_PLATFORM = "console";
  public static final String COMMAND_LINE_PLATFORM = "cli";

  /** The person at the interactive console. */
  public static final Caller CONSOLE = new Caller(CONSOLE_PLATFORM, "local", "");

  /** Whoever runs a one-shot command ({@code article-bot ask "…"}). */
  public static final Caller COMMAND_LINE = new Caller(COMMAND_LINE_PLATFORM, "local", "");
}
