package dev.articlebot.bot.platform;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The messages of one reply, sent in order: each once the one before has arrived, none after one
 * that failed. With a fallback, the first message that cannot go the primary way (an expired
 * interaction or response URL) and every message after it go the fallback way instead, each once;
 * the primary way is not tried again for that reply.
 */
public final class ReplySequence {
  private ReplySequence() {}

  /** Sends one message (by its index) and completes with how it fared. */
  @FunctionalInterface
  public interface Step {
    CompletableFuture<Delivery> send(int index);
  }

  /** {@code count} messages through {@code send}, in order; stops at the first failure. */
  public static CompletableFuture<Delivery> inOrder(int count, Step send) {
    return withFallback(count, send, null);
  }

  /**
   * {@code count} messages through {@code primary}, in order. When message {@code i} fails there
   * and {@link Delivery#mayFallBack()}, {@code fallbackFrom.apply(i)} sends messages {@code i} to
   * the end (in order) and its outcome, marked late, is the rest of the reply's.
   *
   * @param fallbackFrom the fallback, given the first message it must send; null for none
   */
  public static CompletableFuture<Delivery> withFallback(
      int count, Step primary, IntFunction<CompletableFuture<Delivery>> fallbackFrom) {
    if (count < 1) throw new IllegalArgumentException("a reply has at least one message");
    return from(0, count, null, primary, fallbackFrom);
  }

  private static CompletableFuture<Delivery> from(
      int i,
      int count,
      Delivery before,
      Step primary,
      IntFunction<CompletableFuture<Delivery>> fallbackFrom) {
    return primary
        .send(i)
        .thenCompose(
            d -> {
              if (d.delivered()) {
                Delivery sofar = before == null ? d : before.then(d);
                return i + 1 == count
                    ? CompletableFuture.completedFuture(sofar)
                    : from(i + 1, count, sofar, primary, fallbackFrom);
              }
              if (fallbackFrom == null || !d.mayFallBack()) {
                return CompletableFuture.completedFuture(before == null ? d : before.then(d));
              }
              return fallbackFrom
                  .apply(i)
                  .thenApply(f -> f.viaFallback(d.took()))
                  .thenApply(f -> before == null ? f : before.then(f));
            });
  }
}
