package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.ArticleTooLargeException;
import dev.articlebot.knowledge.ArticleUnreadableException;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.article.ArticleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article files of a folder (or one file), each with the hash of its content: what the library
 * compares with what it holds. Contents are hashed as a stream and read whole only when the file is
 * to be indexed.
 */
final class FolderFiles {
  private FolderFiles() {}

  /**
   * One article file.
   *
   * @param name its file name, what the library knows it by
   * @param path where it is, or null for bytes given directly
   * @param hash the SHA-256 of its content, or "" when it cannot be read
   * @param problem why it cannot be read, or null
   * @param bytes its content when given directly, else null (read from {@code path})
   */
  record File(String name, Path path, String hash, KnowledgeException problem, byte[] bytes) {
    static File of(String name, byte[] bytes) {
      return new File(name, null, ArticleSource.file(name, bytes).hash(), null, bytes);
    }

    byte[] read() throws IOException {
      return bytes != null ? bytes : Files.readAllBytes(path);
    }
  }

  /** The article files at {@code location}, in name order; each with its hash or its problem. */
  static List<File> list(Path location, long maxBytes) {
    List<Path> paths = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> s = Files.list(location)) {
        s.filter(
                p ->
                    Files.isRegularFile(p)
                        && ArticleLoader.isArticleName(p.getFileName().toString()))
            .sorted()
            .forEach(paths::add);
      } catch (IOException e) {
        throw new ArticleUnreadableException(
            location, ArticleUnreadableException.Reason.NOT_OPENED, e);
      }
    } else {
      paths.add(location);
    }
    List<File> out = new ArrayList<>(paths.size());
    for (Path p : paths) out.add(file(p, maxBytes));
    return out;
  }

  private static File file(Path p, long maxBytes) {
    String name = p.getFileName().toString();
    try {
      long size = Files.size(p);
      if (size > maxBytes)
        return new File(name, p, "", new ArticleTooLargeException(p, size, maxBytes), null);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(p), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return new File(name, p, HexFormat.of().formatHex(sha.digest()), null, null);
    } catch (IOException e) {
      return new File(
          name,
          p,
          "",
          new ArticleUnreadableException(p, ArticleUnreadableException.Reason.NOT_OPENED, e),
          null);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
