package dev.articlebot.knowledge.learn;

import java.util.List;

/**
 * Fits {@link LinearModel}s by minimising a convex loss with an L2 penalty on the weights, by
 * full-batch gradient descent with Adam steps, and {@link BoostedTrees} on the same losses ({@link
 * #boosted}, {@link #boostedListwise}). Features are standardised first, so one penalty suits every
 * feature. Two losses:
 *
 * <ul>
 *   <li>{@link #logistic}: yes/no labels, each example weighted;
 *   <li>{@link #listwise}: groups of items of which some are right, softmax over each group (the
 *       chance that the right item comes first), each group weighted.
 * </ul>
 *
 * Deterministic: the same data gives the same model.
 */
public final class Trainer {

  /** One labelled example. */
  public record Example(double[] x, boolean yes, double weight) {}

  /** Items to rank, which of them are right, and how much the group counts. */
  public record Group(double[][] items, boolean[] right, double weight) {
    public Group {
      if (items.length != right.length) throw new IllegalArgumentException("one label per item");
    }
  }

  private final double l2;
  private final int iterations;

  /**
   * @param l2 the penalty on the squared weights, per unit of total example weight
   * @param iterations gradient steps
   */
  public Trainer(double l2, int iterations) {
    this.l2 = l2;
    this.iterations = iterations;
  }

  public LinearModel logistic(List<String> features, List<Example> examples) {
    int n = features.size();
    double[][] xs = examples.stream().map(Example::x).toArray(double[][]::new);
    double[][] stats = standardisation(xs, n);
    double[][] z = standardised(xs, stats);
    double total = examples.stream().mapToDouble(Example::weight).sum();
    double[] w = new double[n + 1]; // bias last
    Adam adam = new Adam(n + 1);
    for (int it = 0; it < iterations; it++) {
      double[] grad = new double[n + 1];
      for (int i = 0; i < z.length; i++) {
        Example e = examples.get(i);
        double s = w[n];
        for (int j = 0; j < n; j++) s += w[j] * z[i][j];
        double p = 1 / (1 + Math.exp(-s));
        double g = e.weight() * (p - (e.yes() ? 1 : 0)) / total;
        for (int j = 0; j < n; j++) grad[j] += g * z[i][j];
        grad[n] += g;
      }
      for (int j = 0; j < n; j++) grad[j] += l2 * w[j];
      adam.step(w, grad);
    }
    return model(features, stats, w);
  }

  public LinearModel listwise(List<String> features, List<Group> groups) {
    int n = features.size();
    double[][] all =
        groups.stream().flatMap(g -> java.util.Arrays.stream(g.items())).toArray(double[][]::new);
    double[][] stats = standardisation(all, n);
    double[][][] z = new double[groups.size()][][];
    for (int g = 0; g < z.length; g++) z[g] = standardised(groups.get(g).items(), stats);
    double total = groups.stream().mapToDouble(Group::weight).sum();
    double[] w = new double[n + 1];
    Adam adam = new Adam(n + 1);
    for (int it = 0; it < iterations; it++) {
      double[] grad = new double[n + 1];
      for (int g = 0; g < z.length; g++) {
        Group group = groups.get(g);
        double[][] items = z[g];
        double[] s = new double[items.length];
        for (int i = 0; i < items.length; i++) {
          for (int j = 0; j < n; j++) s[i] += w[j] * items[i][j];
        }
        double[] p = new double[items.length];
        double[] q = new double[items.length];
        if (!shares(s, 0, items.length, group.right(), p, q)) continue;
        double scale = group.weight() / total;
        for (int i = 0; i < items.length; i++) {
          double d = p[i] - q[i];
          if (d == 0) continue;
          for (int j = 0; j < n; j++) grad[j] += scale * d * items[i][j];
        }
      }
      for (int j = 0; j < n; j++) grad[j] += l2 * w[j];
      adam.step(w, grad);
    }
    w[n] = 0; // a shift common to every item does not change a ranking
    return model(features, stats, w);
  }

