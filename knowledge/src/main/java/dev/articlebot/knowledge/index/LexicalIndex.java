package dev.articlebot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/** BM25 over passages, in memory, with Lucene. Safe to search from many threads at once. */
public final class LexicalIndex {
  private static final String TEXT = "text";
  private static final String ID = "id";
  private static final int MAX_QUERY_TERMS = 64;

  private final TextAnalysis analysis;
  private final IndexSearcher searcher;

  /** Lucene's document number -> our id; read once, so searches never touch stored fields. */
  private final int[] ids;

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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
