package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.Locale;

/**
 * A word, a punctuation mark, or a whole quoted passage in a paragraph.
 *
 * @param kind what it is
 * @param text the characters, verbatim (a quoted passage includes its marks)
 * @param start offset in the paragraph text
 * @param end offset after it
 * @param sentence index of the narrative sentence it belongs to (sentence breaks inside a quoted
 *     passage do not count)
 * @param span index of the quoted passage for {@link Kind#QUOTE}, otherwise -1
 */
record Token(Kind kind, String text, int start, int end, int sentence, int span) {

  enum Kind {
    WORD,
    PUNCT,
    QUOTE
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isQuote() {
    return kind == Kind.QUOTE;
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  /** Lower-case text, for matching against word lists. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean is(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** Whether it is "a", "an" or "the". */
  boolean isArticle() {
    return kind == Kind.WORD && NewsLexicon.ARTICLES.contains(lower());
  }

  boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** "US", "APEC": all capitals, two or more letters. */
  boolean acronym() {
    if (kind != Kind.WORD || text.length() < 2) return false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
    }
    return true;
  }

  /** "Lim’s" -> "Lim"; other words unchanged. */
  String withoutPossessive() {
    if (possessive()) return text.substring(0, text.length() - 2);
    return text;
  }

  boolean possessive() {
    int n = text.length();
    return kind == Kind.WORD
        && n > 2
        && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S')
        && (text.charAt(n - 2) == '’' || text.charAt(n - 2) == '\'');
  }
}
