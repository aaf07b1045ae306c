package dev.articlebot.knowledge.index;

import dev.articlebot.knowledge.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the model's files out of the classpath into a folder on disk, and checks a copy already
 * there before it is used: same size and same CRC-32 as the bundled file (the jar records each
 * entry's CRC-32, so the check reads only the copy). A copy that differs is copied again, with a
 * warning; copies are atomic ({@link AtomicFile}) and verified after writing.
 */
final class ModelFiles {
  private static final Logger log = LoggerFactory.getLogger(ModelFiles.class);

  private ModelFiles() {}

  /** What the bundled file is: its size and CRC-32. */
  private record Expected(long size, long crc) {}

  /** {@code resource}'s copy in {@code dir}, made or repaired as needed. */
  static Path extract(String resource, Path dir) {
    Path target = dir.resolve(resource);
    ClassLoader loader = ModelFiles.class.getClassLoader();
    URL url = loader.getResource(resource);
    if (url == null) throw new IllegalStateException(resource + " is missing from the classpath");
    try {
      Expected expected = expected(url);
      if (Files.isRegularFile(target)) {
        if (Files.size(target) == expected.size() && crc(target) == expected.crc()) return target;
        log.warn(
            "The model file {} differs from the bundled one (damaged or from another version):"
                + " copying it again",
            target);
      }
      AtomicFile.write(
          target,
          out -> {
            CRC32 crc = new CRC32();
            try (InputStream in = new CheckedInputStream(open(url), crc)) {
              long copied = in.transferTo(out);
              if (copied != expected.size() || crc.getValue() != expected.crc()) {
                throw new IOException("the copy of " + resource + " came out different");
              }
            }
          });
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot copy the embedding model into " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The jar's record of the entry when there is one; else read the resource once. */
  private static Expected expected(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    if (connection instanceof JarURLConnection jar) {
      JarEntry entry = jar.getJarEntry();
      if (entry.getSize() >= 0 && entry.getCrc() >= 0) {
        jar.getJarFile().close(); // uncached: frees the jar
        return new Expected(entry.getSize(), entry.getCrc());
      }
    }
    CRC32 crc = new CRC32();
    try (InputStream in = new CheckedInputStream(connection.getInputStream(), crc)) {
      long size = in.transferTo(java.io.OutputStream.nullOutputStream());
      return new Expected(size, crc.getValue());
    }
  }

  private static InputStream open(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    return connection.getInputStream();
  }

  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return crc.getValue();
  }
}
