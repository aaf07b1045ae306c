package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's copy in the state folder is checked against the bundled model when loaded. */
class ModelCopyTest {
  @TempDir Path dir;
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static long crc(InputStream in) throws Exception {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) crc.update(buffer, 0, n);
    return crc.getValue();
  }

  private static long bundledCrc() throws Exception {
    try (InputStream in =
        ModelCopyTest.class.getClassLoader().getResourceAsStream(MiniLmEmbedder.MODEL_RESOURCE)) {
      return crc(in);
    }
  }

  @Test
  void aCopyGarbledAtTheSameSizeIsCopiedAgainAndTheModelLoads() throws Exception {
    Path models = dir.resolve("models");
    MiniLmEmbedder.load(models, pool);
    Path copy = models.resolve(MiniLmEmbedder.MODEL_RESOURCE);
    long size = Files.size(copy);
    byte[] noise = new byte[4096];
    new Random(5).nextBytes(noise);
    try (var ch = java.nio.channels.FileChannel.open(copy, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(noise), 16); // the model's header
      ch.write(java.nio.ByteBuffer.wrap(noise), size / 2);
    }

    MiniLmEmbedder again = MiniLmEmbedder.load(models, pool);

    assertThat(Files.size(copy)).isEqualTo(size);
    try (InputStream in = Files.newInputStream(copy)) {
      assertThat(crc(in)).as("the copy is the bundled model again").isEqualTo(bundledCrc());
    }
    assertThat(again.encode("Which think tank is Victor Gao with?").tokens().size()).isPositive();
  }

  @Test
  void aCopyThatCannotBeWrittenLeavesNoPartFile() throws Exception {
    Path models = dir.resolve("models");
    // A non-empty folder where the model file should go: the final rename cannot replace it.
    Files.createDirectories(models.resolve(MiniLmEmbedder.MODEL_RESOURCE).resolve("x"));
    assertThatThrownBy(() -> MiniLmEmbedder.load(models, pool))
        .hasMessageContaining(models.toString());
    try (Stream<Path> files = Files.list(models)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".part"));
    }
  }
}
