package dev.articlebot.knowledge.phrase;

import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.article.SentenceSplitter;
import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's reply against the passages it was given, before anyone sees it. It passes only
 * when every sentence cites at least one passage it was given ([¶N]), and every number, date
 * (month, weekday, year), capitalised name and quotation in the sentence appears in a passage that
 * sentence cites (quotations verbatim, up to quotation-mark style, spacing, closing punctuation and
 * the case of their first letter). A capitalised word opening a sentence counts as a name unless it
 * is a common sentence opener ("The", "According") or the cited passage uses it.
 */
public final class Guard {
  /** One or more passage numbers in brackets: [¶6], [¶6, ¶7], [¶ 6; 7]. */
  static final Pattern CITATION =
      Pattern.compile("\\[\\s*¶\\s*\\d+(?:\\s*[,;]\\s*¶?\\s*\\d+)*\\s*]");

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern QUOTATION =
      Pattern.compile("“([^”]+)”|\"([^\"]+)\"|(?<![\\p{L}])‘([^’]+)’(?![\\p{L}])");
  private static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}.\\-]*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private static final List<String> MONTHS = NewsLexicon.MONTHS_IN_ORDER;
  private static final Set<String> WEEKDAYS = NewsLexicon.WEEKDAYS;
  private static final Map<String, String> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("twenty", "20"),
          Map.entry("thirty", "30"),
          Map.entry("forty", "40"),
          Map.entry("fifty", "50"),
          Map.entry("hundred", "100"),
          Map.entry("thousand", "1000"),
          Map.entry("million", ""),
          Map.entry("billion", ""),
          Map.entry("trillion", ""),
          Map.entry("dozen", "12"));

  /** Words that open a sentence without naming anyone. */
  private static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "they",
          "it",
          "its",
          "this",
          "that",
          "these",
          "those",
          "his",
          "her",
          "their",
          "there",
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "to",
          "of",
          "with",
          "according",
          "as",
          "after",
          "before",
          "during",
          "while",
          "when",
          "since",
          "both",
          "but",
          "and",
          "however",
          "also",
          "yes",
          "no",
          "not",
          "some",
          "many",
          "most",
          "all",
          "one",
          "each",
          "we",
          "i",
          "you",
          "officials",
          "experts",
          "analysts",
          "so",
          "then",
          "if",
          "although",
          "though",
          "instead",
          "meanwhile",
          "under",
          "over",
          "despite",
          "what",
          "who",
          "why",
          "how",
          "where",
          "which");

  private static final SentenceSplitter SENTENCES = new SentenceSplitter();

  /**
   * What the guard found.
   *
   * @param failure why the reply may not be shown, or empty when it may
   * @param detail the offending sentence and item, for logs (never shown to readers)
   * @param cited the passages the reply cites, in order
   */
  public record Verdict(Optional<Fallback> failure, String detail, Set<Integer> cited) {
    public boolean passed() {
      return failure.isEmpty();
    }

    static Verdict fail(Fallback why, String detail) {
      return new Verdict(Optional.of(why), detail, Set.of());
    }
  }

  /** Checks {@code reply} against {@code passages} (passage number → its whole text). */
  public Verdict check(String reply, Map<Integer, String> passages) {
    String text = reply == null ? "" : reply.strip();
    if (text.isEmpty() || text.toUpperCase(Locale.ROOT).contains(Prompt.NOT_ANSWERED)) {
      return Verdict.fail(Fallback.REFUSED, "the model did not answer");
    }
    Set<Integer> all = new LinkedHashSet<>();
    for (Claim claim : claims(text)) {
      if (claim.cited().isEmpty()) {
        return Verdict.fail(Fallback.UNCITED, "no citation: " + claim.text());
      }
      StringBuilder source = new StringBuilder();
      for (int n : claim.cited()) {
        String p = passages.get(n);
        if (p == null) return Verdict.fail(Fallback.UNKNOWN_PASSAGE, "[¶" + n + "] was not given");
        source.append(p).append('\n');
        all.add(n);
      }
      Optional<Verdict> bad = content(claim.text(), source.toString());
      if (bad.isPresent()) return bad.get();
    }
    return new Verdict(Optional.empty(), "", Set.copyOf(all));
  }

  /** The passage numbers a text cites, in order of first citation. */
  public static Set<Integer> citedIn(String text) {
    Set<Integer> out = new LinkedHashSet<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      Matcher d = Pattern.compile("\\d+").matcher(m.group());
      while (d.find()) out.add(Integer.parseInt(d.group()));
    }
    return out;
  }

  /** A sentence of the reply without its citations, and the passages it cites. */
  record Claim(String text, Set<Integer> cited) {}

  /**
   * The reply's sentences with their citations. A citation standing after a sentence's full stop
   * ("… agreed. [¶6]") belongs to that sentence.
   */
  static List<Claim> claims(String reply) {
    List<Claim> out = new ArrayList<>();
    for (Sentence s : SENTENCES.split(reply)) {
      String t = s.text().strip();
      Matcher lead = Pattern.compile("^(?:" + CITATION.pattern() + "\\s*)+").matcher(t);
      if (lead.find() && !out.isEmpty()) {
        Claim prev = out.remove(out.size() - 1);
        Set<Integer> cited = new LinkedHashSet<>(prev.cited());
        cited.addAll(citedIn(lead.group()));
        out.add(new Claim(prev.text(), cited));
        t = t.substring(lead.end()).strip();
      }
      if (t.isEmpty()) continue;
      String bare = CITATION.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip();
      if (WORD.matcher(bare).find()) out.add(new Claim(bare, citedIn(t)));
      else if (!out.isEmpty()) {
        Claim prev = out.remove(out.size() - 1);
        Set<Integer> cited = new LinkedHashSet<>(prev.cited());
        cited.addAll(citedIn(t));
        out.add(new Claim(prev.text(), cited));
      }
    }
    return out;
  }

  /** The first item of {@code sentence} that {@code source} does not hold, if any. */
  private static Optional<Verdict> content(String sentence, String source) {
    String flatSource = flat(source);
    StringBuilder rest = new StringBuilder();
    Matcher q = QUOTATION.matcher(sentence);
    int from = 0;
    while (q.find()) {
      String quoted =
          q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
      String wanted = flat(quoted).replaceAll("[\\s.,;:!?]+$", "");
      if (!wanted.isEmpty()
          && !flatSource.contains(wanted)
          && !flatSource.contains(swapFirst(wanted))) {
        return Optional.of(Verdict.fail(Fallback.QUOTATION, "not verbatim: " + quoted));
      }
      rest.append(sentence, from, q.start()).append(' ');
      from = q.end();
    }
    rest.append(sentence.substring(from));
    String unquoted = rest.toString();
    String lowerSource = source.toLowerCase(Locale.ROOT);

    Set<String> sourceNumbers = numbers(source);
    Matcher n = NUMBER.matcher(unquoted);
    while (n.find()) {
      String v = normalNumber(n.group());
      if (!sourceNumbers.contains(v)) {
        return Optional.of(Verdict.fail(Fallback.NUMBER, "number not in passage: " + n.group()));
      }
    }
    Matcher w = WORD.matcher(unquoted);
    while (w.find()) {
      String word = w.group();
      String lower = word.toLowerCase(Locale.ROOT);
      int month = monthOf(lower);
      if (month >= 0 && Character.isUpperCase(word.charAt(0))) {
        if (!hasMonth(lowerSource, month)) {
          return Optional.of(Verdict.fail(Fallback.DATE, "month not in passage: " + word));
        }
      } else if (WEEKDAYS.contains(lower) && !hasWord(lowerSource, lower)) {
        return Optional.of(Verdict.fail(Fallback.DATE, "day not in passage: " + word));
      } else if (NUMBER_WORDS.containsKey(lower)
          && !hasWord(lowerSource, lower)
          && (NUMBER_WORDS.get(lower).isEmpty()
              || !sourceNumbers.contains(NUMBER_WORDS.get(lower)))) {
        return Optional.of(Verdict.fail(Fallback.NUMBER, "number not in passage: " + word));
      }
    }
    Matcher c = CAPITALISED.matcher(unquoted);
    while (c.find()) {
      String name = c.group().replaceAll("[.\\-]+$", "");
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty() || monthOf(lower) >= 0 || WEEKDAYS.contains(lower)) continue;
      boolean opening = unquoted.substring(0, c.start()).strip().isEmpty();
      if (opening && OPENERS.contains(lower)) continue;
      if (lower.equals("i")) continue;
      if (!hasWord(lowerSource, lower)) {
        return Optional.of(Verdict.fail(Fallback.NAME, "name not in passage: " + name));
      }
    }
    return Optional.empty();
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new java.util.HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) out.add(normalNumber(m.group()));
    return out;
  }

  /** "1,000" and "1000" alike; a trailing full stop is punctuation. */
  private static String normalNumber(String n) {
    String s = n.replaceAll("[.,]$", "");
    return s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? s.replace(",", "") : s;
  }

  private static int monthOf(String lower) {
    for (int i = 0; i < MONTHS.size(); i++) {
      String m = MONTHS.get(i);
      if (lower.equals(m)) return i;
      if (lower.length() >= 3
          && lower.length() < m.length()
          && m.startsWith(lower)
          && !lower.equals("mar")
          && !lower.equals("may")) {
        return lower.length() == 3 || lower.equals("sept") ? i : -1;
      }
    }
    return -1;
  }

  private static boolean hasMonth(String lowerSource, int month) {
    String m = MONTHS.get(month);
    return hasWord(lowerSource, m)
        || hasWord(lowerSource, m.substring(0, 3))
        || (month == 8 && hasWord(lowerSource, "sept"));
  }

  private static boolean hasWord(String lowerSource, String lowerWord) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lowerWord) + "(?![\\p{L}\\p{N}])")
        .matcher(lowerSource)
        .find();
  }

  /** A quotation's first letter in the other case: a quote may start mid-sentence. */
  private static String swapFirst(String s) {
    char c = s.charAt(0);
    char swapped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return swapped + s.substring(1);
  }

  /** Quotation marks made straight, apostrophes one kind, spacing single. */
  private static String flat(String s) {
    return s.replace('“', '"')
        .replace('”', '"')
        .replace('‘', '\'')
        .replace('’', '\'')
        .replaceAll("\\s+", " ")
        .strip();
  }
}
