package dev.articlebot.bot.platform;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a platform client's blocking calls off the caller's thread, one lane per route (a channel, a
 * response URL): calls on one route run one at a time, in the order given, and routes run side by
 * side. A call that takes its time (a slow or silent server) holds one thread and its own route,
 * never another route's calls. At most {@code maxThreads} routes run at once; more wait their turn.
 *
 * <p>{@link #close()} stops the threads: calls not yet started fail with {@link
 * RejectedExecutionException}, and so does every later call.
 */
public final class RouteLanes implements AutoCloseable {
  private final ThreadPoolExecutor threads;
  private final Map<String, ArrayDeque<Call<?>>> lanes = new HashMap<>(); // guarded by this
  private boolean closed; // guarded by this

  /**
   * @param name for thread names ("slack-send")
   * @param maxThreads how many routes may have a call running at once
   */
  public RouteLanes(String name, int maxThreads) {
    AtomicInteger n = new AtomicInteger();
    threads =
        new ThreadPoolExecutor(
            maxThreads,
            maxThreads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, name + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    threads.allowCoreThreadTimeOut(true);
  }

  /** Runs {@code call} on {@code route}'s lane; completes with its result or its failure. */
  public <T> CompletableFuture<T> submit(String route, Callable<T> call) {
    Call<T> c = new Call<>(call);
    synchronized (this) {
      if (closed) {
        c.result.completeExceptionally(new RejectedExecutionException("shut down"));
        return c.result;
      }
      ArrayDeque<Call<?>> lane = lanes.get(route);
      if (lane != null) {
        lane.add(c); // runs once the calls before it on this route are done
        return c.result;
      }
      lanes.put(route, new ArrayDeque<>());
    }
    start(route, c);
    return c.result;
  }

  private void start(String route, Call<?> c) {
    try {
      threads.execute(new Start(route, c));
    } catch (RejectedExecutionException e) {
      c.result.completeExceptionally(e);
      next(route);
    }
  }

  /** Runs a call, then the next one on its route. */
  private final class Start implements Runnable {
    final String route;
    final Call<?> call;

    Start(String route, Call<?> call) {
      this.route = route;
      this.call = call;
    }

    @Override
    public void run() {
      try {
        call.run();
      } finally {
        next(route);
      }
    }
  }

  private void next(String route) {
    Call<?> c;
    synchronized (this) {
      ArrayDeque<Call<?>> lane = lanes.get(route);
      c = lane == null ? null : lane.poll();
      if (c == null) {
        lanes.remove(route);
        return;
      }
    }
    start(route, c);
  }

  /** Fails every call not yet started and refuses new ones; running calls are interrupted. */
  @Override
  public void close() {
    java.util.List<Call<?>> waiting = new java.util.ArrayList<>();
    synchronized (this) {
      closed = true;
      lanes.values().forEach(waiting::addAll);
      lanes.clear();
    }
    for (Runnable r : threads.shutdownNow()) {
      if (r instanceof Start s) waiting.add(s.call);
    }
    for (Call<?> c : waiting) {
      c.result.completeExceptionally(new RejectedExecutionException("shut down"));
    }
  }

  private static final class Call<T> {
    final Callable<T> call;
    final CompletableFuture<T> result = new CompletableFuture<>();

    Call(Callable<T> call) {
      this.call = call;
    }

    void run() {
      try {
        result.complete(call.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }
  }
}
