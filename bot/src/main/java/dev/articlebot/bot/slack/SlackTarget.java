package dev.articlebot.bot.slack;

/**
 * Where a reply goes.
 *
 * @param channelId the conversation
 * @param threadTs the thread to answer in, or null for the conversation itself
 * @param userId who asked, for ephemeral replies; may be null
 * @param responseUrl a slash command's or action's response URL, used instead of the Web API when
 *     present; may be null
 * @param directMessage whether the conversation is a DM (where ephemeral replies make no sense)
 */
public record SlackTarget(
    String channelId, String threadTs, String userId, String responseUrl, boolean directMessage) {

  /** A reply in a channel thread (mentions). */
  public static SlackTarget thread(String channelId, String threadTs, String userId) {
    return new SlackTarget(channelId, threadTs, userId, null, false);
  }

  /** A reply in a DM, threaded only if the question was. */
  public static SlackTarget directMessage(String channelId, String threadTs, String userId) {
    return new SlackTarget(channelId, threadTs, userId, null, true);
  }

  /** A reply through a response URL (slash commands, actions). */
  public static SlackTarget responseUrl(String responseUrl, String channelId, String userId) {
    return new SlackTarget(channelId, null, userId, responseUrl, false);
  }
}
