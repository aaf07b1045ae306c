package dev.articlebot.knowledge.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.knowledge.eval.Corpus;
import dev.articlebot.knowledge.eval.CorpusLibrary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLibraryBusyTest {

  @TempDir Path dir;

  private final HashingEmbedder model = new HashingEmbedder();

  @Test
  void aLibraryAnotherProcessWritesIsReportedNotAnsweredFrom() {
    try (Library writer =
        Library.open(Library.Settings.in(dir, 500, 1_000_000), model, model, Clock.systemUTC())) {
      assertThat(writer.readOnly()).isFalse();
      assertThatThrownBy(
              () ->
                  CorpusLibrary.open(
                      dir, new Corpus(List.of()), null, model, model, 500, 1_000_000))
          .isInstanceOf(CorpusLibrary.BusyException.class)
          .hasMessageContaining("Another article-bot process")
          .hasMessageContaining(dir.toString());
    }
    // once the other process is gone, the folder is this run's
    try (Library again =
        CorpusLibrary.open(dir, new Corpus(List.of()), null, model, model, 500, 1_000_000)) {
      assertThat(again.readOnly()).isFalse();
    }
  }
}
