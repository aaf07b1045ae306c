package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of one line of text, read without any list of words: its length in words, how it ends,
 * how it starts, and whether its words are capitalised. Every classifier of the reader is built on
 * these.
 */
final class LineShape {

  private static final String CLOSERS = "\"'”’)]»";
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s(?:\\||·|•|/)\\s|\\s{2,}");

  /**
   * An address starts where a run of address characters starts (the look-behind) and takes that run
   * whole (possessive), so a long run without "@" is passed over in linear time.
   */
  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+");

  private LineShape() {}

  /** Number of whitespace-separated words. */
  static int words(String line) {
    String s = line.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /** The words of the line, split on whitespace. */
  static String[] tokens(String line) {
    String s = line.strip();
    return s.isEmpty() ? new String[0] : s.split("\\s+");
  }

  /**
   * True when the line ends as a sentence does: a full stop, question or exclamation mark, ellipsis
   * or colon, possibly followed by closing quotes or brackets, and by the hashtags a social post
   * adds after its sentence ("… until further notice. #PineHollow").
   */
  static boolean endsLikeSentence(String line) {
    char c = lastMark(TRAILING_HASHTAGS.matcher(line).replaceFirst(""));
    return ".?!…:".indexOf(c) >= 0 && c != 0;
  }

  private static final java.util.regex.Pattern TRAILING_HASHTAGS =
      java.util.regex.Pattern.compile("(?<=[.!?…”\"’)])(?:\\s+#\\p{L}[\\p{L}\\d_]*)+\\s*$");

  /** The last character before any closing quotes or brackets, or 0 for an empty line. */
  static char lastMark(String line) {
    String s = line.strip();
    int i = s.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) i--;
    return i >= 0 ? s.charAt(i) : 0;
  }

  /** A line of running text: it ends like a sentence and has at least three words. */
  static boolean isProse(String line) {
    return endsLikeSentence(line) && words(line) >= 3;
  }

  /**
   * Starts the way a headline, name or sentence does: a capital, a digit, an opening quote or an
   * amount ("£418 million").
   */
  static boolean startsLikeTitle(String line) {
    if (line.isEmpty()) return false;
    int c = line.codePointAt(0);
    // "£418 million to reopen …", "$5bn deal collapses": an amount opens a title too
    boolean amount =
        Character.getType(c) == Character.CURRENCY_SYMBOL
            && line.length() > 1
            && Character.isDigit(line.codePointAt(Character.charCount(c)));
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘«".indexOf(c) >= 0 || amount;
  }

  /**
   * A magazine's end mark after a story's last sentence ("… the landing was loud. ■"): a
   * typographic sign, no word of the text.
   */
  private static final java.util.regex.Pattern END_MARK =
      java.util.regex.Pattern.compile("(?<=[.!?…”’\"'])\\s*[■□▪◼◾∎⬛♦]$");

  /** {@code line} without the end mark a magazine sets after its story's last sentence. */
  static String withoutEndMark(String line) {
    return END_MARK.matcher(line).replaceFirst("");
  }

  /**
   * {@code line} without the pictographs that open or close it, and the space beside them: "📰 PINE
   * HOLLOW SHUTS …" is "PINE HOLLOW SHUTS …", "WHAT TO KNOW 👇" is "WHAT TO KNOW". Symbols inside
   * the line stay.
   */
  static String withoutPictographs(String line) {
    int start = 0;
    int end = line.length();
    while (start < end) {
      int c = line.codePointAt(start);
      if (!isPictograph(c) && !Character.isWhitespace(c)) break;
      start += Character.charCount(c);
    }
    while (end > start) {
      int c = line.codePointBefore(end);
      if (!isPictograph(c) && !Character.isWhitespace(c)) break;
      end -= Character.charCount(c);
    }
    return line.substring(start, end);
  }

  /** An emoji or another picture sign, or a mark that joins or styles one. */
  private static boolean isPictograph(int c) {
    int type = Character.getType(c);
    return type == Character.OTHER_SYMBOL && c >= 0x2190
        || c == 0xFE0F
        || c == 0x200D
        || c >= 0x1F3FB && c <= 0x1F3FF;
  }

  /** Every word starts with a capital letter or a digit ("Rates & Bonds" counts "&" as neutral). */
  static boolean allWordsCapitalised(String line) {
    for (String t : tokens(line)) {
      int c = t.codePointAt(0);
      if (Character.isLowerCase(c)) return false;
    }
    return true;
  }

  /**
   * A glossary's entry: a word or a few, a dash, and its meaning in lower case ("orbit – the curved
   * path something takes as it travels around a planet").
   */
  static boolean definesAWord(String line) {
    return GLOSSARY_ENTRY.matcher(line.strip()).matches() && words(line) <= MAX_FACT_WORDS;
  }

