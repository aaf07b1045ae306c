package dev.articlebot.knowledge.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.knowledge.answer.Citation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change to the library is all or nothing: an error or a crash halfway leaves it as before. */
class LibraryAtomicityTest {
  @TempDir Path temp;
  private final HashingEmbedder model = new HashingEmbedder();

  private Library open() {
    return Library.open(
        Library.Settings.in(temp.resolve("library"), 500, 1 << 20),
        model,
        model,
        Clock.systemUTC());
  }

  private Path twoArticles() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "library.md", Articles.library());
    return folder;
  }

  @Test
  void aCrashInTheMiddleOfAnAddLeavesTheLibraryAsItWas() throws Exception {
    Path folder = twoArticles();
    String before;
    try (Library lib = open()) {
      lib.sync(folder);
      before = lib.answer("Who chairs the pilots' association?", Library.Scope.ALL).answer().text();
    }

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashDuringAdd.class.getName(),
                temp.resolve("library").toString())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("child.log").toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue())
        .as("the child halted inside the change (see %s)", temp.resolve("child.log"))
        .isEqualTo(CrashDuringAdd.HALTED);

    try (Library lib = open()) {
      assertThat(lib.entries())
          .extracting(LibraryEntry::id)
          .containsExactlyInAnyOrder("harbour", "library");
      var a = lib.answer("Who chairs the pilots' association?", Library.Scope.ALL);
      assertThat(a.answer().text()).isEqualTo(before);
      assertThat(a.answer().citations()).extracting(Citation::articleId).containsOnly("harbour");
      // The library still takes changes: the article the crash lost is added whole.
      Articles.write(folder, "orchard.md", Articles.orchard());
      assertThat(lib.sync(folder).added()).extracting(LibraryEntry::id).containsExactly("orchard");
    }
    try (Library lib = open()) {
      assertThat(lib.size()).isEqualTo(3);
    }
  }

  @Test
  void anErrorInTheMiddleOfAChangeIsRolledBackAndTheLibraryGoesOn() throws Exception {
    Path folder = twoArticles();
    try (Library lib = open()) {
      lib.sync(folder);
      byte[] bytes = Articles.orchard().getBytes(StandardCharsets.UTF_8);
      ArticleSource source = ArticleSource.file("orchard.md", bytes);
      Library.Prepared good = lib.prepare(source, null, source.hash());
      // Its sentence vectors are missing: writing it fails after its documents were buffered.
      Library.Prepared broken =
          new Library.Prepared(
              good.stored(), good.paragraphVectors(), List.of(), good.indexedTexts(), null);

      assertThatThrownBy(() -> lib.write(List.of(broken), List.of("harbour")))
          .isInstanceOf(RuntimeException.class);

      assertThat(lib.entries())
          .extracting(LibraryEntry::id)
          .containsExactlyInAnyOrder("harbour", "library");
      assertThat(lib.answer("Who chairs the pilots' association?", Library.Scope.ALL).article())
          .map(LibraryEntry::id)
          .contains("harbour");
      assertThat(lib.write(List.of(good), List.of()))
          .extracting(LibraryEntry::id)
          .contains("orchard");
    }
    try (Library lib = open()) {
      assertThat(lib.entries())
          .extracting(LibraryEntry::id)
          .containsExactlyInAnyOrder("harbour", "library", "orchard");
    }
  }
}
