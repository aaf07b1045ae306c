package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LexicalIndexTest {
  private final TextAnalysis analysis = new TextAnalysis();

  @Test
  void matchesPossessivesStemsAndTheCountryUs() {
    LexicalIndex index =
        new LexicalIndex(
            analysis,
            List.of(
                "China’s export controls on rare earths tightened.",
                "The US cut tariffs on soybeans.",
                "Nothing relevant is said here at all."));
    Map<Integer, Double> hits = index.search("What did China export?");
    assertThat(hits).containsOnlyKeys(0);
    assertThat(index.search("what about the U.S. tariff")).containsOnlyKeys(1);
    assertThat(index.search("what did they tell us")).isEmpty();
  }

  @Test
  void scoresAsLuceneSearchDoes() throws Exception {
    String article =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/main/resources/articles/an-inevitable-peace.txt"));
    List<String> paragraphs =
        java.util.Arrays.stream(article.split("\\n")).filter(l -> !l.isBlank()).toList();
    LexicalIndex index = new LexicalIndex(analysis, paragraphs);
    for (String q :
        List.of(
            "How long did Xi and Trump meet in Busan?",
            "what did china do about rare earths and port fees",
            "G2 G2 G2 rhetoric Wu Xinbo signals",
            "tariffs tariffs soybeans November 10, 2026",
            "nothing here matches zzyzx")) {
      Map<String, Float> weighted = new java.util.LinkedHashMap<>();
      for (String t : analysis.terms(q)) weighted.merge(t, 1f, Float::sum);
      Map<Integer, Double> fast = index.search(weighted);
      Map<Integer, Double> lucene = searchWithLucene(paragraphs, weighted);
      assertThat(fast.keySet()).as(q).isEqualTo(lucene.keySet());
      lucene.forEach(
          (doc, score) ->
              assertThat(fast.get(doc))
                  .as(q)
                  .isCloseTo(score, org.assertj.core.data.Offset.offset(1e-4)));
    }
    assertThat(index.search("rare earths")).isNotEmpty();
  }

  /** The reference: a real Lucene index of the same texts, searched by IndexSearcher. */
  private Map<Integer, Double> searchWithLucene(List<String> texts, Map<String, Float> terms)
      throws java.io.IOException {
    var similarity = new BM25Similarity();
    var dir = new ByteBuffersDirectory();
    var config = new IndexWriterConfig(analysis.analyzer()).setSimilarity(similarity);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < texts.size(); i++) {
        Document doc = new Document();
        doc.add(new StoredField("id", i));
        doc.add(new TextField("text", TextAnalysis.prepare(texts.get(i)), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(similarity);
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      terms.forEach(
          (term, weight) ->
              q.add(
                  new BoostQuery(new TermQuery(new Term("text", term)), weight),
                  BooleanClause.Occur.SHOULD));
      Map<Integer, Double> scores = new java.util.HashMap<>();
      for (ScoreDoc sd : searcher.search(q.build(), reader.maxDoc()).scoreDocs) {
        int id = reader.storedFields().document(sd.doc).getField("id").numericValue().intValue();
        scores.put(id, (double) sd.score);
      }
      return scores;
    }
  }

  @Test
  void documentsWithNoTermsAreSkipped() {
    LexicalIndex index = new LexicalIndex(analysis, List.of("What is it?", "Tariffs rose."));
    assertThat(index.search("tariffs")).containsOnlyKeys(1);
    assertThat(new LexicalIndex(analysis, List.of("what", "")).search("what")).isEmpty();
    assertThat(new LexicalIndex(analysis, List.of()).search("tariffs")).isEmpty();
  }

  @Test
  void keepsEachDocumentsTermsAndHowManyDocumentsUseATerm() {
    LexicalIndex index =
        new LexicalIndex(analysis, List.of("China's tariffs rose.", "Tariffs fell.", "What?"));
    assertThat(index.terms(0)).containsExactlyInAnyOrder("china", "tariff", "rose");
    assertThat(index.terms(2)).isEmpty();
    assertThat(index.documentFrequency("tariff")).isEqualTo(2);
    assertThat(index.documentFrequency("china")).isEqualTo(1);
    assertThat(index.documentFrequency("soybean")).isZero();
  }

  @Test
  void questionWordsAloneMatchNothing() {
    LexicalIndex index = new LexicalIndex(analysis, List.of("What did he say about it?"));
    assertThat(index.search("what did he say about it")).isEmpty();
  }
}
