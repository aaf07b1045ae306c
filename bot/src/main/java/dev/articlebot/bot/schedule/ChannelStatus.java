package dev.articlebot.bot.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to the daily post in one channel on its latest run, for the health endpoint.
 *
 * @param target the channel
 * @param date the local date of the post
 * @param outcome what happened
 * @param at when it happened
 * @param attempts post attempts made by this instance
 * @param messageId the posted message's id, or ""
 * @param nextAttemptAt when the next retry is due, or null if none
 */
public record ChannelStatus(
    ChannelTarget target,
    LocalDate date,
    Outcome outcome,
    Instant at,
    int attempts,
    String messageId,
    Instant nextAttemptAt) {

  /** Outcomes of a channel's daily post. */
  public enum Outcome {
    /** Posted by this instance. */
    POSTED,
    /** Posted by this instance, but the message id could not be recorded; still claimed. */
    POSTED_UNRECORDED,
    /** Already posted (earlier run, restart, other replica). */
    ALREADY_POSTED,
    /** Claimed by someone else and not (yet) confirmed: another replica, or a crash. */
    ALREADY_CLAIMED,
    /** Given up earlier today; not retried. */
    ALREADY_FAILED,
    /** A post attempt failed; the next is scheduled at {@code nextAttemptAt}. */
    RETRYING,
    /** Given up: no attempt succeeded within the grace period. */
    FAILED,
    /** The run was missed (bot down) and is past its grace period. */
    SKIPPED_LATE,
    /** Shut down while waiting to retry: the claim was released for a restart to retry. */
    RELEASED,
    /** Interrupted while posting: outcome unknown, left claimed (not re-posted). */
    INTERRUPTED,
    /** The marker store failed; nothing was posted. */
    STORE_ERROR
  }

  public ChannelStatus {
    messageId = messageId == null ? "" : messageId;
  }
}
