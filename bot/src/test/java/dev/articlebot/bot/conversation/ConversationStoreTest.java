package dev.articlebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.knowledge.conversation.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationStoreTest {
  @TempDir Path dir;

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final HandClock clock = new HandClock();

  private static Turn turn(String q) {
    return new Turn(q, "story", List.of("Maria Lopez"), "the bridge", List.of(3), true);
  }

  @Test
  void keepsTheLastTurnsOfAThread() {
    ConversationStore store = ConversationStore.inMemory(2, Duration.ofHours(1), clock);
    store.record("t", "", turn("one"));
    store.record("t", "", turn("two"));
    store.record("t", "", turn("three"));
    assertThat(store.turns("t")).extracting(Turn::question).containsExactly("two", "three");
  }

  @Test
  void forgetsAThreadIdleForTheConfiguredTime() {
    ConversationStore store = ConversationStore.inMemory(5, Duration.ofMinutes(30), clock);
    store.record("t", "", turn("one"));
    clock.advance(Duration.ofMinutes(29));
    assertThat(store.turns("t")).hasSize(1);
    store.record("t", "", turn("two"));
    clock.advance(Duration.ofMinutes(30));
    assertThat(store.turns("t")).isEmpty();
    store.record("t", "", turn("three"));
    assertThat(store.turns("t")).extracting(Turn::question).containsExactly("three");
  }

  @Test
  void anAliasReachesTheSameThread() {
    ConversationStore store = ConversationStore.inMemory(5, Duration.ofHours(1), clock);
    store.record("chan:first", "chan:second", turn("one"));
    store.record("chan:second", "chan:third", turn("two"));
    assertThat(store.turns("chan:third")).extracting(Turn::question).containsExactly("one", "two");
    assertThat(store.turns("chan:first")).hasSize(2);
  }

  @Test
  void aReopenedStoreHasWhatWasWritten() throws Exception {
    Path file = dir.resolve("conversations.json");
    ConversationStore store = ConversationStore.open(file, 5, Duration.ofHours(1), clock);
    store.record("a", "b", turn("one"));
    ConversationStore again = ConversationStore.open(file, 5, Duration.ofHours(1), clock);
    assertThat(again.turns("b")).containsExactly(turn("one"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("conversations.json");
    }
  }

  @Test
  void aDamagedFileStartsEmptyAndIsReplacedOnTheNextTurn() throws Exception {
    Path file = dir.resolve("conversations.json");
    Files.writeString(file, "{\"threads\": {\"a\": [1, 2", StandardCharsets.UTF_8);
    ConversationStore store = ConversationStore.open(file, 5, Duration.ofHours(1), clock);
    assertThat(store.turns("a")).isEmpty();
    store.record("a", "", turn("one"));
    assertThat(ConversationStore.open(file, 5, Duration.ofHours(1), clock).turns("a")).hasSize(1);
  }

  @Test
  void threadsOfOtherChannelsAndPeopleAreApart() {
    Conversations conversations =
        new Conversations(ConversationStore.inMemory(5, Duration.ofHours(1), clock));
    Caller inThread = new Caller("slack", "U1", "C1", "100.1", "");
    conversations.after(inThread, turn("one"));
    assertThat(conversations.before(new Caller("slack", "U2", "C1", "100.1", ""))).hasSize(1);
    assertThat(conversations.before(new Caller("slack", "U1", "C2", "100.1", ""))).isEmpty();
    assertThat(conversations.before(new Caller("slack", "U1", "C1", "100.2", ""))).isEmpty();
    assertThat(conversations.before(new Caller("discord", "U1", "C1", "100.1", ""))).isEmpty();
    conversations.after(new Caller("slack", "U1", "D1", "dm", ""), turn("mine"));
    assertThat(conversations.before(new Caller("slack", "U2", "D2", "dm", ""))).isEmpty();
    // Outside any thread nothing is kept.
    Caller alone = new Caller("slack", "U1", "C1");
    conversations.after(alone, turn("alone"));
    assertThat(conversations.before(alone)).isEmpty();
  }

  @Test
  void offKeepsNothing() {
    Caller c = new Caller("slack", "U1", "C1", "100.1", "");
    Conversations.OFF.after(c, turn("one"));
    assertThat(Conversations.OFF.before(c)).isEmpty();
  }
}
