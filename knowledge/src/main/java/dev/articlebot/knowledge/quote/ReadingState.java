package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What attribution carries from one paragraph to the next while an article is read: the last
 * statement, when the paragraph's last statement was a quotation or the paragraph ended with a
 * colon that introduces one (a paragraph that opens with a quotation of nobody named continues it;
 * after a paraphrase it does not, since a quotation line whose attribution was lost must not go to
 * whoever was reported last), and the quoted terms seen so far (a later fragment that repeats one,
 * like “great again” after “Make America Great Again”, is an echo of the term, not a quotation).
 */
final class ReadingState {

  private final List<String> terms = new ArrayList<>();
  private Attribution lastStatement;
  private Attribution lastSpeaker;

  /**
   * Who the previous paragraph last reported, by quotation or paraphrase: "she said" after a
   * quotation that opens the next paragraph goes on with them when the text settles nobody else.
   */
  Attribution lastSpeaker() {
    return lastSpeaker;
  }

  void lastSpeaker(Attribution attribution) {
    this.lastSpeaker = attribution;
  }

  Attribution lastStatement() {
    return lastStatement;
  }

  void lastStatement(Attribution attribution) {
    this.lastStatement = attribution;
  }

  void term(String words) {
    String key = key(words);
    if (!key.isEmpty()) terms.add(key);
  }

  /** True for a short fragment whose words all occur, in order, in an earlier quoted term. */
  boolean isEcho(String words) {
    String key = key(words);
    if (key.isEmpty() || key.split(" ").length > 6) return false;
    for (String term : terms) {
      if ((" " + term + " ").contains(" " + key + " ")) return true;
    }
    return false;
  }

  private static String key(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
