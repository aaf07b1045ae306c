package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.lexicon.WordRarity;
import java.util.List;

/**
 * A sign, read off a question and its best passage, that the article may not answer it: a name it
 * never uses, a detail the passage does not give, a subject the person asked about never spoke of.
 * Each is one feature of the answer-or-refuse model ({@link Features#ANSWERABLE}, named "cue_" and
 * the cue's name), which learns from the corpus how much it weighs beside the others. Only a cue
 * the corpus shows to be almost never wrong also refuses on its own ({@link RefusalRule.WhenCue}).
 */
interface Cue {
  /** A short name; the feature is "cue_" and this. */
  String name();

  /**
   * Whether the sign shows for {@code q} with {@code top} as its best passage; {@code aboutPerson}
   * holds the passages about the person it asks about.
   */
  boolean shows(Question q, Candidate top, java.util.Set<Integer> aboutPerson);

  /**
   * A question asking what someone said or did about a named thing ("what did Ferrante say about
   * the Ashby red card?") is not answered when no passage about that person names it: the article
   * may write about both, but not about them on it. The thing is what follows "about", "on",
   * "regarding" and the like; only the names in it count.
   */
  final class SubjectNotInTheirPassages implements Cue {
    /** What a question asks someone's words on: the rest of it after "about", "on", …. */
    private static final java.util.regex.Pattern TOPIC =
        java.util.regex.Pattern.compile(
            "\\b(?:about|regarding|concerning|on the (?:topic|subject|issue) of|discuss|discussed"
                + "|mention|mentioned|bring up|brought up|comment on|commented on"
                + "|(?:take|view|views|position|stance|opinion|thoughts) on)\\s+(.+)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final dev.articlebot.knowledge.index.PassageIndex index;
    private final WordRarity english;

    SubjectNotInTheirPassages(
        dev.articlebot.knowledge.index.PassageIndex index, WordRarity english) {
      this.index = index;
      this.english = english;
    }

    @Override
    public String name() {
      return "subject-not-in-their-passages";
    }

    /**
     * Refuses when a name in what is asked, or its least common English word ("climate" in "climate
     * change"), is in none of the person's passages.
     */
    @Override
    public boolean shows(Question q, Candidate top, java.util.Set<Integer> aboutPerson) {
      if (q.person().isEmpty() || aboutPerson.isEmpty()) return false;
      java.util.regex.Matcher topic = TOPIC.matcher(q.text());
      if (!topic.find()) return false;
      java.util.Set<String> theirs = new java.util.HashSet<>();
      for (String n : q.person().get().allNames()) theirs.addAll(words(n));
      theirs.addAll(words(q.personWords()));
      java.util.Set<String> asked = words(topic.group(1));
      asked.removeAll(theirs);
      asked.removeAll(dev.articlebot.knowledge.lexicon.NewsLexicon.FUNCTION_WORDS);
      if (asked.isEmpty()) return false;
      java.util.Set<String> said = new java.util.HashSet<>();
      java.util.Set<String> saidTerms = new java.util.HashSet<>();
      for (int id : aboutPerson) {
        said.addAll(words(index.passages().get(id).text()));
        saidTerms.addAll(index.terms(id));
      }
      for (String name : q.names()) {
        java.util.Set<String> w = words(name);
        if (asked.containsAll(w) && !said.containsAll(w)) {
          return true;
        }
      }
      String rarest = null;
      for (String w : asked) {
        if (index.analysis().terms(w).isEmpty()) continue;
        if (rarest == null || english.rank(w) > english.rank(rarest)) rarest = w;
      }
      if (rarest == null) return false;
      java.util.List<String> stems = index.analysis().terms(rarest);
      return !saidTerms.containsAll(stems);
    }
  }

