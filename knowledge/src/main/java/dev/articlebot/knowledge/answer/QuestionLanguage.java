package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.lexicon.WordRarity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a question is written in English, the one language the embedding model reads. A question
 * in another language can still share names with the article ("¿Qué dijo Wu Xinbo?"), and those
 * names alone pull it towards some passage; the honest reply is that the bot reads English only.
 *
 * <p>A question reads as another language when most of its letters are in another script, or when
 * it has at least three words, none of them an English function word ("what", "the", "did"), and at
 * least two that are neither English nor the article's ("dijo", "getroffen"). English keywords ("xi
 * trump busan when") and typos the article's vocabulary forgives stay English.
 */
final class QuestionLanguage {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int FEWEST_WORDS = 3;
  private static final int FOREIGN_WORDS = 2;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          ("what whats who whom whose when where why how which is are was were be been do "
                  + "does did done has have had can could will would should may might must the a an "
                  + "of to in on at by for with about from into and or but not no yes it its this "
                  + "that these those there they them their he his him she her we our you your i me "
                  + "my any anything some all after before between s tell say said please than then "
                  + "so if as up out over ")
              .strip()
              .split(" "));

  private final WordRarity english;
  private final ArticleVocabulary article;
  private final dev.articlebot.knowledge.index.TextAnalysis analysis;

  QuestionLanguage(
      WordRarity english,
      ArticleVocabulary article,
      dev.articlebot.knowledge.index.TextAnalysis analysis) {
    this.english = english;
    this.article = article;
    this.analysis = analysis;
  }

  boolean readsAsEnglish(String question) {
    int letters = 0;
    int latin = 0;
    for (int cp : question.codePoints().toArray()) {
      if (!Character.isLetter(cp)) continue;
      letters++;
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) latin++;
    }
    if (letters > 0 && latin * 2 < letters) return false;
    List<String> words =
        WORD.matcher(question.toLowerCase(Locale.ROOT))
            .results()
            .map(java.util.regex.MatchResult::group)
            .toList();
    if (words.size() < FEWEST_WORDS || words.stream().anyMatch(FUNCTION_WORDS::contains)) {
      return true;
    }
    long foreign = words.stream().filter(w -> !known(w)).count();
    return foreign < FOREIGN_WORDS;
  }

  private boolean known(String word) {
    if (!english.isUnknown(word)) return true;
    List<String> stems = analysis.terms(word);
    return stems.isEmpty() || stems.stream().allMatch(article::knows);
  }
}
