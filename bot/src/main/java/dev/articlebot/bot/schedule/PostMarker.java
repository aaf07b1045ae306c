package dev.articlebot.bot.schedule;

import java.time.Instant;

/**
 * The persisted state of one daily post.
 *
 * @param key which post
 * @param state claimed, posted or failed
 * @param owner who claimed it (an opaque id of the scheduler instance), "" if unknown
 * @param claimedAt when it was claimed, or null if unknown
 * @param updatedAt when the state last changed, or null if unknown
 * @param messageId the platform's message id once posted, else ""
 * @param detail why it failed, else ""
 */
public record PostMarker(
    PostKey key,
    State state,
    String owner,
    Instant claimedAt,
    Instant updatedAt,
    String messageId,
    String detail) {

  /** Where a daily post is. Every state blocks another claim for the same key. */
  public enum State {
    /** Claimed by a scheduler that is posting, retrying, or crashed before it could record. */
    CLAIMED,
    /** Posted; {@link #messageId()} says which message. */
    POSTED,
    /** Given up after retrying within the grace period; not retried that day. */
    FAILED
  }

  public PostMarker {
    if (key == null || state == null) {
      throw new IllegalArgumentException("key and state are required");
    }
    owner = owner == null ? "" : owner;
    messageId = messageId == null ? "" : messageId;
    detail = detail == null ? "" : detail;
  }

  PostMarker with(State newState, String newMessageId, String newDetail, Instant now) {
    return new PostMarker(key, newState, owner, claimedAt, now, newMessageId, newDetail);
  }
}
