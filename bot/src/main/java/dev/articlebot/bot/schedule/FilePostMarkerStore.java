package dev.articlebot.bot.schedule;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.articlebot.knowledge.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Post markers as files in {@code <stateDir>/daily-posts/}, one per channel and date: {@code
 * 2025-03-30@discord@123456789.marker} (platform and channel percent-encoded).
 *
 * <p>A claim creates the marker with {@code CREATE_NEW} (O_CREAT|O_EXCL): atomic on a local file
 * system, so exactly one thread, scheduler instance or process on the same machine or volume wins.
 * Later updates replace it with {@link AtomicFile} (a temporary file renamed over the marker), so
 * the marker always exists after the claim and a reader sees the old or the new content, never a
 * mix. Writes and the folder's entries are forced to disk. The content is {@code key=value} lines.
 */
public final class FilePostMarkerStore implements PostMarkerStore {

  /** The subdirectory of the state directory that holds the markers. */
  public static final String DIRECTORY = "daily-posts";

  private static final String SUFFIX = ".marker";

  private final Path dir;

  /** Markers under {@code <stateDir>/daily-posts/}, made with the first claim. */
  public FilePostMarkerStore(Path stateDir) {
    this(stateDir, DIRECTORY);
  }

  /**
   * Markers under {@code <stateDir>/<directory>/}: another routine posting on the same days (the
   * weekly report) keeps its own, so neither stops the other.
   */
  public FilePostMarkerStore(Path stateDir, String directory) {
    this.dir = stateDir.resolve(directory);
  }

  /** The marker file of {@code key}. */
  public Path markerPath(PostKey key) {
    return dir.resolve(
        key.date() + "@" + encode(key.platform()) + "@" + encode(key.channelId()) + SUFFIX);
  }

  @Override
  public String describe(PostKey key) {
    return markerPath(key).toString();
  }

  @Override
  public boolean claim(PostKey key, String owner, Instant now) {
    Path path = markerPath(key);
    byte[] content = format(new PostMarker(key, PostMarker.State.CLAIMED, owner, now, now, "", ""));
    FileChannel ch;
    try {
      Files.createDirectories(dir);
      ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot claim " + path, e);
    }
    try (ch) {
      writeFully(ch, content);
    } catch (IOException e) {
      // We created it, so nobody else has posted: undo, so that the claim can be tried again.
      try {
        Files.deleteIfExists(path);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot write the claim " + path, e);
    }
    syncDirectory();
    return true;
  }

  @Override
  public void markPosted(PostKey key, String messageId, Instant now) {
    write(current(key).with(PostMarker.State.POSTED, messageId, "", now));
  }

  @Override
  public void markFailed(PostKey key, String detail, Instant now) {
    write(current(key).with(PostMarker.State.FAILED, "", detail, now));
  }

  @Override
  public void release(PostKey key) {
    Optional<PostMarker> m = status(key);
    if (m.isEmpty()) {
      return;
    }
    if (m.get().state() != PostMarker.State.CLAIMED) {
      throw new IllegalStateException("cannot release " + key + ": it is " + m.get().state());
    }
    try {
      Files.deleteIfExists(markerPath(key));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release " + markerPath(key), e);
    }
    syncDirectory();
  }

  @Override
  public Optional<PostMarker> status(PostKey key) {
    Path path = markerPath(key);
    String text;
    try {
      text = Files.readString(path, UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    if (!text.startsWith("state=")
        && !"state=".startsWith(text)) { // a claim cut short reads as one
      throw new IllegalStateException(path + " is not a post marker (its content is damaged)");
    }
    return Optional.of(parse(key, text));
  }

  private PostMarker current(PostKey key) {
    // A missing marker (deleted by hand while posting) is recreated from scratch.
    return status(key)
        .orElse(new PostMarker(key, PostMarker.State.CLAIMED, "", null, null, "", ""));
  }

  private void write(PostMarker marker) {
    Path target = markerPath(marker.key());
    try {
      AtomicFile.write(target, out -> out.write(format(marker)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static void writeFully(FileChannel ch, byte[] content) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(content);
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
    ch.force(true);
  }

  private void syncDirectory() {
    AtomicFile.syncDirectory(dir);
  }

  static byte[] format(PostMarker m) {
    StringBuilder sb = new StringBuilder();
    line(sb, "state", m.state().name());
    line(sb, "platform", m.key().platform());
    line(sb, "channel", m.key().channelId());
    line(sb, "date", m.key().date().toString());
    line(sb, "owner", m.owner());
    line(sb, "claimedAt", m.claimedAt() == null ? "" : m.claimedAt().toString());
    line(sb, "updatedAt", m.updatedAt() == null ? "" : m.updatedAt().toString());
    line(sb, "messageId", m.messageId());
    line(sb, "detail", m.detail());
    return sb.toString().getBytes(UTF_8);
  }

  private static void line(StringBuilder sb, String key, String value) {
    sb.append(key).append('=').append(value.replaceAll("[\\r\\n]+", " ")).append('\n');
  }

  /**
   * Reads a marker. An empty or partly written file (a claim being written right now) reads as
   * claimed: any existing marker blocks another post. ({@link #status} refuses a file that does not
   * start as a marker does.)
   */
  static PostMarker parse(PostKey key, String text) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        v.put(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    PostMarker.State state;
    try {
      state = PostMarker.State.valueOf(v.getOrDefault("state", "CLAIMED"));
    } catch (IllegalArgumentException e) {
      state = PostMarker.State.CLAIMED;
    }
    return new PostMarker(
        key,
        state,
        v.get("owner"),
        instant(v.get("claimedAt")),
        instant(v.get("updatedAt")),
        v.get("messageId"),
        v.get("detail"));
  }

  private static Instant instant(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Keeps [A-Za-z0-9._-], percent-encodes every other UTF-8 byte: distinct ids, distinct names. */
  static String encode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
