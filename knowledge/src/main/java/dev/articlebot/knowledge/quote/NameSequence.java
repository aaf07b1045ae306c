package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.List;

/**
 * A run of capitalised words in the narrative that may name a person: "Ruritanian President Han
 * Jie", "Lim’s", "C. Ivo Grant".
 *
 * @param first index of the first token, titles included
 * @param nameFirst index of the first token of the name proper, after any titles
 * @param end index after the last token
 * @param titles the title words before the name ("Chinese", "President"), possibly empty
 * @param words the name words ("Han", "Jie"), possessive "’s" removed, never empty
 * @param possessive whether the last word carried a possessive "’s"
 * @param nickname a nickname in quotation marks inside the name (Robert “Bobby” Tan gives "Bobby"),
 *     or ""
 */
record NameSequence(
    int first,
    int nameFirst,
    int end,
    List<String> titles,
    List<String> words,
    boolean possessive,
    String nickname) {

  NameSequence {
    titles = List.copyOf(titles);
    words = List.copyOf(words);
    if (words.isEmpty()) throw new IllegalArgumentException("a name has words");
    nickname = nickname == null ? "" : nickname;
  }

  /** "Han Jie". */
  String name() {
    return String.join(" ", words);
  }

  /** "President Han", or the name when there is no title. */
  String surface() {
    if (titles.isEmpty()) return name();
    return String.join(" ", titles) + " " + name();
  }

  /** The title right before the name ("President"), or "". */
  String title() {
    for (int i = titles.size() - 1; i >= 0; i--) {
      if (NewsLexicon.isTitle(titles.get(i))) return titles.get(i);
    }
    return "";
  }

  /** False when a word marks it as a place, an organisation or a date. */
  boolean couldBePerson() {
    for (String w : words) {
      if (NewsLexicon.notPerson(w) || NewsLexicon.isFunctionWord(w)) return false;
    }
    return true;
  }
}
