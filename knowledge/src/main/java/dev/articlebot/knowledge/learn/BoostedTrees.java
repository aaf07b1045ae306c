package dev.articlebot.knowledge.learn;

import java.util.List;

/**
 * Gradient-boosted regression trees over named features, read as a probability through the logistic
 * function: the score is the base plus every tree's leaf for {@code x}. Trees capture what one
 * weighted sum cannot: that a question reading far from every passage is off-topic whatever else it
 * shares with one, and that the cues of a subtly unanswerable question matter only among questions
 * that read close to a passage.
 *
 * @param features the feature names, in the order {@link #score} reads them
 * @param base the score before any tree
 * @param trees the trees, in the order they were grown
 */
public record BoostedTrees(List<String> features, double base, List<Tree> trees) implements Scorer {
  public BoostedTrees {
    features = List.copyOf(features);
    trees = List.copyOf(trees);
    for (Tree t : trees) t.check(features.size());
  }

  /**
   * One tree, its nodes in arrays: node 0 is the root; node {@code i} either splits on {@code
   * feature[i]} (going to {@code left[i]} when the value is at most {@code threshold[i]}, else to
   * {@code right[i]}) or, when {@code feature[i]} is -1, is a leaf worth {@code value[i]}. Every
   * node's {@code value} is what the tree would give if it stopped there, which explains a score
   * feature by feature.
   */
  public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    public Tree {
      int n = feature.length;
      if (threshold.length != n || left.length != n || right.length != n || value.length != n) {
        throw new IllegalArgumentException("every node has a feature, threshold, children, value");
      }
    }

    void check(int features) {
      for (int i = 0; i < feature.length; i++) {
        if (feature[i] >= features) throw new IllegalArgumentException("no such feature");
        if (feature[i] >= 0
            && (left[i] <= i
                || right[i] <= i
                || left[i] >= feature.length
                || right[i] >= feature.length)) {
          throw new IllegalArgumentException("children come after their node");
        }
      }
    }

    double score(double[] x) {
      int i = 0;
      while (feature[i] >= 0) i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
      return value[i];
    }

    /** Adds to {@code out} what each feature's splits changed on the way to {@code x}'s leaf. */
    void explain(double[] x, double[] out) {
      int i = 0;
      while (feature[i] >= 0) {
        int next = x[feature[i]] <= threshold[i] ? left[i] : right[i];
        out[feature[i]] += value[next] - value[i];
        i = next;
      }
    }
  }

  @Override
  public double score(double[] x) {
    if (x.length != features.size()) {
      throw new IllegalArgumentException(x.length + " values for " + features.size() + " features");
    }
    double s = base;
    for (Tree t : trees) s += t.score(x);
    return s;
  }

  /** What each feature added to {@link #score} for {@code x}, along the paths it took. */
  @Override
  public double[] contributions(double[] x) {
    double[] out = new double[features.size()];
    for (Tree t : trees) t.explain(x, out);
    return out;
  }
}
