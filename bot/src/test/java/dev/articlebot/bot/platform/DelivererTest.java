package dev.articlebot.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The retry engine's own bookkeeping. */
@Timeout(30)
class DelivererTest {
  @Test
  void aRoutesHoldIsForgottenOnceItHasPassed() {
    try (Deliverer deliverer = new Deliverer("test", DeliveryPolicy.DEFAULT)) {
      AtomicInteger calls = new AtomicInteger();
      Deliverer.Sent<String> sent =
          deliverer
              .send(
                  "channel:a",
                  "channel a",
                  left ->
                      calls.getAndIncrement() == 0
                          ? CompletableFuture.failedFuture(new IllegalStateException("429"))
                          : CompletableFuture.completedFuture("ok"),
                  failure -> new Fault.RateLimited(Duration.ofMillis(5)))
              .join();
      assertThat(sent.delivery().delivered()).isTrue();
      assertThat(calls).hasValue(2); // the retry ran after the hold had passed

      assertThat(deliverer.heldRoutes()).isZero();
    }
  }
}
