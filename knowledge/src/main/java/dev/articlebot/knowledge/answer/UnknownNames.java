package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Names a question capitalises that the articles never use ("when did the <b>Geneva</b> talks
 * happen?", "did they discuss the war in <b>Ukraine</b>?"). Such a question is about another event,
 * place or body than the article's, however close its other words read to a passage.
 *
 * <p>Only words written with a capital inside a sentence count: the first word of a sentence, words
 * in capitals ("NATO", "US"), and questions written in title case say nothing about names. A near
 * spelling of an article's word ("Xinpo", "American" for "America") counts as known, and so does a
 * name of several words when one of them is known ("Truth Social" may be the article's "social
 * media").
 */
final class UnknownNames {
  /** Where a sentence ends: not at the full stop of an initial ("U.S. Defense Secretary"). */
  private static final Pattern BOUNDARY = Pattern.compile("[?!;:]+|(?<!\\b\\p{L})\\.+(?=\\s|$)");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{N}'’-]*\\p{Ll}.*");

  /**
   * Days of the week and months, however shortened, name a time, not a thing: the reader may know
   * the day of an event the article dates ("Thursday's meeting") or write "Oct 31" for "October
   * 31".
   */
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct"
              + "|Nov|Dec)(?:['’]s)?",
          Pattern.CASE_INSENSITIVE);

  /** A question with at least this share of its words capitalised is written in title case. */
  private static final double TITLE_CASE_SHARE = 0.6;

  private final TextAnalysis analysis;
  private final ArticleVocabulary vocabulary;
  private final Predicate<String> namesSomeone;

  /**
   * Names known to {@code vocabulary}, or for which {@code namesSomeone} holds (a title or alias of
   * someone in the articles).
   */
  UnknownNames(
      TextAnalysis analysis, ArticleVocabulary vocabulary, Predicate<String> namesSomeone) {
    this.analysis = analysis;
    this.vocabulary = vocabulary;
    this.namesSomeone = namesSomeone;
  }

  /**
   * The first name in {@code question} the articles never use, leaving out {@code known} stems (a
   * title the quote book resolved, "the Pentagon chief").
   */
  Optional<String> firstIn(String question, Set<String> known) {
    List<List<String>> sentences =
        BOUNDARY
            .splitAsStream(question)
            .map(s -> WORD.matcher(s).results().map(MatchResult::group).toList())
            .filter(words -> !words.isEmpty())
            .toList();
    long words = sentences.stream().mapToLong(List::size).sum();
    long capitalised =
        sentences.stream().flatMap(List::stream).filter(w -> NAME.matcher(w).matches()).count();
    if (words == 0 || capitalised >= TITLE_CASE_SHARE * words) return Optional.empty();
    for (List<String> sentence : sentences) {
      List<String> name = new ArrayList<>();
      for (String word : sentence.subList(1, sentence.size())) {
        boolean capital = NAME.matcher(word).matches() && !WEEKDAY.matcher(word).matches();
        if (capital) name.add(word);
        if (!name.isEmpty() && (!capital || POSSESSIVE.matcher(word).find())) {
          if (!knowsAnyOf(name, known)) return Optional.of(String.join(" ", name));
          name.clear();
        }
      }
      if (!name.isEmpty() && !knowsAnyOf(name, known)) return Optional.of(String.join(" ", name));
    }
    return Optional.empty();
  }

  /** Whether the name names someone, or the articles use a word of it. */
  private boolean knowsAnyOf(List<String> name, Set<String> known) {
    boolean content = false;
    for (String word : name) {
      for (String stem : analysis.terms(POSSESSIVE.matcher(word).replaceAll(""))) {
        content = true;
        if (known.contains(stem) || vocabulary.knows(stem)) return true;
      }
    }
    // "The", "What": no name at all. The quote book last, as its lookup is the slowest.
    return !content || namesSomeone.test(String.join(" ", name));
  }
}
