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
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
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
import org.apache.lucene.search.FieldExistsQuery;
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
 * <p>Vectors may be partitioned by one metadata key (the library's {@code kind}: paragraph or
 * sentence): each value's vectors get a graph of their own, and a search whose filter pins that key
 * walks only its graph, unfiltered, instead of the whole graph with a filter that most nodes fail.
 * A search that does not pin it walks every graph and merges. An index written before partitioning
 * is rewritten once by {@link #partition()}, from the vectors it holds: nothing is embedded again.
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
  static final int OVERSAMPLE = 1;

  private final Supplier<IndexWriter> writer;
  private final SearcherManager searchers;
  private final String partitionKey;

  /**
   * A store writing with {@code writer} and reading the commits {@code searchers} sees, with a
   * graph per value of the metadata key {@code partitionKey} (one graph for all when null).
   */
  LuceneEmbeddingStore(
      Supplier<IndexWriter> writer, SearcherManager searchers, String partitionKey) {
    this.writer = writer;
    this.searchers = searchers;
    this.partitionKey = partitionKey;
  }

  /** The vector field of an embedding with this segment: its partition's, or the one of all. */
  private String fieldFor(TextSegment segment) {
    if (partitionKey == null || segment == null) return VECTOR;
    Object value = segment.metadata().toMap().get(partitionKey);
    return value == null ? VECTOR : VECTOR + "." + value;
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
      docs.add(
          document(
              ids.get(i), embeddings.get(i).vector(), segments == null ? null : segments.get(i)));
    }
    try {
      writer.get().addDocuments(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document document(String id, float[] vector, TextSegment s) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_VALUE, Field.Store.NO));
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new KnnFloatVectorField(fieldFor(s), vector, VectorSimilarityFunction.DOT_PRODUCT));
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
    return d;
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
    Pinned pinned = pinned(request.filter());
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<String> fields =
            pinned != null ? List.of(VECTOR + "." + pinned.value()) : vectorFields(searcher);
        Filter rest = pinned != null ? pinned.rest() : request.filter();
        // Only this store's documents have vector fields: no filter is needed to keep to them.
        Query filter = rest == null ? null : query(rest);
        List<Scored> scored = new ArrayList<>();
        for (String field : fields) {
          scored.addAll(search(searcher, field, target, k * OVERSAMPLE, filter));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(k);
        StoredFields stored = searcher.storedFields();
        for (Scored x : scored) {
          if (matches.size() == k || x.score() < request.minScore()) break;
          // Only the neighbours kept are read in full: their stored fields are compressed.
          matches.add(match(stored.document(x.doc()), x.score(), x.vector()));
        }
        return new EmbeddingSearchResult<>(matches);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A neighbour found in the graph, scored by its full vector. */
  private record Scored(int doc, double score, float[] vector) {}

  /** The graph search of one vector field, rescored by the full vectors. */
  private static List<Scored> search(
      IndexSearcher searcher, String field, float[] target, int collect, Query filter)
      throws IOException {
    ScoreDoc[] hits =
        searcher.search(new KnnFloatVectorQuery(field, target, collect, filter), collect).scoreDocs;
    List<Scored> out = new ArrayList<>(hits.length);
    java.util.Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    FloatVectorValues values = null;
    for (ScoreDoc h : hits) {
      int leaf = ReaderUtil.subIndex(h.doc, leaves);
      LeafReaderContext ctx = leaves.get(leaf);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        values = ctx.reader().getFloatVectorValues(field);
      }
      if (values == null || values.advance(h.doc - ctx.docBase) != h.doc - ctx.docBase) {
        continue; // no vector: cannot happen for a document this store wrote
      }
      float[] vector = values.vectorValue().clone();
      out.add(new Scored(h.doc, (dot(target, vector) + 1) / 2, vector));
    }
    return out;
  }

  /** A filter that pins the partition key to one value, and what else it asks (null: nothing). */
  private record Pinned(String value, Filter rest) {}

  private Pinned pinned(Filter f) {
    if (partitionKey == null || f == null) return null;
    if (f instanceof IsEqualTo e && e.key().equals(partitionKey)) {
      return new Pinned(String.valueOf(e.comparisonValue()), null);
    }
    if (f instanceof And and) {
      Pinned left = pinned(and.left());
      if (left != null && left.rest() == null) return new Pinned(left.value(), and.right());
      Pinned right = pinned(and.right());
      if (right != null && right.rest() == null) return new Pinned(right.value(), and.left());
    }
    return null;
  }

  /** Every vector field of the index: each partition's and the one of all. */
  private static List<String> vectorFields(IndexSearcher searcher) {
    List<String> out = new ArrayList<>();
    for (FieldInfo f : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
      if (f.hasVectorValues() && (f.name.equals(VECTOR) || f.name.startsWith(VECTOR + "."))) {
        out.add(f.name);
      }
    }
    return out;
  }

  /** Whether the index holds vectors written before this store partitioned them. */
  boolean unpartitioned() {
    if (partitionKey == null) return false;
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return vectorFields(searcher).contains(VECTOR);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves every vector written before partitioning into its partition's graph, with its id, text
   * and metadata as they were; seen by searches once the caller commits.
   *
   * @return how many vectors moved
   */
  int partition() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    int moved = 0;
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        if (values == null) continue;
        StoredFields stored = leaf.reader().storedFields();
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        List<Document> docs = new ArrayList<>();
        for (int doc = values.nextDoc();
            doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          EmbeddingMatch<TextSegment> m =
              match(stored.document(doc), 1, values.vectorValue().clone());
          docs.add(document(m.embeddingId(), m.embedding().vector(), m.embedded()));
        }
        writer.get().addDocuments(docs);
        moved += docs.size();
      }
      writer
          .get()
          .deleteDocuments(
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(TYPE, TYPE_VALUE)), BooleanClause.Occur.FILTER)
                  .add(new FieldExistsQuery(VECTOR), BooleanClause.Occur.FILTER)
                  .build());
      return moved;
    } finally {
      searchers.release(searcher);
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
