package dev.articlebot.bot.command;

/**
 * Who asked, and where.
 *
 * @param platform "discord", "slack" or "console"
 * @param userId the platform's user id
 * @param channelId the platform's channel id, or "" in the console
 */
public record Caller(String platform, String userId, String channelId) {
  public Caller {
    if (platform == null || platform.isBlank()) throw new IllegalArgumentException("platform");
    if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId");
    channelId = channelId == null ? "" : channelId;
  }

  public static final Caller CONSOLE = new Caller("console", "local", "");
}
