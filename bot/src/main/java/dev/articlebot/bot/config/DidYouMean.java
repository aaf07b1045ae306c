package dev.articlebot.bot.config;

import dev.articlebot.knowledge.quote.EditDistance;
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
      int d = EditDistance.between(n, k.toLowerCase(Locale.ROOT));
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
}
