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
   * A question asking what someone said or did about a named thing ("what did Ferrante say about
   * the Ashby red card?") is not answered when no passage about that person names it: the article
   * may write about both, but not about them on it. The thing is what follows "about", "on",
   * "regarding" and the like; only the names in it count.
   */
  final class SubjectNotInTheirPassages implements RefusalRule {
    private final java.util.function.IntFunction<String> passageText;

    SubjectNotInTheirPassages(java.util.function.IntFunction<String> passageText) {
      this.passageText = passageText;
    }

    /** What a question asks someone's words on: the rest of it after "about", "on", …. */
    private static final java.util.regex.Pattern TOPIC =
        java.util.regex.Pattern.compile(
            "\\b(?:about|regarding|concerning|on the (?:topic|subject|issue) of|discuss|discussed"
                + "|mention|mentioned|bring up|brought up|comment on|commented on"
                + "|(?:take|view|views|position|stance|opinion|thoughts) on)\\s+(.+)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
      return "subject-not-in-their-passages";
    }

    @Override
    public Optional<Answer.Refusal> refuses(Question q, Ranking ranking) {
      if (q.person().isEmpty() || ranking.aboutPerson().isEmpty()) return Optional.empty();
      java.util.Set<String> theirs = new java.util.HashSet<>();
      for (String n : q.person().get().allNames()) theirs.addAll(words(n));
      theirs.addAll(words(q.personWords()));
      java.util.regex.Matcher topic = TOPIC.matcher(q.text());
      if (!topic.find()) return Optional.empty();
      java.util.Set<String> asked = words(topic.group(1));
      java.util.Set<String> subject = new java.util.HashSet<>(q.names());
      subject.removeIf(n -> theirs.containsAll(words(n)) || !asked.containsAll(words(n)));
      if (subject.isEmpty()) return Optional.empty();
      java.util.Set<String> said = new java.util.HashSet<>();
      for (int id : ranking.aboutPerson()) said.addAll(words(passageText.apply(id)));
      for (String name : subject) {
        if (!said.containsAll(words(name))) return Optional.of(Answer.Refusal.SPEAKER_NOT_QUOTED);
      }
      return Optional.empty();
    }
  }

  /**
   * A question asking what someone said whom the articles never name, in words they never use
   * ("what did the Pope say about it?"), is not answered: nothing in them can be that person's.
   * Only a name the question writes with capitals counts: "the spox" or "experts" may be the
   * article's "spokesperson" or "analysts" in other words.
   */
  final class UnknownSpeaker implements RefusalRule {
    private final java.util.function.Predicate<String> articlesUse;

    /** {@code articlesUse} tells whether the articles use a (lower-case) word. */
    UnknownSpeaker(java.util.function.Predicate<String> articlesUse) {
      this.articlesUse = articlesUse;
    }

    @Override
    public String name() {
      return "unknown-speaker";
    }

    @Override
    public Optional<Answer.Refusal> refuses(Question q, Ranking ranking) {
      if (!q.asksTheirWords() || q.person().isPresent()) return Optional.empty();
      java.util.Set<String> named = words(q.personWords());
      named.removeAll(dev.articlebot.knowledge.lexicon.NewsLexicon.FUNCTION_WORDS);
      named.retainAll(q.names());
      if (named.isEmpty() || named.stream().anyMatch(articlesUse)) return Optional.empty();
      return Optional.of(Answer.Refusal.SPEAKER_NOT_QUOTED);
    }
  }

  /** The lower-case words of {@code text}. */
  private static java.util.Set<String> words(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }
}
