package dev.articlebot.knowledge.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {
  @TempDir Path temp;

  @Test
  void filesDroppedInOrRemovedAreReadWithinSecondsAndOnlyTheyAreEmbedded() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    HashingEmbedder model = new HashingEmbedder();
    BlockingQueue<SyncReport> reports = new LinkedBlockingQueue<>();
    try (Library lib =
        Library.open(
            Library.Settings.in(temp.resolve("library"), 500, 1 << 20),
            model,
            model,
            Clock.systemUTC())) {
      lib.sync(folder);
      FolderWatch watch =
          FolderWatch.start(lib, folder, Duration.ofMillis(200), Duration.ofHours(1), reports::add);
      try {
        int before = model.texts.get();
        Articles.write(folder, "orchard.md", Articles.orchard());

        SyncReport added = reports.poll(10, TimeUnit.SECONDS);
        assertThat(added).isNotNull();
        assertThat(added.added()).extracting(LibraryEntry::id).containsExactly("orchard");
        assertThat(added.unchanged()).isEqualTo(1);
        int embeddedForOrchard = model.texts.get() - before;
        assertThat(embeddedForOrchard).isPositive();
        assertThat(lib.answer("How cold was it at dawn?", Library.Scope.ALL).article())
            .map(LibraryEntry::id)
            .contains("orchard");
        int afterAdd = model.texts.get();

        Files.write(folder.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        SyncReport skipped = reports.poll(10, TimeUnit.SECONDS);
        assertThat(skipped).isNotNull();
        assertThat(skipped.skipped()).extracting(SyncReport.Skipped::file).contains("broken.txt");
        assertThat(lib.size()).isEqualTo(2);

        Files.delete(folder.resolve("harbour.md"));
        SyncReport removed = pollUntilChanged(reports);
        assertThat(removed.removed()).extracting(LibraryEntry::id).containsExactly("harbour");
        assertThat(lib.entries()).extracting(LibraryEntry::id).containsExactly("orchard");
        assertThat(model.texts.get()).isEqualTo(afterAdd); // skipping and removing embed nothing
      } finally {
        watch.close();
      }
    }
  }

  /** The next report that changed the library (a skipped file is reported on each reading). */
  private static SyncReport pollUntilChanged(BlockingQueue<SyncReport> reports)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      SyncReport r = reports.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (r != null && r.changed()) return r;
    }
    throw new AssertionError("the folder watch reported no change within 10 s");
  }
}
