package dev.articlebot.bot.schedule;

import java.time.LocalDate;

/**
 * One daily post: a channel on a platform on a local date (in the schedule's zone).
 *
 * @param platform e.g. "discord"
 * @param channelId the platform's channel id
 * @param date the local date the post belongs to
 */
public record PostKey(String platform, String channelId, LocalDate date) {
  public PostKey {
    if (platform == null || platform.isBlank() || channelId == null || channelId.isBlank()) {
      throw new IllegalArgumentException("platform and channel id are required");
    }
    if (date == null) {
      throw new IllegalArgumentException("date is required");
    }
  }

  public static PostKey of(ChannelTarget target, LocalDate date) {
    return new PostKey(target.platform(), target.channelId(), date);
  }

  @Override
  public String toString() {
    return platform + ":" + channelId + "@" + date;
  }
}
