package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class EmbeddingCacheTest {
  @TempDir Path dir;

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger cacheLog = (Logger) LoggerFactory.getLogger(EmbeddingCache.class);

  @BeforeEach
  void captureLogs() {
    logs.start();
    cacheLog.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    cacheLog.detachAppender(logs);
  }

  private List<String> warnings() {
    return logs.list.stream()
        .filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  /** A cache file with one entry of {@code floats} floats, at a known layout. */
  private Path oneEntryCache(String text, int floats) {
    float[] v = new float[floats];
    for (int i = 0; i < floats; i++) v[i] = i * 0.5f;
    EmbeddingCache cache = EmbeddingCache.open(dir, "m");
    cache.put(text, v);
    cache.save();
    return dir.resolve("embeddings-m.bin");
  }

  /** Where the first entry's vector length sits: magic, version, count, then the key. */
  private static final int FIRST_LENGTH = 12 + 2 + 64;

  /** Counts what it embeds; vectors derive from the text so they are checkable. */
  static final class CountingEmbedder implements Embedder {
    final List<String> embedded = new ArrayList<>();

    @Override
    public String modelId() {
      return "fake";
    }

    @Override
    public float[] embed(String text) {
      embedded.add(text);
      return new float[] {text.length(), text.hashCode() % 7, 1f};
    }
  }

  @Test
  void aRestartReadsVectorsInsteadOfEmbeddingAgain() {
    CountingEmbedder model = new CountingEmbedder();
    new CachingEmbedder(model, EmbeddingCache.open(dir, "fake")).embedAll(List.of("a", "bb"));
    assertThat(model.embedded).containsExactly("a", "bb");

    CountingEmbedder again = new CountingEmbedder();
    List<float[]> vectors =
        new CachingEmbedder(again, EmbeddingCache.open(dir, "fake")).embedAll(List.of("bb", "ccc"));
    assertThat(again.embedded).containsExactly("ccc");
    assertThat(vectors.get(0)).containsExactly(2f, "bb".hashCode() % 7, 1f);
  }

  /** Exposes word pieces: one per character, so they are checkable. */
  static final class PieceEmbedder implements Embedder {
    final List<String> encoded = new ArrayList<>();

    @Override
    public String modelId() {
      return "fake";
    }

    @Override
    public float[] embed(String text) {
      return encode(text).vector();
    }

    @Override
    public Encoded encode(String text) {
      encoded.add(text);
      int[] ids = text.chars().toArray();
      float[][] vectors = new float[ids.length][];
      for (int k = 0; k < ids.length; k++) vectors[k] = new float[] {ids[k], 1f};
      return new Encoded(
          new float[] {text.length(), 1f}, new TokenVectors(ids, new int[ids.length], vectors));
    }
  }

  @Test
  void wordPiecesAreCachedBesideVectors() {
    PieceEmbedder model = new PieceEmbedder();
    new CachingEmbedder(model, EmbeddingCache.open(dir, "fake")).encodeAll(List.of("ab", "c"));
    assertThat(model.encoded).containsExactly("ab", "c");

    PieceEmbedder again = new PieceEmbedder();
    List<Embedder.Encoded> back =
        new CachingEmbedder(again, EmbeddingCache.open(dir, "fake")).encodeAll(List.of("ab", "d"));
    assertThat(again.encoded).containsExactly("d");
    assertThat(back.get(0).vector()).containsExactly(2f, 1f);
    assertThat(back.get(0).tokens().ids()).containsExactly('a', 'b');
    assertThat(back.get(0).tokens().vectors()[1]).containsExactly('b', 1f);
  }

  @Test
  void aVectorWithoutItsPiecesIsEncodedAgain() {
    // Caches written before pieces were kept hold vectors only.
    EmbeddingCache old = EmbeddingCache.open(dir, "fake");
    old.put("ab", new float[] {9f, 9f});
    old.save();
    PieceEmbedder model = new PieceEmbedder();
    var out = new CachingEmbedder(model, EmbeddingCache.open(dir, "fake")).encodeAll(List.of("ab"));
    assertThat(model.encoded).containsExactly("ab");
    assertThat(out.get(0).tokens().size()).isEqualTo(2);
  }

  @Test
  void readsTheFileFormatFloatByFloatWritersProduce() throws Exception {
    EmbeddingCache written = EmbeddingCache.open(dir, "m");
    written.put("a paragraph", new float[] {0.25f, -1.5f, 3e-8f});
    written.save();
    // The same entries as DataOutputStream.writeFloat lays them out, one float at a time.
    Path file = dir.resolve("embeddings-m.bin");
    byte[] file8 = Files.readAllBytes(file);
    byte[] bytes = java.util.Arrays.copyOf(file8, file8.length - Long.BYTES); // less the checksum
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(expected)) {
      out.write(bytes, 0, bytes.length - 3 * Float.BYTES);
      for (float f : new float[] {0.25f, -1.5f, 3e-8f}) out.writeFloat(f);
    }
    assertThat(bytes).isEqualTo(expected.toByteArray());
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes);
    assertThat(ByteBuffer.wrap(file8, bytes.length, Long.BYTES).getLong())
        .as("a CRC-32C of the rest ends the file")
        .isEqualTo(crc.getValue());
    assertThat(EmbeddingCache.open(dir, "m").get("a paragraph"))
        .containsExactly(0.25f, -1.5f, 3e-8f);
  }

  @Test
  void aDamagedCacheIsIgnoredNotFatal() throws Exception {
    Files.write(dir.resolve("embeddings-fake.bin"), new byte[] {1, 2, 3});
    EmbeddingCache cache = EmbeddingCache.open(dir, "fake");
    assertThat(cache.size()).isZero();
    cache.put("x", new float[] {1f});
    cache.save();
    assertThat(EmbeddingCache.open(dir, "fake").get("x")).containsExactly(1f);
  }

  @Test
  void cachesArePerModel() {
    EmbeddingCache a = EmbeddingCache.open(dir, "model-a");
    a.put("t", new float[] {1f});
    a.save();
    assertThat(EmbeddingCache.open(dir, "model-b").get("t")).isNull();
  }

  @Test
  void randomBytesInsideTheCacheDiscardItWithAWarningAndTheVectorsAreComputedAgain()
      throws Exception {
    Path file = oneEntryCache("Victor Gao is vice president of the think tank.", 4096);
    byte[] bytes = Files.readAllBytes(file);
    byte[] noise = new byte[4096];
    new Random(16).nextBytes(noise);
    // Inside the vector's floats: the key and every length stay intact.
    System.arraycopy(noise, 0, bytes, FIRST_LENGTH + 4 + 100, noise.length);
    Files.write(file, bytes);

    EmbeddingCache damaged = EmbeddingCache.open(dir, "m");
    assertThat(damaged.get("Victor Gao is vice president of the think tank.")).isNull();
    assertThat(damaged.size()).isZero();
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains(file.toString()).contains("rebuilt"));

    CountingEmbedder model = new CountingEmbedder();
    new CachingEmbedder(model, damaged).embedAll(List.of("x"));
    assertThat(EmbeddingCache.open(dir, "m").get("x")).as("rewritten whole").isNotNull();
  }

  @Test
  void aCorruptLengthIsCheckedBeforeAnythingIsAllocated() throws Exception {
    Path file = oneEntryCache("a paragraph", 8);
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).putInt(FIRST_LENGTH, 0x0FFF_FFFF); // a gigabyte of floats
    Files.write(file, bytes);

    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    EmbeddingCache cache = EmbeddingCache.open(dir, "m");
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(cache.size()).isZero();
    assertThat(allocated).as("bytes allocated reading the cache").isLessThan(16L << 20);
    assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("rebuilt"));
  }

  /** Seals {@code bytes} again as the cache does: a CRC-32C of all but the last 8 bytes there. */
  private static byte[] resealed(byte[] bytes) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    ByteBuffer.wrap(bytes).putLong(bytes.length - Long.BYTES, crc.getValue());
    return bytes;
  }

  @Test
  void aLengthThatDoesNotFitIsRefusedEvenWhenTheChecksumMatches() throws Exception {
    Path file = oneEntryCache("a paragraph", 8);
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).putInt(FIRST_LENGTH, 0x0FFF_FFFF); // a gigabyte of floats
    Files.write(file, resealed(bytes));

    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    EmbeddingCache cache = EmbeddingCache.open(dir, "m");
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(cache.size()).isZero();
    assertThat(allocated).as("bytes allocated reading the cache").isLessThan(16L << 20);
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("entry 0 does not fit").contains("rebuilt"));
  }

  @Test
  void anEntryCountThatDoesNotFitIsRefusedEvenWhenTheChecksumMatches() throws Exception {
    Path file = oneEntryCache("a paragraph", 8);
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).putInt(8, Integer.MAX_VALUE); // the entry count, after magic and version
    Files.write(file, resealed(bytes));

    EmbeddingCache cache = EmbeddingCache.open(dir, "m");

    assertThat(cache.size()).isZero();
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("entry count").contains("does not fit"));
  }

  @Test
  void aSaveThatFailsLeavesNoPartFileBehind() throws Exception {
    EmbeddingCache cache = EmbeddingCache.open(dir, "m");
    Path target = dir.resolve("embeddings-m.bin");
    Files.createDirectories(target.resolve("in-the-way")); // the rename cannot replace it
    cache.put("t", new float[] {1f});
    cache.save();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("embeddings-m.bin");
    }
    assertThat(warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains(target.toString()));
  }

  @Test
  void theCacheFileGetsTheModeAnyNewFileGets() throws Exception {
    Path cache = oneEntryCache("t", 2);
    Path reference = Files.createFile(dir.resolve("reference"));
    var mode = Files.getFileAttributeView(reference, PosixFileAttributeView.class);
    if (mode == null) return; // not a POSIX file system
    assertThat(Files.getPosixFilePermissions(cache))
        .as("honours the umask, so another user id sharing the volume can read it")
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }
}
