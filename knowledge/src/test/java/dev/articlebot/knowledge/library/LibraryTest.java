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

  /** A long article: its word pieces fill more than one part of the library's embeddings. */
  private static String longArticle() {
    StringBuilder b = new StringBuilder("# Ninety villages count their wells\n\n");
    for (int i = 1; i <= 90; i++) {
      b.append("In village ")
          .append(i)
          .append(", surveyors counted ")
          .append(i * 3)
          .append(" wells, of which ")
          .append(i % 7)
          .append(" had run dry since the spring; the elders asked the district for pumps, pipes,")
          .append(" a cistern near the school and a lorry to carry water in August, when the")
          .append(
              " river sinks below the old stone ford and the cattle walk to the lake instead.\n\n");
    }
    return b.toString();
  }

  private int vectorParts(String id) throws Exception {
    try (var dir = org.apache.lucene.store.FSDirectory.open(temp.resolve("library"));
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      return new org.apache.lucene.search.IndexSearcher(reader)
          .count(
              new org.apache.lucene.search.BooleanQuery.Builder()
                  .add(
                      new org.apache.lucene.search.TermQuery(
                          new org.apache.lucene.index.Term(
                              LibraryIndex.TYPE, LibraryIndex.VECTORS_DOC)),
                      org.apache.lucene.search.BooleanClause.Occur.FILTER)
                  .add(
                      new org.apache.lucene.search.TermQuery(
                          new org.apache.lucene.index.Term(LibraryIndex.ID, id)),
                      org.apache.lucene.search.BooleanClause.Occur.FILTER)
                  .build());
    }
  }

  @Test
  void aLongArticlesEmbeddingsAreKeptInPartsAndReadBackWhole() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "wells.md", longArticle());
    Articles.write(folder, "harbour.md", Articles.harbour());
    open().sync(folder);
    String question = "How many wells had run dry in village 40?";
    String answered = library.answer(question, Library.Scope.ALL).answer().text();
    library.close();
    assertThat(vectorParts("wells")).isGreaterThan(1);
    assertThat(vectorParts("harbour")).isEqualTo(1);

    int embedded = model.texts.get();
    Library again = open();
    var a = again.answer(question, Library.Scope.ALL);
    assertThat(a.article()).map(LibraryEntry::id).contains("wells");
    assertThat(a.answer().text()).isEqualTo(answered);
    // Every paragraph's and sentence's vectors were found in the parts: only the question is new.
    assertThat(model.texts.get() - embedded).isLessThanOrEqualTo(2);

    again.remove("wells");
    again.close();
    assertThat(vectorParts("wells")).isZero();
  }

  @Test
  void embeddingsKeptWithTheArticleByAnEarlierBuildAreStillRead() throws Exception {
    Path folder = temp.resolve("articles");
    Articles.write(folder, "harbour.md", Articles.harbour());
    open().sync(folder);
    String question = "Who chairs the pilots' association?";
    String answered = library.answer(question, Library.Scope.ALL).answer().text();
    library.close();
    // The earlier layout: the embeddings whole, in the article's own document.
    try (var dir = org.apache.lucene.store.FSDirectory.open(temp.resolve("library"));
        var w =
            new org.apache.lucene.index.IndexWriter(
                dir,
                new org.apache.lucene.index.IndexWriterConfig()
                    .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
      StoredVectors whole;
      try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        List<StoredVectors> parts = new java.util.ArrayList<>();
        for (var leaf : reader.leaves()) {
          var values = leaf.reader().getBinaryDocValues("vectors");
          if (values == null) continue;
          while (values.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            parts.add(
                StoredVectors.decode(
                    org.apache.lucene.util.BytesRef.deepCopyOf(values.binaryValue()).bytes));
          }
        }
        whole = StoredVectors.union(parts);
      }
      w.deleteDocuments(
          new org.apache.lucene.index.Term(LibraryIndex.TYPE, LibraryIndex.VECTORS_DOC));
      w.updateBinaryDocValue(
          new org.apache.lucene.index.Term(LibraryIndex.ID, "harbour"),
          "vectors",
          new org.apache.lucene.util.BytesRef(whole.encode()));
      w.commit();
    }
    assertThat(vectorParts("harbour")).isZero();

    int embedded = model.texts.get();
    Library again = open();
    assertThat(again.answer(question, Library.Scope.ALL).answer().text()).isEqualTo(answered);
    assertThat(model.texts.get() - embedded).isLessThanOrEqualTo(2);
  }

  @Test
  void aSyncLeavesAnIndexOfManySegmentsOrDeletionsInOne() throws Exception {
    Path folder = temp.resolve("articles");
    Library lib = open();
    List<String> texts = List.of(Articles.harbour(), Articles.orchard(), Articles.library());
    // Each sync commits its own segment; a few are left as they are.
    for (int i = 0; i < LibraryIndex.MOST_SEGMENTS; i++) {
      Articles.write(
          folder, "a" + i + ".md", texts.get(i % 3).replace("title: ", "title: " + i + " "));
      lib.sync(folder);
    }
    lib.close();
    assertThat(segmentsAndDeleted()).containsExactly(LibraryIndex.MOST_SEGMENTS, 0);

    lib = open();
    Articles.write(folder, "a9.md", Articles.harbour().replace("title: ", "title: 9 "));
    lib.sync(folder);
    var a =
        lib.answer("How cold was it at dawn when the apricot buds were open?", Library.Scope.ALL);
    assertThat(a.answer().answered()).isTrue();
    lib.close();
    assertThat(segmentsAndDeleted()).containsExactly(1, 0);

    // Articles read again leave their old documents deleted: merged away.
    lib = open();
    Files.delete(folder.resolve("a0.md"));
    lib.sync(folder);
    lib.close();
    assertThat(segmentsAndDeleted()).containsExactly(1, 0);
    library = null;
  }

  private List<Integer> segmentsAndDeleted() throws Exception {
    try (var dir = org.apache.lucene.store.FSDirectory.open(temp.resolve("library"));
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      return List.of(reader.leaves().size(), reader.numDeletedDocs());
    }
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
