package dev.articlebot.knowledge.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainerTest {
  private static final List<String> XY = List.of("x", "y");
  private final Trainer trainer = new Trainer(1e-3, 400);

  /** Points labelled yes when x + y > 1, with a little noise in the other feature. */
  private static List<Trainer.Example> halfPlane(long seed, int n) {
    Random r = new Random(seed);
    List<Trainer.Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = r.nextDouble();
      double y = r.nextDouble();
      out.add(new Trainer.Example(new double[] {x, y}, x + y > 1, 1));
    }
    return out;
  }

  @Test
  void logisticRegressionFindsALinearBoundary() {
    LinearModel m = trainer.logistic(XY, halfPlane(1, 400));
    int right = 0;
    for (Trainer.Example e : halfPlane(2, 200)) {
      if ((m.probability(e.x()) >= 0.5) == e.yes()) right++;
    }
    assertThat(right).isGreaterThan(185);
    assertThat(m.weights()[0]).isPositive();
    assertThat(m.weights()[1]).isPositive();
  }

  @Test
  void boostedTreesLearnWhatNoWeightedSumCan() {
    // Yes exactly when x and y are on the same side of one half: no line separates these.
    Random r = new Random(3);
    List<Trainer.Example> train = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      double x = r.nextDouble();
      double y = r.nextDouble();
      train.add(new Trainer.Example(new double[] {x, y}, (x > 0.5) == (y > 0.5), 1));
    }
    BoostedTrees trees = trainer.boosted(XY, train, new Trainer.Boosting(60, 2, 0.3, 1, 1));
    LinearModel line = trainer.logistic(XY, train);
    int treesRight = 0;
    int lineRight = 0;
    for (int i = 0; i < 200; i++) {
      double x = r.nextDouble();
      double y = r.nextDouble();
      boolean yes = (x > 0.5) == (y > 0.5);
      double[] v = {x, y};
      if ((trees.probability(v) >= 0.5) == yes) treesRight++;
      if ((line.probability(v) >= 0.5) == yes) lineRight++;
    }
    assertThat(treesRight).isGreaterThan(180);
    assertThat(lineRight).isLessThan(140);
    double[] why = trees.contributions(new double[] {0.9, 0.9});
    assertThat(why).hasSize(2);
  }

  @Test
  void aListwiseRankerPutsTheRightItemFirst() {
    Random r = new Random(4);
    List<Trainer.Group> groups = new ArrayList<>();
    for (int g = 0; g < 200; g++) {
      double[][] items = new double[5][];
      boolean[] right = new boolean[5];
      int answer = r.nextInt(5);
      for (int i = 0; i < 5; i++) {
        // the right item reads closer on x; y is noise
        items[i] = new double[] {r.nextDouble() + (i == answer ? 0.8 : 0), r.nextDouble()};
        right[i] = i == answer;
      }
      groups.add(new Trainer.Group(items, right, 1));
    }
    LinearModel m = trainer.listwise(XY, groups);
    assertThat(m.weights()[0]).isGreaterThan(Math.abs(m.weights()[1]) * 3);
  }

  /**
   * Groups of five items whose right item is the one with the highest x where the group's y is
   * high, and the lowest x where it is low: y is the same for every item of a group.
   */
  private static List<Trainer.Group> flippingGroups(long seed, int n) {
    Random r = new Random(seed);
    List<Trainer.Group> groups = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      double y = r.nextDouble();
      double[][] items = new double[5][];
      boolean[] right = new boolean[5];
      int best = 0;
      for (int i = 0; i < 5; i++) {
        items[i] = new double[] {r.nextDouble(), y};
        boolean better = y > 0.5 ? items[i][0] > items[best][0] : items[i][0] < items[best][0];
        if (better) best = i;
      }
      right[best] = true;
      groups.add(new Trainer.Group(items, right, 1));
    }
    return groups;
  }

  private static double firstRight(Scorer m, List<Trainer.Group> groups) {
    int right = 0;
    for (Trainer.Group g : groups) {
      int top = 0;
      for (int i = 1; i < g.items().length; i++) {
        if (m.score(g.items()[i]) > m.score(g.items()[top])) top = i;
      }
      if (g.right()[top]) right++;
    }
    return right / (double) groups.size();
  }

  @Test
  void boostedListwiseRankingLearnsWhereASignalFlipsWhichNoWeightedSumCan() {
    List<Trainer.Group> train = flippingGroups(6, 400);
    List<Trainer.Group> test = flippingGroups(7, 200);
    BoostedTrees trees =
        trainer.boostedListwise(XY, train, new Trainer.Boosting(100, 2, 0.3, 0.5, 1));
    LinearModel line = trainer.listwise(XY, train);
    assertThat(firstRight(trees, test)).isGreaterThan(0.85);
    assertThat(firstRight(line, test)).isLessThan(0.65);
    // Grown from the linear model's scores, the trees mend what it gets wrong.
    Residual mended =
        new Residual(
            line,
            trainer.boostedListwise(XY, train, new Trainer.Boosting(100, 2, 0.3, 0.5, 1), line));
    assertThat(firstRight(mended, test)).isGreaterThan(0.85);
  }

  @Test
  void aModelChecksItIsGivenOneValuePerFeature() {
    LinearModel m = trainer.logistic(XY, halfPlane(5, 50));
    assertThatThrownBy(() -> m.score(new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
