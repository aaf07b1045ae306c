package dev.articlebot.knowledge.library;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.comparison.IsNotEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsNotIn;
import dev.langchain4j.store.embedding.filter.logical.And;
import dev.langchain4j.store.embedding.filter.logical.Not;
import dev.langchain4j.store.embedding.filter.logical.Or;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A langchain4j {@link EmbeddingStore} in the library's Lucene index: each embedding a document
 * with its vector in an HNSW graph over 7-bit scalar-quantised copies (the full vectors stay on
 * disk beside them), and its metadata as indexed, stored fields that filters read. The library
 * reaches vectors only through the {@code EmbeddingStore} interface, so a server store
 * (langchain4j's pgvector or OpenSearch stores) can take this one's place.
 *
 * <p>A search walks the graph over the quantised vectors for a few more neighbours than asked
 * ({@link #OVERSAMPLE} times), then scores those by the full vectors and keeps the best: scores are
 * exact, {@code (cosine + 1) / 2} as every langchain4j store reports them. Filters on metadata
 * ({@code isEqualTo}, {@code isIn}, their negations, {@code and}, {@code or}, {@code not}) are
 * applied inside the graph search; others are refused with a message naming them.
 *
 * <p>Writes go to the library's {@link IndexWriter} and are seen by searches once the library
 * commits them, together with everything else of the same change: never in part.
 */
final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment> {
  static final String TYPE = "type";
  static final String TYPE_VALUE = "embedding";
  static final String VECTOR = "vector";
  static final String ID = "embedding_id";
  static final String TEXT = "embedding_text";
  private static final String META = "m.";

  /** How many more neighbours the graph search collects than are returned, for exact rescoring. */
  static final int OVERSAMPLE = 2;

  private final Supplier<IndexWriter> writer;
  private final SearcherManager searchers;

  LuceneEmbeddingStore(Supplier<IndexWriter> writer, SearcherManager searchers) {
    this.writer = writer;
    this.searchers = searchers;
  }

  @Override
  public String add(Embedding embedding) {
    String id = UUID.randomUUID().toString();
    add(id, embedding);
    return id;
  }

  @Override
  public void add(String id, Embedding embedding) {
    addAll(List.of(id), List.of(embedding), null);
  }

  @Override
  public String add(Embedding embedding, TextSegment segment) {
    String id = UUID.randomUUID().toString();
    addAll(List.of(id), List.of(embedding), List.of(segment));
    return id;
  }

  @Override
  public List<String> addAll(List<Embedding> embeddings) {
    List<String> ids = generateIds(embeddings.size());
    addAll(ids, embeddings, null);
    return ids;
  }

  @Override
  public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
    if (ids.size() != embeddings.size() || segments != null && segments.size() != ids.size()) {
      throw new IllegalArgumentException("ids, embeddings and segments differ in number");
    }
    List<Document> docs = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      Document d = new Document();
      d.add(new StringField(TYPE, TYPE_VALUE, Field.Store.NO));
      d.add(new StringField(ID, ids.get(i), Field.Store.YES));
      d.add(
          new KnnFloatVectorField(
              VECTOR, embeddings.get(i).vector(), VectorSimilarityFunction.DOT_PRODUCT));
      TextSegment s = segments == null ? null : segments.get(i);
      if (s != null) {
        d.add(new StoredField(TEXT, s.text()));
        for (Map.Entry<String, Object> e : s.metadata().toMap().entrySet()) {
          String field = META + e.getKey();
          Object v = e.getValue();
          d.add(new StringField(field, String.valueOf(v), Field.Store.NO));
          if (v instanceof Integer n) d.add(new StoredField(field, n));
          else if (v instanceof Long n) d.add(new StoredField(field, n));
          else if (v instanceof Float n) d.add(new StoredField(field, n));
          else if (v instanceof Double n) d.add(new StoredField(field, n));
          else d.add(new StoredField(field, String.valueOf(v)));
        }
      }
      docs.add(d);
    }
    try {
      writer.get().addDocuments(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void removeAll(Collection<String> ids) {
    List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
    delete(new TermInSetQuery(ID, terms));
  }

  @Override
  public void removeAll(Filter filter) {
    delete(query(filter));
  }

  @Override
  public void removeAll() {
    delete(new MatchAllDocsQuery());
  }

  private void delete(Query which) {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TYPE, TYPE_VALUE)), BooleanClause.Occur.FILTER)
            .add(which, BooleanClause.Occur.FILTER)
            .build();
    try {
      writer.get().deleteDocuments(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
    float[] target = request.queryEmbedding().vector();
    int k = Math.max(1, request.maxResults());
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TYPE, TYPE_VALUE)), BooleanClause.Occur.FILTER);
    if (request.filter() != null) filter.add(query(request.filter()), BooleanClause.Occur.FILTER);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        ScoreDoc[] hits =
            searcher.search(
                    new KnnFloatVectorQuery(VECTOR, target, k * OVERSAMPLE, filter.build()),
                    k * OVERSAMPLE)
                .scoreDocs;
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(hits.length);
        java.util.Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        int leafIndex = -1;
        FloatVectorValues values = null;
        for (ScoreDoc h : hits) {
          int leaf = ReaderUtil.subIndex(h.doc, leaves);
          LeafReaderContext ctx = leaves.get(leaf);
          if (leaf != leafIndex) {
            leafIndex = leaf;
            values = ctx.reader().getFloatVectorValues(VECTOR);
          }
          if (values == null || values.advance(h.doc - ctx.docBase) != h.doc - ctx.docBase) {
            continue; // no vector: cannot happen for a document this store wrote
          }
          float[] vector = values.vectorValue().clone();
          double cosine = dot(target, vector);
          double score = (cosine + 1) / 2;
          if (score < request.minScore()) continue;
          matches.add(match(stored.document(h.doc), score, vector));
        }
        matches.sort(
            Comparator.comparingDouble((EmbeddingMatch<TextSegment> m) -> m.score()).reversed());
        return new EmbeddingSearchResult<>(
            List.copyOf(matches.subList(0, Math.min(k, matches.size()))));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EmbeddingMatch<TextSegment> match(Document d, double score, float[] vector) {
    Metadata metadata = new Metadata();
    for (IndexableField f : d.getFields()) {
      if (!f.name().startsWith(META)) continue;
      String key = f.name().substring(META.length());
      Number n = f.numericValue();
      if (n instanceof Integer i) metadata.put(key, i);
      else if (n instanceof Long l) metadata.put(key, l);
      else if (n instanceof Float x) metadata.put(key, x);
      else if (n instanceof Double x) metadata.put(key, x);
      else metadata.put(key, f.stringValue());
    }
    String text = d.get(TEXT);
    TextSegment segment = text == null ? null : TextSegment.from(text, metadata);
    return new EmbeddingMatch<>(score, d.get(ID), Embedding.from(vector), segment);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** The Lucene query matching what {@code filter} accepts. */
  static Query query(Filter filter) {
    if (filter instanceof IsEqualTo f) return term(f.key(), f.comparisonValue());
    if (filter instanceof IsNotEqualTo f) return not(term(f.key(), f.comparisonValue()));
    if (filter instanceof IsIn f) return in(f.key(), f.comparisonValues());
    if (filter instanceof IsNotIn f) return not(in(f.key(), f.comparisonValues()));
    if (filter instanceof And f) {
      return new BooleanQuery.Builder()
          .add(query(f.left()), BooleanClause.Occur.FILTER)
          .add(query(f.right()), BooleanClause.Occur.FILTER)
          .build();
    }
    if (filter instanceof Or f) {
      return new BooleanQuery.Builder()
          .add(query(f.left()), BooleanClause.Occur.SHOULD)
          .add(query(f.right()), BooleanClause.Occur.SHOULD)
          .setMinimumNumberShouldMatch(1)
          .build();
    }
    if (filter instanceof Not f) return not(query(f.expression()));
    throw new UnsupportedOperationException(
        "the library's embedding store filters on equality and membership only, not "
            + filter.getClass().getSimpleName());
  }

  private static Query term(String key, Object value) {
    return new TermQuery(new Term(META + key, String.valueOf(value)));
  }

  private static Query in(String key, Collection<?> values) {
    return new TermInSetQuery(
        META + key, values.stream().map(v -> new BytesRef(String.valueOf(v))).toList());
  }

  private static Query not(Query q) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(q, BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
