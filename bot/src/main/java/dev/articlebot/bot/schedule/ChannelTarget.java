package dev.articlebot.bot.schedule;

import java.util.Locale;

/**
 * Where a scheduled post goes.
 *
 * @param platform the platform's name as its {@link ChannelPoster#platform()} reports it
 *     ("discord", "slack", "console"); stored lower-case
 * @param channelId the platform's channel id (Discord snowflake, Slack channel id, ...)
 */
public record ChannelTarget(String platform, String channelId) {
  public ChannelTarget {
    if (platform == null || platform.isBlank()) {
      throw new IllegalArgumentException("target platform is required");
    }
    platform = platform.strip().toLowerCase(Locale.ROOT);
    if (!platform.matches("[a-z0-9_-]+")) {
      throw new IllegalArgumentException(
          "invalid target platform '" + platform + "': use letters, digits, '-' or '_'");
    }
    if (channelId == null || channelId.isBlank()) {
      throw new IllegalArgumentException(
          "target channel id is required (platform " + platform + ")");
    }
    channelId = channelId.strip();
  }

  /** Parses "platform:channelId", e.g. "discord:123456789012345678" or "slack:C0123ABCD". */
  public static ChannelTarget parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException(
          "invalid target '" + text + "': expected platform:channelId, e.g. discord:1234567890");
    }
    return new ChannelTarget(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return platform + ":" + channelId;
  }
}
