package dev.articlebot.bot.ops;

import dev.articlebot.bot.platform.PlatformAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link GracefulShutdown#run} stops, in this order. Any step may be null (absent); the
 * adapters may be empty.
 *
 * @param markStopping health says "stopping" (503) from now on, e.g. {@code
 *     healthServer::markStopping}
 * @param work stops taking new questions and waits for those in flight, e.g. {@code workers::drain}
 * @param scheduler the daily summary scheduler
 * @param adapters the platform connections, closed one after the other
 * @param health the health server, closed last
 * @param timeout the budget for in-flight work and closing (shutdown.timeout)
 */
public record ShutdownSteps(
    Runnable markStopping,
    Drain work,
    AutoCloseable scheduler,
    List<? extends PlatformAdapter> adapters,
    AutoCloseable health,
    Duration timeout) {

  /** Stops taking work and waits up to {@code timeout} for what is in flight. */
  @FunctionalInterface
  public interface Drain {
    /** True when everything in flight finished in time. */
    boolean drain(Duration timeout);
  }

  public ShutdownSteps {
    adapters = adapters == null ? List.of() : List.copyOf(adapters);
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative");
  }
}
