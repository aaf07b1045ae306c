package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences. Rule-based and tuned for news prose: it keeps initials ("C.
 * Fred Bergsten"), abbreviations ("U.S.", "Jan. 1", "Dr."), dates glued to abbreviations ("Jan.1"),
 * closing quotes and brackets after the full stop, and attributions that follow a quotation
 * ("…end.” Gao said").
 */
public final class SentenceSplitter {

  /**
   * Words written with a full stop that ends no sentence: the titles ({@link
   * NewsLexicon#TITLE_ABBREVIATIONS}), months and weekdays of the lexicon, and these.
   */
  private static final Set<String> ABBREVIATIONS = abbreviations();

  private static Set<String> abbreviations() {
    Set<String> out =
        new java.util.HashSet<>(
            Set.of(
                "sr", "jr", "mt", "cmdr", "maj", "pres", "hon", "amb", "supt", "no", "nos", "vol",
                "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "assn", "bros", "est",
                "approx", "fig", "ed", "eds", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m",
                "p.m", "ph.d", "d.c"));
    for (String t : NewsLexicon.TITLE_ABBREVIATIONS.keySet()) out.add(t.toLowerCase(Locale.ROOT));
    out.addAll(NewsLexicon.MONTH_ABBREVIATIONS);
    out.addAll(NewsLexicon.WEEKDAY_ABBREVIATIONS);
    return Set.copyOf(out);
  }

  /** Abbreviations that stand before a figure: "No. 5", "Nos. 3 and 4", "Vol. 2", "Fig. 1". */
  private static final Set<String> BEFORE_FIGURES = Set.of("no", "nos", "vol", "fig");

  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«";

  /** The sentences of {@code text}, with offsets into it. Never empty for non-blank text. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!' || c == '…') {
        int end = i + 1;
        while (end < n
            && (isTerminal(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        if (isBoundary(text, start, i, end)) {
          add(out, text, start, end);
          start = skipSpace(text, end);
          i = start;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    if (start < n) add(out, text, start, n);
    return out;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '…';
  }

  private boolean isBoundary(String text, int sentenceStart, int mark, int end) {
    int n = text.length();
    if (end >= n) return true;
    if (!isSpace(text.charAt(end))) return false; // "Jan.1", "3.5", "guancha.cn"
    int next = skipSpace(text, end);
    if (next >= n) return true;
    char nc = text.charAt(next);
    boolean opensSentence =
        Character.isUpperCase(nc) || Character.isDigit(nc) || OPENERS.indexOf(nc) >= 0;
    if (!opensSentence) return false;
    if (text.charAt(mark) == '.') {
      String word = wordBefore(text, sentenceStart, mark);
      // "No. 5", "Vol. 3": a number's abbreviation before a figure; "they will vote no. The …"
      // ends a sentence
      boolean numbered = BEFORE_FIGURES.contains(word.toLowerCase(Locale.ROOT));
      if (isAbbreviation(word) && !(numbered && !Character.isDigit(nc))) return false;
    }
    return !quoteThenAttribution(text, mark, end, next);
  }

  /** The token before the full stop at {@code mark}, e.g. "C", "U.S", "Jan". */
  private static String wordBefore(String text, int from, int mark) {
    int j = mark;
    while (j > from && !isSpace(text.charAt(j - 1)) && OPENERS.indexOf(text.charAt(j - 1)) < 0) {
      j--;
    }
    return text.substring(j, mark);
  }

  private static boolean isAbbreviation(String word) {
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true; // an initial
    String w = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(w)) return true;
    // dotted initialisms such as "U.S" or "D.C"
    return w.matches("(\\p{L}\\.)+\\p{L}");
  }

  /**
   * "…to the end.” Gao said in …": a quotation closed by a full stop and followed by its
   * attribution stays one sentence with it; "…children.” He added: “…”" is two, the colon opening a
   * quotation of its own.
   */
  private static boolean quoteThenAttribution(String text, int mark, int end, int next) {
    boolean closedQuote = false;
    for (int k = mark + 1; k < end; k++) {
      char c = text.charAt(k);
      if (c == '”' || c == '"' || c == '’') closedQuote = true;
    }
    if (!closedQuote) return false;
    String rest = text.substring(next, Math.min(text.length(), next + 60));
    Matcher m = ATTRIBUTION.matcher(rest);
    if (!m.lookingAt() && text.charAt(mark) != '.') m = AGED_ATTRIBUTION.matcher(rest);
    if (!m.lookingAt() || !NewsLexicon.isFiniteSpeechVerb(m.group(1))) return false;
    // "He added: “…”" introduces a quotation of its own: a new sentence
    return !rest.substring(m.end()).stripLeading().startsWith(":");
  }

  /** A speaker's name: up to three capitalised words. */
  private static final String NAME = "[A-Z][\\p{L}’'-]+(?: [A-Z][\\p{L}’'-]+){0,2}";

  /** A speaker ("he", "she", "they", a name), then a word. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile("(?:he|she|they|" + NAME + ") (\\p{L}+)\\b");

  /**
   * The same with the speaker's age ("Brandvold, 29, said"), after a quoted question or exclamation
   * only: after a full stop, "Ruth Abey, 51, said the plant …" opens a sentence of its own.
   */
  private static final Pattern AGED_ATTRIBUTION =
      Pattern.compile(NAME + ", \\d{1,3}, (\\p{L}+)\\b");

  private static void add(List<Sentence> out, String text, int start, int end) {
    int e = end;
    while (e > start && isSpace(text.charAt(e - 1))) e--;
    if (e > start) out.add(new Sentence(out.size(), text.substring(start, e), start, e));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) i++;
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
