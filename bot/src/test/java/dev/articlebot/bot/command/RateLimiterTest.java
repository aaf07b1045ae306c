package dev.articlebot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  /** A clock the test moves by hand. */
  static final class StepClock extends Clock {
    Instant now = Instant.parse("2025-11-01T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void allowsTheLimitPerWindowThenSaysHowLongToWait() {
    StepClock clock = new StepClock();
    RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60), clock);
    assertThat(limiter.tryAcquire("u")).isEmpty();
    clock.now = clock.now.plusSeconds(10);
    assertThat(limiter.tryAcquire("u")).isEmpty();
    assertThat(limiter.tryAcquire("u")).hasValue(50);
    assertThat(limiter.tryAcquire("other")).isEmpty();
    clock.now = clock.now.plusSeconds(50);
    assertThat(limiter.tryAcquire("u")).isEmpty();
  }
}
