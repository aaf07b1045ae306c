package dev.articlebot.bot.platform;

import java.time.Duration;

/** Why one attempt to send a message failed, as the retry policy sees it. */
public sealed interface Fault {

  /** What the failure is counted as in the metrics. */
  DeliveryCause cause();

  /** A 429: try again once {@code retryAfter} has passed. */
  record RateLimited(Duration retryAfter) implements Fault {
    @Override
    public DeliveryCause cause() {
      return DeliveryCause.RATE_LIMITED;
    }
  }

  /** A server error or a network failure: try again after a backoff. */
  record Transient(DeliveryCause cause, String detail) implements Fault {}

  /**
   * The platform refused the message and would refuse it again (a bad request, a missing channel,
   * an expired interaction): no retry, a fallback route if there is one.
   */
  record Refused(DeliveryCause cause, String detail) implements Fault {}
}
