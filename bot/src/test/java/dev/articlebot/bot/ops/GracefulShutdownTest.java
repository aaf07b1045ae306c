package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.bot.ops.GracefulShutdown.Outcome;
import dev.articlebot.bot.ops.GracefulShutdown.Result;
import dev.articlebot.bot.ops.GracefulShutdown.StepResult;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.PlatformAdapter;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.schedule.ChannelPoster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {
  private static final long WAIT_SECONDS = 10;

  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  /** Records its close; optionally throws or blocks there. */
  private final class FakeAdapter implements PlatformAdapter {
    private final String platform;
    private final Runnable onClose;
    final AtomicReference<Duration> closedWith = new AtomicReference<>();

    FakeAdapter(String platform, Runnable onClose) {
      this.platform = platform;
      this.onClose = onClose;
    }

    FakeAdapter(String platform) {
      this(platform, () -> {});
    }

    @Override
    public String platform() {
      return platform;
    }

    @Override
    public void start() {}

    @Override
    public ConnectionState state() {
      return ConnectionState.CONNECTED;
    }

    @Override
    public int inFlight() {
      return 0;
    }

    @Override
    public ChannelPoster poster() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close(Duration timeout) {
      closedWith.set(timeout);
      onClose.run();
      events.add(platform + " closed");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) throw new AssertionError("timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static List<String> names(Result r) {
    return r.steps().stream().map(StepResult::name).toList();
  }

  @Test
  void inFlightAnswersFinishBeforeTheAdaptersCloseAndNewWorkIsRefused() {
    Workers workers = new Workers(2, 8);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    assertThat(
            workers.trySubmit(
                () -> {
                  started.countDown();
                  await(release);
                  events.add("answer sent");
                }))
        .isTrue();
    await(started);
    AtomicReference<Boolean> acceptedDuringClose = new AtomicReference<>();
    FakeAdapter discord =
        new FakeAdapter("discord", () -> acceptedDuringClose.set(workers.trySubmit(() -> {})));

    Result r =
        GracefulShutdown.run(
            new ShutdownSteps(
                () -> {
                  events.add("stopping");
                  release.countDown(); // the answer completes only after shutdown has begun
                },
                workers::drain,
                () -> events.add("scheduler closed"),
                List.of(discord),
                () -> events.add("health closed"),
                Duration.ofSeconds(WAIT_SECONDS)));

    assertThat(events)
        .containsExactly(
            "stopping", "answer sent", "scheduler closed", "discord closed", "health closed");
    assertThat(acceptedDuringClose.get()).isFalse();
    assertThat(workers.accepting()).isFalse();
    assertThat(r.clean()).isTrue();
  }

  @Test
  void stepsRunInOrderAndAreReported() {
    Result r =
        GracefulShutdown.run(
            new ShutdownSteps(
                () -> events.add("stopping"),
                timeout -> events.add("drained"),
                () -> events.add("scheduler closed"),
                List.of(new FakeAdapter("discord"), new FakeAdapter("slack")),
                () -> events.add("health closed"),
                Duration.ofSeconds(5)));

    assertThat(names(r))
        .containsExactly(
            "mark-stopping", "drain", "scheduler", "adapter discord", "adapter slack", "health");
    assertThat(events)
        .containsExactly(
            "stopping",
            "drained",
            "scheduler closed",
            "discord closed",
            "slack closed",
            "health closed");
    assertThat(r.steps()).allMatch(s -> s.outcome() == Outcome.OK && !s.took().isNegative());
    assertThat(r.clean()).isTrue();
  }

  @Test
  void aStepThatThrowsDoesNotStopTheOthers() {
    FakeAdapter discord =
        new FakeAdapter(
            "discord",
            () -> {
              throw new IllegalStateException("gateway gone");
            });
    FakeAdapter slack = new FakeAdapter("slack");

    Result r =
        GracefulShutdown.run(
            new ShutdownSteps(
                () -> {
                  throw new IllegalStateException("health flag");
                },
                timeout -> {
                  throw new IllegalStateException("pool");
                },
                () -> {
                  throw new java.io.IOException("marker store");
                },
                List.of(discord, slack),
                () -> events.add("health closed"),
                Duration.ofSeconds(5)));

    assertThat(events).containsExactly("slack closed", "health closed");
    assertThat(r.steps())
        .extracting(StepResult::outcome)
        .containsExactly(
            Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.OK, Outcome.OK);
    assertThat(r.steps().get(3).detail()).contains("gateway gone");
    assertThat(r.clean()).isFalse();
  }

  @Test
  void workLeftUnfinishedIsReportedAndTheAdaptersStillGetTimeToClose() {
    FakeAdapter discord = new FakeAdapter("discord");
    AtomicReference<Duration> drainBudget = new AtomicReference<>();

    Result r =
        GracefulShutdown.run(
            new ShutdownSteps(
                null,
                timeout -> {
                  drainBudget.set(timeout);
                  return false;
                },
                null,
                List.of(discord),
                null,
                Duration.ofSeconds(5)));

    assertThat(names(r)).containsExactly("drain", "adapter discord");
    assertThat(r.steps().get(0).outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(drainBudget.get()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5));
    assertThat(discord.closedWith.get()).isGreaterThanOrEqualTo(GracefulShutdown.MIN_STEP);
    assertThat(r.clean()).isFalse();
  }

  @Test
  void aStepThatHangsIsLeftBehindAndTheNextStepRuns() {
    CountDownLatch never = new CountDownLatch(1);
    try {
      FakeAdapter stuck = new FakeAdapter("discord", () -> await(never));
      Result r =
          GracefulShutdown.run(
              new ShutdownSteps(
                  null,
                  null,
                  null,
                  List.of(stuck),
                  () -> events.add("health closed"),
                  Duration.ZERO));

      assertThat(r.steps().get(0).outcome()).isEqualTo(Outcome.TIMED_OUT);
      assertThat(stuck.closedWith.get()).isEqualTo(GracefulShutdown.MIN_STEP);
      assertThat(events).containsExactly("health closed");
    } finally {
      never.countDown();
    }
  }

  @Test
  void anInterruptDoesNotCutTheShutdownShortAndIsKept() {
    Thread.currentThread().interrupt();
    Result r =
        GracefulShutdown.run(
            new ShutdownSteps(
                () -> events.add("stopping"),
                timeout -> true,
                null,
                List.of(new FakeAdapter("slack")),
                () -> events.add("health closed"),
                Duration.ofSeconds(5)));
    assertThat(Thread.interrupted()).isTrue();
    assertThat(events).containsExactly("stopping", "slack closed", "health closed");
    assertThat(r.clean()).isTrue();
  }

  @Test
  void nothingToStopIsFine() {
    Result r = GracefulShutdown.run(new ShutdownSteps(null, null, null, null, null, Duration.ZERO));
    assertThat(r.steps()).isEmpty();
    assertThat(r.clean()).isTrue();
    assertThatThrownBy(
            () -> new ShutdownSteps(null, null, null, null, null, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHookAndTheSignalShareOneRunAndTheSecondCallerWaitsForIt() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    GracefulShutdown.Once once =
        new GracefulShutdown.Once(
            () -> {
              runs.incrementAndGet();
              inside.countDown();
              await(release);
            });
    CompletableFuture<Void> first = CompletableFuture.runAsync(once);
    await(inside);
    CompletableFuture<Void> second = CompletableFuture.runAsync(once);

    assertThatThrownBy(() -> second.get(200, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    release.countDown();
    first.get(WAIT_SECONDS, TimeUnit.SECONDS);
    second.get(WAIT_SECONDS, TimeUnit.SECONDS);
    once.run();
    assertThat(runs).hasValue(1);
  }
}