  /** How {@link #boosted} grows its trees. */
  public record Boosting(
      int trees, int depth, double shrinkage, double minChildWeight, double lambda) {
    public static final Boosting DEFAULT = new Boosting(200, 3, 0.1, 5, 1);
  }

  /**
   * Gradient-boosted trees for yes/no labels (logistic loss, second-order steps as XGBoost takes
   * them): each tree is grown to {@code depth} by the split that most lowers the loss, leaves
   * weighing at least {@code minChildWeight} of curvature; example weights are scaled to average
   * one.
   */
  public BoostedTrees boosted(List<String> features, List<Example> examples, Boosting b) {
    int n = examples.size();
    int m = features.size();
    double[][] x = examples.stream().map(Example::x).toArray(double[][]::new);
    double[] y = new double[n];
    double[] w = new double[n];
    double total = examples.stream().mapToDouble(Example::weight).sum();
    double positive = 0;
    for (int i = 0; i < n; i++) {
      y[i] = examples.get(i).yes() ? 1 : 0;
      w[i] = examples.get(i).weight() * n / total;
      positive += w[i] * y[i];
    }
    double rate = Math.min(1 - 1e-6, Math.max(1e-6, positive / n));
    double base = Math.log(rate / (1 - rate));
    Integer[][] sorted = sortedByFeature(x, m);
    double[] score = new double[n];
    java.util.Arrays.fill(score, base);
    java.util.List<BoostedTrees.Tree> trees = new java.util.ArrayList<>();
    double[] g = new double[n];
    double[] h = new double[n];
    for (int t = 0; t < b.trees(); t++) {
      for (int i = 0; i < n; i++) {
        double p = 1 / (1 + Math.exp(-score[i]));
        g[i] = w[i] * (p - y[i]);
        h[i] = w[i] * Math.max(1e-9, p * (1 - p));
      }
      BoostedTrees.Tree tree = new TreeGrower(x, g, h, sorted, b).grow();
      trees.add(tree);
      for (int i = 0; i < n; i++) score[i] += tree.score(x[i]);
    }
    return new BoostedTrees(features, base, trees);
  }

  /**
   * Gradient-boosted trees that rank the items of each group: the same softmax loss as {@link
   * #listwise} (the chance that a right item comes first), its gradient per item, and per item the
   * curvature of its own softmax share as the second-order weight (the usual bound for a listwise
   * loss). Trees let one signal count only where another holds (a passage's position only in news,
   * a figure only when the question asks how many). Group weights are scaled to average one; a
   * group with no right item teaches nothing and is skipped.
   */
  public BoostedTrees boostedListwise(List<String> features, List<Group> groups, Boosting b) {
    return boostedListwise(features, groups, b, null);
  }

  /**
   * As {@link #boostedListwise(List, List, Boosting)}, the trees grown from {@code from}'s scores
   * rather than from zero: what {@code from} plus the trees ranks ({@link Residual}).
   */
  public BoostedTrees boostedListwise(
      List<String> features, List<Group> groups, Boosting b, Scorer from) {
    List<Group> used = groups.stream().filter(g -> anyRight(g.right())).toList();
    int n = used.stream().mapToInt(g -> g.items().length).sum();
    int m = features.size();
    double[][] x = new double[n][];
    int[] start = new int[used.size() + 1];
    double total = used.stream().mapToDouble(Group::weight).sum();
    double[] weight = new double[used.size()];
    for (int g = 0, k = 0; g < used.size(); g++) {
      start[g] = k;
      weight[g] = total == 0 ? 0 : used.get(g).weight() * used.size() / total;
      for (double[] item : used.get(g).items()) x[k++] = item;
      start[g + 1] = k;
    }
    Integer[][] sorted = sortedByFeature(x, m);
    double[] score = new double[n];
    if (from != null) for (int i = 0; i < n; i++) score[i] = from.score(x[i]);
    List<BoostedTrees.Tree> trees = new java.util.ArrayList<>();
    double[] grad = new double[n];
    double[] hess = new double[n];
    double[] p = new double[n];
    double[] q = new double[n];
    for (int t = 0; t < b.trees(); t++) {
      for (int g = 0; g < used.size(); g++) {
        shares(score, start[g], start[g + 1], used.get(g).right(), p, q);
        for (int i = start[g]; i < start[g + 1]; i++) {
          grad[i] = weight[g] * (p[i] - q[i]);
          hess[i] = weight[g] * Math.max(1e-9, p[i] * (1 - p[i]));
        }
      }
      BoostedTrees.Tree tree = new TreeGrower(x, grad, hess, sorted, b).grow();
      trees.add(tree);
      for (int i = 0; i < n; i++) score[i] += tree.score(x[i]);
    }
    return new BoostedTrees(features, 0, trees);
  }