  /**
   * A question asking what someone said whom the articles never name, in words they never use
   * ("what did the Pope say about it?"), is not answered: nothing in them can be that person's.
   * Only a name the question writes with capitals counts: "the spox" or "experts" may be the
   * article's "spokesperson" or "analysts" in other words.
   */
  final class UnknownSpeaker implements Cue {
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
    public boolean shows(Question q, Candidate top, java.util.Set<Integer> aboutPerson) {
      if (!q.asksTheirWords() || q.person().isPresent()) return false;
      java.util.Set<String> named = words(q.personWords());
      named.removeAll(dev.articlebot.knowledge.lexicon.NewsLexicon.FUNCTION_WORDS);
      named.retainAll(q.names());
      if (named.isEmpty() || named.stream().anyMatch(articlesUse)) return false;
      return true;
    }
  }

  /**
   * A question naming something the articles never mention ("when were the Geneva talks?", "did
   * they discuss TikTok?") asks about another event, place or body than theirs, however close its
   * other words read to a passage ({@link UnknownNames} says what counts as a name).
   */
  final class UnknownName implements Cue {
    private final UnknownNames names;

    UnknownName(UnknownNames names) {
      this.names = names;
    }

    @Override
    public String name() {
      return "unknown-name";
    }

    @Override
    public boolean shows(Question q, Candidate top, java.util.Set<Integer> aboutPerson) {
      java.util.Set<String> known = new java.util.HashSet<>();
      if (q.person().isPresent()) known.addAll(words(q.personWords()));
      return names.firstIn(q.text(), known).isPresent();
    }
  }

  /**
   * A question asking for a detail the text must spell out (a duration, a count, a sum, a date, a
   * month, a year, a person who led something: {@link AnswerType}) is answered only by a passage
   * that gives one, in the sentence about what it is asked of: one using the question's rarest word
   * that the passage uses, the next one if it refers back to that one, or one reading nearly as
   * close to the question as the passage's best sentence. "How long did the phone call last?" is
   * not answered by "They had a phone call in September."
   */
  final class DetailNotGiven implements Cue {
    /** How much less close than the best sentence another may read and still be about it. */
    private static final double SENTENCE_SLACK = 0.05;

    /** How near, in words, a person answering "who led…?" must be named to the rarest word. */
    private static final int PERSON_WINDOW = 15;

    /** A pronoun that carries the subject of the sentence before on. */
    private static final java.util.regex.Pattern REFERS_BACK =
        java.util.regex.Pattern.compile(
            "\\b(?:it|its|they|them|their|this|these|he|him|his|she|her)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final dev.articlebot.knowledge.index.PassageIndex index;

    DetailNotGiven(dev.articlebot.knowledge.index.PassageIndex index) {
      this.index = index;
    }

    @Override
    public String name() {
      return "detail-not-given";
    }

    @Override
    public boolean shows(Question q, Candidate top, java.util.Set<Integer> aboutPerson) {
      AnswerType type = q.detail();
      if (type.kind() == AnswerType.Kind.NONE) return false;
      return !gives(q, type, top);
    }

    private boolean gives(Question q, AnswerType type, Candidate top) {
      if (!type.satisfiedBy(top.passage().text())) return false;
      var analysis = index.analysis();
      java.util.Set<String> used = analysis.termSet(AnswerType.subjectOf(q.searched()));
      used.retainAll(index.terms(top.passage().id()));
      java.util.Set<String> rarest = index.rarestOf(used);
      if (rarest.isEmpty()) return true;
      var sentences = top.passage().paragraph().sentences();
      double best = top.bestSentenceCosine();
      boolean previousNames = false;
      for (int i = 0; i < sentences.size(); i++) {
        String sentence = sentences.get(i).text();
        boolean names = analysis.termSet(sentence).stream().anyMatch(rarest::contains);
        boolean about =
            names
                || (previousNames && REFERS_BACK.matcher(sentence).find())
                || top.sentenceCosines()[i] >= best - SENTENCE_SLACK;
        boolean gives =
            names
                ? type.namesPersonNear(
                    sentence,
                    w -> {
                      List<String> t = analysis.terms(w);
                      return !t.isEmpty() && rarest.contains(t.get(0));
                    },
                    PERSON_WINDOW)
                : type.satisfiedBy(sentence);
        if (about && gives) return true;
        previousNames = names;
      }
      return false;
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
