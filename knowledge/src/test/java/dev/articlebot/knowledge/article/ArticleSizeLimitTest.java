package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.knowledge.ArticleTooLargeException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article over the configured size is refused before it is read. */
class ArticleSizeLimitTest {
  @TempDir Path dir;

  private static String article(int bytes) {
    StringBuilder sb = new StringBuilder("A Title\n\n");
    while (sb.length() < bytes)
      sb.append("A paragraph with enough words to count as body text.\n\n");
    return sb.substring(0, bytes);
  }

  @Test
  void aFileOverTheLimitIsRefusedNamingItsSizeAndTheLimit() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, article(20_001));
    ArticleLoader loader = new ArticleLoader(new ArticleParser(), 20_000);
    assertThatThrownBy(() -> loader.load(big))
        .isInstanceOfSatisfying(
            ArticleTooLargeException.class,
            e -> {
              assertThat(e.subject()).endsWith("big.txt");
              assertThat(e.size()).isEqualTo(20_001);
              assertThat(e.limit()).isEqualTo(20_000);
            });
  }

  @Test
  void aFileAtTheLimitLoadsAndInAFolderOneOverItIsLeftOutWithItsReason() throws Exception {
    Files.writeString(dir.resolve("a.txt"), article(20_000));
    ArticleLoader loader = new ArticleLoader(new ArticleParser(), 20_000);
    assertThat(loader.load(dir.resolve("a.txt"))).hasSize(1);
    Files.writeString(dir.resolve("b.txt"), article(30_000));
    LoadedArticles loaded = loader.read(dir);
    assertThat(loaded.articles()).hasSize(1);
    assertThat(loaded.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.file()).endsWith(Path.of("b.txt"));
              assertThat(s.reason()).isInstanceOf(ArticleTooLargeException.class);
            });
  }

  @Test
  void withoutALimitGivenAnArticleOverAMebibyteIsRefused() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, article((1 << 20) + 1));
    assertThatThrownBy(() -> new ArticleLoader(new ArticleParser()).load(big))
        .isInstanceOfSatisfying(
            ArticleTooLargeException.class,
            e -> {
              assertThat(e.size()).isEqualTo((1 << 20) + 1);
              assertThat(e.limit()).isEqualTo(1 << 20);
            });
  }
}
