package dev.articlebot.knowledge.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.logical.And;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles of a library a question is about. The candidates are the articles of the passages
 * the question lands nearest to by three searches over the whole library: paragraph vectors,
 * sentence vectors and BM25, plus headlines by BM25. Each candidate's evidence is a handful of
 * numbers relative to the best candidate's ({@link #FEATURES}: how far its best paragraph and
 * sentence are from the best ones, its BM25 share, where it first appears in each list, how often
 * it appears), weighed by a linear model learned across the corpus's articles ({@code train
 * --router}: each question's own article against the others, a softmax over its candidates,
 * cross-validated by article). The untrained model is reciprocal rank fusion of the three lists.
 */
public final class ArticleRouter {
  /** Where the learned weights ship in the jar. */
  public static final String RESOURCE = "model/router-model.json";

  /** Passages (or sentences) each search collects. */
  static final int CANDIDATES = 30;

  /** Headlines the headline search collects. */
  static final int TITLES = 10;

  /** The rank offset of reciprocal rank fusion. */
  static final int FUSION_K = 60;

  /** What is known of a candidate article, in the order of the weights. */
  public static final List<String> FEATURES =
      List.of(
          "paragraph_cosine_gap",
          "sentence_cosine_gap",
          "bm25_share",
          "paragraph_rank",
          "sentence_rank",
          "bm25_rank",
          "headline_share",
          "paragraph_hits",
          "sentence_hits",
          "bm25_hits");

  /** One article's evidence for one question, {@link #FEATURES} in order. */
  public record Candidate(String article, double[] features) {}

  /** An article with its share of the question among the candidates (they sum to 1). */
  public record Route(String article, double probability) {}

  /**
   * The learned weights, one per feature.
   *
   * @param weights per feature of {@link #FEATURES}
   * @param provenance how they were trained
   */
  public record Model(double[] weights, String provenance) {
    public Model {
      if (weights.length != FEATURES.size()) {
        throw new IllegalArgumentException(
            "a router model has " + FEATURES.size() + " weights, not " + weights.length);
      }
      weights = weights.clone();
    }

    /** Reciprocal rank fusion of the three passage searches: the model before training. */
    public static Model untrained() {
      double[] w = new double[FEATURES.size()];
      w[FEATURES.indexOf("paragraph_rank")] = 1;
      w[FEATURES.indexOf("sentence_rank")] = 1;
      w[FEATURES.indexOf("bm25_rank")] = 1;
      return new Model(w, "untrained: reciprocal rank fusion");
    }

