package dev.articlebot.knowledge.library;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a library in line with its articles folder while the bot runs: when files are added,
 * changed or removed, the folder is read again ({@link Library#sync(Path)}) once it has been quiet
 * for {@link #settle} (a file still being copied is read when the copy is done), so only those
 * files are embedded. The folder is also read again every {@link #rescan}, for file systems that do
 * not report changes (network mounts). One daemon thread; {@link #close()} stops it.
 */
public final class FolderWatch implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FolderWatch.class);

  private final Library library;
  private final Path folder;
  private final Duration settle;
  private final Duration rescan;
  private final Consumer<SyncReport> onSync;
  private final WatchService watcher;
  private final Thread thread;
  private volatile boolean closed;

  private FolderWatch(
      Library library, Path folder, Duration settle, Duration rescan, Consumer<SyncReport> onSync)
      throws IOException {
    this.library = library;
    this.folder = folder;
    this.settle = settle;
    this.rescan = rescan;
    this.onSync = onSync;
    this.watcher = FileSystems.getDefault().newWatchService();
    folder.register(
        watcher,
        StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    this.thread = new Thread(this::run, "library-folder-watch");
    thread.setDaemon(true);
  }

  /**
   * Starts watching {@code folder} (which must exist) for {@code library}; {@code onSync} hears of
   * every reading that changed something.
   *
   * @throws IOException when the folder cannot be watched
   */
  public static FolderWatch start(
      Library library, Path folder, Duration settle, Duration rescan, Consumer<SyncReport> onSync)
      throws IOException {
    FolderWatch w = new FolderWatch(library, folder, settle, rescan, onSync);
    w.thread.start();
    return w;
  }

  /** With the defaults: settle 500 ms, rescan every 5 minutes. */
  public static FolderWatch start(Library library, Path folder, Consumer<SyncReport> onSync)
      throws IOException {
    return start(library, folder, Duration.ofMillis(500), Duration.ofMinutes(5), onSync);
  }

  private void run() {
    long nextRescan = System.nanoTime() + rescan.toNanos();
    boolean pending = false;
    while (!closed) {
      try {
        long waitNanos = pending ? settle.toNanos() : Math.max(1, nextRescan - System.nanoTime());
        WatchKey key = watcher.poll(waitNanos, TimeUnit.NANOSECONDS);
        if (key != null) {
          key.pollEvents(); // which files changed does not matter: the folder is compared whole
          key.reset();
          pending = true; // wait until the folder has been quiet for settle
          continue;
        }
        if (pending || System.nanoTime() >= nextRescan) {
          pending = false;
          nextRescan = System.nanoTime() + rescan.toNanos();
          syncOnce();
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      }
    }
  }

  private void syncOnce() {
    try {
      SyncReport r = library.sync(folder);
      if (r.changed() || !r.skipped().isEmpty()) onSync.accept(r);
    } catch (RuntimeException e) {
      // The folder may be briefly gone (being replaced) or a listener failed; the next change or
      // rescan tries again, and the library keeps what it had.
      log.warn("Reading the articles folder {} again failed: {}", folder, e.getMessage());
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      watcher.close();
    } catch (IOException e) {
      log.debug("Closing the folder watch: {}", e.toString());
    }
    // Not interrupted: a reading under way finishes its commit (the watch service's closing wakes
    // a waiting thread).
    try {
      thread.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
