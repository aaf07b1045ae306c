package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailySummaryRoutineTest {

  /** Tuesday 2025-06-10, 09:00 UTC: the run of the default test settings. */
  private static final Instant T = Instant.parse("2025-06-10T09:00:00Z");

  private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

  @TempDir Path stateDir;

  private final MutableClock clock = new MutableClock(T);
  private final ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
  private final RecordingPoster discord = new RecordingPoster("discord", clock);
  private final RecordingPoster slack = new RecordingPoster("slack", clock);
  private final AtomicInteger summaries = new AtomicInteger();
  private final DailySummarySource source =
      date -> {
        summaries.incrementAndGet();
        return Reply.of(new Part.Heading("Summary of " + date), new Part.Text("All is well."));
      };

  private static DailySummarySettings settings(Duration grace, String... targets) {
    return new DailySummarySettings(
        true,
        LocalTime.of(9, 0),
        ZoneId.of("UTC"),
        null,
        grace,
        Arrays.stream(targets).map(ChannelTarget::parse).toList());
  }

  private DailySummaryRoutine routine(DailySummarySettings s) {
    return routine(s, new FilePostMarkerStore(stateDir));
  }

  private DailySummaryRoutine routine(DailySummarySettings s, PostMarkerStore store) {
    return new DailySummaryRoutine(
        s, store, List.of(discord, slack), source, clock, executor, RetryPolicy.DEFAULT);
  }

  private Optional<PostMarker> marker(String platform, String channel, LocalDate date) {
    return new FilePostMarkerStore(stateDir).status(new PostKey(platform, channel, date));
  }

  @Test
  void nonceIsSumAndTheDate() {
    String nonce = DailySummaryRoutine.nonceFor(LocalDate.of(2025, 3, 30));
    assertThat(nonce).isEqualTo("sum-20250330").matches("sum-\\d{8}").hasSizeLessThanOrEqualTo(25);
  }

  @Test
  void postsOnceAndRecordsTheMessageId() {
    DailySummaryRoutine r = routine(settings(null, "discord:100"));
    r.run(T);
    r.run(T);
    assertThat(discord.posts()).hasSize(1);
    RecordingPoster.Post p = discord.posts().get(0);
    assertThat(p.channelId()).isEqualTo("100");
    assertThat(p.nonce()).isEqualTo("sum-20250610");
    assertThat(p.text()).startsWith("Summary of 2025-06-10");
    PostMarker m = marker("discord", "100", DAY).orElseThrow();
    assertThat(m.state()).isEqualTo(PostMarker.State.POSTED);
    assertThat(m.messageId()).isEqualTo("discord-msg-1");
    assertThat(m.owner()).isEqualTo(r.owner());
    assertThat(r.channelStatuses())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.outcome()).isEqualTo(ChannelStatus.Outcome.POSTED);
              assertThat(s.messageId()).isEqualTo("discord-msg-1");
              assertThat(s.date()).isEqualTo(DAY);
              assertThat(s.attempts()).isEqualTo(1);
            });
    assertThat(r.lastRunScheduledFor()).isEqualTo(T);
    assertThat(executor.pending()).isEmpty();
  }

  @Test
  void restartAfterPostingDoesNotRepeat() {
    routine(settings(null, "discord:100")).run(T);
    clock.set(T.plus(Duration.ofMinutes(20)));
    DailySummaryRoutine restarted = routine(settings(null, "discord:100"));
    restarted.run(T);
    assertThat(discord.posts()).hasSize(1);
    assertThat(restarted.channelStatuses().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.ALREADY_POSTED);
    assertThat(restarted.channelStatuses().get(0).messageId()).isEqualTo("discord-msg-1");
  }

  @Test
  void crashRightAfterPostingBeforeRecordingDoesNotRepeat() {
    // The process "dies" after the post: recording the message id never happens.
    PostMarkerStore files = new FilePostMarkerStore(stateDir);
    PostMarkerStore crashing =
        new ForwardingStore(files) {
          @Override
          public void markPosted(PostKey key, String messageId, Instant now) {
            throw new IllegalStateException("simulated crash");
          }
        };
    DailySummaryRoutine first = routine(settings(null, "discord:100"), crashing);
    first.run(T);
    assertThat(discord.posts()).hasSize(1);
    assertThat(first.channelStatuses().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.POSTED_UNRECORDED);
    PostMarker m = marker("discord", "100", DAY).orElseThrow();
    assertThat(m.state()).isEqualTo(PostMarker.State.CLAIMED);
    assertThat(m.messageId()).isEmpty();

    clock.set(T.plus(Duration.ofMinutes(5)));
    DailySummaryRoutine restarted = routine(settings(null, "discord:100"));
    restarted.run(T);
    assertThat(discord.posts()).hasSize(1);
    assertThat(restarted.channelStatuses().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.ALREADY_CLAIMED);
  }

  @Test
  void crashBetweenClaimAndPostIsNotPosted() {
    // a claim left behind by a process that died before posting
    new FilePostMarkerStore(stateDir).claim(new PostKey("discord", "100", DAY), "dead-1", T);
    DailySummaryRoutine r = routine(settings(null, "discord:100"));
    r.run(T);
    assertThat(discord.attempts()).isEmpty();
    assertThat(r.channelStatuses().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.ALREADY_CLAIMED);
  }

  @Test
  void twoSchedulersWithRacingThreadsPostExactlyOncePerChannelPerDay() throws Exception {
    DailySummarySettings s = settings(null, "discord:1", "discord:2", "slack:C1");
    List<DailySummaryRoutine> replicas = List.of(routine(s), routine(s));
    int threadsPerReplica = 4;
    ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerReplica);
    try {
      for (int day = 0; day < 5; day++) {
        Instant run = T.plus(Duration.ofDays(day));
        clock.set(run);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (DailySummaryRoutine replica : replicas) {
          for (int i = 0; i < threadsPerReplica; i++) {
            done.add(
                pool.submit(
                    () -> {
                      gate.await();
                      replica.run(run);
                      return null;
                    }));
          }
        }
        gate.countDown();
        for (Future<?> f : done) {
          f.get(30, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    for (String channel : List.of("1", "2")) {
      assertThat(discord.postsTo(channel))
          .extracting(RecordingPoster.Post::nonce)
          .containsExactlyInAnyOrder(
              "sum-20250610", "sum-20250611", "sum-20250612", "sum-20250613", "sum-20250614");
    }
    assertThat(slack.postsTo("C1")).hasSize(5);
    assertThat(slack.posts().stream().map(RecordingPoster.Post::nonce).distinct()).hasSize(5);
  }

  @Test
  void failingPosterIsRetriedWithBackoffThenGivenUp() {
    discord.failNext(Integer.MAX_VALUE);
    DailySummaryRoutine r = routine(settings(Duration.ofMinutes(10), "discord:100"));
    r.run(T);
    // the caller is not blocked: the retry is queued
    assertThat(discord.attempts()).containsExactly(T);
    assertThat(r.channelStatuses().get(0).outcome()).isEqualTo(ChannelStatus.Outcome.RETRYING);
    assertThat(r.channelStatuses().get(0).nextAttemptAt()).isEqualTo(T.plusSeconds(30));

    executor.runUntil(T.plus(Duration.ofHours(1)));
    // 30 s, 1 m, 2 m, 4 m apart; the next (8 m, at 09:15:30) would be past 09:10
    List<Instant> retries =
        List.of(T.plusSeconds(30), T.plusSeconds(90), T.plusSeconds(210), T.plusSeconds(450));
    assertThat(executor.scheduledInstants()).containsExactlyElementsOf(retries);
    assertThat(discord.attempts())
        .containsExactly(T, retries.get(0), retries.get(1), retries.get(2), retries.get(3));
    assertThat(discord.posts()).isEmpty();
    PostMarker m = marker("discord", "100", DAY).orElseThrow();
    assertThat(m.state()).isEqualTo(PostMarker.State.FAILED);
    assertThat(m.detail()).contains("IOException");
    ChannelStatus status = r.channelStatuses().get(0);
    assertThat(status.outcome()).isEqualTo(ChannelStatus.Outcome.FAILED);
    assertThat(status.attempts()).isEqualTo(5);

    // not retried later that day, by this instance or a restarted one
    discord.failNext(0);
    clock.set(T.plus(Duration.ofMinutes(9)));
    DailySummaryRoutine restarted = routine(settings(Duration.ofMinutes(10), "discord:100"));
    restarted.run(T);
    assertThat(discord.posts()).isEmpty();
    assertThat(restarted.channelStatuses().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.ALREADY_FAILED);
  }

  @Test
  void retriesUseTheDefaultBackoffWithinTheDefaultGrace() {
    discord.failNext(Integer.MAX_VALUE);
    routine(settings(null, "discord:100")).run(T);
    executor.runUntil(T.plus(Duration.ofHours(3)));
    List<Instant> retries = executor.scheduledInstants();
    assertThat(retries.subList(0, 7))
        .containsExactly(
            T.plusSeconds(30), // +30 s
            T.plusSeconds(90), // +1 m
            T.plusSeconds(210), // +2 m
            T.plusSeconds(450), // +4 m
            T.plusSeconds(930), // +8 m
            T.plusSeconds(1530), // +10 m (capped)
            T.plusSeconds(2130)); // +10 m
    assertThat(retries.get(retries.size() - 1)).isBeforeOrEqualTo(T.plus(Duration.ofHours(2)));
    assertThat(retries.get(retries.size() - 1).plus(Duration.ofMinutes(10)))
        .isAfter(T.plus(Duration.ofHours(2)));
    assertThat(marker("discord", "100", DAY).orElseThrow().state())
        .isEqualTo(PostMarker.State.FAILED);
  }

  @Test
  void posterFailingOnceThenSucceedingPostsExactlyOnce() {
    discord.failNext(1);
    DailySummarySettings s = settings(null, "discord:100");
    DailySummaryRoutine r = routine(s);
    r.run(T);
    assertThat(discord.posts()).isEmpty();

    // another replica running meanwhile does not post
    clock.set(T.plusSeconds(10));
    DailySummaryRoutine other = routine(s);
    other.run(T);
    r.run(T); // nor does a second run of the same instance
    assertThat(discord.attempts()).hasSize(1);

    executor.runUntil(T.plus(Duration.ofHours(3)));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::at)
        .containsExactly(T.plusSeconds(30));
    assertThat(discord.attempts()).hasSize(2);
    assertThat(executor.pending()).isEmpty();
    assertThat(marker("discord", "100", DAY).orElseThrow().messageId()).isEqualTo("discord-msg-1");
    ChannelStatus status = r.channelStatuses().get(0);
    assertThat(status.outcome()).isEqualTo(ChannelStatus.Outcome.POSTED);
    assertThat(status.attempts()).isEqualTo(2);
    assertThat(other.channelStatuses().get(0).outcome())
        .isEqualTo(ChannelStatus.Outcome.ALREADY_CLAIMED);
    assertThat(summaries).hasValue(1);
  }

  @Test
  void failingSummarySourceIsRetriedLikeAFailedPost() {
    AtomicInteger calls = new AtomicInteger();
    DailySummaryRoutine r =
        new DailySummaryRoutine(
            settings(null, "discord:100"),
            new FilePostMarkerStore(stateDir),
            List.of(discord),
            date -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("index not ready");
              }
              return Reply.of(new Part.Text("late but fine"));
            },
            clock,
            executor,
            RetryPolicy.DEFAULT);
    r.run(T);
    executor.runUntil(T.plus(Duration.ofMinutes(5)));
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::text)
        .containsExactly("late but fine");
  }

  @Test
  void shutdownWhileWaitingToRetryReleasesTheClaimForARestart() {
    discord.failNext(1);
    DailySummaryRoutine r = routine(settings(null, "discord:100"));
    r.run(T);
    assertThat(executor.pending()).hasSize(1);
    r.shutdown();
    assertThat(executor.pending()).isEmpty();
    assertThat(marker("discord", "100", DAY)).isEmpty();
    assertThat(r.channelStatuses().get(0).outcome()).isEqualTo(ChannelStatus.Outcome.RELEASED);
    r.run(T); // ignored once shut down
    assertThat(discord.attempts()).hasSize(1);

    clock.set(T.plus(Duration.ofMinutes(3)));
    routine(settings(null, "discord:100")).run(T);
    assertThat(discord.posts()).hasSize(1);
  }

  @Test
  void severalChannelsOnTwoPlatformsEachGetOnePostPerDay() {
    DailySummarySettings s = settings(null, "discord:1", "discord:2", "slack:C1", "slack:C2");
    DailySummaryRoutine r = routine(s);
    r.run(T);
    r.run(T);
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::channelId)
        .containsExactly("1", "2");
    assertThat(slack.posts())
        .extracting(RecordingPoster.Post::channelId)
        .containsExactly("C1", "C2");
    assertThat(summaries).hasValue(1);
    // the repeated run leaves this instance's own outcome as it was
    assertThat(r.channelStatuses())
        .extracting(ChannelStatus::outcome)
        .containsOnly(ChannelStatus.Outcome.POSTED);

    Instant tomorrow = T.plus(Duration.ofDays(1));
    clock.set(tomorrow);
    r.run(tomorrow);
    assertThat(discord.posts()).hasSize(4);
    assertThat(slack.posts()).hasSize(4);
    assertThat(discord.postsTo("1"))
        .extracting(RecordingPoster.Post::nonce)
        .containsExactly("sum-20250610", "sum-20250611");
    assertThat(r.channelStatuses())
        .extracting(ChannelStatus::outcome)
        .containsOnly(ChannelStatus.Outcome.POSTED);
    assertThat(r.channelStatuses()).extracting(ChannelStatus::date).containsOnly(DAY.plusDays(1));
  }

  @Test
  void lateRunInsideTheGracePeriodPosts() {
    clock.set(T.plus(Duration.ofHours(2))); // exactly at the end of the default grace
    routine(settings(null, "discord:100")).run(T);
    assertThat(discord.posts()).hasSize(1);
  }

  @Test
  void lateRunPastTheGracePeriodIsSkipped() {
    clock.set(T.plus(Duration.ofHours(2)).plusSeconds(1));
    DailySummaryRoutine r = routine(settings(null, "discord:100"));
    r.run(T);
    assertThat(discord.attempts()).isEmpty();
    assertThat(marker("discord", "100", DAY)).isEmpty();
    assertThat(r.channelStatuses().get(0).outcome()).isEqualTo(ChannelStatus.Outcome.SKIPPED_LATE);
    assertThat(summaries).hasValue(0);
  }

  @Test
  void springForwardRunBelongsToItsDay() {
    DailySummarySettings s =
        new DailySummarySettings(
            true,
            LocalTime.of(2, 30),
            ZoneId.of("Europe/Berlin"),
            null,
            null,
            List.of(ChannelTarget.parse("discord:100")));
    Instant run = s.schedule().nextRunAfter(Instant.parse("2025-03-29T12:00:00Z"));
    assertThat(run).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
    clock.set(run);
    routine(s).run(run);
    assertThat(discord.posts())
        .extracting(RecordingPoster.Post::nonce)
        .containsExactly("sum-20250330");
    assertThat(marker("discord", "100", LocalDate.of(2025, 3, 30))).isPresent();
  }

  @Test
  void everyTargetNeedsAPoster() {
    assertThatThrownBy(
            () ->
                new DailySummaryRoutine(
                    settings(null, "discord:1", "teams:x"),
                    new FilePostMarkerStore(stateDir),
                    List.of(discord),
                    source,
                    clock,
                    executor,
                    RetryPolicy.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no poster for platform 'teams'");
  }

  /** Delegates to another store; tests override one method to inject a failure. */
  private static class ForwardingStore implements PostMarkerStore {
    private final PostMarkerStore delegate;

    ForwardingStore(PostMarkerStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean claim(PostKey key, String owner, Instant now) {
      return delegate.claim(key, owner, now);
    }

    @Override
    public void markPosted(PostKey key, String messageId, Instant now) {
      delegate.markPosted(key, messageId, now);
    }

    @Override
    public void markFailed(PostKey key, String detail, Instant now) {
      delegate.markFailed(key, detail, now);
    }

    @Override
    public void release(PostKey key) {
      delegate.release(key);
    }

    @Override
    public Optional<PostMarker> status(PostKey key) {
      return delegate.status(key);
    }

    @Override
    public String describe(PostKey key) {
      return delegate.describe(key);
    }
  }
}
