package dev.articlebot.bot.platform;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's door to the shared {@link Workers}: takes a question in (or says why not), counts
 * it as in flight until its reply has been delivered or has failed, and on shutdown stops taking
 * questions and waits, bounded, for those in flight. Each adapter has one; all share the workers.
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
  private final Object lock = new Object();
  private int inFlight;
  private boolean closed;

  public ReplyGate(String platform, Workers workers) {
    this.platform = platform;
    this.workers = workers;
  }

  /**
   * Runs {@code work} on the workers; it returns a stage that completes when its reply has been
   * delivered or has failed, and until then the question counts as in flight.
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
                log.error("A {} reply failed before it was sent", platform, e);
                finished();
                return;
              }
              done.whenComplete((ignored, error) -> finished());
            });
    if (taken) return Admission.ACCEPTED;
    finished();
    return workers.accepting() ? Admission.BUSY : Admission.CLOSING;
  }

  /** Counts {@code sending} (a notice sent outside the workers) as in flight until it completes. */
  public void track(CompletionStage<?> sending) {
    synchronized (lock) {
      inFlight++;
    }
    sending.whenComplete((ignored, error) -> finished());
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
