package dev.articlebot.knowledge.index;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The searchable form of the articles: every body paragraph and every sentence embedded into a
 * langchain4j {@link EmbeddingStore} (in memory here; pgvector would slot in behind the same
 * interface), the paragraphs' word pieces for {@link LateInteraction}, and the paragraphs in a BM25
 * index.
 */
public final class PassageIndex {
  private static final String PASSAGE = "passage";
  private static final String SENTENCE = "sentence";
  private static final String KIND = "kind";
  private static final int KIND_PARAGRAPH = 0;
  private static final int KIND_SENTENCE = 1;

  private final List<Passage> passages;
  private final List<float[][]> sentenceVectors;
  private final List<float[]> paragraphVectors;
  private final List<String> indexedTexts;
  private final EmbeddingStore<TextSegment> store;
  private final int entries;
  private final LexicalIndex lexical;
  private final TextAnalysis analysis;
  private final LateInteraction pieces;
  // Per passage, its sentences' terms: worked out when first asked for (for the few passages a
  // question's candidates come from), not for every passage of every article read.
  private final java.util.concurrent.atomic.AtomicReferenceArray<List<Set<String>>> sentenceTerms;

  /** Dense scores of one query: per passage, the paragraph's cosine and each sentence's. */
  public record DenseScores(double[] paragraph, double[][] sentences) {}

  /**
   * Who a paragraph is about, in words, added to what is indexed (never to what is shown): for "he
   * said" or "Wu added", the speaker's full name and role, so questions that name the person or
   * their role find the paragraph.
   */
  @FunctionalInterface
  public interface Context {
    Context NONE = (article, paragraph) -> "";

    String of(Article article, Paragraph paragraph);
  }

  public PassageIndex(List<Article> articles, Embedder embedder, TextAnalysis analysis) {
    this(articles, embedder, analysis, Context.NONE);
  }

  public PassageIndex(
      List<Article> articles, Embedder embedder, TextAnalysis analysis, Context context) {
    this(articles, embedder, analysis, context, new InMemoryEmbeddingStore<>());
  }

