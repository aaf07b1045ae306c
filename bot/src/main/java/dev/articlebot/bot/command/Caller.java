package dev.articlebot.bot.command;

/**
 * Who asked, and where.
 *
 * @param platform "discord", "slack", "console" or "cli" (a one-shot command)
 * @param userId the platform's user id
 * @param channelId the platform's channel id, or "" in the console
 * @param thread the conversation the message belongs to within the channel (a Slack thread's
 *     timestamp, a Discord thread or the first message of a reply chain), or "" when it belongs to
 *     none and stands alone
 * @param message the message's own id, when a later message may name it to continue the thread (a
 *     Discord reply names the message it answers), or ""
 */
public record Caller(
    String platform, String userId, String channelId, String thread, String message) {
  public Caller {
    if (platform == null || platform.isBlank()) throw new IllegalArgumentException("platform");
    if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId");
    channelId = channelId == null ? "" : channelId;
    thread = thread == null ? "" : thread;
    message = message == null ? "" : message;
  }

  /** Someone whose message belongs to no conversation. */
  public Caller(String platform, String userId, String channelId) {
    this(platform, userId, channelId, "", "");
  }

  public static final String CONSOLE_PLATFORM = "console";
  public static final String COMMAND_LINE_PLATFORM = "cli";

  /** The person at the interactive console: each line continues the conversation of the last. */
  public static final Caller CONSOLE = new Caller(CONSOLE_PLATFORM, "local", "", "console", "");

  /** Whoever runs a one-shot command ({@code article-bot ask "…"}). */
  public static final Caller COMMAND_LINE = new Caller(COMMAND_LINE_PLATFORM, "local", "");
}
