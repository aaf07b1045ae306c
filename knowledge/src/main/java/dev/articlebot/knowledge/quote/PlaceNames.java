package dev.articlebot.knowledge.quote;

import java.util.Locale;
import java.util.Map;

/**
 * One name per country for the words news writing uses for it: its adjective ("American",
 * "Chinese"), abbreviations ("U.S."), and its capital standing for its government ("Beijing's
 * foreign ministry", "Washington's position"). Role lookup and the answer check both compare places
 * through it, so "the American president" is the "US President".
 */
public final class PlaceNames {
  private static final Map<String, String> CANONICAL =
      Map.ofEntries(
          Map.entry("american", "us"),
          Map.entry("america", "us"),
          Map.entry("u.s.", "us"),
          Map.entry("u.s", "us"),
          Map.entry("usa", "us"),
          Map.entry("washington", "us"),
          Map.entry("chinese", "china"),
          Map.entry("beijing", "china"),
          Map.entry("british", "uk"),
          Map.entry("britain", "uk"),
          Map.entry("london", "uk"),
          Map.entry("french", "france"),
          Map.entry("paris", "france"),
          Map.entry("german", "germany"),
          Map.entry("berlin", "germany"),
          Map.entry("japanese", "japan"),
          Map.entry("tokyo", "japan"),
          Map.entry("korean", "korea"),
          Map.entry("seoul", "korea"),
          Map.entry("russian", "russia"),
          Map.entry("moscow", "russia"),
          Map.entry("dutch", "netherlands"));

  private PlaceNames() {}

  /** The country a word names ("american" -> "us"), or the word itself, in lower case. */
  public static String canonical(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CANONICAL.getOrDefault(w, w);
  }

  /** Whether the word is one of the names this lexicon knows, as written or as canonical. */
  public static boolean isPlace(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CANONICAL.containsKey(w) || CANONICAL.containsValue(w);
  }

  /** The text with "United States" read as one word, ready to split and canonicalise. */
  public static String joinMultiWordNames(String lowerCaseText) {
    return lowerCaseText.replace("united states", "us");
  }
}