  /**
   * With the vectors in {@code store}: an empty langchain4j store of any kind (in memory here;
   * pgvector for corpora too large for memory). It is filled with this index's segments.
   */
  public PassageIndex(
      List<Article> articles,
      Embedder embedder,
      TextAnalysis analysis,
      Context context,
      EmbeddingStore<TextSegment> store) {
    this.analysis = analysis;
    List<Passage> ps = new ArrayList<>();
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs()) ps.add(new Passage(ps.size(), a, p));
    }
    this.passages = List.copyOf(ps);

    // Paragraphs (with who they are about) are encoded with their word pieces; sentences whole.
    List<String> indexed = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Passage p : passages) {
      String about = context.of(p.article(), p.paragraph());
      indexed.add(about.isEmpty() ? p.text() : p.text() + " (" + about + ")");
      for (Sentence s : p.paragraph().sentences()) sentences.add(s.text());
    }
    List<Embedder.Encoded> paragraphs = embedder.encodeAll(indexed);
    List<float[]> sentenceVectors = embedder.embedAll(sentences);

    List<TextSegment> segments = new ArrayList<>();
    List<Embedding> embeddings = new ArrayList<>();
    List<float[][]> perSentence = new ArrayList<>();
    List<TokenVectors> tokens = new ArrayList<>();
    int cursor = 0;
    for (Passage p : passages) {
      Embedder.Encoded encoded = paragraphs.get(p.id());
      segments.add(segment(indexed.get(p.id()), p.id(), -1, KIND_PARAGRAPH));
      embeddings.add(Embedding.from(encoded.vector()));
      tokens.add(encoded.tokens());
      List<Sentence> ss = p.paragraph().sentences();
      float[][] sv = new float[ss.size()][];
      for (int k = 0; k < ss.size(); k++, cursor++) {
        sv[k] = sentenceVectors.get(cursor);
        segments.add(segment(ss.get(k).text(), p.id(), ss.get(k).index(), KIND_SENTENCE));
        embeddings.add(Embedding.from(sv[k]));
      }
      perSentence.add(sv);
    }
    this.sentenceVectors = List.copyOf(perSentence);
    List<float[]> pv = new ArrayList<>(passages.size());
    for (Embedder.Encoded e : paragraphs) pv.add(e.vector());
    this.paragraphVectors = List.copyOf(pv);
    this.indexedTexts = List.copyOf(indexed);
    this.pieces = new LateInteraction(tokens);
    store.addAll(embeddings, segments);
    this.store = store;
    this.entries = segments.size();

    this.lexical = new LexicalIndex(analysis, indexed);
    this.sentenceTerms = new java.util.concurrent.atomic.AtomicReferenceArray<>(passages.size());
  }

  /** Stemmed terms of one sentence of a passage. */
  public Set<String> sentenceTerms(int passage, int sentence) {
    List<Set<String>> terms = sentenceTerms.get(passage);
    if (terms == null) {
      List<Set<String>> one = new ArrayList<>();
      for (Sentence s : passages.get(passage).paragraph().sentences()) {
        one.add(Set.copyOf(analysis.termSet(s.text())));
      }
      terms = List.copyOf(one);
      sentenceTerms.set(passage, terms);
    }
    return terms.get(sentence);
  }

  private static TextSegment segment(String text, int passage, int sentence, int kind) {
    Metadata m = new Metadata();
    m.put(PASSAGE, passage);
    m.put(SENTENCE, sentence);
    m.put(KIND, kind);
    return TextSegment.from(text, m);
  }

  public List<Passage> passages() {
    return passages;
  }

  public TextAnalysis analysis() {
    return analysis;
  }

  /** The embedding of a passage's paragraph, as indexed (with who it is about). */
  public float[] paragraphVector(int passage) {
    return paragraphVectors.get(passage);
  }

  /**
   * The text a passage is indexed and embedded as: the paragraph, then who it is about in
   * parentheses when {@link Context} says ("…, he said. (Wu Xinbo, a professor …)").
   */
  public String indexedText(int passage) {
    return indexedTexts.get(passage);
  }

  /** The embedding of one sentence of a passage. */
  public float[] sentenceVector(int passage, int sentence) {
    return sentenceVectors.get(passage)[sentence];
  }

  /** Stemmed terms of a passage. */
  public Set<String> terms(int passage) {
    return lexical.terms(passage);
  }

  /** Whether passage {@code id} has the two stemmed terms next to each other, in order. */
  public boolean hasPair(int id, String first, String second) {
    return lexical.hasPair(id, first, second);
  }

  /** How many passages use a stemmed term. */
  public int documentFrequency(String term) {
    return lexical.documentFrequency(term);
  }

  /** Whether at least one passage and at most a tenth of them use the stemmed term. */
  public boolean isRare(String term) {
    int df = documentFrequency(term);
    return df > 0 && df <= Math.max(1, passages.size() / 10);
  }

  /** Of the stemmed {@code terms}, those the fewest passages use (at least one does). */
  public Set<String> rarestOf(Iterable<String> terms) {
    Set<String> rarest = new java.util.HashSet<>();
    int fewest = Integer.MAX_VALUE;
    for (String term : terms) {
      int df = documentFrequency(term);
      if (df == 0 || df > fewest) continue;
      if (df < fewest) rarest.clear();
      fewest = df;
      rarest.add(term);
    }
    return rarest;
  }

  /** BM25 scores of matching passages. */
  public Map<Integer, Double> lexical(String query) {
    return lexical.search(query);
  }

  /**
   * How well {@code question}'s word pieces match those of each of the passages {@code ids}: see
   * {@link LateInteraction}.
   */
  public double[] pieceMatch(TokenVectors question, int[] ids) {
    return pieces.scores(question, ids);
  }

  /** How {@code question}'s word pieces align with those of passage {@code id}. */
  public LateInteraction.Alignment align(TokenVectors question, int id) {
    return pieces.align(question, id);
  }

  /** The vector of word piece {@code j} of passage {@code id}. */
  public float[] piece(int id, int j) {
    return pieces.piece(id, j);
  }

  /** How many passages are indexed. */
  public int size() {
    return passages.size();
  }

  /** Cosine similarity of the query to every paragraph and every sentence. */
  public DenseScores dense(float[] query) {
    double[] para = new double[passages.size()];
    double[][] sent = new double[passages.size()][];
    for (Passage p : passages) {
      sent[p.id()] = new double[p.paragraph().sentences().size()];
      java.util.Arrays.fill(sent[p.id()], -1);
    }
    java.util.Arrays.fill(para, -1);
    List<EmbeddingMatch<TextSegment>> matches =
        store
            .search(
                EmbeddingSearchRequest.builder()
                    .queryEmbedding(Embedding.from(query))
                    .maxResults(entries)
                    .minScore(0.0)
                    .build())
            .matches();
    for (EmbeddingMatch<TextSegment> m : matches) {
      double cosine = 2 * m.score() - 1; // the store reports (cosine + 1) / 2
      Metadata md = m.embedded().metadata();
      int passage = md.getInteger(PASSAGE);
      int sentence = md.getInteger(SENTENCE);
      if (md.getInteger(KIND) == KIND_PARAGRAPH) para[passage] = cosine;
      else sent[passage][sentence] = cosine;
    }
    return new DenseScores(para, sent);
  }
}
