package dev.articlebot.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A reply that breaks before or while it is sent is logged, counted and leaves the gate. */
class ReplyGateTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final Workers workers = new Workers(1, 4);
  private final RecordedOutcomes outcomes = new RecordedOutcomes();
  private final ReplyGate gate = new ReplyGate("discord", workers, outcomes);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger gateLog = (Logger) LoggerFactory.getLogger(ReplyGate.class);

  @BeforeEach
  void listen() {
    logs.start();
    gateLog.addAppender(logs);
  }

  @AfterEach
  void stop() {
    gateLog.detachAppender(logs);
    workers.drain(Duration.ofSeconds(5));
  }

  private void assertOneFailureCountedAndLogged(Reply.Outcome what) {
    RecordedOutcomes.Outcome outcome = outcomes.await(1, WAIT).get(0);
    assertThat(outcome.platform()).isEqualTo("discord");
    assertThat(outcome.what()).isEqualTo(what);
    assertThat(outcome.delivery().delivered()).isFalse();
    assertThat(outcome.delivery().cause()).isEqualTo(DeliveryCause.INTERNAL);
    assertThat(gate.awaitIdle(WAIT)).isTrue();
    assertThat(logs.list)
        .filteredOn(e -> e.getLevel() == Level.ERROR)
        .singleElement()
        .satisfies(e -> assertThat(e.getThrowableProxy()).isNotNull());
  }

  @Test
  void aReplyThatThrowsBeforeItIsSentIsCountedAsUndelivered() {
    assertThat(
            gate.submit(
                () -> {
                  throw new IllegalStateException("the renderer broke");
                }))
        .isEqualTo(ReplyGate.Admission.ACCEPTED);
    assertOneFailureCountedAndLogged(null);
  }

  @Test
  void aReplyWhoseSendingFailsIsCountedAsUndelivered() {
    gate.submit(() -> CompletableFuture.failedFuture(new IllegalStateException("lost")));
    assertOneFailureCountedAndLogged(null);
  }

  @Test
  void aNoticeWhoseSendingFailsIsCountedAsAnUndeliveredNotice() {
    gate.track(CompletableFuture.failedFuture(new IllegalStateException("lost")));
    assertOneFailureCountedAndLogged(Reply.Outcome.INFO);
  }

  @Test
  void aReplyThatCountedItselfIsNotCountedAgain() {
    gate.submit(() -> CompletableFuture.completedFuture("sent"));
    assertThat(gate.awaitIdle(WAIT)).isTrue();
    assertThat(outcomes.all()).isEmpty();
  }
}
