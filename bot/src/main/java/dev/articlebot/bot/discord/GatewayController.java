package dev.articlebot.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller (which paces IDENTIFYs), pointed at the configured gateway URL instead
 * of Discord's default, so a proxy or a local stand-in can be used.
 */
final class GatewayController extends ConcurrentSessionController {
  private final String gatewayUrl;

  GatewayController(String gatewayUrl) {
    if (gatewayUrl == null || gatewayUrl.isBlank()) {
      throw new IllegalArgumentException("discord.gateway-url must not be empty");
    }
    this.gatewayUrl = gatewayUrl.strip();
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }

  /** One shard at the configured URL: the bot never shards. */
  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    return new ShardedGateway(gatewayUrl, 1);
  }
}
