package dev.articlebot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The second stage of the answer pipeline: a closer look at the candidates retrieval found, which
 * orders them best first.
 */
interface Reranker {
  Ranking rerank(Question q, List<Candidate> candidates);

  /**
   * Orders candidates by the learned ranking model over their {@link Features#PASSAGE}, then lets
   * each {@link RankRule}, in order, move one to the front.
   */
  final class Learned implements Reranker {
    private final Features features;
    private final AnswerModel model;
    private final List<RankRule> rules;

    Learned(Features features, AnswerModel model, List<RankRule> rules) {
      this.features = features;
      this.model = model;
      this.rules = List.copyOf(rules);
    }

    @Override
    public Ranking rerank(Question q, List<Candidate> candidates) {
      Observation o = observe(q, candidates);
      List<Ranking.Item> items = new ArrayList<>();
      for (int i = 0; i < o.evidence().size(); i++) {
        double[] x = o.features()[i];
        items.add(new Ranking.Item(o.evidence().get(i), x, model.ranker().score(x)));
      }
      items.sort(Comparator.comparingDouble(Ranking.Item::score).reversed());
      Ranking ranking = new Ranking(items, List.of(), o.aboutPerson());
      for (RankRule rule : rules) ranking = rule.apply(q, ranking);
      return ranking;
    }

    /** What the model reads of each candidate, in retrieval's order. */
    Observation observe(Question q, List<Candidate> candidates) {
      List<Features.Evidence> evidence = new ArrayList<>();
      for (Candidate c : candidates) evidence.add(features.evidence(q, c));
      Set<Integer> about = features.aboutPerson(q);
      return new Observation(q, evidence, features.passage(q, evidence, about::contains), about);
    }
  }

  /**
   * What retrieval found for a question and what the ranking model reads of each candidate, before
   * any decision: what {@code train} learns from.
   *
   * @param question the question
   * @param evidence the candidates, in retrieval's order, with their alignment to the question
   * @param features per candidate, its {@link Features#PASSAGE} values
   * @param aboutPerson the passages about the person the question asks about
   */
  record Observation(
      Question question,
      List<Features.Evidence> evidence,
      double[][] features,
      Set<Integer> aboutPerson) {}
}
