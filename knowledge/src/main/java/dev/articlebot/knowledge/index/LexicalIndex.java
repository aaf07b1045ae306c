package dev.articlebot.knowledge.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 over passages, in memory, scored by Lucene's {@link BM25Similarity}. Safe to search from
 * many threads at once.
 *
 * <p>The passages go through Lucene's English analysis, and the postings are counted here rather
 * than written by an {@code IndexWriter}: for a few dozen passages, an index, its codecs and a
 * searcher cost a hundred times more than the sums, and loading their classes was a quarter of
 * start-up. The statistics are those Lucene keeps (document length as its one-byte norm, document
 * and term counts), so {@code SimScorer.score(freq, norm)} gives the scores {@code
 * IndexSearcher.search} gives, which a test checks against a real Lucene index. A term's scorer is
 * made when a query asks for the term, not kept for every term: each holds a table of 256 floats,
 * which for a library's cached articles came to more than their text.
 */
public final class LexicalIndex {
  private static final String FIELD = "text";
  private static final int MAX_QUERY_TERMS = 64;

  private final TextAnalysis analysis;

  /** Each document's length, encoded as Lucene encodes it for BM25. */
  private final long[] norms;

  /** Each indexed term's postings; read-only once built. */
  private final Map<String, Postings> postings = new HashMap<>();

  private final BM25Similarity similarity;

  /** The statistics of all documents; null when none has a term. */
  private final CollectionStatistics collection;

  /** Each document's distinct terms. */
  private final List<Set<String>> documentTerms = new ArrayList<>();

  /** Each document's pairs of consecutive terms, hashed, sorted. */
  private final List<long[]> documentPairs = new ArrayList<>();

  private record Postings(int[] docs, int[] freqs, long totalFreq) {}

  /** Indexes {@code texts}; document i is found back as id i. */
  public LexicalIndex(TextAnalysis analysis, List<String> texts) {
    this(analysis, texts, new BM25Similarity());
  }

  /** With explicit BM25 parameters. */
  public LexicalIndex(TextAnalysis analysis, List<String> texts, BM25Similarity similarity) {
    this.analysis = analysis;
    this.similarity = similarity;
    this.norms = new long[texts.size()];
    Map<String, List<int[]>> found = new LinkedHashMap<>(); // term -> (document, frequency)
    int docCount = 0;
    long sumTotalTermFreq = 0;
    long sumDocFreq = 0;
    for (int doc = 0; doc < texts.size(); doc++) {
      List<String> terms = analysis.terms(texts.get(doc));
      Map<String, Integer> freqs = new LinkedHashMap<>();
      for (String t : terms) freqs.merge(t, 1, Integer::sum);
      documentTerms.add(Set.copyOf(freqs.keySet()));
      documentPairs.add(pairs(terms));
      if (terms.isEmpty()) continue; // Lucene keeps no norm and no postings for it either
      for (var e : freqs.entrySet()) {
        found
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(new int[] {doc, e.getValue()});
      }
      norms[doc] = SmallFloat.intToByte4(terms.size()); // no analysis step here stacks tokens
      docCount++;
      sumTotalTermFreq += terms.size();
      sumDocFreq += freqs.size();
    }
    if (docCount == 0) {
      this.collection = null;
      return;
    }
    this.collection =
        new CollectionStatistics(FIELD, texts.size(), docCount, sumTotalTermFreq, sumDocFreq);
    for (var e : found.entrySet()) {
      int[] docs = new int[e.getValue().size()];
      int[] freqs = new int[docs.length];
      long total = 0;
      for (int i = 0; i < docs.length; i++) {
        docs[i] = e.getValue().get(i)[0];
        freqs[i] = e.getValue().get(i)[1];
        total += freqs[i];
      }
      postings.put(e.getKey(), new Postings(docs, freqs, total));
    }
  }

  /** The distinct (analysed) terms of document {@code doc}. */
  public Set<String> terms(int doc) {
    return documentTerms.get(doc);
  }

  /** Whether document {@code doc} has the two (analysed) terms next to each other, in order. */
  public boolean hasPair(int doc, String first, String second) {
    return java.util.Arrays.binarySearch(documentPairs.get(doc), pair(first, second)) >= 0;
  }

  /** Consecutive terms of {@code terms} as sorted, distinct hashes. */
  private static long[] pairs(List<String> terms) {
    long[] out = new long[Math.max(0, terms.size() - 1)];
    for (int i = 0; i + 1 < terms.size(); i++) out[i] = pair(terms.get(i), terms.get(i + 1));
    return java.util.Arrays.stream(out).sorted().distinct().toArray();
  }

  private static long pair(String first, String second) {
    return ((long) first.hashCode() << 32) ^ (second.hashCode() & 0xffffffffL);
  }

  /** How many documents use the (analysed) term. */
  public int documentFrequency(String term) {
    Postings p = postings.get(term);
    return p == null ? 0 : p.docs().length;
  }

  /** BM25 score per document id, for the documents that match any query term. */
  public Map<Integer, Double> search(String query) {
    Map<String, Float> weighted = new LinkedHashMap<>();
    for (String t : analysis.terms(query)) weighted.putIfAbsent(t, 1f);
    return search(weighted);
  }

  /** BM25 with a weight per (already analysed) term. */
  public Map<Integer, Double> search(Map<String, Float> terms) {
    float[] sums = new float[norms.length];
    boolean[] hit = new boolean[norms.length];
    terms.entrySet().stream()
        .limit(MAX_QUERY_TERMS)
        .forEach(
            e -> {
              Postings p = postings.get(e.getKey());
              if (p == null) return;
              Similarity.SimScorer scorer =
                  similarity.scorer(
                      1f,
                      collection,
                      new TermStatistics(new BytesRef(e.getKey()), p.docs().length, p.totalFreq()));
              for (int i = 0; i < p.docs().length; i++) {
                int doc = p.docs()[i];
                sums[doc] += e.getValue() * scorer.score(p.freqs()[i], norms[doc]);
                hit[doc] = true;
              }
            });
    Map<Integer, Double> scores = new HashMap<>();
    for (int doc = 0; doc < norms.length; doc++) {
      if (hit[doc]) scores.put(doc, (double) sums[doc]);
    }
    return scores;
  }
}
