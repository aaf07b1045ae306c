package dev.articlebot.knowledge.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedding vectors on disk, keyed by the SHA-256 of the text, one file per model: a text's vector
 * and, for passages, its word pieces' vectors. A restart reads them back instead of embedding
 * again; an edited paragraph is embedded anew. A damaged file is ignored (and rewritten), never
 * fatal.
 */
public final class EmbeddingCache {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final int MAGIC = 0x41424543; // "ABEC"
  private static final int VERSION = 1;

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

  /** Writes the cache if it changed: to a temporary file, then renamed over the old one. */
  public synchronized void save() {
    if (file == null || !dirty) return;
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
          out.writeUTF(e.getKey());
          float[] v = e.getValue();
          out.writeInt(v.length);
          ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES);
          bytes.asFloatBuffer().put(v);
          out.write(bytes.array());
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      dirty = false;
    } catch (IOException e) {
      log.warn("Could not write the embedding cache {}: {}", file, e.toString());
    }
  }

  private void read() {
    if (!Files.isRegularFile(file)) return;
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        log.warn("Ignoring embedding cache {}: unknown format", file);
        return;
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = in.readUTF();
        int length = in.readInt();
        if (length < 0) throw new IOException("negative vector length");
        // Read as a block, not float by float: over a million floats, that was most of start-up.
        byte[] bytes = new byte[length * Float.BYTES];
        in.readFully(bytes);
        float[] v = new float[length];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(v); // big-endian, as DataOutputStream writes
        vectors.put(key, v);
      }
    } catch (EOFException e) {
      log.warn("Ignoring truncated embedding cache {}", file);
      vectors.clear();
    } catch (IOException | RuntimeException e) {
      log.warn("Ignoring unreadable embedding cache {}: {}", file, e.toString());
      vectors.clear();
    }
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
