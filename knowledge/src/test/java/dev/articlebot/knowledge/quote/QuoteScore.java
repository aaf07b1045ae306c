package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * How well the quotes found in one article agree with its gold quotes.
 *
 * <p>Matching rule: a found quote matches a gold quote when they are in the same paragraph, of the
 * same kind, and their texts are nearly the same: after normalising (lower case, quotation marks
 * and apostrophes removed, white space collapsed, punctuation trimmed from both ends) one text
 * contains the other and the shorter has at least half as many tokens as the longer ({@link
 * #MIN_LENGTH_RATIO}), or at least 80 % of the tokens of the longer one are shared with the other
 * (token overlap ≥ 0.8). A one-word fragment of a long gold quote does not match it. A report that
 * coordinates two ("said A, and that B") matches as a whole or by either part, as gold writers
 * record it either way.
 *
 * <p>A found quote is <em>right</em> when it matches a gold quote of the same speaker, <em>wrongly
 * attributed</em> when it matches gold quotes only of other speakers or only quotes the gold gives
 * to nobody ({@link NewsGold.GoldQuote#nobodys()}: a person was named for words the text gives to
 * no one), and <em>spurious</em> when it matches none (a scare quote, a clause that is nobody's
 * speech).
 *
 * @param gold gold quotes with a speaker
 * @param recalled gold quotes found with the right speaker
 * @param found quotes found
 * @param right found quotes that match a gold quote with the same speaker
 * @param wrong found quotes that match gold quotes only of other speakers
 * @param spurious found quotes that match no gold quote
 * @param lookups gold lookups asked
 * @param lookupsRight lookups that found exactly the gold speaker
 * @param notPeopleListed names from the gold's not-people list that were listed as people
 * @param problems one line per miss, wrong attribution, spurious quote and wrong lookup
 */
record QuoteScore(
    String article,
    int gold,
    int recalled,
    int found,
    int right,
    int wrong,
    int spurious,
    int lookups,
    int lookupsRight,
    List<String> notPeopleListed,
    List<String> problems) {

  /** Same speaker: the gold name, or one of that gold person's names of two or more words. */
  interface SameSpeaker {
    boolean test(String goldSpeaker, String foundSpeaker);
  }

  double recall() {
    return gold == 0 ? 1.0 : (double) recalled / gold;
  }

  double precision() {
    return found == 0 ? 1.0 : (double) right / found;
  }

  double lookupAccuracy() {
    return lookups == 0 ? 1.0 : (double) lookupsRight / lookups;
  }

  /** Scores {@code found} against {@code gold}. */
  static QuoteScore of(
      String article,
      List<NewsGold.GoldQuote> gold,
      List<Quote> found,
      BiPredicate<NewsGold.GoldQuote, Quote> sameText,
      SameSpeaker sameSpeaker,
      int lookups,
      List<String> lookupProblems,
      List<String> notPeopleListed) {
    List<String> problems = new ArrayList<>();
    int recalled = 0;
    List<NewsGold.GoldQuote> named = gold.stream().filter(g -> !g.nobodys()).toList();
    for (NewsGold.GoldQuote g : named) {
      List<Quote> same = found.stream().filter(q -> sameText.test(g, q)).toList();
      if (same.stream().anyMatch(q -> sameSpeaker.test(g.speaker(), q.speakerName()))) {
        recalled++;
      } else if (same.isEmpty()) {
        problems.add(
            "missed   ¶"
                + g.paragraph()
                + " "
                + g.kind()
                + " "
                + g.speaker()
                + ": "
                + cut(g.text()));
      } else {
        problems.add(
            "missed   ¶"
                + g.paragraph()
                + " (given to "
                + same.get(0).speakerName()
                + ") "
                + cut(g.text()));
      }
    }
    int right = 0;
    int wrong = 0;
    int spurious = 0;
    for (Quote q : found) {
      List<NewsGold.GoldQuote> same = gold.stream().filter(g -> sameText.test(g, q)).toList();
      if (same.stream()
          .anyMatch(g -> !g.nobodys() && sameSpeaker.test(g.speaker(), q.speakerName()))) {
        right++;
      } else if (!same.isEmpty()) {
        wrong++;
        problems.add(
            "WRONG    ¶"
                + q.paragraph()
                + " "
                + q.kind()
                + " "
                + q.speakerName()
                + " (gold "
                + (same.get(0).nobodys() ? "nobody named" : same.get(0).speaker())
                + "): "
                + cut(q.text()));
      } else {
        spurious++;
        problems.add(
            "spurious ¶"
                + q.paragraph()
                + " "
                + q.kind()
                + " "
                + q.speakerName()
                + ": "
                + cut(q.text()));
      }
    }
    problems.addAll(lookupProblems);
    for (String n : notPeopleListed) problems.add("listed as a person: " + n);
    return new QuoteScore(
        article,
        named.size(),
        recalled,
        found.size(),
        right,
        wrong,
        spurious,
        lookups,
        lookups - lookupProblems.size(),
        List.copyOf(notPeopleListed),
        List.copyOf(problems));
  }

  private static String cut(String s) {
    return s.length() <= 90 ? s : s.substring(0, 87) + "...";
  }

  /** The shortest a text may be, in tokens, against the one containing it, to match it. */
  static final double MIN_LENGTH_RATIO = 0.5;

  /** The matching rule of the class comment. */
  static boolean overlaps(NewsGold.GoldQuote g, Quote q) {
    return g.paragraph() == q.paragraph() && sameText(g, q);
  }

  /** The matching rule of the class comment, paragraphs aside. */
  static boolean sameText(NewsGold.GoldQuote g, Quote q) {
    if (g.kind() != q.kind()) return false;
    String a = normalize(g.text());
    String b = normalize(q.text());
    if (a.isEmpty() || b.isEmpty()) return false;
    if (g.kind() == QuoteKind.PARAPHRASE) {
      for (String ga : reports(a)) {
        for (String qb : reports(b)) {
          if (sameNormalised(ga, qb)) return true;
        }
      }
      return false;
    }
    return sameNormalised(a, b);
  }

  /**
   * A report and the reports it coordinates: "said A, and that B" is read as one report by some
   * writers and as two by others, so either reading matches.
   */
  private static List<String> reports(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    String[] parts = text.split(",? and that ");
    if (parts.length > 1) out.addAll(List.of(parts));
    return out;
  }

  private static boolean sameNormalised(String a, String b) {
    int la = tokens(a).size();
    int lb = tokens(b).size();
    boolean comparable = Math.min(la, lb) >= MIN_LENGTH_RATIO * Math.max(la, lb);
    if (comparable && (a.contains(b) || b.contains(a))) return true;
    return tokenOverlap(a, b) >= 0.8;
  }

  /** Lower case, quotation marks and apostrophes removed, spaces collapsed, ends trimmed. */
  static String normalize(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("[“”\"‘’'„«»]", "");
    t = t.replaceAll("\\s+", " ").strip();
    return t.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
  }

  /** Shared tokens (with multiplicity) over the token count of the longer text. */
  static double tokenOverlap(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    Map<String, Integer> counts = new HashMap<>();
    for (String t : ta) counts.merge(t, 1, Integer::sum);
    int shared = 0;
    for (String t : tb) {
      Integer n = counts.get(t);
      if (n != null && n > 0) {
        shared++;
        counts.put(t, n - 1);
      }
    }
    return (double) shared / Math.max(ta.size(), tb.size());
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (String t : s.split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }
}
