package dev.articlebot.bot.platform;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages with the bot's own retry policy ({@link DeliveryPolicy}), without blocking any
 * thread while it waits: each attempt is asynchronous, and each wait is a timer. A 429 on a route
 * holds later messages on that route until its Retry-After has passed (other routes go on); a
 * server error or network failure is retried after a backoff with jitter; a refusal is final. When
 * the deadline comes, the message has failed, with the cause of its last attempt; an attempt cut
 * short by the deadline itself reports the fault of the attempt before it (the outage, not the
 * clock).
 *
 * <p>{@link #close()} ends every wait at once: those messages fail as {@link
 * DeliveryCause#SHUTDOWN}, so that nothing waits on a retry that will never run. A route's hold is
 * forgotten once it has passed.
 *
 * <p>Why not a resilience library: Failsafe 3.3 (checked against its {@code RetryPolicy}) covers
 * the loop itself (a delay computed from the failure, jitter, a maximum duration, a scheduler) but
 * not the two things this class is for. A hold is per route and must delay the <em>first</em>
 * attempt of every later message on that route, while Failsafe delays only between attempts of one
 * execution (emulating it means failing attempts on purpose, which then count as attempts and
 * failures). And a Retry-After that ends past the deadline must fail the message at once as
 * rate-limited, while Failsafe shortens the last delay to the time left ({@code
 * adjustForMaxDuration}) and tries again early, against the platform's Retry-After. What would
 * remain here (the holds, the pending set for {@link #close()}, the causes) is most of this class;
 * the library would replace about 40 lines of loop with a builder and a second model of failure.
 */
public final class Deliverer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

  /** Runs a task after a delay; the real one is a timer thread, tests may run it at once. */
  @FunctionalInterface
  public interface Timer {
    void schedule(Duration delay, Runnable task);
  }

  /** One attempt: starts sending and completes when the platform has answered. */
  @FunctionalInterface
  public interface Attempt<T> {
    /**
     * @param left the time until the deadline, for clients that take one
     */
    CompletableFuture<T> start(Duration left);
  }

  /** What a failure of an attempt means for the retry policy. */
  @FunctionalInterface
  public interface Classifier {
    Fault classify(Throwable failure);
  }

  /** A message's value (the platform's answer) when delivered, and how it fared. */
  public record Sent<T>(T value, Delivery delivery) {}

  private final String platform;
  private final DeliveryPolicy policy;
  private final Timer timer;
  private final ScheduledThreadPoolExecutor ownTimer;
  private final ConcurrentHashMap<String, Long> holdUntil = new ConcurrentHashMap<>();
  private final Set<Job<?>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** With its own timer thread, named after the platform. */
  public Deliverer(String platform, DeliveryPolicy policy) {
    this(platform, policy, null);
  }

  /**
   * @param timer runs the waits; null for a timer thread of its own
   */
  public Deliverer(String platform, DeliveryPolicy policy, Timer timer) {
    this.platform = platform;
    this.policy = policy;
    if (timer == null) {
      AtomicInteger n = new AtomicInteger();
      ownTimer =
          new ScheduledThreadPoolExecutor(
              1,
              r -> {
                Thread t = new Thread(r, platform + "-retry-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      ownTimer.setRemoveOnCancelPolicy(true);
      this.timer = (delay, task) -> ownTimer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    } else {
      ownTimer = null;
      this.timer = timer;
    }
  }

  public DeliveryPolicy policy() {
    return policy;
  }

  /**
   * Sends one message on {@code route} until it is delivered, refused, or {@code window} has
   * passed. Never completes exceptionally.
   *
   * @param route what a 429 holds back: the channel, the response URL, the interaction
   * @param where for the log: "channel 123"
   */
  public <T> CompletableFuture<Sent<T>> send(
      String route, String where, Attempt<T> attempt, Classifier classify, Duration window) {
    forgetPassedHolds();
    Job<T> job = new Job<>(route, where, attempt, classify, window);
    pending.add(job);
    job.result.whenComplete((r, e) -> pending.remove(job));
    job.run();
    return job.result;
  }

  /** {@link #send} with the policy's deadline. */
  public <T> CompletableFuture<Sent<T>> send(
      String route, String where, Attempt<T> attempt, Classifier classify) {
    return send(route, where, attempt, classify, policy.deadline());
  }

  /** Routes held by a 429 now (holds that have passed are forgotten as new messages come). */
  int heldRoutes() {
    forgetPassedHolds();
    return holdUntil.size();
  }

  private void forgetPassedHolds() {
    long now = System.nanoTime();
    holdUntil.values().removeIf(until -> until - now <= 0);
  }

  /** Messages waiting to be retried or being sent. */
  public int pending() {
    return pending.size();
  }

  /** Fails every waiting message as {@link DeliveryCause#SHUTDOWN} and refuses new ones. */
  @Override
  public void close() {
    closed = true;
    for (Job<?> job : pending) job.fail(DeliveryCause.SHUTDOWN, "shutting down");
    if (ownTimer != null) ownTimer.shutdownNow();
  }

  private final class Job<T> {
    final String route;
    final String where;
    final Attempt<T> attempt;
    final Classifier classify;
    final long start = System.nanoTime();
    final long deadline;
    final CompletableFuture<Sent<T>> result = new CompletableFuture<>();
    int attempts;
    int failures;
    Fault.Transient lastAnswered; // the last transient fault the other side gave us
    long waitedFor = Long.MIN_VALUE; // the route hold this job last waited out

    Job(String route, String where, Attempt<T> attempt, Classifier classify, Duration window) {
      this.route = route;
      this.where = where;
      this.attempt = attempt;
      this.classify = classify;
      this.deadline = start + window.toNanos();
    }

    void run() {
      if (result.isDone()) return;
      if (closed) {
        fail(DeliveryCause.SHUTDOWN, "shutting down");
        return;
      }
      long now = System.nanoTime();
      Long hold = holdUntil.get(route);
      if (hold != null && hold != waitedFor && hold - now > 0) {
        waitedFor = hold;
        long held = hold - now;
        wait(Duration.ofNanos(held + jitter(held)), DeliveryCause.RATE_LIMITED, "rate-limited");
        return;
      }
      attempts++;
      CompletableFuture<T> sending;
      try {
        sending = attempt.start(Duration.ofNanos(Math.max(0, deadline - now)));
      } catch (RuntimeException e) {
        sending = CompletableFuture.failedFuture(e);
      }
      sending.whenComplete(
          (value, error) -> {
            if (error == null) {
              result.complete(new Sent<>(value, Delivery.delivered(attempts > 1, elapsed())));
            } else {
              failed(unwrap(error));
            }
          });
    }

    void failed(Throwable error) {
      Fault fault;
      try {
        fault = classify.classify(error);
      } catch (RuntimeException e) {
        fault = new Fault.Refused(DeliveryCause.REJECTED, error.toString());
      }
      if (fault instanceof Fault.RateLimited r) {
        long now = System.nanoTime();
        long until = now + r.retryAfter().toNanos();
        long hold = holdUntil.merge(route, until, Math::max);
        waitedFor = hold;
        log.debug("{} rate-limited {} for {} ms", platform, route, r.retryAfter().toMillis());
        Duration delay = hold == until ? r.retryAfter() : Duration.ofNanos(hold - now);
        wait(delay, DeliveryCause.RATE_LIMITED, "rate-limited");
      } else if (fault instanceof Fault.Transient t) {
        failures++;
        log.debug("{} reply to {} failed ({}); retrying", platform, where, t.detail());
        if (t.cause() != DeliveryCause.TIMED_OUT) lastAnswered = t;
        Fault.Transient reported =
            t.cause() == DeliveryCause.TIMED_OUT && lastAnswered != null ? lastAnswered : t;
        wait(policy.backoff(failures), reported.cause(), reported.detail());
      } else {
        Fault.Refused r = (Fault.Refused) fault;
        fail(r.cause(), r.detail());
      }
    }

    private void wait(Duration delay, DeliveryCause cause, String detail) {
      if (System.nanoTime() + delay.toNanos() > deadline) {
        fail(cause, detail + " until the deadline");
        return;
      }
      try {
        timer.schedule(delay, this::run);
      } catch (RuntimeException e) { // the timer is shut down
        fail(DeliveryCause.SHUTDOWN, "shutting down");
      }
    }

    void fail(DeliveryCause cause, String detail) {
      if (result.complete(new Sent<>(null, Delivery.failed(cause, detail, elapsed())))) {
        log.warn(
            "Could not deliver a {} reply to {}: {} after {} attempt(s) in {} ms ({})",
            platform,
            where,
            cause.label(),
            attempts,
            elapsed().toMillis(),
            detail);
      }
    }

    private Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - start);
    }
  }

  /** Up to a tenth more (at most a quarter second), so held messages do not all go at once. */
  private static long jitter(long nanos) {
    long most = Math.min(nanos / 10, TimeUnit.MILLISECONDS.toNanos(250));
    return most <= 0 ? 0 : ThreadLocalRandom.current().nextLong(most);
  }

  private static Throwable unwrap(Throwable e) {
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
