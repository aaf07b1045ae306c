package dev.articlebot.knowledge.index;

import dev.articlebot.knowledge.AtomicFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedding vectors on disk, keyed by the SHA-256 of the text, one file per model: a text's vector
 * and, for passages, its word pieces' vectors. A restart reads them back instead of embedding
 * again; an edited paragraph is embedded anew.
 *
 * <p>The file ends with a CRC-32C of everything before it. A file that is damaged (checksum,
 * truncation, a length that does not fit the file) is discarded whole with one warning and rebuilt
 * from the articles: never fatal, never read in part. Every length is checked against the bytes
 * left in the file before anything is allocated for it. Writes are atomic ({@link AtomicFile}).
 */
public final class EmbeddingCache {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final int MAGIC = 0x41424543; // "ABEC"
  private static final int VERSION = 2;

  /** Bytes of the magic, version and entry count, and of the checksum at the end. */
  private static final int HEADER = 12;

  private static final int TRAILER = Long.BYTES;

  /** The smallest entry: an empty key (its 2-byte length) and a vector length. */
  private static final int MIN_ENTRY = 2 + Integer.BYTES;

  /** Prefix of the keys under which a text's word-piece vectors are kept, beside its vector. */
  private static final String TOKENS = "tokens:";

  private final Path file;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
  private volatile boolean dirty;

  private EmbeddingCache(Path file) {
    this.file = file;
  }

  /** An empty cache that never touches the disk. */
  public static EmbeddingCache inMemory() {
    return new EmbeddingCache(null);
  }

  /** The cache for {@code modelId} in {@code dir}, read from disk if present. */
  public static EmbeddingCache open(Path dir, String modelId) {
    EmbeddingCache cache = new EmbeddingCache(dir.resolve("embeddings-" + modelId + ".bin"));
    cache.read();
    return cache;
  }

  public float[] get(String text) {
    return vectors.get(key(text));
  }

  public void put(String text, float[] vector) {
    vectors.put(key(text), vector.clone());
    dirty = true;
  }

  /** The word-piece vectors stored for {@code text}, or null. */
  public TokenVectors getTokens(String text) {
    float[] flat = vectors.get(TOKENS + key(text));
    if (flat == null) return null;
    try {
      return TokenVectors.fromArray(flat);
    } catch (IllegalArgumentException e) {
      return null; // damaged: encoded again
    }
  }

  public void putTokens(String text, TokenVectors tokens) {
    vectors.put(TOKENS + key(text), tokens.toArray());
    dirty = true;
  }

  public int size() {
    return vectors.size();
  }

  /** Writes the cache if it changed, atomically; a failure is logged and the next save retries. */
  public synchronized void save() {
    if (file == null || !dirty) return;
    try {
      AtomicFile.write(file, this::writeTo);
      dirty = false;
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Could not write the embedding cache {} ({}); answers are unaffected, the next start"
              + " embeds the articles again. Check that the state folder is writable and has space.",
          file,
          e.toString());
    }
  }

  private void writeTo(java.io.OutputStream raw) throws IOException {
    CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C());
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
    Map<String, float[]> snapshot = new HashMap<>(vectors);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(snapshot.size());
    for (Map.Entry<String, float[]> e : snapshot.entrySet()) {
      out.writeUTF(e.getKey());
      float[] v = e.getValue();
      out.writeInt(v.length);
      ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES);
      bytes.asFloatBuffer().put(v);
      out.write(bytes.array());
    }
    out.flush();
    long crc = checked.getChecksum().getValue();
    new DataOutputStream(raw).writeLong(crc);
  }

  private void read() {
    if (!Files.isRegularFile(file)) return;
    Map<String, float[]> read = new HashMap<>();
    String problem;
    try {
      problem = readInto(read);
    } catch (EOFException e) {
      problem = "it ends early";
    } catch (IOException | RuntimeException e) {
      problem = e.toString();
    }
    if (problem == null) {
      vectors.putAll(read);
    } else if (problem.equals(OLDER_FORMAT)) {
      log.info("The embedding cache {} is in an older format; it is rebuilt", file);
    } else {
      log.warn(
          "The embedding cache {} is damaged ({}): discarded; it is rebuilt from the articles"
              + " (nothing to fix unless this repeats: then check the disk)",
          file,
          problem);
    }
  }

  private static final String OLDER_FORMAT = "older format";

  /** Reads the whole file into {@code out}; null when it is sound, else what is wrong with it. */
  private String readInto(Map<String, float[]> out) throws IOException {
    long size = Files.size(file);
    if (size < HEADER + TRAILER) return "it is only " + size + " bytes";
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) return "not an embedding cache";
      int version = in.readInt();
      if (version == 1) return OLDER_FORMAT;
      if (version != VERSION) return "unknown version " + version;
    }
    if (!checksumMatches(size)) return "its checksum does not match";
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      in.skipNBytes(8);
      long left = size - HEADER - TRAILER; // bytes of entries still to read
      int n = in.readInt();
      if (n < 0 || (long) n * MIN_ENTRY > left) return "an entry count of " + n + " does not fit";
      for (int i = 0; i < n; i++) {
        String key = in.readUTF(); // at most 64 KB
        left -= 2 + utfLength(key) + Integer.BYTES;
        int length = in.readInt();
        if (left < 0 || length < 0 || (long) length * Float.BYTES > left) {
          return "entry " + i + " does not fit in the file";
        }
        // Read as a block, not float by float: over a million floats, that was most of start-up.
        byte[] bytes = new byte[length * Float.BYTES];
        in.readFully(bytes);
        left -= bytes.length;
        float[] v = new float[length];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(v); // big-endian, as DataOutputStream writes
        out.put(key, v);
      }
      return left == 0 ? null : left + " bytes more than its entries";
    }
  }

  /** Whether the CRC-32C of everything before the last 8 bytes is the value they hold. */
  private boolean checksumMatches(long size) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      long left = size - TRAILER;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) throw new EOFException();
        crc.update(buffer, 0, n);
        left -= n;
      }
      return new DataInputStream(in).readLong() == crc.getValue();
    }
  }

  /** Bytes of {@code s} in the modified UTF-8 that {@link DataInputStream#readUTF} reads. */
  private static int utfLength(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
    }
    return bytes;
  }

  private static String key(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
