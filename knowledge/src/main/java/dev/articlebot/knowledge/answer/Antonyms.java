package dev.articlebot.knowledge.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English words of opposite meaning ("most" and "least", "before" and "after"), from {@link
 * #RESOURCE}. A question using one where the text it is checked against uses the other, and not the
 * word itself, asks about something the text does not say.
 */
final class Antonyms {
  static final String RESOURCE = "lexicon/antonyms.txt";

  private final Map<String, Set<String>> opposites;

  private Antonyms(Map<String, Set<String>> opposites) {
    this.opposites = opposites;
  }

  static Antonyms english() {
    return English.ANTONYMS;
  }

  private static final class English {
    static final Antonyms ANTONYMS = load();
  }

  private static Antonyms load() {
    Map<String, Set<String>> map = new HashMap<>();
    try (InputStream in = Antonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] pair = line.strip().split("\\s+");
        if (pair.length != 2) continue;
        map.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
        map.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Antonyms(Map.copyOf(map));
  }

  /**
   * Whether one of {@code asked} (lower-case words) is missing from {@code text} (its lower-case
   * words) while a word of opposite meaning is there.
   */
  boolean opposed(Set<String> asked, Set<String> text) {
    for (String w : asked) {
      if (text.contains(w)) continue;
      for (String o : opposites.getOrDefault(w, Set.of())) if (text.contains(o)) return true;
    }
    return false;
  }
}
