package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.ArticleQuotes;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSLockFactory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The library on disk: one Lucene index holding, per article, a document with its catalog entry and
 * what answering it needs (the parsed article and its quotes, as bytes read only when the article
 * is asked about), its embeddings in documents of at most {@link #VECTOR_PART_BYTES} each (read
 * with it), a document per paragraph for BM25, and, through {@link #vectors()}, a document per
 * paragraph and per sentence with its vector in an HNSW graph.
 *
 * <p>Opening maps the files; nothing is read into the heap but the catalog. Searches see the last
 * commit only, and {@link #change} commits a whole change or, on any failure, rolls it back: a
 * crash or an error halfway leaves the library as it was.
 */
final class LibraryIndex implements Closeable {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LibraryIndex.class);

  // Document types.
  static final String TYPE = "type";
  static final String ARTICLE_DOC = "article";
  static final String PASSAGE_DOC = "passage";
  static final String EXCLUDED_DOC = "excluded";
  static final String VECTORS_DOC = "vectors";

  /**
   * The most bytes of embeddings one document holds (unless one embedding is larger). Lucene reads
   * a document's value into a buffer as large as the largest value of its segment, made anew for
   * each article read: an article's embeddings in one value (several megabytes for a long one) made
   * every read allocate that much.
   */
  static final int VECTOR_PART_BYTES = 256 * 1024;

  // Fields.
  static final String ID = "article";
  private static final String ID_VALUES = "article_dv";
  static final String PARAGRAPH = "paragraph";
  static final String TEXT = "text";
  static final String TITLE = "title";
  private static final String URL = "url";
  private static final String ORIGIN = "origin";
  private static final String SOURCE = "source";
  private static final String HASH = "hash";
  private static final String ADDED = "added";
  private static final String PUBLISHED = "published";
  private static final String PARAGRAPHS = "paragraphs";
  private static final String READER = "reader";
  private static final String RECORD = "record";
  private static final String QUOTES = "quotes";
  private static final String VECTORS = "vectors";
  private static final String ORIGINAL = "original";
  private static final String EXCLUDED_SOURCE = "excluded_source";
  private static final String EXCLUDED_HASH = "excluded_hash";

  // Metadata keys of the embeddings.
  static final String META_ARTICLE = "article";
  static final String META_PARAGRAPH = "paragraph";
  static final String META_SENTENCE = "sentence";
  static final String META_KIND = "kind";
  static final String KIND_PARAGRAPH = "paragraph";
  static final String KIND_SENTENCE = "sentence";

  /** HNSW: neighbours per node and the candidates kept while linking a new one. */
  static final int GRAPH_NEIGHBOURS = 16;

  static final int GRAPH_BEAM = 100;

  private final Directory directory;
  private final TextAnalysis analysis;
  private final boolean readOnly;
  private final SearcherManager searchers;
  private final EmbeddingStore<TextSegment> vectors;
  private IndexWriter writer;

  /**
   * Everything stored of one article.
   *
   * @param entry its catalog entry
   * @param article the article as parsed
   * @param quotes what its people said
   * @param vectors its embeddings
   * @param original the bytes it was read from (empty when read back from the library, which keeps
   *     them but does not need them to answer)
   */
  record Stored(
      LibraryEntry entry,
      Article article,
      ArticleQuotes quotes,
      StoredVectors vectors,
      byte[] original) {}

  /** What a change may do; nothing is seen by searches until the whole change is committed. */
  interface Writes {
    /** Adds the article, replacing any with its id. */
    void put(
        Stored article,
        List<float[]> paragraphVectors,
        List<float[][]> sentenceVectors,
        List<String> indexedTexts);

    /** Removes the article with this id, if any. */
    void delete(String id);

    /** Records that the folder file {@code source} with this content is not to be read. */
    void exclude(String source, String hash);

    /** Forgets any exclusion of {@code source}. */
    void unexclude(String source);
  }

  @FunctionalInterface
  interface Change {
    void apply(Writes writes) throws IOException;
  }

  private LibraryIndex(
      Directory directory,
      TextAnalysis analysis,
      EmbeddingStore<TextSegment> externalVectors,
      boolean allowReadOnly)
      throws IOException {
    this.directory = directory;
    this.analysis = analysis;
    IndexWriter w = null;
    try {
      w = newWriter();
      if (!DirectoryReader.indexExists(directory)) w.commit();
    } catch (LockObtainFailedException e) {
      if (!allowReadOnly || !DirectoryReader.indexExists(directory)) throw e;
      w = null;
    }
    this.writer = w;
    this.readOnly = w == null;
    this.searchers = new SearcherManager(directory, null);
    LuceneEmbeddingStore own =
        externalVectors != null
            ? null
            : new LuceneEmbeddingStore(this::writerOrFail, searchers, META_KIND);
    this.vectors = own != null ? own : externalVectors;
    if (own != null && w != null && own.unpartitioned()) {
      int[] moved = new int[1];
      change(
          writes -> {
            moved[0] = own.partition();
            writer.forceMergeDeletes(); // the moved vectors' old copies take no room
          });
      log.info("Library: {} vectors moved into one graph per kind (once)", moved[0]);
    }
  }

  /** Whether folder {@code dir} holds a library's index, written by an earlier run. */
  static boolean existsIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (Directory d = new NIOFSDirectory(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /**
   * The library in folder {@code dir}, created if needed. When another process writes it (its
   * {@code write.lock} is held), it is opened to read only, when {@code allowReadOnly}.
   */
  static LibraryIndex open(Path dir, TextAnalysis analysis, boolean allowReadOnly)
      throws IOException {
    return new LibraryIndex(directory(dir), analysis, null, allowReadOnly);
  }

  /**
   * The folder's files, mapped into memory as Lucene prefers, except the doc values, which hold
   * each article whole (text, quotes, word-piece vectors) and are read with positional reads: an
   * article read once would otherwise stay mapped, counted in the process's resident memory for as
   * long as the library is open, for every article ever asked about.
   */
  private static Directory directory(Path dir) throws IOException {
    return new FileSwitchDirectory(
        Set.of("dvd"),
        new NIOFSDirectory(dir, FSLockFactory.getDefault()),
        new MMapDirectory(dir, FSLockFactory.getDefault()),
        true);
  }

  /** A library in memory only, with its vectors in {@code vectors} when given (else its own). */
  static LibraryIndex inMemory(TextAnalysis analysis, EmbeddingStore<TextSegment> vectors)
      throws IOException {
    return new LibraryIndex(new ByteBuffersDirectory(), analysis, vectors, false);
  }

  boolean readOnly() {
    return readOnly;
  }

  /** Where the paragraph and sentence vectors are kept and searched. */
  EmbeddingStore<TextSegment> vectors() {
    return vectors;
  }

  private IndexWriter newWriter() throws IOException {
    KnnVectorsFormat graph =
        new Lucene99HnswScalarQuantizedVectorsFormat(
            GRAPH_NEIGHBOURS, GRAPH_BEAM, 1, 7, false, null, null);
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCommitOnClose(false)
            .setRAMBufferSizeMB(128)
            .setUseCompoundFile(false) // so that the doc values have files of their own
            .setMergePolicy(separateFiles())
            .setCodec(
                new Lucene912Codec() {
                  @Override
                  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return graph;
                  }
                });
    return new IndexWriter(directory, config);
  }

  private static TieredMergePolicy separateFiles() {
    TieredMergePolicy p = new TieredMergePolicy();
    p.setNoCFSRatio(0.0);
    return p;
  }

  private IndexWriter writerOrFail() {
    if (writer == null) {
      throw new IllegalStateException(
          "the library is open to read only: another article-bot process is writing it");
    }
    return writer;
  }

  /** Segments beyond which {@link #compact} merges the index into one. */
  static final int MOST_SEGMENTS = 4;

  /** The share of deleted documents above which {@link #compact} merges the index into one. */
  static final double MOST_DELETED = 0.1;

  /**
   * Merges the index into one segment when it has more than {@link #MOST_SEGMENTS} or more than
   * {@link #MOST_DELETED} of its documents deleted (articles read again or removed), and commits.
   * Each segment has its own graph and terms, which every search walks, and a deleted document's
   * vectors stay in its graph, where a search has to step past them: after indexing many articles,
   * or reading them all again, searches took several times longer. Searches see the old segments
   * until the merge is committed; changes wait for it. Nothing is read into the heap.
   *
   * @return how many segments were merged, 0 when the index did not need it
   */
  synchronized int compact() throws IOException {
    int segments;
    try (DirectoryReader r = DirectoryReader.open(writerOrFail())) {
      segments = r.leaves().size();
      double deleted = r.maxDoc() == 0 ? 0 : r.numDeletedDocs() / (double) r.maxDoc();
      if (segments <= MOST_SEGMENTS && deleted <= MOST_DELETED) return 0;
    }
    change(writes -> writer.forceMerge(1)); // committed whole, or rolled back
    return segments;
  }

  /**
   * Applies {@code change} and commits it, with {@code data} recorded in the commit; on any
   * failure, rolls everything since the last commit back and rethrows.
   */
  synchronized void change(Change change) throws IOException {
    IndexWriter w = writerOrFail();
    boolean done = false;
    try {
      change.apply(new WritesImpl(w));
      w.commit();
      done = true;
    } finally {
      if (!done) {
        try {
          w.rollback(); // closes the writer, dropping what the change had buffered
        } finally {
          writer = newWriter();
        }
      }
    }
    searchers.maybeRefreshBlocking();
  }

  private final class WritesImpl implements Writes {
    private final IndexWriter w;

    WritesImpl(IndexWriter w) {
      this.w = w;
    }

    @Override
    public void put(
        Stored s,
        List<float[]> paragraphVectors,
        List<float[][]> sentenceVectors,
        List<String> indexedTexts) {
      try {
        delete(s.entry().id());
        w.addDocument(articleDocument(s));
        String id = s.entry().id();
        List<Document> parts = new ArrayList<>();
        for (byte[] part : s.vectors().encodeParts(VECTOR_PART_BYTES)) {
          Document d = new Document();
          d.add(new StringField(TYPE, VECTORS_DOC, Field.Store.NO));
          d.add(new StringField(ID, id, Field.Store.NO));
          d.add(new BinaryDocValuesField(VECTORS, new BytesRef(part)));
          parts.add(d);
        }
        w.addDocuments(parts);
        List<Document> passages = new ArrayList<>();
        for (int i = 0; i < indexedTexts.size(); i++) {
          Document d = new Document();
          d.add(new StringField(TYPE, PASSAGE_DOC, Field.Store.NO));
          d.add(new StringField(ID, id, Field.Store.NO));
          d.add(new SortedDocValuesField(ID_VALUES, new BytesRef(id)));
          d.add(new NumericDocValuesField(PARAGRAPH, i + 1));
          d.add(new TextField(TEXT, TextAnalysis.prepare(indexedTexts.get(i)), Field.Store.NO));
          passages.add(d);
        }
        w.addDocuments(passages);
        List<String> ids = new ArrayList<>();
        List<dev.langchain4j.data.embedding.Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < paragraphVectors.size(); i++) {
          int paragraph = i + 1;
          ids.add(id + "#" + paragraph);
          embeddings.add(dev.langchain4j.data.embedding.Embedding.from(paragraphVectors.get(i)));
          segments.add(segment(id, paragraph, -1, KIND_PARAGRAPH));
          float[][] sv = sentenceVectors.get(i);
          for (int k = 0; k < sv.length; k++) {
            ids.add(id + "#" + paragraph + "." + k);
            embeddings.add(dev.langchain4j.data.embedding.Embedding.from(sv[k]));
            segments.add(segment(id, paragraph, k, KIND_SENTENCE));
          }
        }
        vectors.addAll(ids, embeddings, segments);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void delete(String id) {
      try {
        w.deleteDocuments(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER)
                .add(
                    new TermInSetQuery(
                        TYPE,
                        List.of(
                            new BytesRef(ARTICLE_DOC),
                            new BytesRef(PASSAGE_DOC),
                            new BytesRef(VECTORS_DOC))),
                    BooleanClause.Occur.FILTER)
                .build());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      vectors.removeAll(new IsEqualTo(META_ARTICLE, id));
    }

    @Override
    public void exclude(String source, String hash) {
      unexclude(source);
      Document d = new Document();
      d.add(new StringField(TYPE, EXCLUDED_DOC, Field.Store.NO));
      d.add(new StringField(EXCLUDED_SOURCE, source, Field.Store.YES));
      d.add(new StoredField(EXCLUDED_HASH, hash));
      try {
        w.addDocument(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void unexclude(String source) {
      try {
        w.deleteDocuments(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, EXCLUDED_DOC)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(EXCLUDED_SOURCE, source)), BooleanClause.Occur.FILTER)
                .build());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static TextSegment segment(String article, int paragraph, int sentence, String kind) {
    dev.langchain4j.data.document.Metadata m = new dev.langchain4j.data.document.Metadata();
    m.put(META_ARTICLE, article);
    m.put(META_PARAGRAPH, paragraph);
    m.put(META_SENTENCE, sentence);
    m.put(META_KIND, kind);
    return TextSegment.from(article + "#" + paragraph + (sentence < 0 ? "" : "." + sentence), m);
  }

  private static Document articleDocument(Stored s) {
    LibraryEntry e = s.entry();
    Document d = new Document();
    d.add(new StringField(TYPE, ARTICLE_DOC, Field.Store.NO));
    d.add(new StringField(ID, e.id(), Field.Store.YES));
    d.add(new TextField(TITLE, TextAnalysis.prepare(titleText(s.article())), Field.Store.NO));
    d.add(new StoredField(TITLE, e.title()));
    d.add(new StoredField(URL, e.url()));
    d.add(new StoredField(ORIGIN, e.origin().name()));
    d.add(new StoredField(SOURCE, e.source()));
    d.add(new StoredField(HASH, e.hash()));
    d.add(new StoredField(ADDED, e.added().toEpochMilli()));
    d.add(new StoredField(PUBLISHED, e.published()));
    d.add(new StoredField(PARAGRAPHS, e.paragraphs()));
    d.add(new StoredField(READER, e.reader()));
    d.add(new BinaryDocValuesField(RECORD, new BytesRef(ArticleCodec.encode(s.article()))));
    d.add(new BinaryDocValuesField(QUOTES, new BytesRef(ArticleCodec.encode(s.quotes()))));
    d.add(new BinaryDocValuesField(ORIGINAL, new BytesRef(s.original())));
    return d;
  }

  /** What an article is known by when a question names it: its headline and standfirst. */
  static String titleText(Article a) {
    return a.displayTitle() + (a.dek().isEmpty() ? "" : "\n" + a.dek());
  }

  // ---- reads: the last commit

  /** Every article's catalog entry, in index order. */
  List<LibraryEntry> entries() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      List<LibraryEntry> out = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc hit : all(s, new TermQuery(new Term(TYPE, ARTICLE_DOC)))) {
        Document d = stored.document(hit.doc);
        out.add(
            new LibraryEntry(
                d.get(ID),
                d.get(TITLE),
                d.get(URL),
                LibraryEntry.Origin.valueOf(d.get(ORIGIN)),
                d.get(SOURCE),
                d.get(HASH),
                Instant.ofEpochMilli(d.getField(ADDED).numericValue().longValue()),
                d.get(PUBLISHED),
                d.getField(PARAGRAPHS).numericValue().intValue(),
                d.getField(READER) == null ? 0 : d.getField(READER).numericValue().intValue()));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** The folder files not to be read, each with the hash of the content that was removed. */
  Map<String, String> excluded() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, String> out = new HashMap<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc hit : all(s, new TermQuery(new Term(TYPE, EXCLUDED_DOC)))) {
        Document d = stored.document(hit.doc);
        out.put(d.get(EXCLUDED_SOURCE), d.get(EXCLUDED_HASH));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  private static ScoreDoc[] all(IndexSearcher s, Query q) throws IOException {
    int n = Math.max(1, s.count(q));
    ScoreDoc[] hits = s.search(q, n).scoreDocs;
    java.util.Arrays.sort(hits, java.util.Comparator.comparingInt(h -> h.doc));
    return hits;
  }

  /** Everything stored of article {@code id}; null when the library does not hold it. */
  Stored load(String id, LibraryEntry entry) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(ofArticle(ARTICLE_DOC, id), 1);
      if (top.scoreDocs.length == 0) return null;
      int doc = top.scoreDocs[0].doc;
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      int local = doc - leaf.docBase;
      Article article = ArticleCodec.decodeArticle(binary(leaf, RECORD, local));
      ArticleQuotes quotes = ArticleCodec.decodeQuotes(binary(leaf, QUOTES, local));
      return new Stored(entry, article, quotes, vectors(s, id, leaf, local), new byte[0]);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The embeddings of article {@code id}: from its parts, or from its article document (at {@code
   * local} of {@code leaf}) where a library written before they were kept in parts holds them.
   */
  private static StoredVectors vectors(
      IndexSearcher s, String id, LeafReaderContext leaf, int local) throws IOException {
    ScoreDoc[] hits = all(s, ofArticle(VECTORS_DOC, id));
    if (hits.length == 0) return StoredVectors.decode(binary(leaf, VECTORS, local));
    List<StoredVectors> parts = new ArrayList<>(hits.length);
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int at = -1;
    BinaryDocValues values = null;
    for (ScoreDoc h : hits) { // in document order: one reader per segment, read forwards
      int i = ReaderUtil.subIndex(h.doc, leaves);
      if (i != at) {
        at = i;
        values = leaves.get(i).reader().getBinaryDocValues(VECTORS);
      }
      if (values == null || !values.advanceExact(h.doc - leaves.get(i).docBase)) {
        throw new IOException("the library's vectors of an article are missing");
      }
      BytesRef b = values.binaryValue();
      parts.add(StoredVectors.decode(java.nio.ByteBuffer.wrap(b.bytes, b.offset, b.length)));
    }
    return StoredVectors.union(parts);
  }

  /** The documents of this type that article {@code id} has. */
  private static Query ofArticle(String type, String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The quotes of every article, by article id; what the library's quote book is made of. */
  Map<String, ArticleQuotes> quotes() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, ArticleQuotes> out = new HashMap<>();
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      for (ScoreDoc hit : all(s, new TermQuery(new Term(TYPE, ARTICLE_DOC)))) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        ArticleQuotes q = ArticleCodec.decodeQuotes(binary(leaf, QUOTES, hit.doc - leaf.docBase));
        out.put(q.articleId(), q);
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  private static byte[] binary(LeafReaderContext leaf, String field, int doc) throws IOException {
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    if (values == null || !values.advanceExact(doc)) {
      throw new IOException("the library's " + field + " of an article is missing");
    }
    BytesRef b = values.binaryValue();
    return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
  }

  /** One paragraph found by BM25. */
  record PassageHit(String article, int paragraph, double score) {}

  /**
   * The {@code k} paragraphs BM25 scores highest for {@code terms} (already analysed), among the
   * articles {@code within} (all when empty).
   */
  List<PassageHit> lexical(Collection<String> terms, int k, Collection<String> within)
      throws IOException {
    if (terms.isEmpty()) return List.of();
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String t : new LinkedHashSet<>(terms)) {
      words.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery.Builder q =
        new BooleanQuery.Builder()
            .add(words.build(), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(TYPE, PASSAGE_DOC)), BooleanClause.Occur.FILTER);
    if (!within.isEmpty()) {
      q.add(
          new TermInSetQuery(ID, within.stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.FILTER);
    }
    IndexSearcher s = searchers.acquire();
    try {
      ScoreDoc[] hits = s.search(q.build(), k).scoreDocs;
      List<PassageHit> out = new ArrayList<>(hits.length);
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      for (ScoreDoc h : hits) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(h.doc, leaves));
        int local = h.doc - leaf.docBase;
        SortedDocValues ids = leaf.reader().getSortedDocValues(ID_VALUES);
        NumericDocValues paragraphs = leaf.reader().getNumericDocValues(PARAGRAPH);
        if (ids == null || paragraphs == null) continue;
        if (!ids.advanceExact(local) || !paragraphs.advanceExact(local)) continue;
        out.add(
            new PassageHit(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                (int) paragraphs.longValue(),
                h.score));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** One article found by its headline and standfirst. */
  record TitleHit(String article, double score) {}

  /** The {@code k} articles whose headline and standfirst BM25 scores highest for {@code terms}. */
  List<TitleHit> titles(Collection<String> terms, int k) throws IOException {
    if (terms.isEmpty()) return List.of();
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String t : new LinkedHashSet<>(terms)) {
      words.add(new TermQuery(new Term(TITLE, t)), BooleanClause.Occur.SHOULD);
    }
    Query q =
        new BooleanQuery.Builder()
            .add(words.build(), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(TYPE, ARTICLE_DOC)), BooleanClause.Occur.FILTER)
            .build();
    IndexSearcher s = searchers.acquire();
    try {
      List<TitleHit> out = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc h : s.search(q, k).scoreDocs) {
        out.add(new TitleHit(stored.document(h.doc).get(ID), h.score));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        if (writer != null) writer.rollback(); // nothing is left uncommitted; never commits
      } finally {
        directory.close();
      }
    }
  }
}
