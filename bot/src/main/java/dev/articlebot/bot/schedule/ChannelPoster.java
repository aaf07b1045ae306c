package dev.articlebot.bot.schedule;

import dev.articlebot.bot.reply.Reply;

/**
 * Posts a {@link Reply} to a channel of one platform: the port through which the scheduler posts.
 * It lives in this package because the scheduler is its only client; each platform adapter
 * (Discord, Slack, the console) implements it.
 */
public interface ChannelPoster {

  /** The platform name that {@link ChannelTarget#platform()} refers to ("discord", "slack"). */
  String platform();

  /**
   * Posts {@code reply} to {@code channelId}.
   *
   * @param nonce an idempotency token for this post (≤ 25 characters, e.g. "sum-20250330"); a
   *     platform that supports one (Discord's message nonce with enforce_nonce) should pass it so
   *     the platform itself drops a repeat
   * @return the platform's id of the posted message
   * @throws Exception if it could not be posted (rate limit, network, permissions): the scheduler
   *     retries it within the grace period
   */
  String post(String channelId, Reply reply, String nonce) throws Exception;
}
