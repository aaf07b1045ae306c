package dev.articlebot.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FeedbackStoreTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir Path state;

  private static AnswerRecord answer(String id, Instant at) {
    return new AnswerRecord(id, at, "discord", "a1", 14, true, "none", Optional.of("Why?"));
  }

  private static FeedbackRecord rating(String id, String rater, Instant at, Rating.Vote vote) {
    return new FeedbackRecord(id, rater, at, vote, Optional.empty(), OptionalInt.empty());
  }

  private Path ratingsFile() {
    return state.resolve(FeedbackStore.DIRECTORY).resolve(FeedbackStore.RATINGS);
  }

  @Test
  void aSecondRatingBySomeoneReplacesTheirFirstAndSurvivesReopening() {
    FeedbackStore store = FeedbackStore.open(state);
    store.add(answer("a1", T0));
    store.add(rating("a1", "alice", T0, Rating.Vote.UP));
    store.add(rating("a1", "bob", T0, Rating.Vote.UP));
    store.add(
        new FeedbackRecord(
            "a1",
            "alice",
            T0.plusSeconds(5),
            Rating.Vote.DOWN,
            Optional.of(Rating.Reason.WRONG_PASSAGE),
            OptionalInt.of(3)));

    FeedbackStore reopened = FeedbackStore.open(state);
    assertThat(reopened.answer("a1")).contains(answer("a1", T0));
    assertThat(reopened.ratings()).hasSize(2);
    FeedbackRecord alice = reopened.rating("a1", "alice").orElseThrow();
    assertThat(alice.vote()).isEqualTo(Rating.Vote.DOWN);
    assertThat(alice.reason()).contains(Rating.Reason.WRONG_PASSAGE);
    assertThat(alice.rightParagraph()).hasValue(3);
    assertThat(reopened.rating("a1", "bob").orElseThrow().vote()).isEqualTo(Rating.Vote.UP);
  }

  @Test
  void theSameRatingAgainWritesNothing() throws Exception {
    FeedbackStore store = FeedbackStore.open(state);
    store.add(answer("a1", T0));
    assertThat(store.add(rating("a1", "alice", T0, Rating.Vote.UP))).isTrue();
    assertThat(store.add(rating("a1", "alice", T0.plusSeconds(1), Rating.Vote.UP))).isFalse();
    assertThat(Files.readAllLines(ratingsFile())).hasSize(1);
  }

  @Test
  void aDamagedLineIsSkippedWithALogLineAndTheNextRecordIsNotGluedToIt() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(FeedbackStore.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    try {
      FeedbackStore store = FeedbackStore.open(state);
      store.add(answer("a1", T0));
      store.add(rating("a1", "alice", T0, Rating.Vote.UP));
      // a crash in the middle of a write: half a line, no line break
      Files.writeString(
          ratingsFile(), "{\"answer\":\"a1\",\"rater\":\"bo", StandardOpenOption.APPEND);

      FeedbackStore afterCrash = FeedbackStore.open(state);
      assertThat(afterCrash.ratings()).extracting(FeedbackRecord::rater).containsExactly("alice");
      assertThat(logs.list)
          .anySatisfy(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).contains("Skipped line 2").contains("ratings");
              });

      afterCrash.add(rating("a1", "carol", T0, Rating.Vote.DOWN));
      FeedbackStore again = FeedbackStore.open(state);
      assertThat(again.ratings())
          .extracting(FeedbackRecord::rater)
          .containsExactly("alice", "carol");
    } finally {
      logger.detachAppender(logs);
    }
  }

  @Test
  void pruningDeletesWhatIsOlderThanTheRetentionFromTheFilesToo() throws Exception {
    FeedbackStore store = FeedbackStore.open(state);
    store.add(answer("old", T0));
    store.add(rating("old", "alice", T0, Rating.Vote.UP));
    store.add(answer("new", T0.plus(Duration.ofDays(50))));
    store.add(rating("new", "alice", T0.plus(Duration.ofDays(50)), Rating.Vote.DOWN));

    int removed = store.prune(T0.plus(Duration.ofDays(100)), Duration.ofDays(90));

    assertThat(removed).isEqualTo(2);
    FeedbackStore reopened = FeedbackStore.open(state);
    assertThat(reopened.answers()).extracting(AnswerRecord::id).containsExactly("new");
    assertThat(reopened.ratings()).extracting(FeedbackRecord::answerId).containsExactly("new");
    String onDisk = Files.readString(ratingsFile(), StandardCharsets.UTF_8);
    assertThat(onDisk).doesNotContain("\"old\"");
    assertThat(List.of(Files.list(ratingsFile().getParent()).toArray()))
        .as("no temporary files left")
        .hasSize(2);
  }
}