  private static final Pattern GLOSSARY_ENTRY =
      Pattern.compile("^\\p{L}[\\p{L}'’()-]*(?: [\\p{L}'’()-]+){0,3} [–—-] \\p{Ll}.*");

  /**
   * A box's label: two to five words in capitals that end no sentence ("BY THE NUMBERS"); one word
   * in capitals ("LIVE", "MEMBERSHIP") is a page's tag.
   */
  static boolean isBoxLabel(String line) {
    int words = words(line);
    return words >= 2 && words <= 5 && isAllCaps(line) && !endsLikeSentence(line);
  }

  /**
   * A fact box's label in any case over its items ("By the numbers", "Key figures"): two to five
   * words that end no sentence, over two or more short lines ({@link #MAX_FACT_WORDS} words at
   * most) each with a figure, none of them a sentence or a list's rank ("484 — beds planned for the
   * new hospital", not "1. Councillors back …" nor a stock's price over a sentence on it).
   */
  static boolean labelsFactItems(String label, List<String> items) {
    int words = words(label);
    if (words < 2 || words > 5 || endsLikeSentence(label) || items.size() < 2) return false;
    for (String item : items) {
      if (!hasFigure(item)
          || words(item) > MAX_FACT_WORDS
          || endsLikeSentence(item)
          || RANK.matcher(item).lookingAt()) {
        return false;
      }
    }
    return true;
  }

  /** The most words of a fact box's item. */
  static final int MAX_FACT_WORDS = 20;

  /** The fewest words of a key point that says something ("Operating margin of 13.5%"). */
  static final int MIN_POINT_WORDS = 6;

  /** Whether the line holds a figure: a digit anywhere ("484 — beds", "$2.46-billion"). */
  static boolean hasFigure(String line) {
    return FIGURE.matcher(line).find();
  }

  private static final Pattern FIGURE = Pattern.compile("\\d");

  /** A list item's rank: "1. ", "2) ". */
  private static final Pattern RANK = Pattern.compile("^\\d{1,2}[.)]\\s");

  /** Every letter is upper case and there is at least one ("LOCAL NEWS"). */
  static boolean isAllCaps(String line) {
    boolean letter = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letter = true;
    }
    return letter;
  }

  /**
   * A row of links run together: three or more short items separated by pipes, bullets, slashes or
   * wide gaps ("Home | UK | World", "News Sports Business").
   */
  static boolean isMenu(String line) {
    String[] items = MENU_SEPARATOR.split(line.strip());
    if (items.length < 3) return false;
    for (String item : items) {
      if (words(item) > 5) return false;
    }
    return true;
  }

  /**
   * A breadcrumb trail: three or more items set apart by " / ", " › ", " > " or " » ", each but the
   * last of at most three words ("News / City News / Pune News / PMC panel clears …").
   */
  static boolean isBreadcrumb(String line) {
    String[] items = BREADCRUMB_SEPARATOR.split(line.strip());
    if (items.length < 3) return false;
    for (int i = 0; i < items.length - 1; i++) {
      if (words(items[i]) == 0 || words(items[i]) > 3) return false;
    }
    return true;
  }

  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[/›>»]\\s+");

  /**
   * True when a token from {@code from} on is a finite verb by its form: an auxiliary or modal, a
   * common irregular past, or a word in "-ed" of five letters or more. Present tenses in "-s" are
   * not told from plurals, so this finds most but not all clauses.
   */
  static boolean hasFiniteVerb(String[] tokens, int from) {
    for (int i = from; i < tokens.length; i++) {
      String w = tokens[i].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (NewsLexicon.isFiniteVerbForm(w)) return true;
      if (w.length() > 4 && w.endsWith("ed")) return true;
    }
    return false;
  }

  /** True when the line holds an email address. */
  static boolean hasEmail(String line) {
    return line.indexOf('@') >= 0 && EMAIL.matcher(line).find();
  }

  /** True when the line opens with a quotation mark. */
  static boolean opensQuotation(String line) {
    String s = line.strip();
    return !s.isEmpty() && "\"“‘'«„".indexOf(s.charAt(0)) >= 0;
  }

  /** True when the line holds a quotation mark of any kind. */
  static boolean hasQuotation(String line) {
    return line.indexOf('"') >= 0
        || line.indexOf('“') >= 0
        || line.indexOf('”') >= 0
        || line.contains(" ‘")
        || line.startsWith("‘");
  }

  /** Text lower-cased with everything but letters and digits collapsed to single spaces. */
  static String normalised(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
