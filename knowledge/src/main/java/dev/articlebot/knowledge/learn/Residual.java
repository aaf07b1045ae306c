package dev.articlebot.knowledge.learn;

import java.util.List;

/**
 * A linear model's score corrected by boosted trees grown on what it leaves wrong: the weighted sum
 * carries what each signal is worth on its own, and the trees only where signals interact (one
 * counting only where another holds). Its scores keep the linear model's scale, so what reads them
 * downstream (how far ahead the best candidate is) stays as informative as before.
 *
 * @param start the linear model
 * @param trees the trees grown from the linear model's scores (their base is zero)
 */
public record Residual(LinearModel start, BoostedTrees trees) implements Scorer {
  public Residual {
    if (!start.features().equals(trees.features())) {
      throw new IllegalArgumentException("the linear model and the trees read other features");
    }
  }

  @Override
  public List<String> features() {
    return start.features();
  }

  @Override
  public double score(double[] x) {
    return start.score(x) + trees.score(x);
  }

  @Override
  public double[] contributions(double[] x) {
    double[] out = start.contributions(x);
    double[] more = trees.contributions(x);
    for (int i = 0; i < out.length; i++) out[i] += more[i];
    return out;
  }
}
