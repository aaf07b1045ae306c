package dev.articlebot.bot.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * Persisted markers that make the daily post happen at most once per {@link PostKey}. The file
 * implementation is {@link FilePostMarkerStore}; a database one would claim with a unique key
 * (INSERT ... ON CONFLICT DO NOTHING) and update the row for the other operations.
 *
 * <p>Methods throw an unchecked exception (e.g. {@link java.io.UncheckedIOException}) when the
 * store cannot be read or written; callers must then assume the worst for exactly-once: a failed
 * {@link #claim} means "not claimed", a failed {@link #markPosted} leaves the post claimed.
 */
public interface PostMarkerStore {

  /**
   * Atomically creates the marker for {@code key} in state {@link PostMarker.State#CLAIMED}.
   *
   * @return true if this call created it; false if a marker already exists in any state. Exactly
   *     one of any number of concurrent callers (threads, scheduler instances, processes sharing
   *     the store) gets true.
   */
  boolean claim(PostKey key, String owner, Instant now);

  /** Records that the claimed post was posted, and its message id. */
  void markPosted(PostKey key, String messageId, Instant now);

  /** Records that the claimed post was given up; it is not claimed again for that key. */
  void markFailed(PostKey key, String detail, Instant now);

  /**
   * Deletes a claim that is known not to have been posted, so that a later run (within the grace
   * period) may claim it again. Only a {@link PostMarker.State#CLAIMED} marker can be released.
   *
   * @throws IllegalStateException if the marker is posted or failed
   */
  void release(PostKey key);

  /** The marker for {@code key}, if any. */
  Optional<PostMarker> status(PostKey key);

  /** Where the marker lives, for log messages that tell an operator what to delete. */
  String describe(PostKey key);
}
