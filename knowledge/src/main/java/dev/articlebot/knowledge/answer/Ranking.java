package dev.articlebot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidates of one question in the order the pipeline settled on, each with what the ranking
 * model read and gave it, and the steps that moved them.
 *
 * @param items best first
 * @param steps what moved the order after the model, one line per rule that did, for {@code eval
 *     -v}
 * @param aboutPerson the passages about the person the question asks about, if any
 */
record Ranking(List<Item> items, List<String> steps, java.util.Set<Integer> aboutPerson) {
  Ranking {
    items = List.copyOf(items);
    steps = List.copyOf(steps);
    aboutPerson = java.util.Set.copyOf(aboutPerson);
  }

  /** One candidate with its evidence, {@link Features#PASSAGE} values and model score. */
  record Item(Features.Evidence evidence, double[] features, double score) {
    Candidate candidate() {
      return evidence.candidate();
    }
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  Item top() {
    return items.get(0);
  }

  /** The model's scores in the current order. */
  double[] scores() {
    return items.stream().mapToDouble(Item::score).toArray();
  }

  /** This ranking with item {@code i} moved to the front, noting why. */
  Ranking withFirst(int i, String why) {
    if (i <= 0) return this;
    List<Item> moved = new ArrayList<>(items);
    moved.add(0, moved.remove(i));
    List<String> s = new ArrayList<>(steps);
    s.add(why);
    return new Ranking(moved, s, aboutPerson);
  }
}
