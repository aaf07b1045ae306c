package dev.articlebot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import dev.articlebot.knowledge.index.EmbeddingCache;
import dev.articlebot.knowledge.index.MiniLmEmbedder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the real model: a damaged embedding cache changes no answer; it is rebuilt. */
class DamagedStateTest {
  private static final String QUESTION = "Which think tank is Victor Gao with?";

  @TempDir Path state;

  private KnowledgeBase load() {
    return KnowledgeLoader.load(new KnowledgeLoader.Settings(null, state, 500));
  }

  private static List<Integer> paragraphs(Answer a) {
    return a.citations().stream().map(Citation::paragraph).toList();
  }

  @Test
  void answersAreUnchangedAfterRandomBytesLandInTheCache() throws Exception {
    Answer before = load().answer(QUESTION);
    Path cache = state.resolve("embeddings-" + MiniLmEmbedder.MODEL_ID + ".bin");
    long size = Files.size(cache);
    byte[] noise = new byte[4096];
    new Random(16).nextBytes(noise);
    try (FileChannel ch = FileChannel.open(cache, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(noise), size / 2);
    }

    Answer after = load().answer(QUESTION);

    assertThat(after.text()).isEqualTo(before.text());
    assertThat(paragraphs(after)).isEqualTo(paragraphs(before));
    assertThat(EmbeddingCache.open(state, MiniLmEmbedder.MODEL_ID).size())
        .as("rebuilt and saved whole")
        .isPositive();
  }
}
