package dev.articlebot.knowledge.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.logical.And;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuceneEmbeddingStoreTest {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private IndexWriter writer;
  private SearcherManager searchers;

  @BeforeEach
  void open() throws IOException {
    writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
    writer.commit();
    searchers = new SearcherManager(directory, null);
  }

  @AfterEach
  void close() throws IOException {
    searchers.close();
    writer.close();
  }

  private LuceneEmbeddingStore store(String partitionKey) {
    return new LuceneEmbeddingStore(() -> writer, searchers, partitionKey);
  }

  private void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** 30 unit vectors in three articles, each a paragraph or a sentence. */
  private List<float[]> fill(LuceneEmbeddingStore store) throws IOException {
    Random random = new Random(7);
    List<String> ids = new ArrayList<>();
    List<Embedding> embeddings = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      float[] v = new float[8];
      double norm = 0;
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) random.nextGaussian();
        norm += v[d] * v[d];
      }
      for (int d = 0; d < v.length; d++) v[d] /= (float) Math.sqrt(norm);
      Metadata m = new Metadata();
      m.put("article", "a" + (i % 3));
      m.put("kind", i % 2 == 0 ? "paragraph" : "sentence");
      m.put("paragraph", i);
      ids.add("e" + i);
      embeddings.add(Embedding.from(v));
      segments.add(TextSegment.from("text " + i, m));
      vectors.add(v);
    }
    store.addAll(ids, embeddings, segments);
    commit();
    return vectors;
  }

  private static List<EmbeddingMatch<TextSegment>> search(
      LuceneEmbeddingStore store, float[] query, int k, Filter filter) {
    return store
        .search(
            EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query))
                .maxResults(k)
                .filter(filter)
                .build())
        .matches();
  }

  private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
    return matches.stream().map(EmbeddingMatch::embeddingId).toList();
  }

  @Test
  void aSearchPinnedToOnePartitionFindsOnlyItsVectorsWithTheirMetadata() throws IOException {
    LuceneEmbeddingStore store = store("kind");
    List<float[]> vectors = fill(store);
    List<EmbeddingMatch<TextSegment>> paragraphs =
        search(store, vectors.get(4), 5, new IsEqualTo("kind", "paragraph"));
    assertEquals(5, paragraphs.size());
    assertEquals("e4", paragraphs.get(0).embeddingId());
    assertEquals(1.0, paragraphs.get(0).score(), 1e-5);
    for (EmbeddingMatch<TextSegment> m : paragraphs) {
      assertEquals("paragraph", m.embedded().metadata().getString("kind"));
    }
    List<EmbeddingMatch<TextSegment>> sentencesOfA1 =
        search(
            store,
            vectors.get(4),
            20,
            new And(new IsEqualTo("article", "a1"), new IsEqualTo("kind", "sentence")));
    assertEquals(5, sentencesOfA1.size()); // e1, e7, e13, e19, e25
    for (EmbeddingMatch<TextSegment> m : sentencesOfA1) {
      assertEquals("sentence", m.embedded().metadata().getString("kind"));
      assertEquals("a1", m.embedded().metadata().getString("article"));
    }
  }

  @Test
  void aSearchNotPinningThePartitionMergesEveryPartitionByScore() throws IOException {
    LuceneEmbeddingStore store = store("kind");
    List<float[]> vectors = fill(store);
    List<EmbeddingMatch<TextSegment>> all = search(store, vectors.get(3), 30, null);
    assertEquals(30, all.size());
    assertEquals("e3", all.get(0).embeddingId());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).score() >= all.get(i).score());
    }
    assertEquals(10, search(store, vectors.get(3), 30, new IsEqualTo("article", "a0")).size());
  }

  @Test
  void vectorsWrittenBeforePartitioningAreMovedOnceAndFoundAsBefore() throws IOException {
    List<float[]> vectors = fill(store(null));
    List<EmbeddingMatch<TextSegment>> before = search(store(null), vectors.get(9), 6, null);

    LuceneEmbeddingStore store = store("kind");
    assertTrue(store.unpartitioned());
    assertEquals(30, store.partition());
    commit();
    assertFalse(store.unpartitioned());

    List<EmbeddingMatch<TextSegment>> after = search(store, vectors.get(9), 6, null);
    assertEquals(ids(before), ids(after));
    for (int i = 0; i < before.size(); i++) {
      assertEquals(before.get(i).score(), after.get(i).score(), 1e-9);
      assertEquals(
          before.get(i).embedded().metadata().toMap(), after.get(i).embedded().metadata().toMap());
    }
    List<EmbeddingMatch<TextSegment>> sentences =
        search(store, vectors.get(9), 30, new IsEqualTo("kind", "sentence"));
    assertEquals(15, sentences.size());
    assertEquals("e9", sentences.get(0).embeddingId());
  }
}
