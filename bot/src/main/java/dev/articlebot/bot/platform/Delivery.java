package dev.articlebot.bot.platform;

import java.time.Duration;

/**
 * How a reply (one or several messages) fared.
 *
 * @param delivered whether every message arrived
 * @param late whether it took a retry or a fallback to get there
 * @param cause why it was not delivered; null when it was
 * @param detail what the platform said about the failure ("HTTP 500", "not_in_channel"); "" when
 *     delivered
 * @param took from the first attempt to the last answer
 */
public record Delivery(
    boolean delivered, boolean late, DeliveryCause cause, String detail, Duration took) {

  public Delivery {
    if (delivered == (cause != null)) {
      throw new IllegalArgumentException("a cause exactly when not delivered");
    }
    detail = detail == null ? "" : detail;
  }

  public static Delivery delivered(boolean late, Duration took) {
    return new Delivery(true, late, null, "", took);
  }

  public static Delivery failed(DeliveryCause cause, String detail, Duration took) {
    return new Delivery(false, true, cause, detail, took);
  }

  /**
   * This and then {@code next} (a further message of the same reply): failed as the first of the
   * two that failed, else delivered, late if either was.
   */
  public Delivery then(Delivery next) {
    Duration total = took.plus(next.took);
    if (!delivered) return failed(cause, detail, total);
    if (!next.delivered) return failed(next.cause, next.detail, total);
    return delivered(late || next.late, total);
  }

  /**
   * Whether what this message failed on may be sent another way (a fallback route): not when it was
   * delivered, not at shutdown, and not when it may have arrived after all ({@link
   * DeliveryCause#NO_RESPONSE}), which would show it twice.
   */
  public boolean mayFallBack() {
    return !delivered && cause != DeliveryCause.SHUTDOWN && cause != DeliveryCause.NO_RESPONSE;
  }

  /** The same outcome, reached through a fallback route: late even when delivered. */
  public Delivery viaFallback(Duration before) {
    Duration total = took.plus(before);
    return delivered ? delivered(true, total) : failed(cause, detail, total);
  }
}
