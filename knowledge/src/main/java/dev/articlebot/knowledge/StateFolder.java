package dev.articlebot.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The state folder's one check, made before anything is loaded or any platform connected: it exists
 * or can be created, is a folder, and a small file can be written, forced to disk and removed there
 * (which a read-only mount, missing permissions or a full disk all refuse).
 */
public final class StateFolder {
  private static final int PROBE_BYTES = 4096;

  private StateFolder() {}

  /**
   * Creates {@code folder} if needed and checks that it can be written.
   *
   * @throws StateFolderException naming the folder and the reason
   */
  public static void check(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new StateFolderException(folder, "it is a file, not a folder", null);
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException | SecurityException e) {
      throw new StateFolderException(folder, "it cannot be created (" + why(e) + ")", e);
    }
    Path probe = folder.resolve(".write-check-" + ProcessHandle.current().pid());
    try {
      try (FileChannel ch =
          FileChannel.open(
              probe,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.allocate(PROBE_BYTES));
        ch.force(true);
      }
    } catch (IOException | SecurityException e) {
      throw new StateFolderException(folder, "it cannot be written (" + why(e) + ")", e);
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException ignored) {
        // reported above if writing failed; a probe that stays is harmless
      }
    }
  }

  /** The operating system's reason ("Read-only file system"), not the whole exception. */
  private static String why(Exception e) {
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
