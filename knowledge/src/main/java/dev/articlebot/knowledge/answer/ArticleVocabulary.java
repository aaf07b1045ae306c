package dev.articlebot.knowledge.answer;

import java.util.HashSet;
import java.util.Set;

/**
 * The stemmed words the articles use. A question word counts as known when the articles use it, or
 * a near spelling of it (one typo, "tarrifs"; British spelling, "defence"; a longer form of the
 * same stem, "americans" for "america").
 */
final class ArticleVocabulary {
  /** How many answers about words the articles lack are remembered; then the memory starts over. */
  private static final int REMEMBERED = 10_000;

  private final Set<String> stems;

  /** Answers for words the articles lack: looking for a near spelling reads every stem. */
  private final java.util.concurrent.ConcurrentHashMap<String, Boolean> near =
      new java.util.concurrent.ConcurrentHashMap<>();

  ArticleVocabulary(Set<String> stems) {
    this.stems = Set.copyOf(stems);
  }

  boolean knows(String stem) {
    if (stems.contains(stem)) return true;
    Boolean known = near.get(stem);
    if (known != null) return known;
    if (near.size() >= REMEMBERED) near.clear();
    boolean found = nearSpelling(stem);
    near.put(stem, found);
    return found;
  }

  private boolean nearSpelling(String stem) {
    if (stem.chars().allMatch(Character::isDigit)) return false;
    for (String s : stems) {
      if (Math.abs(s.length() - stem.length()) > 2) continue;
      if (stem.length() >= 5 && s.length() >= 5 && withinOneEdit(stem, s)) return true;
      int common = commonPrefix(stem, s);
      if (common >= 6 || (common >= 5 && common == Math.min(stem.length(), s.length()))) {
        return true;
      }
    }
    return false;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    return i;
  }

  /** True when one insertion, deletion or substitution turns a into b. */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) return true;
    if (Math.abs(a.length() - b.length()) > 1) return false;
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
    if (longer.length() == shorter.length()) {
      return longer.substring(i + 1).equals(shorter.substring(i + 1));
    }
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  static ArticleVocabulary of(Iterable<Set<String>> termSets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : termSets) all.addAll(s);
    return new ArticleVocabulary(all);
  }
}
