package dev.articlebot.knowledge.answer;

import java.util.Optional;

/**
 * A rule that refuses a question before the learned decision is asked, for a reason the model's
 * features cannot see. The rules run in {@link Answerer}'s order and the first that refuses
 * decides. Each stays only while {@code eval --corpus} shows that it helps the average over
 * articles (see docs/evaluation.md).
 */
interface RefusalRule {
  /** A short name, shown by {@code eval -v}. */
  String name();

  /** Why the question is refused, or empty when this rule lets it through. */
  Optional<Answer.Refusal> refuses(Question q, Ranking ranking);

  /** A question not written in English, the one language the embedding model reads. */
  final class OtherLanguage implements RefusalRule {
    private final QuestionLanguage language;

    OtherLanguage(QuestionLanguage language) {
      this.language = language;
    }

    @Override
    public String name() {
      return "other-language";
    }

    @Override
    public Optional<Answer.Refusal> refuses(Question q, Ranking ranking) {
      return language.readsAsEnglish(q.text())
          ? Optional.empty()
          : Optional.of(Answer.Refusal.OTHER_LANGUAGE);
    }
  }

  /**
   * Refuses whenever {@code cue} shows, for cues that are almost never wrong: on the development
   * corpus, cross-validated, "unknown-speaker" refuses no answerable question on any of 41 articles
   * and a few unanswerable ones the model lets through (docs/evaluation.md). Other cues stay
   * features only: as hard rules they refuse answerable questions on other articles as often as a
   * higher threshold would.
   */
  final class WhenCue implements RefusalRule {
    private final Cue cue;
    private final Answer.Refusal refusal;

    WhenCue(Cue cue, Answer.Refusal refusal) {
      this.cue = cue;
      this.refusal = refusal;
    }

    @Override
    public String name() {
      return cue.name();
    }

    @Override
    public Optional<Answer.Refusal> refuses(Question q, Ranking ranking) {
      return cue.shows(q, ranking.top().candidate(), ranking.aboutPerson())
          ? Optional.of(refusal)
          : Optional.empty();
    }
  }
}
