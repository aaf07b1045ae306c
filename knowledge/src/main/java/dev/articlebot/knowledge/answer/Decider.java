package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.learn.Scorer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The third stage of the answer pipeline: whether the leading passage answers at all. */
interface Decider {
  Decision decide(Question q, Ranking ranking);

  /**
   * Whether to answer, how sure, and what decided.
   *
   * @param refusal why not, or {@link Answer.Refusal#NONE} to answer
   * @param confidence in [0, 1]
   * @param decidedBy the rule that refused, or the model's probability against its threshold
   */
  record Decision(Answer.Refusal refusal, double confidence, String decidedBy) {
    boolean answered() {
      return refusal == Answer.Refusal.NONE;
    }
  }

  /**
   * Lets each {@link RefusalRule}, in order, refuse; otherwise answers when the learned model's
   * probability over {@link Features#ANSWERABLE} reaches its threshold.
   */
  final class Learned implements Decider {
    private final Features features;
    private final AnswerModel model;
    private final List<RefusalRule> rules;

    Learned(Features features, AnswerModel model, List<RefusalRule> rules) {
      this.features = features;
      this.model = model;
      this.rules = List.copyOf(rules);
    }

    @Override
    public Decision decide(Question q, Ranking ranking) {
      double closeness = Math.max(0, Math.min(1, ranking.top().candidate().dense()));
      for (RefusalRule rule : rules) {
        Optional<Answer.Refusal> r = rule.refuses(q, ranking);
        if (r.isPresent()) return new Decision(r.get(), closeness, rule.name());
      }
      Ranking.Item top = ranking.top();
      double[] x =
          Features.answerable(
              ranking.scores(),
              features.answerableOf(q, top.evidence(), top.features(), ranking.aboutPerson()));
      double p = model.answerable().probability(x);
      double threshold = model.thresholdFor(top.candidate().passage().article());
      boolean yes = p >= threshold;
      String why =
          String.format(
              Locale.ROOT,
              "model: p=%.2f %s %.2f%s",
              p,
              yes ? ">=" : "<",
              threshold,
              strongest(model.answerable(), x, yes));
      String steps = ranking.steps().isEmpty() ? "" : "; " + String.join("; ", ranking.steps());
      return new Decision(
          yes ? Answer.Refusal.NONE : Answer.Refusal.NOT_IN_ARTICLE, p, why + steps);
    }

    /** The two features that pushed hardest the way the model decided. */
    private static String strongest(Scorer m, double[] x, boolean yes) {
      double[] c = m.contributions(x);
      Integer[] order = new Integer[c.length];
      for (int i = 0; i < c.length; i++) order[i] = i;
      java.util.Arrays.sort(order, (a, b) -> Double.compare(yes ? c[b] : c[a], yes ? c[a] : c[b]));
      StringBuilder out = new StringBuilder(" (");
      for (int k = 0; k < Math.min(2, order.length); k++) {
        if (k > 0) out.append(", ");
        out.append(m.features().get(order[k]))
            .append(String.format(Locale.ROOT, " %+.2f", c[order[k]]));
      }
      return out.append(")").toString();
    }
  }
}
