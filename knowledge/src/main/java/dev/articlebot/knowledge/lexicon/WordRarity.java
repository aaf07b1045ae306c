package dev.articlebot.knowledge.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How common an English word is, from the BERT word-piece vocabulary that ships with the embedding
 * model: its entries are ordered by frequency, so the position of a whole word is a usable
 * frequency rank. Words it lacks are rare.
 */
public final class WordRarity {
  public static final String RESOURCE = "bert-vocabulary-en.txt";
  private static final int RARE = 1_000_000;

  private final Map<String, Integer> ranks;

  private WordRarity(Map<String, Integer> ranks) {
    this.ranks = ranks;
  }

  /** The ranks from the bundled vocabulary, read once. */
  public static WordRarity english() {
    return English.RARITY;
  }

  private static final class English {
    static final WordRarity RARITY = load();
  }

  private static WordRarity load() {
    Map<String, Integer> ranks = new HashMap<>();
    try (InputStream in = WordRarity.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int i = 0;
        while ((line = r.readLine()) != null) {
          if (!line.startsWith("[") && !line.startsWith("##")) ranks.putIfAbsent(line, i);
          i++;
        }
      }
    } catch (IOException e) {
      ranks.clear(); // without ranks every word counts as rare: the checks get stricter, not wrong
    }
    return new WordRarity(ranks);
  }

  /** Whether the vocabulary lacks the word: not an English word, or a very rare one. */
  public boolean isUnknown(String word) {
    return !ranks.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code word}, in lower case, is an English word of the vocabulary, itself or as the
   * stem of a plural, past, "-ing", "-ly" or "-er" form ("relocations", "delaying").
   */
  public boolean isWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (ranks.containsKey(w)) return true;
    for (String[] form : INFLECTIONS) {
      if (w.length() > form[0].length() + 2
          && w.endsWith(form[0])
          && ranks.containsKey(w.substring(0, w.length() - form[0].length()) + form[1])) {
        return true;
      }
    }
    return false;
  }

  /** An ending and what replaces it in the stem. */
  private static final String[][] INFLECTIONS = {
    {"s", ""},
    {"es", ""},
    {"ies", "y"},
    {"ed", ""},
    {"ed", "e"},
    {"d", ""},
    {"ing", ""},
    {"ing", "e"},
    {"ly", ""},
    {"er", ""},
    {"ers", ""}
  };

  /** Frequency rank, lower is more common; unknown words rank last. */
  public int rank(String word) {
    return ranks.getOrDefault(word.toLowerCase(Locale.ROOT), RARE);
  }
}
