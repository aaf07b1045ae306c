package dev.articlebot.bot.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest known name to a misspelt one, if it is close enough to be a typo. */
final class DidYouMean {
  private DidYouMean() {}

  static Optional<String> closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String n = name.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(n, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int allowed = Math.max(2, name.length() / 4);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  static String hint(String name, Collection<String> known) {
    return closest(name, known).map(k -> "; did you mean " + k + "?").orElse("");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
