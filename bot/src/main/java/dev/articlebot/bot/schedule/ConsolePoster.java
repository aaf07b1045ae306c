package dev.articlebot.bot.schedule;

import dev.articlebot.bot.reply.Reply;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** Posts to a {@link PrintStream} as plain text: the scheduler without any chat platform. */
public final class ConsolePoster implements ChannelPoster {

  /** The platform name of console targets ("console:stdout"). */
  public static final String PLATFORM = "console";

  private final PrintStream out;
  private final AtomicLong ids = new AtomicLong();

  public ConsolePoster(PrintStream out) {
    if (out == null) {
      throw new IllegalArgumentException("out is required");
    }
    this.out = out;
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  /** Prints the reply's plain text; the channel id and nonce are not shown. */
  @Override
  public String post(String channelId, Reply reply, String nonce) {
    synchronized (out) {
      out.println(reply.plainText());
      out.flush();
    }
    return "console-" + ids.incrementAndGet();
  }
}
