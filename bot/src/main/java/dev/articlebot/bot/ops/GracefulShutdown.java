package dev.articlebot.bot.ops;

import dev.articlebot.bot.platform.PlatformAdapter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the bot in order on SIGTERM (PLATFORM-RULES 24): health says "stopping", no new questions
 * are taken and those in flight finish (within shutdown.timeout), the daily scheduler stops, each
 * platform connection closes, the health server closes last. Each step is logged with its duration;
 * a step that fails or hangs is logged and the next one runs anyway. Never throws.
 */
public final class GracefulShutdown {
  private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

  /** Every closing step gets at least this long, even when the budget is spent. */
  static final Duration MIN_STEP = Duration.ofSeconds(2);

  /** How much longer than its budget a step may take before it is left behind. */
  static final Duration SLACK = Duration.ofSeconds(1);

  private GracefulShutdown() {}

  /** How a step ended. */
  public enum Outcome {
    /** Done. */
    OK,
    /** Done, but not everything in flight finished in time. */
    INCOMPLETE,
    /** Still running when its time was up; left behind. */
    TIMED_OUT,
    /** Threw. */
    FAILED
  }

  /** One step: "mark-stopping", "drain", "scheduler", "adapter discord", "health". */
  public record StepResult(String name, Outcome outcome, Duration took, String detail) {}

  /** Every step, in the order run. */
  public record Result(List<StepResult> steps) {
    public Result {
      steps = List.copyOf(steps);
    }

    /** Whether every step ended OK. */
    public boolean clean() {
      return steps.stream().allMatch(s -> s.outcome() == Outcome.OK);
    }
  }

  /** Runs the steps in order within {@code steps.timeout()} (plus a little per closing step). */
  public static Result run(ShutdownSteps steps) {
    long start = System.nanoTime();
    long deadline = start + steps.timeout().toNanos();
    log.info("Shutting down (in-flight budget {})", steps.timeout());
    List<StepResult> results = new ArrayList<>();
    AtomicBoolean interrupted = new AtomicBoolean(Thread.interrupted());

    if (steps.markStopping() != null) {
      results.add(step(interrupted, "mark-stopping", MIN_STEP, call(steps.markStopping())));
    }
    if (steps.work() != null) {
      Duration budget = remaining(deadline);
      results.add(step(interrupted, "drain", budget.plus(SLACK), () -> steps.work().drain(budget)));
    }
    if (steps.scheduler() != null) {
      results.add(
          step(
              interrupted,
              "scheduler",
              atLeastMin(deadline).plus(SLACK),
              close(steps.scheduler())));
    }
    for (PlatformAdapter adapter : steps.adapters()) {
      Duration budget = atLeastMin(deadline);
      results.add(
          step(
              interrupted,
              "adapter " + name(adapter),
              budget.plus(SLACK),
              () -> {
                adapter.close(budget);
                return true;
              }));
    }
    if (steps.health() != null) {
      results.add(step(interrupted, "health", MIN_STEP, close(steps.health())));
    }
    Result result = new Result(results);
    log.info(
        "Shutdown {} in {} ms",
        result.clean() ? "complete" : "finished with problems",
        millis(System.nanoTime() - start));
    if (interrupted.get()) Thread.currentThread().interrupt();
    return result;
  }

  /**
   * Runs {@code onSignal} once on SIGTERM or SIGINT, then exits with 0 (PLATFORM-RULES 24); also on
   * any other JVM exit (System.exit, end of main), as a shutdown hook, keeping that exit's code.
   * Where the JVM offers no signal handling, the shutdown hook alone runs it (exit code 143 on
   * SIGTERM).
   */
  public static void install(Runnable onSignal) {
    Once once = new Once(onSignal);
    Runtime.getRuntime().addShutdownHook(new Thread(once, "shutdown-hook"));
    Runnable onTerm =
        () -> {
          log.info("Signal received: shutting down");
          once.run();
          System.exit(0);
        };
    boolean term = handleSignal("TERM", onTerm);
    boolean interrupt = handleSignal("INT", onTerm);
    if (!term || !interrupt) {
      log.debug("Signal handling unavailable; shutdown hook only");
    }
  }