    /** The model shipped in the jar, or the untrained one when the jar has none. */
    public static Model bundled() {
      try (InputStream in = ArticleRouter.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        return in == null ? untrained() : read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }

    public static Model read(InputStream in) throws IOException {
      JsonNode root = new ObjectMapper().readTree(in);
      double[] w = new double[FEATURES.size()];
      JsonNode weights = root.path("weights");
      for (int i = 0; i < w.length; i++) {
        JsonNode v = weights.path(FEATURES.get(i));
        if (!v.isNumber())
          throw new IOException("the router model has no weight " + FEATURES.get(i));
        w[i] = v.asDouble();
      }
      return new Model(w, root.path("provenance").asText(""));
    }

    /** This model as JSON, as {@link #read} reads it. */
    public String toJson() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put("provenance", provenance);
      ObjectNode w = root.putObject("weights");
      for (int i = 0; i < weights.length; i++) w.put(FEATURES.get(i), weights[i]);
      ArrayNode order = root.putArray("features");
      FEATURES.forEach(order::add);
      try {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    double score(double[] features) {
      double s = 0;
      for (int i = 0; i < weights.length; i++) s += weights[i] * features[i];
      return s;
    }
  }

  private final LibraryIndex index;
  private final Model model;

  ArticleRouter(LibraryIndex index, Model model) {
    this.index = index;
    this.model = model;
  }

  /**
   * The candidate articles for a question with this embedding and these (analysed) terms, among the
   * articles {@code within} (all when empty), in no particular order.
   */
  List<Candidate> candidates(float[] vector, Collection<String> terms, Collection<String> within) {
    Map<String, Evidence> found = new LinkedHashMap<>();
    nearest(vector, LibraryIndex.KIND_PARAGRAPH, within, found, 0);
    nearest(vector, LibraryIndex.KIND_SENTENCE, within, found, 1);
    try {
      Set<String> seen = new HashSet<>();
      for (LibraryIndex.PassageHit h : index.lexical(terms, CANDIDATES, within)) {
        Evidence e = found.computeIfAbsent(h.article(), k -> new Evidence());
        e.hits[2]++;
        if (seen.add(h.article())) {
          e.rank[2] = seen.size();
          e.score[2] = h.score();
        }
      }
      for (LibraryIndex.TitleHit h : index.titles(terms, TITLES)) {
        if (!within.isEmpty() && !within.contains(h.article())) continue;
        Evidence e = found.computeIfAbsent(h.article(), k -> new Evidence());
        e.title = h.score();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return features(found);
  }

  /** The candidates best first, each with its share of the question. */
  List<Route> rank(List<Candidate> candidates) {
    if (candidates.isEmpty()) return List.of();
    double[] s = new double[candidates.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < s.length; i++) {
      s[i] = model.score(candidates.get(i).features());
      max = Math.max(max, s[i]);
    }
    double total = 0;
    for (int i = 0; i < s.length; i++) total += s[i] = Math.exp(s[i] - max);
    List<Route> out = new ArrayList<>(s.length);
    for (int i = 0; i < s.length; i++) {
      out.add(new Route(candidates.get(i).article(), s[i] / total));
    }
    out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
    return out;
  }

  Model model() {
    return model;
  }

  /** What the searches found of one article: per search, best score, first rank and hits. */
  private static final class Evidence {
    final double[] score = {Double.NaN, Double.NaN, 0};
    final int[] rank = new int[3];
    final int[] hits = new int[3];
    double title;
  }

  private void nearest(
      float[] vector, String kind, Collection<String> within, Map<String, Evidence> found, int at) {
    Filter filter = new IsEqualTo(LibraryIndex.META_KIND, kind);
    if (!within.isEmpty()) filter = new And(filter, new IsIn(LibraryIndex.META_ARTICLE, within));
    Set<String> seen = new HashSet<>();
    for (EmbeddingMatch<TextSegment> m :
        index
            .vectors()
            .search(
                EmbeddingSearchRequest.builder()
                    .queryEmbedding(Embedding.from(vector))
                    .maxResults(CANDIDATES)
                    .filter(filter)
                    .build())
            .matches()) {
      if (m.embedded() == null) continue;
      String article = m.embedded().metadata().getString(LibraryIndex.META_ARTICLE);
      if (article == null) continue;
      Evidence e = found.computeIfAbsent(article, k -> new Evidence());
      e.hits[at]++;
      if (seen.add(article)) {
        e.rank[at] = seen.size();
        e.score[at] = 2 * m.score() - 1; // the cosine
      }
    }
  }

  /** Each candidate's evidence relative to the best candidate's, as {@link #FEATURES}. */
  private static List<Candidate> features(Map<String, Evidence> found) {
    double[] best = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0};
    double[] worst = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double bestTitle = 0;
    for (Evidence e : found.values()) {
      for (int k = 0; k < 2; k++) {
        if (Double.isNaN(e.score[k])) continue;
        best[k] = Math.max(best[k], e.score[k]);
        worst[k] = Math.min(worst[k], e.score[k]);
      }
      best[2] = Math.max(best[2], e.score[2]);
      bestTitle = Math.max(bestTitle, e.title);
    }
    List<Candidate> out = new ArrayList<>(found.size());
    for (Map.Entry<String, Evidence> x : found.entrySet()) {
      Evidence e = x.getValue();
      double[] f = new double[FEATURES.size()];
      for (int k = 0; k < 2; k++) {
        if (best[k] == Double.NEGATIVE_INFINITY) continue; // no vectors found at all
        // Not among the nearest: a little below the farthest found.
        double cosine = Double.isNaN(e.score[k]) ? worst[k] - 0.02 : e.score[k];
        f[k] = cosine - best[k];
      }
      f[2] = best[2] > 0 ? e.score[2] / best[2] : 0;
      for (int k = 0; k < 3; k++) {
        f[3 + k] = e.rank[k] == 0 ? 0 : FUSION_K / (double) (FUSION_K + e.rank[k]);
        f[7 + k] = Math.log1p(e.hits[k]);
      }
      f[6] = bestTitle > 0 ? e.title / bestTitle : 0;
      out.add(new Candidate(x.getKey(), f));
    }
    return out;
  }
}
