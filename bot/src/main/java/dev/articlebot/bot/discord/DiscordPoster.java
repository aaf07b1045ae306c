package dev.articlebot.bot.discord;

import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Posts the daily summary to a Discord channel. The scheduler's nonce goes on the first message,
 * and JDA always sends {@code enforce_nonce: true} with it, so Discord itself drops a repeat of the
 * same post made within a few minutes. Blocks until Discord has the message: it runs on the
 * scheduler's thread, never on JDA's.
 */
final class DiscordPoster implements ChannelPoster {
  private final Supplier<JDA> jda;
  private final DiscordRenderer renderer;

  DiscordPoster(Supplier<JDA> jda, DiscordRenderer renderer) {
    this.jda = jda;
    this.renderer = renderer;
  }

  @Override
  public String platform() {
    return "discord";
  }

  @Override
  public String post(String channelId, Reply reply, String nonce) {
    JDA api = jda.get();
    if (api == null) throw new IllegalStateException("Discord is not connected");
    MessageChannel channel = channel(api, channelId);
    List<MessageCreateData> messages = renderer.render(reply);
    String firstId = null;
    for (int i = 0; i < messages.size(); i++) {
      Message sent = channel.sendMessage(messages.get(i)).setNonce(nonceFor(nonce, i)).complete();
      if (firstId == null) firstId = sent.getId();
    }
    return firstId;
  }

  private static MessageChannel channel(JDA api, String channelId) {
    MessageChannel channel = null;
    try {
      channel = api.getChannelById(MessageChannel.class, channelId);
    } catch (NumberFormatException e) {
      // not a snowflake: reported below
    }
    if (channel == null) {
      throw new IllegalStateException(
          "Discord channel "
              + channelId
              + " is not visible to the bot: check summary.daily.discord-channels, invite the bot"
              + " to that server and let it view the channel and send messages there");
    }
    return channel;
  }

  /** The nonce for the i-th message of a post: the scheduler's for the first, then "-2", "-3"… */
  static String nonceFor(String nonce, int index) {
    if (nonce == null || nonce.isEmpty()) return null;
    if (index == 0) return cap(nonce, "");
    return cap(nonce, "-" + (index + 1));
  }

  private static String cap(String nonce, String suffix) {
    int room = DiscordLimits.NONCE - suffix.length();
    String head = nonce.length() > room ? nonce.substring(nonce.length() - room) : nonce;
    return head + suffix;
  }
}
