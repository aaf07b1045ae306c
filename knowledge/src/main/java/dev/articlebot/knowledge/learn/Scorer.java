package dev.articlebot.knowledge.learn;

import java.util.List;

/** A learned function of named features: a score, read as a probability, explained. */
public sealed interface Scorer permits LinearModel, BoostedTrees, Residual {
  /** The feature names, in the order the methods read their values. */
  List<String> features();

  double score(double[] x);

  /** {@link #score} read through the logistic function. */
  default double probability(double[] x) {
    return 1 / (1 + Math.exp(-score(x)));
  }

  /** What each feature added to {@link #score} for {@code x}. */
  double[] contributions(double[] x);
}
