package dev.articlebot.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that an HTTP request comes from Slack: {@code X-Slack-Signature} must be {@code v0=}
 * HMAC-SHA256(signing secret, {@code v0:{timestamp}:{raw body}}), compared in constant time, and
 * {@code X-Slack-Request-Timestamp} within five minutes of the clock (either side). Works on the
 * raw bytes, before anything parses the body.
 */
public final class SlackRequestVerifier {
  public static final String SIGNATURE_HEADER = "X-Slack-Signature";
  public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final byte[] secret;
  private final Clock clock;

  public SlackRequestVerifier(String signingSecret, Clock clock) {
    if (signingSecret == null || signingSecret.isBlank()) {
      throw new IllegalArgumentException("the signing secret is required");
    }
    this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  /** Why a request was turned away, or {@link Result#VALID}. */
  public enum Result {
    VALID,
    MISSING_HEADERS,
    BAD_TIMESTAMP,
    STALE_TIMESTAMP,
    BAD_SIGNATURE
  }

  public Result verify(String timestamp, byte[] rawBody, String signature) {
    if (timestamp == null || signature == null) return Result.MISSING_HEADERS;
    long ts;
    try {
      ts = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Result.BAD_TIMESTAMP;
    }
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - ts) > MAX_SKEW.toSeconds()) return Result.STALE_TIMESTAMP;
    byte[] expected = sign(timestamp.strip(), rawBody).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? Result.VALID : Result.BAD_SIGNATURE;
  }

  /** {@code v0=<hex>} for {@code timestamp} and {@code rawBody}. */
  public String sign(String timestamp, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      mac.update(rawBody);
      return "v0=" + HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
