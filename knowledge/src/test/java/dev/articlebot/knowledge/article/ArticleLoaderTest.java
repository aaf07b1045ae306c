package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.knowledge.ArticleNotFoundException;
import dev.articlebot.knowledge.ArticleUnreadableException;
import dev.articlebot.knowledge.EmptyArticleException;
import dev.articlebot.knowledge.NoArticlesException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
  private final ArticleLoader loader = new ArticleLoader(new ArticleParser());
  @TempDir Path dir;

  private static final String BODY =
      "A Title\n\nBy Kim Lee\n\nThis is a paragraph with enough words to count as body text.\n";

  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>T</title></head><body><nav><a href=/>Home</a></nav>"
          + "<article><h1>Saved Page Headline Reads Well</h1><p>By Ann Lee</p>"
          + "<p>The saved page has a paragraph with enough words to be the body.</p></article>"
          + "<footer>© 2026</footer></body></html>";

  @Test
  void loadsEveryArticleInAFolderInNameOrder() throws Exception {
    Files.writeString(dir.resolve("b-second.md"), "---\ntitle: Second\n---\n\nBody text here.\n");
    Files.writeString(dir.resolve("a-first.txt"), BODY);
    Files.writeString(dir.resolve("c-saved.html"), PAGE);
    Files.writeString(dir.resolve("d-saved.HTM"), PAGE.replace("<!DOCTYPE html>", ""));
    Files.writeString(dir.resolve("notes.pdf"), "not an article");
    Files.writeString(dir.resolve(".hidden.txt"), BODY);
    List<Article> articles = loader.load(dir);
    assertThat(articles)
        .extracting(Article::id)
        .containsExactly("a-first", "b-second", "c-saved", "d-saved");
    assertThat(articles.get(2).title()).isEqualTo("Saved Page Headline Reads Well");
    assertThat(articles.get(3).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("The saved page has a paragraph with enough words to be the body.");
  }

  @Test
  void aBadFileIsReportedByNameAndSkippedWhileTheRestLoad() throws Exception {
    Files.writeString(dir.resolve("a-good.txt"), BODY);
    Files.write(dir.resolve("b-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0, 8, 0});
    Files.writeString(dir.resolve("c-empty.md"), "");
    Files.writeString(dir.resolve("d-no-body.html"), "<html><body><nav>Home</nav></body></html>");
    Files.write(dir.resolve("e-pound.txt"), WINDOWS_1252_POUND);
    LoadedArticles loaded = loader.read(dir);
    assertThat(loaded.articles()).extracting(Article::id).containsExactly("a-good", "e-pound");
    assertThat(loaded.skipped())
        .extracting(s -> s.file().getFileName().toString(), s -> s.reason().getClass())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b-binary.txt", ArticleUnreadableException.class),
            org.assertj.core.groups.Tuple.tuple("c-empty.md", EmptyArticleException.class),
            org.assertj.core.groups.Tuple.tuple("d-no-body.html", EmptyArticleException.class));
    assertThat(loader.load(dir)).extracting(Article::id).containsExactly("a-good", "e-pound");
  }

  @Test
  void aFolderWhoseFilesAllFailHasNoArticlesButNamesEachFile() throws Exception {
    Files.write(dir.resolve("a.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(dir.resolve("b.txt"), "   \n");
    assertThat(loader.read(dir).skipped()).hasSize(2);
    assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(NoArticlesException.class);
  }

  /** "Fares rose to £250 …" saved by a Windows editor: the pound sign is the byte 0xA3. */
  private static final byte[] WINDOWS_1252_POUND =
      ("Fares Rise Again\n\nBy Ann Lee\n\nFares rose to \u00a3250 a year for most of the commuters"
              + " on the line, the operator said.\n")
          .getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void textInWindows1252ReadsItsPoundSign() throws Exception {
    Path f = dir.resolve("fares.txt");
    Files.write(f, WINDOWS_1252_POUND);
    assertThat(loader.load(f).get(0).paragraphs().get(0).text()).contains("£250");
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
  void aSingleFileThatIsNotTextFailsNamingIt() throws Exception {
    Path f = dir.resolve("photo.txt");
    Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J'});
    assertThatThrownBy(() -> loader.load(f))
        .isInstanceOfSatisfying(
            ArticleUnreadableException.class, e -> assertThat(e.subject()).endsWith("photo.txt"));
  }

  @Test
  void unicodeTextSavedWithItsByteOrderMarkReads() throws Exception {
    String page =
        "Fares Rise Again\n\nBy Ann Lee\n\n"
            + "Fares rose to \u00a3250 a year for most commuters on the line, the operator said.\n\n"
            + "“It is too much,” said Zoë Ångström, who travels from Køge every day.\n";
    Path le = dir.resolve("notepad-unicode.txt");
    Files.write(le, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes("UTF-16LE")));
    Path be = dir.resolve("big-endian.txt");
    Files.write(be, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, page.getBytes("UTF-16BE")));
    for (Path f : List.of(le, be)) {
      Article a = loader.load(f).get(0);
      assertThat(a.title()).isEqualTo("Fares Rise Again");
      assertThat(a.paragraphs())
          .extracting(Paragraph::text)
          .containsExactly(
              "Fares rose to £250 a year for most commuters on the line, the operator said.",
              "“It is too much,” said Zoë Ångström, who travels from Køge every day.");
    }
  }

  @Test
  void theFailureSaysWhyTheFileCouldNotBeRead() throws Exception {
    Path binary = dir.resolve("photo.txt");
    Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
    assertThatThrownBy(() -> loader.load(binary))
        .isInstanceOfSatisfying(
            ArticleUnreadableException.class,
            e -> assertThat(e.reason()).isEqualTo(ArticleUnreadableException.Reason.NOT_TEXT));
    Path brokenUtf16 = dir.resolve("broken.txt");
    Files.write(brokenUtf16, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'A'});
    assertThatThrownBy(() -> loader.load(brokenUtf16))
        .isInstanceOfSatisfying(
            ArticleUnreadableException.class,
            e -> assertThat(e.reason()).isEqualTo(ArticleUnreadableException.Reason.NOT_TEXT));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aSingleEmptyFileFails() throws Exception {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, "");
    assertThatThrownBy(() -> loader.load(f)).isInstanceOf(EmptyArticleException.class);
  }

  @Test
  void idsAreSlugsOfTheFileName() {
    assertThat(ArticleLoader.idOf("My Article (final).txt")).isEqualTo("my-article-final");
    assertThat(ArticleLoader.idOf("articles/an-inevitable-peace.txt"))
        .isEqualTo("an-inevitable-peace");
  }
}
