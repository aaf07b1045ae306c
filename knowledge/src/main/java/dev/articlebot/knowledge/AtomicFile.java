package dev.articlebot.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file whole or not at all: the content goes to a {@code .part} file beside it, is
 * forced to disk, then renamed over the target in one step, and the rename itself is made durable
 * (the folder is forced too). Readers see the old file or the new one, never a mix; a write that
 * fails deletes its {@code .part} file. New files get the mode any new file gets (the umask
 * decides), so a volume shared by several user ids stays readable to all. Every state file the bot
 * writes (embedding cache, model copy, daily-post markers) goes through here.
 */
public final class AtomicFile {

  /** Writes the content to the stream it is given. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code content} to {@code target} atomically; on failure nothing is left behind. */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path part =
        dir.resolve(
            target.getFileName()
                + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                + ".part");
    boolean done = false;
    try {
      try (FileChannel ch =
          FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(ch);
        content.writeTo(out);
        out.flush();
        ch.force(true);
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
      syncDirectory(dir);
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException ignored) {
          // nothing more can be done; the write's own failure is what is reported
        }
      }
    }
  }

  /**
   * Makes an entry created, renamed or deleted in {@code dir} durable. Not possible on every system
   * (Windows cannot open a folder): then skipped, the file itself having been forced.
   */
  public static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // the content is on disk; only the folder entry's durability is left to the system
    }
  }
}
