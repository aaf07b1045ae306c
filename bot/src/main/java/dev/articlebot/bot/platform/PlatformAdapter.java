package dev.articlebot.bot.platform;

import dev.articlebot.bot.schedule.ChannelPoster;
import java.time.Duration;

/**
 * A chat platform connection (Discord, Slack). The application starts each configured adapter,
 * reports its state on the health endpoint, hands its poster to the daily scheduler, and closes it
 * on shutdown.
 */
public interface PlatformAdapter {

  /** "discord", "slack". */
  String platform();

  /** Connects and starts taking messages; returns once connected, or throws. */
  void start() throws Exception;

  /** The connection's state now. */
  ConnectionState state();

  /**
   * Questions and notices taken in whose reply has not yet been delivered or failed (queued,
   * running, being sent or waiting on a retry).
   */
  int inFlight();

  /** Posts to this platform's channels (the daily summary). */
  ChannelPoster poster();

  /**
   * Stops taking new messages, waits up to {@code timeout} for replies in flight, then closes the
   * connection. Never throws.
   */
  void close(Duration timeout);
}
