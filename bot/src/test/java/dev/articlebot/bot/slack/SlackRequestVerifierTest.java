package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlackRequestVerifierTest {
  private static final Instant NOW = Instant.parse("2025-03-30T08:00:00Z");
  private final TestClock clock = new TestClock(NOW);
  private final SlackRequestVerifier verifier = new SlackRequestVerifier("s3cr3t", clock);
  private final byte[] body =
      "token=x&team_id=T1&text=hello%20there".getBytes(StandardCharsets.UTF_8);

  private String ts(long offsetSeconds) {
    return String.valueOf(NOW.getEpochSecond() + offsetSeconds);
  }

  @Test
  void signsLikeSlacksOwnGenerator() {
    String ts = ts(0);
    String sdk =
        new SlackSignature.Generator("s3cr3t")
            .generate(ts, new String(body, StandardCharsets.UTF_8));
    assertThat(verifier.sign(ts, body)).isEqualTo(sdk).startsWith("v0=");
  }

  @Test
  void acceptsACorrectSignatureWithinFiveMinutesEitherSide() {
    for (long offset : new long[] {0, -300, 300}) {
      String ts = ts(offset);
      assertThat(verifier.verify(ts, body, verifier.sign(ts, body)))
          .isEqualTo(SlackRequestVerifier.Result.VALID);
    }
  }

  @Test
  void rejectsStaleAndFutureTimestampsEvenWhenSigned() {
    for (long offset : new long[] {-301, 301, -86_400}) {
      String ts = ts(offset);
      assertThat(verifier.verify(ts, body, verifier.sign(ts, body)))
          .isEqualTo(SlackRequestVerifier.Result.STALE_TIMESTAMP);
    }
    clock.advance(Duration.ofMinutes(6));
    String old = ts(0);
    assertThat(verifier.verify(old, body, verifier.sign(old, body)))
        .isEqualTo(SlackRequestVerifier.Result.STALE_TIMESTAMP);
  }

  @Test
  void rejectsWrongSignaturesBodiesAndSecrets() {
    String ts = ts(0);
    String good = verifier.sign(ts, body);
    byte[] tampered = "token=x&team_id=T1&text=hello%20therE".getBytes(StandardCharsets.UTF_8);
    assertThat(verifier.verify(ts, tampered, good))
        .isEqualTo(SlackRequestVerifier.Result.BAD_SIGNATURE);
    assertThat(verifier.verify(ts, body, "v0=00"))
        .isEqualTo(SlackRequestVerifier.Result.BAD_SIGNATURE);
    assertThat(verifier.verify(ts, body, new SlackRequestVerifier("other", clock).sign(ts, body)))
        .isEqualTo(SlackRequestVerifier.Result.BAD_SIGNATURE);
    // The signature covers the timestamp too.
    assertThat(verifier.verify(ts(1), body, good))
        .isEqualTo(SlackRequestVerifier.Result.BAD_SIGNATURE);
  }

  @Test
  void rejectsMissingOrMalformedHeaders() {
    String ts = ts(0);
    assertThat(verifier.verify(null, body, verifier.sign(ts, body)))
        .isEqualTo(SlackRequestVerifier.Result.MISSING_HEADERS);
    assertThat(verifier.verify(ts, body, null))
        .isEqualTo(SlackRequestVerifier.Result.MISSING_HEADERS);
    assertThat(verifier.verify("yesterday", body, "v0=ab"))
        .isEqualTo(SlackRequestVerifier.Result.BAD_TIMESTAMP);
  }
}
