package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlackEventDeduperTest {
  private final TestClock clock = new TestClock(Instant.parse("2025-03-30T08:00:00Z"));
  private final EventDeduper deduper = new EventDeduper(clock, Duration.ofMinutes(15), 3);

  @Test
  void claimsAnIdOnceWhileRemembered() {
    assertThat(deduper.claim("Ev1")).isTrue();
    assertThat(deduper.claim("Ev1")).isFalse();
    clock.advance(Duration.ofMinutes(14));
    assertThat(deduper.claim("Ev1")).isFalse();
    assertThat(deduper.claim("Ev2")).isTrue();
  }

  @Test
  void forgetsAfterTheTtl() {
    assertThat(deduper.claim("Ev1")).isTrue();
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(deduper.claim("Ev1")).isTrue();
    assertThat(deduper.size()).isEqualTo(1);
  }

  @Test
  void aReleasedClaimCanBeClaimedAgain() {
    assertThat(deduper.claim("Ev1")).isTrue();
    deduper.release("Ev1");
    assertThat(deduper.claim("Ev1")).isTrue();
  }

  @Test
  void boundedInSize() {
    for (String id : new String[] {"a", "b", "c", "d", "e"}) {
      assertThat(deduper.claim(id)).isTrue();
    }
    assertThat(deduper.size()).isEqualTo(3);
  }

  @Test
  void idsMissingAreNeverDeduplicated() {
    assertThat(deduper.claim(null)).isTrue();
    assertThat(deduper.claim(null)).isTrue();
    assertThat(deduper.claim("")).isTrue();
  }

  @Test
  void refusesATtlShorterThanSlacksRetryWindow() {
    assertThatThrownBy(() -> new EventDeduper(clock, Duration.ofMinutes(5), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