  /**
   * The softmax over one group, the items {@code from} (inclusive) to {@code to} of {@code scores}
   * ({@code right} indexed from {@code from}): each item's share of the group into {@code p}, and
   * its share among the right items (0 for the others) into {@code q}, at the same indices. The
   * listwise loss, -log of the right items' total share, has {@code p - q} as its gradient.
   *
   * @return false when no item is right (the shares among the right are then all 0)
   */
  private static boolean shares(
      double[] scores, int from, int to, boolean[] right, double[] p, double[] q) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) max = Math.max(max, scores[i]);
    double sumAll = 0;
    double sumRight = 0;
    for (int i = from; i < to; i++) {
      double e = Math.exp(scores[i] - max);
      sumAll += e;
      if (right[i - from]) sumRight += e;
    }
    for (int i = from; i < to; i++) {
      double e = Math.exp(scores[i] - max);
      p[i] = e / sumAll;
      q[i] = right[i - from] ? e / sumRight : 0;
    }
    return sumRight > 0;
  }

  private static boolean anyRight(boolean[] right) {
    for (boolean r : right) if (r) return true;
    return false;
  }

  /** Per feature, the examples' indices in the order of that feature's value. */
  private static Integer[][] sortedByFeature(double[][] x, int m) {
    Integer[][] sorted = new Integer[m][];
    for (int f = 0; f < m; f++) {
      final int feature = f;
      sorted[f] = new Integer[x.length];
      for (int i = 0; i < x.length; i++) sorted[f][i] = i;
      java.util.Arrays.sort(sorted[f], (a, c) -> Double.compare(x[a][feature], x[c][feature]));
    }
    return sorted;
  }

  /** Grows one tree, level by level, over the examples' gradients and curvatures. */
  private static final class TreeGrower {
    private final double[][] x;
    private final double[] g;
    private final double[] h;
    private final Integer[][] sorted;
    private final Boosting b;
    private final int[] node; // which node each example sits in
    private final java.util.List<int[]> structure = new java.util.ArrayList<>(); // feature, l, r
    private final java.util.List<Double> thresholds = new java.util.ArrayList<>();
    private final java.util.List<Double> values = new java.util.ArrayList<>();

    TreeGrower(double[][] x, double[] g, double[] h, Integer[][] sorted, Boosting b) {
      this.x = x;
      this.g = g;
      this.h = h;
      this.sorted = sorted;
      this.b = b;
      this.node = new int[x.length];
    }

    BoostedTrees.Tree grow() {
      double G = 0;
      double H = 0;
      for (int i = 0; i < x.length; i++) {
        G += g[i];
        H += h[i];
      }
      addNode(G, H);
      java.util.List<Integer> level = java.util.List.of(0);
      for (int depth = 0; depth < b.depth() && !level.isEmpty(); depth++) {
        java.util.List<Integer> next = new java.util.ArrayList<>();
        for (int id : level) next.addAll(split(id));
        level = next;
      }
      int size = structure.size();
      int[] feature = new int[size];
      int[] left = new int[size];
      int[] right = new int[size];
      double[] threshold = new double[size];
      double[] value = new double[size];
      for (int i = 0; i < size; i++) {
        feature[i] = structure.get(i)[0];
        left[i] = structure.get(i)[1];
        right[i] = structure.get(i)[2];
        threshold[i] = thresholds.get(i);
        value[i] = values.get(i);
      }
      return new BoostedTrees.Tree(feature, threshold, left, right, value);
    }

    private int addNode(double G, double H) {
      structure.add(new int[] {-1, -1, -1});
      thresholds.add(0.0);
      values.add(-b.shrinkage() * G / (H + b.lambda()));
      return structure.size() - 1;
    }

    /** Splits node {@code id} by its best split, if one lowers the loss; its children's ids. */
    private java.util.List<Integer> split(int id) {
      double G = 0;
      double H = 0;
      for (int i = 0; i < x.length; i++) {
        if (node[i] != id) continue;
        G += g[i];
        H += h[i];
      }
      double parent = G * G / (H + b.lambda());
      double bestGain = 1e-9;
      int bestFeature = -1;
      double bestThreshold = 0;
      double bestGl = 0;
      double bestHl = 0;
      for (int f = 0; f < sorted.length; f++) {
        double gl = 0;
        double hl = 0;
        Integer previous = null;
        for (Integer i : sorted[f]) {
          if (node[i] != id) continue;
          if (previous != null
              && x[i][f] > x[previous][f]
              && hl >= b.minChildWeight()
              && H - hl >= b.minChildWeight()) {
            double gr = G - gl;
            double hr = H - hl;
            double gain = gl * gl / (hl + b.lambda()) + gr * gr / (hr + b.lambda()) - parent;
            if (gain > bestGain) {
              bestGain = gain;
              bestFeature = f;
              bestThreshold = (x[i][f] + x[previous][f]) / 2;
              bestGl = gl;
              bestHl = hl;
            }
          }
          gl += g[i];
          hl += h[i];
          previous = i;
        }
      }
      if (bestFeature < 0) return java.util.List.of();
      int left = addNode(bestGl, bestHl);
      int right = addNode(G - bestGl, H - bestHl);
      structure.set(id, new int[] {bestFeature, left, right});
      thresholds.set(id, bestThreshold);
      for (int i = 0; i < x.length; i++) {
        if (node[i] == id) node[i] = x[i][bestFeature] <= bestThreshold ? left : right;
      }
      return java.util.List.of(left, right);
    }
  }

  private static LinearModel model(List<String> features, double[][] stats, double[] w) {
    int n = features.size();
    return new LinearModel(features, stats[0], stats[1], java.util.Arrays.copyOf(w, n), w[n]);
  }

  /** Per feature, its mean and standard deviation (1 where it is constant). */
  private static double[][] standardisation(double[][] xs, int n) {
    double[] mean = new double[n];
    double[] sd = new double[n];
    for (double[] x : xs) for (int j = 0; j < n; j++) mean[j] += x[j];
    for (int j = 0; j < n; j++) mean[j] /= Math.max(1, xs.length);
    for (double[] x : xs) for (int j = 0; j < n; j++) sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
    for (int j = 0; j < n; j++) {
      sd[j] = Math.sqrt(sd[j] / Math.max(1, xs.length));
      if (sd[j] < 1e-9) sd[j] = 1;
    }
    return new double[][] {mean, sd};
  }

  private static double[][] standardised(double[][] xs, double[][] stats) {
    double[][] out = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      out[i] = new double[xs[i].length];
      for (int j = 0; j < xs[i].length; j++) out[i][j] = (xs[i][j] - stats[0][j]) / stats[1][j];
    }
    return out;
  }

  /** Adam's update with the usual constants and a step that decays slowly. */
  private static final class Adam {
    private final double[] m;
    private final double[] v;
    private int t;

    Adam(int n) {
      m = new double[n];
      v = new double[n];
    }

    void step(double[] w, double[] grad) {
      t++;
      double rate = 0.05 / Math.sqrt(1 + t / 100.0);
      for (int j = 0; j < w.length; j++) {
        m[j] = 0.9 * m[j] + 0.1 * grad[j];
        v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
        double mh = m[j] / (1 - Math.pow(0.9, t));
        double vh = v[j] / (1 - Math.pow(0.999, t));
        w[j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
  }
}
