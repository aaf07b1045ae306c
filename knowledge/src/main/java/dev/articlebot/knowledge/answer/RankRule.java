package dev.articlebot.knowledge.answer;

import java.util.Locale;

/**
 * A rule that may move one candidate to the front after the ranking model has ordered them, for a
 * signal the model's features do not carry. The rules run in {@link Answerer}'s order; each sees
 * the order the one before it left. Each stays only while {@code eval --corpus} shows that it helps
 * the average over articles (see docs/evaluation.md).
 */
interface RankRule {
  /** A short name, shown by {@code eval -v}. */
  String name();

  Ranking apply(Question q, Ranking ranking);

  /**
   * A phrase the reader put in quotation marks points at the passage that holds it: the first one
   * that does goes first.
   */
  final class QuotedPhraseFirst implements RankRule {
    @Override
    public String name() {
      return "quoted-phrase-first";
    }

    @Override
    public Ranking apply(Question q, Ranking ranking) {
      if (q.quoted().isEmpty()) return ranking;
      for (int i = 0; i < ranking.items().size(); i++) {
        String text = normalise(ranking.items().get(i).candidate().passage().text());
        for (String phrase : q.quoted()) {
          if (text.contains(normalise(phrase))) {
            return ranking.withFirst(i, name() + ": the passage holding “" + phrase + "”");
          }
        }
      }
      return ranking;
    }

    private static String normalise(String s) {
      return s.toLowerCase(Locale.ROOT).replaceAll("[“”\"‘’']", "").replaceAll("\\s+", " ");
    }
  }

  /**
   * A question asking for a person's account ("according to Zhao, …", "what did Zhao say about …?")
   * is answered from that person's passages: the best-ranked passage about them goes first, though
   * another may share more of the question's words.
   */
  final class AskedPersonFirst implements RankRule {
    @Override
    public String name() {
      return "asked-person-first";
    }

    @Override
    public Ranking apply(Question q, Ranking ranking) {
      if (q.person().isEmpty() || ranking.aboutPerson().isEmpty()) return ranking;
      for (int i = 0; i < ranking.items().size(); i++) {
        if (ranking.aboutPerson().contains(ranking.items().get(i).candidate().passage().id())) {
          return ranking.withFirst(i, name() + ": " + q.person().get().name() + "'s passage");
        }
      }
      return ranking;
    }
  }
}
