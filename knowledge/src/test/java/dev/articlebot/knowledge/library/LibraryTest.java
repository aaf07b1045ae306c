package dev.articlebot.knowledge.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.answer.Citation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
  @TempDir Path temp;
  private final HashingEmbedder model = new HashingEmbedder();
  private Library library;

  private Library open() {
    library =
        Library.open(
            Library.Settings.in(temp.resolve("library"), 500, 1 << 20),
            model,
            model,
            Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC));
    return library;
  }

  @AfterEach
  void close() {
    if (library != null) library.close();
  }

  @Test
  void aFolderIsReadOnceAndEachAnswerNamesItsArticle() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "orchard.md", Articles.orchard());
    Articles.write(folder, "library.md", Articles.library());
    Library lib = open();

    SyncReport first = lib.sync(folder);

    assertThat(first.added())
        .extracting(LibraryEntry::id)
        .containsExactlyInAnyOrder("harbour", "orchard", "library");
    assertThat(lib.size()).isEqualTo(3);
    var a =
        lib.answer("How cold was it at dawn when the apricot buds were open?", Library.Scope.ALL);
    assertThat(a.article()).map(LibraryEntry::id).contains("orchard");
    assertThat(a.answer().citations()).extracting(Citation::articleId).containsOnly("orchard");

    int embedded = model.texts.get();
    SyncReport again = lib.sync(folder);
    assertThat(again.changed()).isFalse();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(model.texts.get()).isEqualTo(embedded);
  }

  @Test
  void onlyANewOrChangedFileIsEmbeddedAndAGoneOneIsRemoved() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "orchard.md", Articles.orchard());
    Library lib = open();
    lib.sync(folder);

    int before = model.texts.get();
    Articles.write(folder, "library.md", Articles.library());
    SyncReport added = lib.sync(folder);
    assertThat(added.added()).extracting(LibraryEntry::id).containsExactly("library");
    int forLibrary = model.texts.get() - before;
    assertThat(forLibrary).isPositive();

    // One changed paragraph: only its texts are embedded again.
    before = model.texts.get();
    Articles.write(folder, "orchard.md", Articles.orchard().replace("by a third", "by half"));
    SyncReport changed = lib.sync(folder);
    assertThat(changed.replaced()).extracting(LibraryEntry::id).containsExactly("orchard");
    assertThat(model.texts.get() - before).isBetween(1, 3);

    Files.delete(folder.resolve("harbour.md"));
    SyncReport removed = lib.sync(folder);
    assertThat(removed.removed()).extracting(LibraryEntry::id).containsExactly("harbour");
    assertThat(lib.entries())
        .extracting(LibraryEntry::id)
        .containsExactlyInAnyOrder("orchard", "library");
  }

  @Test
  void theLibraryOpensAgainWithoutReadingOrEmbeddingAnything() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "orchard.md", Articles.orchard());
    open().sync(folder);
    String answered =
        library.answer("Who chairs the pilots' association?", Library.Scope.ALL).answer().text();
    library.close();

    int embedded = model.texts.get();
    Library again = open();
    assertThat(again.entries())
        .extracting(LibraryEntry::title)
        .containsExactlyInAnyOrder(
            "Harbour pilots vote to strike over night shifts",
            "Frost ruins half of the valley's apricot crop");
    var a = again.answer("Who chairs the pilots' association?", Library.Scope.ALL);
    assertThat(a.answer().text()).isEqualTo(answered);
    assertThat(again.sync(folder).changed()).isFalse();
    // Only the questions themselves were embedded.
    assertThat(model.texts.get() - embedded).isLessThanOrEqualTo(2);
  }

  @Test
  void articlesReadByAnEarlierReaderAreReadAgainWhenANewerBuildOpensTheLibrary() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "orchard.md", Articles.orchard());
    Library.Settings settings = Library.Settings.in(temp.resolve("library"), 500, 1 << 20);
    Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
    int current = Library.READING;
    Library earlier = Library.open(settings, model, model, clock, current - 1);
    earlier.sync(folder);
    assertThat(earlier.entries()).extracting(LibraryEntry::reader).containsOnly(current - 1);
    earlier.close();

    library = Library.open(settings, model, model, clock, current);
    int embedded = model.texts.get();
    SyncReport upgraded = library.sync(folder);

    assertThat(upgraded.replaced())
        .extracting(LibraryEntry::id)
        .containsExactlyInAnyOrder("harbour", "orchard");
    assertThat(library.entries()).extracting(LibraryEntry::reader).containsOnly(current);
    // The same paragraphs: nothing is embedded again.
    assertThat(model.texts.get()).isEqualTo(embedded);
    assertThat(library.sync(folder).changed()).isFalse();
  }

  @Test
  void anUnreadableFileIsReportedByNameAndTheRestLoad() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Files.writeString(folder.resolve("empty.txt"), "   \n", StandardCharsets.UTF_8);
    Files.write(
        folder.resolve("pounds.txt"),
        ("Fuel duty rises\n\nThe duty rises by 3p to \u00a352.95 a litre, the Treasury said on"
                + " Monday, the first rise in a decade.\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    Library lib = open();

    SyncReport r = lib.sync(folder);

    assertThat(r.skipped())
        .extracting(SyncReport.Skipped::file)
        .containsExactlyInAnyOrder("photo.txt", "empty.txt");
    assertThat(lib.entries())
        .extracting(LibraryEntry::id)
        .containsExactlyInAnyOrder("harbour", "pounds");
    assertThat(lib.article("pounds").orElseThrow().paragraphs().get(0).text()).contains("£52.95");
  }

  @Test
  void aRemovedFolderArticleStaysOutUntilItsFileChanges() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "orchard.md", Articles.orchard());
    Library lib = open();
    lib.sync(folder);

    assertThat(lib.remove("harbour")).isPresent();
    assertThat(lib.sync(folder).changed()).isFalse();
    assertThat(lib.entries()).extracting(LibraryEntry::id).containsExactly("orchard");

    Articles.write(folder, "harbour.md", Articles.harbour() + "\nThe strike was called off.\n");
    assertThat(lib.sync(folder).added()).extracting(LibraryEntry::id).containsExactly("harbour");
  }

  @Test
  void aChannelPinnedToAnArticleIsAnsweredFromItAlone() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "orchard.md", Articles.orchard());
    Library lib = open();
    lib.sync(folder);

    var a = lib.answer("Who chairs the pilots' association?", Library.Scope.article("orchard"));

    assertThat(a.article()).map(LibraryEntry::id).contains("orchard");
    assertThat(a.answer().citations()).extracting(Citation::articleId).containsOnly("orchard");
  }

  @Test
  void aQuestionCanNameItsArticle() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Articles.write(folder, "orchard.md", Articles.orchard());
    Articles.write(folder, "library.md", Articles.library());
    Library lib = open();
    lib.sync(folder);

    var byTopic =
        lib.answer(
            "In the article about the apricot frost, who said something?", Library.Scope.ALL);
    assertThat(byTopic.article()).map(LibraryEntry::id).contains("orchard");

    var asksWhich = lib.answer("Who wrote this article?", Library.Scope.ALL);
    assertThat(asksWhich.asksWhich()).isTrue();
    assertThat(asksWhich.article()).isEmpty();

    var named = lib.answer("Who wrote the article about the town library?", Library.Scope.ALL);
    assertThat(named.article()).map(LibraryEntry::id).contains("library");
    assertThat(named.answer().text()).contains("Sam Ito");
  }

  @Test
  void articlesAddedFromAChatStayWhenTheFolderIsRead() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    Library lib = open();
    lib.sync(folder);

    LibraryEntry e =
        lib.add(
            ArticleSource.attachment(
                "orchard.md", Articles.orchard().getBytes(StandardCharsets.UTF_8)));
    assertThat(e.origin()).isEqualTo(LibraryEntry.Origin.CHAT);
    assertThat(lib.sync(folder).changed()).isFalse();
    assertThat(lib.entries())
        .extracting(LibraryEntry::id)
        .containsExactlyInAnyOrder("harbour", "orchard");
    // The same bytes again are the same article.
    assertThat(
            lib.add(
                ArticleSource.attachment(
                    "copy.md", Articles.orchard().getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(e);
    assertThat(lib.quotes().lookup("Ines Calder"))
        .isInstanceOf(dev.articlebot.knowledge.quote.QuoteLookup.Found.class);
    List<String> newest = lib.entries().stream().map(LibraryEntry::id).toList();
    assertThat(newest).hasSize(2);
  }
}