  /** Runs its action once; later callers wait for that run to finish. */
  static final class Once implements Runnable {
    private final Runnable action;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    Once(Runnable action) {
      this.action = action;
    }

    @Override
    public void run() {
      if (!started.compareAndSet(false, true)) {
        done.join();
        return;
      }
      try {
        action.run();
      } catch (RuntimeException | Error e) {
        log.error("Shutdown failed", e);
      } finally {
        done.complete(null);
      }
    }
  }

  /**
   * sun.misc.Signal (module jdk.unsupported, kept by JEP 260 for exactly this), reached by
   * reflection so the build stays free of "internal proprietary API" warnings.
   */
  private static boolean handleSignal(String name, Runnable action) {
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      Object signal = signalClass.getConstructor(String.class).newInstance(name);
      Object handler =
          Proxy.newProxyInstance(
              GracefulShutdown.class.getClassLoader(),
              new Class<?>[] {handlerClass},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "handle":
                    action.run();
                    return null;
                  case "hashCode":
                    return System.identityHashCode(proxy);
                  case "equals":
                    return proxy == args[0];
                  default:
                    return "article-bot " + name + " handler";
                }
              });
      signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  /**
   * Runs {@code action} on its own thread and waits up to {@code bound}: a step that hangs is left
   * behind (daemon thread) and the next step runs.
   */
  private static StepResult step(
      AtomicBoolean interrupted, String name, Duration bound, Callable<Boolean> action) {
    long t0 = System.nanoTime();
    CompletableFuture<Boolean> future = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                future.complete(action.call());
              } catch (Throwable e) {
                future.completeExceptionally(e);
              }
            },
            "shutdown-" + name.replace(' ', '-'));
    thread.setDaemon(true);
    StepResult result;
    try {
      thread.start();
      boolean complete = waitFor(future, bound, interrupted);
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      result =
          complete
              ? new StepResult(name, Outcome.OK, took, "")
              : new StepResult(
                  name, Outcome.INCOMPLETE, took, "not everything in flight finished in time");
    } catch (TimeoutException e) {
      result =
          new StepResult(
              name,
              Outcome.TIMED_OUT,
              Duration.ofNanos(System.nanoTime() - t0),
              "still running after " + bound.toMillis() + " ms; left behind");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      result =
          new StepResult(
              name, Outcome.FAILED, Duration.ofNanos(System.nanoTime() - t0), cause.toString());
      log.warn("Shutdown step {} failed after {} ms", name, millis(result.took().toNanos()), cause);
      return result;
    } catch (RuntimeException | Error e) {
      result =
          new StepResult(
              name, Outcome.FAILED, Duration.ofNanos(System.nanoTime() - t0), e.toString());
    }
    if (result.outcome() == Outcome.OK) {
      log.info("Shutdown step {} done in {} ms", name, millis(result.took().toNanos()));
    } else {
      log.warn(
          "Shutdown step {} {} after {} ms: {}",
          name,
          result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          millis(result.took().toNanos()),
          result.detail());
    }
    return result;
  }

  /** Waits, carrying on through interrupts (noted; {@link #run} restores the flag at the end). */
  private static boolean waitFor(
      CompletableFuture<Boolean> future, Duration bound, AtomicBoolean interrupted)
      throws TimeoutException, ExecutionException {
    long end = System.nanoTime() + bound.toNanos();
    while (true) {
      try {
        return Boolean.TRUE.equals(
            future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (InterruptedException e) {
        interrupted.set(true);
        if (System.nanoTime() >= end) throw new TimeoutException();
      }
    }
  }

  private static Callable<Boolean> call(Runnable r) {
    return () -> {
      r.run();
      return true;
    };
  }

  private static Callable<Boolean> close(AutoCloseable c) {
    return () -> {
      c.close();
      return true;
    };
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static Duration atLeastMin(long deadline) {
    Duration r = remaining(deadline);
    return r.compareTo(MIN_STEP) < 0 ? MIN_STEP : r;
  }

  private static String name(PlatformAdapter adapter) {
    try {
      return adapter.platform();
    } catch (RuntimeException e) {
      return adapter.getClass().getSimpleName();
    }
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
