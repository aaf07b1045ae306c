package dev.articlebot.bot.platform;

import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's door to the shared {@link Workers}: takes a question in (or says why not), counts
 * it as in flight until its reply has been delivered or has failed, and on shutdown stops taking
 * questions and waits, bounded, for those in flight. Each adapter has one; all share the workers.
 *
 * <p>The adapters count each reply's outcome themselves once it is known. A reply whose work throws
 * instead, or whose sending completes with an exception (a bug: nothing counted it), is logged with
 * its stack trace and counted here as undelivered ({@link DeliveryCause#INTERNAL}), so that no
 * reply is lost without a trace.
 */
public final class ReplyGate {
  private static final Logger log = LoggerFactory.getLogger(ReplyGate.class);

  /** Whether a question was taken in. */
  public enum Admission {
    /** Taken in: it will be answered. */
    ACCEPTED,
    /** The workers' queue is full: ask again in a moment. */
    BUSY,
    /** Shutting down: ask again after the restart. */
    CLOSING
  }

  private final String platform;
  private final Workers workers;
  private final ReplyOutcomes outcomes;
  private final Object lock = new Object();
  private int inFlight;
  private boolean closed;

  /**
   * @param outcomes where a reply that failed unexpectedly is counted
   */
  public ReplyGate(String platform, Workers workers, ReplyOutcomes outcomes) {
    this.platform = platform;
    this.workers = workers;
    this.outcomes = outcomes;
  }

  /**
   * Runs {@code work} on the workers; it returns a stage that completes when its reply has been
   * delivered or has failed (and counted), and until then the question counts as in flight.
   */
  public Admission submit(Supplier<? extends CompletionStage<?>> work) {
    synchronized (lock) {
      if (closed || !workers.accepting()) return Admission.CLOSING;
      inFlight++;
    }
    boolean taken =
        workers.trySubmit(
            () -> {
              CompletionStage<?> done;
              try {
                done = work.get();
              } catch (RuntimeException e) {
                lost(null, e);
                finished();
                return;
              }
              done.whenComplete(
                  (ignored, error) -> {
                    if (error != null) lost(null, error);
                    finished();
                  });
            });
    if (taken) return Admission.ACCEPTED;
    finished();
    return workers.accepting() ? Admission.BUSY : Admission.CLOSING;
  }

  /**
   * Counts {@code sending} (a notice sent outside the workers, which counts its own outcome) as in
   * flight until it completes.
   */
  public void track(CompletionStage<?> sending) {
    synchronized (lock) {
      inFlight++;
    }
    sending.whenComplete(
        (ignored, error) -> {
          if (error != null) lost(Reply.Outcome.INFO, error);
          finished();
        });
  }

  /** A reply that failed with an exception, which nothing counted: logged and counted here. */
  private void lost(Reply.Outcome what, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    log.error("A {} reply was lost: it failed before it could be sent", platform, cause);
    try {
      outcomes.record(
          platform, what, Delivery.failed(DeliveryCause.INTERNAL, cause.toString(), Duration.ZERO));
    } catch (RuntimeException e) {
      log.error("Could not count a lost {} reply", platform, e);
    }
  }

  /** Whether questions are taken now (false once closing, or once the workers drain). */
  public boolean open() {
    synchronized (lock) {
      return !closed && workers.accepting();
    }
  }

  /** Takes no more questions; those in flight go on. */
  public void close() {
    synchronized (lock) {
      closed = true;
    }
  }

  /** Replies taken in and not yet delivered or failed. */
  public int inFlight() {
    synchronized (lock) {
      return inFlight;
    }
  }

  /** Waits until nothing is in flight, at most {@code timeout}; true if nothing is. */
  public boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    synchronized (lock) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return false;
        try {
          java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  private void finished() {
    synchronized (lock) {
      inFlight--;
      lock.notifyAll();
    }
  }
}
