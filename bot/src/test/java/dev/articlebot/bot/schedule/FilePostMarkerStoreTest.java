package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePostMarkerStoreTest {

  private static final Instant T0 = Instant.parse("2025-06-10T09:00:00Z");
  private static final PostKey KEY = new PostKey("discord", "123", LocalDate.of(2025, 6, 10));

  @TempDir Path stateDir;

  @Test
  void claimOnceThenPostedWithMessageId() {
    FilePostMarkerStore store = new FilePostMarkerStore(stateDir);
    assertThat(store.status(KEY)).isEmpty();
    assertThat(store.claim(KEY, "a", T0)).isTrue();
    assertThat(store.claim(KEY, "b", T0)).isFalse();
    assertThat(store.status(KEY).orElseThrow().state()).isEqualTo(PostMarker.State.CLAIMED);
    assertThat(store.status(KEY).orElseThrow().owner()).isEqualTo("a");

    store.markPosted(KEY, "m-1", T0.plusSeconds(1));
    // a fresh store on the same directory (a restart) sees it
    PostMarker m = new FilePostMarkerStore(stateDir).status(KEY).orElseThrow();
    assertThat(m.state()).isEqualTo(PostMarker.State.POSTED);
    assertThat(m.messageId()).isEqualTo("m-1");
    assertThat(m.owner()).isEqualTo("a");
    assertThat(m.claimedAt()).isEqualTo(T0);
    assertThat(m.updatedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(new FilePostMarkerStore(stateDir).claim(KEY, "c", T0)).isFalse();
    assertThat(store.markerPath(KEY))
        .hasParent(stateDir.resolve("daily-posts"))
        .hasFileName("2025-06-10@discord@123.marker");
  }

  @Test
  void releaseOnlyAClaim() {
    FilePostMarkerStore store = new FilePostMarkerStore(stateDir);
    store.claim(KEY, "a", T0);
    store.release(KEY);
    assertThat(store.status(KEY)).isEmpty();
    assertThat(store.claim(KEY, "b", T0)).isTrue();
    store.markFailed(KEY, "IOException: rate limited", T0);
    assertThat(store.status(KEY).orElseThrow().state()).isEqualTo(PostMarker.State.FAILED);
    assertThat(store.status(KEY).orElseThrow().detail()).isEqualTo("IOException: rate limited");
    assertThatThrownBy(() -> store.release(KEY)).isInstanceOf(IllegalStateException.class);
    assertThat(store.claim(KEY, "c", T0)).isFalse();
  }

  @Test
  void anEmptyMarkerReadsAsClaimed() throws Exception {
    FilePostMarkerStore store = new FilePostMarkerStore(stateDir);
    Files.createDirectories(store.markerPath(KEY).getParent());
    Files.createFile(store.markerPath(KEY));
    assertThat(store.status(KEY).orElseThrow().state()).isEqualTo(PostMarker.State.CLAIMED);
    assertThat(store.claim(KEY, "a", T0)).isFalse();
  }

  @Test
  void aClaimCutShortBeforeItsFirstLineEndsReadsAsClaimed() throws Exception {
    FilePostMarkerStore store = new FilePostMarkerStore(stateDir);
    Files.createDirectories(store.markerPath(KEY).getParent());
    Files.writeString(store.markerPath(KEY), "sta");
    assertThat(store.status(KEY).orElseThrow().state()).isEqualTo(PostMarker.State.CLAIMED);
    Files.writeString(store.markerPath(KEY), "junk");
    assertThatThrownBy(() -> store.status(KEY)).hasMessageContaining("damaged");
  }

  @Test
  void anUpdateLeavesOnlyTheMarkerBehind() throws Exception {
    FilePostMarkerStore store = new FilePostMarkerStore(stateDir);
    store.claim(KEY, "a", T0);
    store.markPosted(KEY, "m1", T0);
    try (var files = Files.list(store.markerPath(KEY).getParent())) {
      assertThat(files).containsExactly(store.markerPath(KEY));
    }
    assertThat(store.status(KEY).orElseThrow().messageId()).isEqualTo("m1");
  }

  @Test
  void keysAreEncodedIntoDistinctSafeNames() {
    FilePostMarkerStore store = new FilePostMarkerStore(stateDir);
    LocalDate d = LocalDate.of(2025, 1, 2);
    PostKey odd = new PostKey("slack", "../x@y%z", d);
    assertThat(store.markerPath(odd).getFileName().toString())
        .isEqualTo("2025-01-02@slack@..%2Fx%40y%25z.marker");
    assertThat(store.markerPath(odd).getParent()).isEqualTo(stateDir.resolve("daily-posts"));
    assertThat(store.claim(odd, "a", T0)).isTrue();
    assertThat(store.claim(new PostKey("slack", "..%2Fx%40y%25z", d), "a", T0)).isTrue();
  }

  @Test
  void exactlyOneOfManyRacingClaimsWins() throws Exception {
    int threads = 16;
    List<FilePostMarkerStore> stores =
        List.of(new FilePostMarkerStore(stateDir), new FilePostMarkerStore(stateDir));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        PostKey key = new PostKey("discord", "c" + round, KEY.date());
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          FilePostMarkerStore store = stores.get(i % 2);
          String owner = "o" + i;
          results.add(
              pool.submit(
                  () -> {
                    gate.await();
                    return store.claim(key, owner, T0);
                  }));
        }
        gate.countDown();
        int wins = 0;
        for (Future<Boolean> f : results) {
          if (f.get(10, TimeUnit.SECONDS)) {
            wins++;
          }
        }
        assertThat(wins).as("round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
