package dev.articlebot.knowledge.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a quoted answer holds a gold answer, compared as SQuAD's own scorer normalises text: in
 * lower case, without punctuation, articles ("a", "an", "the") or extra spaces.
 */
public final class GoldAnswers {
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
  private static final Pattern ARTICLES = Pattern.compile("\\b(?:a|an|the)\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private GoldAnswers() {}

  /** Whether {@code text} holds one of {@code answers} (answers that normalise to "" never do). */
  public static boolean holds(String text, List<String> answers) {
    String padded = " " + normalise(text) + " ";
    for (String a : answers) {
      String n = normalise(a);
      if (!n.isEmpty() && padded.contains(" " + n + " ")) return true;
    }
    return false;
  }

  static String normalise(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = PUNCTUATION.matcher(t).replaceAll(" ");
    t = ARTICLES.matcher(t).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }
}
