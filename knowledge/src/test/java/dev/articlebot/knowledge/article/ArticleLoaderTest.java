package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.knowledge.ArticleNotFoundException;
import dev.articlebot.knowledge.ArticleUnreadableException;
import dev.articlebot.knowledge.NoArticlesException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
  private final ArticleLoader loader = new ArticleLoader(new ArticleParser());
  @TempDir Path dir;

  private static final String BODY =
      "A Title\n\nBy Kim Lee\n\nThis is a paragraph with enough words to count as body text.\n";

  @Test
  void loadsEveryArticleInAFolderInNameOrder() throws Exception {
    Files.writeString(dir.resolve("b-second.md"), "---\ntitle: Second\n---\n\nBody text here.\n");
    Files.writeString(dir.resolve("a-first.txt"), BODY);
    Files.writeString(dir.resolve("notes.pdf"), "not an article");
    Files.writeString(dir.resolve(".hidden.txt"), BODY);
    assertThat(loader.load(dir)).extracting(Article::id).containsExactly("a-first", "b-second");
  }

  @Test
  void namesTheMissingFile() {
    Path missing = dir.resolve("nope.txt");
    assertThatThrownBy(() -> loader.load(missing))
        .isInstanceOfSatisfying(
            ArticleNotFoundException.class, e -> assertThat(e.subject()).endsWith("nope.txt"));
  }

  @Test
  void anEmptyFolderHasNoArticles() {
    assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(NoArticlesException.class);
  }

  @Test
  void textThatIsNotUtf8IsUnreadable() throws Exception {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, new byte[] {'A', ' ', (byte) 0xE9, (byte) 0xFF, '\n'});
    assertThatThrownBy(() -> loader.load(f)).isInstanceOf(ArticleUnreadableException.class);
  }

  @Test
  void idsAreSlugsOfTheFileName() {
    assertThat(ArticleLoader.idOf("My Article (final).txt")).isEqualTo("my-article-final");
    assertThat(ArticleLoader.idOf("articles/an-inevitable-peace.txt"))
        .isEqualTo("an-inevitable-peace");
  }
}
