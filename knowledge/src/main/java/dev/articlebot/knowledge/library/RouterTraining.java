package dev.articlebot.knowledge.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns {@link ArticleRouter}'s weights from questions whose article is known, asked of a library
 * holding those articles among others: a softmax over each question's candidate articles, fitted by
 * gradient descent with an L2 penalty, starting from reciprocal rank fusion. Judged the way the
 * answers are: cross-validated by article (a question's own article never trains the weights it is
 * routed with), right article first and in the top three averaged over articles.
 */
public final class RouterTraining {
  /** Passes of gradient descent. */
  static final int ITERATIONS = 300;

  static final double STEP = 0.5;
  static final double L2 = 1e-3;

  /**
   * One question routed over the library.
   *
   * @param article the article the question was written for
   * @param candidates the router's candidates for it
   */
  public record Example(String article, List<ArticleRouter.Candidate> candidates) {}

  /** Right article first and among the first three, averaged over articles. */
  public record Score(double first, double topThree) {}

  /**
   * @param model the weights fitted on every example
   * @param untrained the untrained router's score
   * @param crossValidated the learned router's score, each article routed by weights fitted without
   *     it
   * @param byArticle per article: untrained and cross-validated right-first rates
   */
  public record Result(
      ArticleRouter.Model model,
      Score untrained,
      Score crossValidated,
      Map<String, double[]> byArticle) {}

  private RouterTraining() {}

  /** The candidates of each question of {@code questions} (by article id) in {@code library}. */
  public static List<Example> examples(Library library, Map<String, List<String>> questions) {
    List<Example> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : questions.entrySet()) {
      for (String q : e.getValue()) {
        out.add(new Example(e.getKey(), library.routeCandidates(q, Set.of())));
      }
    }
    return out;
  }

  public static Result train(List<Example> examples, int folds, String provenance) {
    List<String> articles =
        new ArrayList<>(new TreeSet<>(examples.stream().map(Example::article).toList()));
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) fold.put(articles.get(i), i % folds);
    double[][] outOfFold = new double[examples.size()][];
    for (int f = 0; f < folds; f++) {
      int held = f;
      double[] w = fit(examples.stream().filter(x -> fold.get(x.article()) != held).toList());
      for (int i = 0; i < examples.size(); i++) {
        if (fold.get(examples.get(i).article()) == held) outOfFold[i] = w;
      }
    }
    double[] untrained = ArticleRouter.Model.untrained().weights();
    Map<String, double[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      Example x = examples.get(i);
      double[] c = counts.computeIfAbsent(x.article(), k -> new double[5]);
      c[0]++;
      int before = rankOf(x, untrained);
      int after = rankOf(x, outOfFold[i]);
      if (before == 0) c[1]++;
      if (before >= 0 && before < 3) c[2]++;
      if (after == 0) c[3]++;
      if (after >= 0 && after < 3) c[4]++;
    }
    double[] sum = new double[4];
    Map<String, double[]> byArticle = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : counts.entrySet()) {
      double[] c = e.getValue();
      for (int k = 0; k < 4; k++) sum[k] += c[k + 1] / c[0];
      byArticle.put(e.getKey(), new double[] {c[1] / c[0], c[3] / c[0]});
    }
    int n = Math.max(1, counts.size());
    return new Result(
        new ArticleRouter.Model(fit(examples), provenance),
        new Score(sum[0] / n, sum[1] / n),
        new Score(sum[2] / n, sum[3] / n),
        byArticle);
  }

  /** Where the right article ranks under weights {@code w}; -1 when it is no candidate. */
  static int rankOf(Example x, double[] w) {
    double right = Double.NaN;
    for (ArticleRouter.Candidate c : x.candidates()) {
      if (c.article().equals(x.article())) right = dot(w, c.features());
    }
    if (Double.isNaN(right)) return -1;
    int above = 0;
    for (ArticleRouter.Candidate c : x.candidates()) {
      if (!c.article().equals(x.article()) && dot(w, c.features()) >= right) above++;
    }
    return above;
  }

  /** Softmax regression over each example's candidates, from reciprocal rank fusion. */
  static double[] fit(List<Example> examples) {
    double[] w = ArticleRouter.Model.untrained().weights();
    int d = w.length;
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[d];
      int used = 0;
      for (Example x : examples) {
        List<ArticleRouter.Candidate> cs = x.candidates();
        if (cs.stream().noneMatch(c -> c.article().equals(x.article()))) continue;
        double[] s = new double[cs.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) max = Math.max(max, s[i] = dot(w, cs.get(i).features()));
        double total = 0;
        for (int i = 0; i < s.length; i++) total += s[i] = Math.exp(s[i] - max);
        for (int i = 0; i < s.length; i++) {
          double target = cs.get(i).article().equals(x.article()) ? 1 : 0;
          double diff = s[i] / total - target;
          double[] f = cs.get(i).features();
          for (int k = 0; k < d; k++) g[k] += diff * f[k];
        }
        used++;
      }
      if (used == 0) break;
      for (int k = 0; k < d; k++) w[k] -= STEP * (g[k] / used + L2 * w[k]);
    }
    return w;
  }

  private static double dot(double[] w, double[] f) {
    double s = 0;
    for (int k = 0; k < w.length; k++) s += w[k] * f[k];
    return s;
  }
}
