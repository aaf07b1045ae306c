package dev.articlebot.knowledge.phrase;

import java.time.Duration;
import java.util.Optional;

/** A call to the language model that gave no usable reply, and why. */
public final class ModelFailure extends Exception {
  private final Fallback cause;
  private final Duration retryAfter;

  /**
   * @param cause one of the call failures ({@link Fallback#TIMEOUT}, {@link Fallback#RATE_LIMITED},
   *     {@link Fallback#SERVER_ERROR}, {@link Fallback#MALFORMED}, {@link Fallback#NETWORK}, {@link
   *     Fallback#ERROR})
   * @param retryAfter how long the server asked to wait, or null
   */
  public ModelFailure(Fallback cause, String message, Duration retryAfter, Throwable source) {
    super(message, source);
    this.cause = cause;
    this.retryAfter = retryAfter;
  }

  public ModelFailure(Fallback cause, String message) {
    this(cause, message, null, null);
  }

  public Fallback fallback() {
    return cause;
  }

  /** How long the server asked to wait before the next call, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
