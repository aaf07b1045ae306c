package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A marker that cannot be read blocks its post (at most once) and says so at WARN, with the fix.
 */
class UnreadableMarkerTest {
  private static final Instant T = Instant.parse("2025-06-10T09:00:00Z");
  private static final PostKey KEY = new PostKey("discord", "100", LocalDate.of(2025, 6, 10));

  @TempDir Path stateDir;

  private final MutableClock clock = new MutableClock(T);
  private final ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
  private final RecordingPoster discord = new RecordingPoster("discord", clock);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger routineLog = (Logger) LoggerFactory.getLogger(DailySummaryRoutine.class);

  @BeforeEach
  void captureLogs() {
    logs.start();
    routineLog.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    routineLog.detachAppender(logs);
  }

  private DailySummaryRoutine routine() {
    DailySummarySettings settings =
        new DailySummarySettings(
            true,
            LocalTime.of(9, 0),
            ZoneId.of("UTC"),
            null,
            null,
            List.of(ChannelTarget.parse("discord:100")));
    return new DailySummaryRoutine(
        settings,
        new FilePostMarkerStore(stateDir),
        List.of(discord),
        date -> Reply.of(new Part.Text("Summary")),
        clock,
        executor,
        RetryPolicy.DEFAULT);
  }

  private List<String> warnings() {
    return logs.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void aMarkerThatCannotBeReadIsReportedAtWarnWithTheFix() throws Exception {
    Path marker = new FilePostMarkerStore(stateDir).markerPath(KEY);
    Files.createDirectories(marker); // exists, so the claim fails, and cannot be read as a file

    DailySummaryRoutine r = routine();
    r.run(T);

    assertThat(discord.posts()).isEmpty();
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains(marker.toString()).contains("delete"));
    assertThat(r.channelStatuses().get(0).outcome()).isEqualTo(ChannelStatus.Outcome.STORE_ERROR);
  }

  @Test
  void aMarkerOfRandomBytesIsReportedAtWarnWithTheFix() throws Exception {
    Path marker = new FilePostMarkerStore(stateDir).markerPath(KEY);
    Files.createDirectories(marker.getParent());
    byte[] noise = new byte[512];
    new Random(3).nextBytes(noise);
    Files.write(marker, noise);

    DailySummaryRoutine r = routine();
    r.run(T);

    assertThat(discord.posts()).as("at most once: it may have been posted").isEmpty();
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains(marker.toString()).contains("delete"));
  }

  @Test
  void noMarkerFolderIsMadeUntilAPostIsClaimed() {
    FilePostMarkerStore store = new FilePostMarkerStore(stateDir);
    assertThat(store.status(KEY)).isEmpty();
    assertThat(stateDir.resolve(FilePostMarkerStore.DIRECTORY)).doesNotExist();
    store.claim(KEY, "a", T);
    assertThat(stateDir.resolve(FilePostMarkerStore.DIRECTORY)).isDirectory();
  }
}
