package dev.articlebot.knowledge.learn;

import java.util.List;

/**
 * A linear model over named features: each feature is standardised with the mean and scale seen in
 * training, then weighted; the score is the weighted sum plus a bias. Read as a probability through
 * the logistic function (a yes/no model) or compared between items (a ranking model).
 *
 * @param features the feature names, in the order {@link #score} reads them
 * @param mean per feature, its mean in training
 * @param scale per feature, its standard deviation in training (1 where it did not vary)
 * @param weights per feature, its weight on the standardised value
 * @param bias added to every score
 */
public record LinearModel(
    List<String> features, double[] mean, double[] scale, double[] weights, double bias)
    implements Scorer {
  public LinearModel {
    features = List.copyOf(features);
    int n = features.size();
    if (mean.length != n || scale.length != n || weights.length != n) {
      throw new IllegalArgumentException("one mean, scale and weight per feature");
    }
    for (double s : scale) if (!(s > 0)) throw new IllegalArgumentException("scale must be > 0");
    mean = mean.clone();
    scale = scale.clone();
    weights = weights.clone();
  }

  /** The weighted sum of {@code x}, whose values are in {@link #features}' order. */
  @Override
  public double score(double[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException(x.length + " values for " + weights.length + " features");
    }
    double s = bias;
    for (int i = 0; i < x.length; i++) s += weights[i] * (x[i] - mean[i]) / scale[i];
    return s;
  }

  /** What each feature adds to {@link #score} for {@code x}. */
  @Override
  public double[] contributions(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) out[i] = weights[i] * (x[i] - mean[i]) / scale[i];
    return out;
  }
}
