package dev.articlebot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 over passages, in memory, with Lucene. Safe to search from many threads at once.
 *
 * <p>Lucene analyses and indexes the passages and its {@link BM25Similarity} scores them. A query
 * does not go through Lucene's search machinery, though: for a few dozen passages, building a
 * query, its weights and scorers cost a hundred times more than the sums themselves. Each term's
 * postings and Lucene's scorer for it are read once, after indexing, and a search adds up {@code
 * SimScorer.score(freq, norm)} over them: the same scores as {@code IndexSearcher.search}, which a
 * test checks.
 */
public final class LexicalIndex {
  private static final String TEXT = "text";
  private static final String ID = "id";
  private static final int MAX_QUERY_TERMS = 64;

  private final TextAnalysis analysis;
  private final IndexSearcher searcher;

  /** Lucene's document number -> our id; read once, so searches never touch stored fields. */
  private final int[] ids;

  /** Each indexed term's postings and Lucene's BM25 scorer for it; read-only once built. */
  private final Map<String, Postings> postings = new HashMap<>();

  /** Each document's length norm, as Lucene encoded it. */
  private final long[] norms;

  private record Postings(int[] docs, int[] freqs, Similarity.SimScorer scorer) {}

  /** Indexes {@code texts}; document i is found back as id i. */
  public LexicalIndex(TextAnalysis analysis, List<String> texts) {
    this(analysis, texts, new BM25Similarity());
  }

  /** With explicit BM25 parameters. */
  public LexicalIndex(TextAnalysis analysis, List<String> texts, BM25Similarity similarity) {
    this.analysis = analysis;
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer());
      config.setSimilarity(similarity);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < texts.size(); i++) {
          Document doc = new Document();
          doc.add(new StoredField(ID, i));
          doc.add(new TextField(TEXT, TextAnalysis.prepare(texts.get(i)), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      DirectoryReader reader = DirectoryReader.open(dir);
      this.searcher = new IndexSearcher(reader);
      this.searcher.setSimilarity(similarity);
      StoredFields stored = reader.storedFields(); // not thread-safe: used here only
      this.ids = new int[reader.maxDoc()];
      for (int doc = 0; doc < ids.length; doc++) {
        ids[doc] = stored.document(doc).getField(ID).numericValue().intValue();
      }
      this.norms = new long[reader.maxDoc()];
      readPostings(reader, similarity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads each document's norm, then each term's postings and Lucene's scorer for it. */
  private void readPostings(DirectoryReader reader, BM25Similarity similarity) throws IOException {
    Map<String, List<int[]>> found = new HashMap<>(); // term -> (document, frequency) pairs
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues leafNorms = leaf.reader().getNormValues(TEXT);
      while (leafNorms != null && leafNorms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        norms[leaf.docBase + leafNorms.docID()] = leafNorms.longValue();
      }
      Terms terms = leaf.reader().terms(TEXT);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        List<int[]> pairs = found.computeIfAbsent(term.utf8ToString(), k -> new ArrayList<>());
        PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
          pairs.add(new int[] {leaf.docBase + doc, pe.freq()});
        }
      }
    }
    CollectionStatistics collection = searcher.collectionStatistics(TEXT);
    for (var e : found.entrySet()) {
      int[] docs = new int[e.getValue().size()];
      int[] freqs = new int[docs.length];
      long total = 0;
      for (int i = 0; i < docs.length; i++) {
        docs[i] = e.getValue().get(i)[0];
        freqs[i] = e.getValue().get(i)[1];
        total += freqs[i];
      }
      TermStatistics stats =
          searcher.termStatistics(new Term(TEXT, e.getKey()), docs.length, total);
      postings.put(e.getKey(), new Postings(docs, freqs, similarity.scorer(1f, collection, stats)));
    }
  }

  /** BM25 score per document id, for the documents that match any query term. */
  public Map<Integer, Double> search(String query) {
    Map<String, Float> weighted = new java.util.LinkedHashMap<>();
    for (String t : analysis.terms(query)) weighted.putIfAbsent(t, 1f);
    return search(weighted);
  }

  /** BM25 with a weight per (already analysed) term. */
  public Map<Integer, Double> search(Map<String, Float> terms) {
    float[] sums = new float[ids.length];
    boolean[] hit = new boolean[ids.length];
    terms.entrySet().stream()
        .limit(MAX_QUERY_TERMS)
        .forEach(
            e -> {
              Postings p = postings.get(e.getKey());
              if (p == null) return;
              for (int i = 0; i < p.docs().length; i++) {
                int doc = p.docs()[i];
                sums[doc] += e.getValue() * p.scorer().score(p.freqs()[i], norms[doc]);
                hit[doc] = true;
              }
            });
    Map<Integer, Double> scores = new HashMap<>();
    for (int doc = 0; doc < ids.length; doc++) {
      if (hit[doc]) scores.put(ids[doc], (double) sums[doc]);
    }
    return scores;
  }

  /** The same search through Lucene's {@link IndexSearcher}, for tests to compare with. */
  Map<Integer, Double> searchWithLucene(Map<String, Float> terms) {
    Map<Integer, Double> scores = new HashMap<>();
    if (terms.isEmpty()) return scores;
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    terms.entrySet().stream()
        .limit(MAX_QUERY_TERMS)
        .forEach(
            e -> {
              org.apache.lucene.search.Query tq = new TermQuery(new Term(TEXT, e.getKey()));
              if (e.getValue() != 1f)
                tq = new org.apache.lucene.search.BoostQuery(tq, e.getValue());
              q.add(tq, BooleanClause.Occur.SHOULD);
            });
    try {
      for (ScoreDoc sd :
          searcher.search(q.build(), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
        scores.put(ids[sd.doc], (double) sd.score);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scores;
  }
}
