package dev.articlebot.knowledge.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.knowledge.learn.BoostedTrees;
import dev.articlebot.knowledge.learn.LinearModel;
import dev.articlebot.knowledge.learn.Residual;
import dev.articlebot.knowledge.learn.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The three learned decisions of the answer pipeline, trained on the development corpus by the
 * {@code train} command and shipped in the jar ({@link #RESOURCE}):
 *
 * <ul>
 *   <li>{@code ranker}: which passage leads, over each candidate's {@link Features#PASSAGE};
 *   <li>{@code answerable}: whether the best passage answers at all, over {@link
 *       Features#ANSWERABLE}; below {@code threshold} the bot refuses;
 *   <li>{@code sentence}: which sentence of the leading passage answers, over {@link
 *       Features#SENTENCE}.
 * </ul>
 *
 * Each is any {@link Scorer}: {@code train} ships the ranker and the sentence model as linear
 * models corrected by boosted trees ({@link Residual}) and the answer-or-refuse model as boosted
 * trees; a model file of linear models reads as well.
 *
 * @param ranker scores candidate passages
 * @param answerable the probability that the best passage answers the question
 * @param threshold the lowest probability that is answered for an encyclopedic article
 * @param newsThreshold the same for a news article (one with a byline, a date or a dateline)
 * @param sentence scores the sentences of the leading passage
 * @param provenance how the model was trained, for reading
 */
public record AnswerModel(
    Scorer ranker,
    Scorer answerable,
    double threshold,
    double newsThreshold,
    Scorer sentence,
    String provenance) {

  /** Where the shipped model sits on the classpath. */
  public static final String RESOURCE = "model/answer-model.json";

  public AnswerModel {
    check(ranker, Features.PASSAGE, "ranker");
    check(answerable, Features.ANSWERABLE, "answerable");
    check(sentence, Features.SENTENCE, "sentence");
    if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold");
    if (!(newsThreshold >= 0 && newsThreshold <= 1)) {
      throw new IllegalArgumentException("newsThreshold");
    }
    provenance = provenance == null ? "" : provenance;
  }

  private static void check(Scorer m, List<String> features, String name) {
    if (!m.features().equals(features)) {
      throw new IllegalArgumentException(
          "the "
              + name
              + " model reads "
              + m.features()
              + " but this build computes "
              + features
              + ": rebuild it with the train command");
    }
  }

  /** The lowest probability answered for questions whose best passage is in {@code article}. */
  public double thresholdFor(dev.articlebot.knowledge.article.Article article) {
    return Features.news(article) ? newsThreshold : threshold;
  }

  /**
   * A model that knows nothing: every weight zero. Retrieval and the features work as ever; what
   * {@code train} starts from.
   */
  public static AnswerModel untrained() {
    return new AnswerModel(
        zero(Features.PASSAGE),
        zero(Features.ANSWERABLE),
        0.5,
        0.5,
        zero(Features.SENTENCE),
        "untrained");
  }

  private static LinearModel zero(List<String> features) {
    int n = features.size();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return new LinearModel(features, new double[n], ones, new double[n], 0);
  }

  /** The model shipped in the jar. */
  public static AnswerModel bundled() {
    return Bundled.MODEL;
  }

  private static final class Bundled {
    static final AnswerModel MODEL = load();

    private static AnswerModel load() {
      try (InputStream in = AnswerModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static AnswerModel read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    return new AnswerModel(
        scorer(root.path("ranker")),
        scorer(root.path("answerable")),
        root.path("threshold").asDouble(),
        root.path("news_threshold").asDouble(root.path("threshold").asDouble()),
        scorer(root.path("sentence")),
        root.path("provenance").asText(""));
  }

  /** This model as JSON, as {@link #read} reads it. */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("provenance", provenance);
    root.put("threshold", threshold);
    root.put("news_threshold", newsThreshold);
    root.set("ranker", json(mapper, ranker));
    root.set("answerable", json(mapper, answerable));
    root.set("sentence", json(mapper, sentence));
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode json(ObjectMapper mapper, Scorer s) {
    if (s instanceof BoostedTrees t) return json(mapper, t);
    if (s instanceof Residual r) {
      ObjectNode n = mapper.createObjectNode();
      n.put("kind", "residual");
      n.set("start", json(mapper, r.start()));
      n.set("trees", json(mapper, r.trees()));
      return n;
    }
    return json(mapper, (LinearModel) s);
  }

  private static ObjectNode json(ObjectMapper mapper, BoostedTrees t) {
    ObjectNode n = mapper.createObjectNode();
    n.put("kind", "trees");
    ArrayNode features = n.putArray("features");
    t.features().forEach(features::add);
    n.put("base", t.base());
    ArrayNode trees = n.putArray("trees");
    for (BoostedTrees.Tree tree : t.trees()) {
      ObjectNode o = trees.addObject();
      ArrayNode f = o.putArray("feature");
      ArrayNode th = o.putArray("threshold");
      ArrayNode l = o.putArray("left");
      ArrayNode r = o.putArray("right");
      ArrayNode v = o.putArray("value");
      for (int i = 0; i < tree.feature().length; i++) {
        f.add(tree.feature()[i]);
        th.add((float) tree.threshold()[i]);
        l.add(tree.left()[i]);
        r.add(tree.right()[i]);
        v.add((float) tree.value()[i]);
      }
    }
    return n;
  }

  private static Scorer scorer(JsonNode n) {
    String kind = n.path("kind").asText();
    if (kind.equals("residual")) {
      return new Residual(linear(n.path("start")), trees(n.path("trees")));
    }
    return kind.equals("trees") ? trees(n) : linear(n);
  }

  private static BoostedTrees trees(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.path("features").forEach(f -> names.add(f.asText()));
    List<BoostedTrees.Tree> trees = new ArrayList<>();
    for (JsonNode o : n.path("trees")) {
      int size = o.path("feature").size();
      int[] feature = new int[size];
      double[] threshold = new double[size];
      int[] left = new int[size];
      int[] right = new int[size];
      double[] value = new double[size];
      for (int i = 0; i < size; i++) {
        feature[i] = o.path("feature").get(i).asInt();
        threshold[i] = o.path("threshold").get(i).asDouble();
        left[i] = o.path("left").get(i).asInt();
        right[i] = o.path("right").get(i).asInt();
        value[i] = o.path("value").get(i).asDouble();
      }
      trees.add(new BoostedTrees.Tree(feature, threshold, left, right, value));
    }
    return new BoostedTrees(names, n.path("base").asDouble(), trees);
  }

  private static ObjectNode json(ObjectMapper mapper, LinearModel m) {
    ObjectNode n = mapper.createObjectNode();
    n.put("bias", m.bias());
    ArrayNode features = n.putArray("features");
    for (int i = 0; i < m.features().size(); i++) {
      ObjectNode f = features.addObject();
      f.put("name", m.features().get(i));
      f.put("mean", m.mean()[i]);
      f.put("scale", m.scale()[i]);
      f.put("weight", m.weights()[i]);
    }
    return n;
  }

  private static LinearModel linear(JsonNode n) {
    List<String> names = new ArrayList<>();
    JsonNode features = n.path("features");
    double[] mean = new double[features.size()];
    double[] scale = new double[features.size()];
    double[] weights = new double[features.size()];
    for (int i = 0; i < features.size(); i++) {
      JsonNode f = features.get(i);
      names.add(f.path("name").asText());
      mean[i] = f.path("mean").asDouble();
      scale[i] = f.path("scale").asDouble(1);
      weights[i] = f.path("weight").asDouble();
    }
    return new LinearModel(names, mean, scale, weights, n.path("bias").asDouble());
  }
}
