package dev.articlebot.bot.platform;

import java.util.Locale;

/** Why a reply was not delivered: a small fixed set, for logs and metric labels. */
public enum DeliveryCause {
  /** Still rate-limited when the deadline came. */
  RATE_LIMITED,
  /** HTTP 5xx until the deadline. */
  SERVER_ERROR,
  /** Connection refused, reset or timed out until the deadline. */
  NETWORK,
  /** The platform refused it (4xx other than 429). */
  REJECTED,
  /** The platform's client still had it queued when the deadline came. */
  TIMED_OUT,
  /** The interaction or response URL it answers had expired. */
  EXPIRED,
  /**
   * Sent, but no answer came (a read timeout, a connection dropped after the request went out): it
   * may have arrived, so it is neither sent again nor sent another way.
   */
  NO_RESPONSE,
  /** The bot itself failed while making or sending it (a bug: the log has the stack trace). */
  INTERNAL,
  /** The bot was shutting down. */
  SHUTDOWN;

  /** "rate_limited", as in metric labels. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
