package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-flows text copied out of a printed page (a newspaper's e-edition or its PDF): narrow columns,
 * each paragraph opened by an indent instead of a blank line, the story jumping to another page
 * ("See TRANSIT, Page A4" … "TRANSIT, from A1"), the page's running head between two halves of a
 * paragraph, and a photo's caption or a pull quote set in the middle of a column.
 *
 * <p>Only a text in columns is touched: at least {@link #MIN_COLUMN_LINES} lines of three words or
 * more, nearly all of them no longer than {@link HardWraps#NARROW_WIDTH} characters, and at least
 * {@link #MIN_INDENTS} paragraphs opened by an indent under a line that is not. Columns whose
 * paragraphs blank lines set apart ({@link #inSpacedColumns}) only lose their jumps and running
 * heads. A wider wrapped text whose paragraphs open so, one line in eight or more (a wire service's
 * raw copy), only has its paragraphs set apart ({@link #openedByIndents}).
 *
 * <p>Guarantee: in such a text, a blank line goes before each indented line; the lines between a
 * jump and its continuation under the same slug (the page's head, its index, the jump's own
 * headline) and a running head alone on its line (a page number and a date) go; a pull quote (a
 * quotation alone on its lines, its speaker's name in capitals under it) goes when the story prints
 * its words elsewhere; a caption cut into a paragraph (its lines up to a photo credit) moves, whole
 * and in order, to just before that paragraph, and a caption with a blank line above it stays where
 * it is. Nothing else is dropped, moved or changed.
 */
final class PrintColumns {

  private static final int MIN_COLUMN_LINES = 20;
  private static final int MIN_INDENTS = 3;

  /** The most lines a caption or pull quote set in a column takes, its credit included. */
  private static final int MAX_INSERT_LINES = 10;

  private static final Pattern INDENTED = Pattern.compile("^(?: {2,8}|\\t)[\\p{Lu}\\d“‘\"']");

  /**
   * "See TRANSIT, Page A4", "Please see PUMPS, Page A6", "Continued on Page 6": where the story
   * leaves the page.
   */
  private static final Pattern JUMP_OUT =
      Pattern.compile(
          "^(?:(?:Please\\s+see|See)\\s+(\\p{Lu}[\\p{Lu}\\d-]*)\\s*,?|Continued\\s+on)\\s+Page\\s+\\w+$");

  /** "TRANSIT, from A1", "Continued from Page 1": where it comes back. */
  private static final Pattern JUMP_IN =
      Pattern.compile(
          "^(?:(\\p{Lu}[\\p{Lu}\\d-]*)\\s*,?\\s+from\\s+(?:Page\\s+)?\\w+|Continued\\s+from\\s+Page\\s+\\w+)$");

  /** "From Page A1" under the jump's slug. */
  private static final Pattern FROM_PAGE =
      Pattern.compile("^(?i:from)\\s+(?i:page)\\s+[A-H]?\\d{1,2}$");

  /** A page's number ending its running head: "… 2026 A3". */
  private static final Pattern TRAILING_PAGE_NUMBER = Pattern.compile("\\s+[A-H]\\d{1,2}$");

  /** A page's running head: its number ("A4") and a year, in a few words. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?:^|\\s)[A-H]\\d{1,2}(?:\\s|$)");

  private static final int MAX_RUNNING_HEAD_WORDS = 10;

  /** A name in capitals alone on its line: who a pull quote is from. */
  private static final Pattern NAME_IN_CAPITALS =
      Pattern.compile("^\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){1,3}$");

  private PrintColumns() {}

  /**
   * A text as read from a printed page's columns.
   *
   * @param text the text re-flowed, or as it was when it is not in columns
   * @param pageDate the date its running head prints, if in columns and the head prints one
   */
  record Reflowed(String text, Optional<String> pageDate) {}

  /** {@code text} re-flowed when it is in columns, with its page's date; otherwise as it is. */
  static Reflowed reflow(String text) {
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    boolean columns = inColumns(lines);
    boolean spaced = !columns && inSpacedColumns(lines);
    if (!columns && !spaced && !openedByIndents(lines)) {
      return new Reflowed(text, Optional.empty());
    }
    Optional<String> date = columns || spaced ? pageDate(lines) : Optional.empty();
    if (columns || spaced) {
      lines = withoutJumps(lines);
      lines = withoutRunningHeads(lines);
    }
    if (columns) {
      lines = withoutPullQuotes(lines);
      lines = captionsBeforeTheirParagraphs(lines);
    }
    List<String> out = new ArrayList<>(lines.size() + lines.size() / 4);
    for (int i = 0; i < lines.size(); i++) {
      if (opensParagraph(lines, i) && !out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
        out.add("");
      }
      out.add(lines.get(i));
    }
    return new Reflowed(String.join("\n", out), date);
  }

  /**
   * The date the page's running head prints ("FRIDAY, DECEMBER 4, 2026" of "A4 THE NORTHERN STAR
   * FRIDAY, DECEMBER 4, 2026" or of "THE NORTHERN STAR FRIDAY, DECEMBER 4, 2026 A4"), the first
   * one's: the edition's date, which the story's own lines do not print.
   */
  private static Optional<String> pageDate(List<String> lines) {
    for (String line : lines) {
      String s = line.strip();
      if (!isRunningHead(s)) continue;
      // "THE MIDLANDS COURIER Friday, December 4, 2026 A3": the page's number after the date
      s = TRAILING_PAGE_NUMBER.matcher(s).replaceFirst("");
      String[] words = s.split("\\s+");
      for (int k = 0; k < words.length; k++) {
        String tail = String.join(" ", Arrays.asList(words).subList(k, words.length));
        List<DateStamps.Stamp> stamps = DateStamps.read(tail);
        // the date opens with a date's own word ("FRIDAY,"), not the paper's name
        String first = words[k].replaceAll("\\W+$", "").toLowerCase(Locale.ROOT);
        boolean opens =
            NewsLexicon.WEEKDAYS.contains(first)
                || NewsLexicon.MONTHS.contains(first)
                || Character.isDigit(first.isEmpty() ? 'x' : first.charAt(0));
        if (opens && stamps.size() == 1) return Optional.of(stamps.get(0).text());
      }
    }
    return Optional.empty();
  }

  private static boolean inColumns(List<String> lines) {
    int counted = 0;
    int narrow = 0;
    int indents = 0;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (LineShape.words(s) < 3) continue;
      counted++;
      if (s.length() <= HardWraps.NARROW_WIDTH) narrow++;
      if (opensParagraph(lines, i)) indents++;
    }
    return counted >= MIN_COLUMN_LINES && narrow * 10 >= counted * 9 && indents >= MIN_INDENTS;
  }

  /**
   * Columns whose paragraphs a blank line sets apart, as a replica edition's app copies them: at
   * least {@link #MIN_COLUMN_LINES} lines of three words or more, nearly all of them no longer than
   * {@link HardWraps#NARROW_WIDTH} characters, a blank line for every eight lines or fewer, and at
   * least {@link #MIN_SPACED_PARAGRAPHS} blocks of two lines or more between them.
   */
  private static boolean inSpacedColumns(List<String> lines) {
    int counted = 0;
    int narrow = 0;
    int blank = 0;
    int text = 0;
    int block = 0; // lines of the block so far
    int paragraphs = 0; // blocks of two lines or more
    for (String line : lines) {
      String s = line.strip();
      if (s.isEmpty()) {
        blank++;
        if (block >= 2) paragraphs++;
        block = 0;
      } else {
        text++;
        block++;
      }
      if (LineShape.words(s) < 3) continue;
      counted++;
      if (s.length() <= HardWraps.NARROW_WIDTH) narrow++;
    }
    if (block >= 2) paragraphs++;
    return counted >= MIN_COLUMN_LINES
        && narrow * 10 >= counted * 9
        && blank * 8 >= text
        && paragraphs >= MIN_SPACED_PARAGRAPHS;
  }

  /** The fewest blocks of two lines or more in columns whose paragraphs blank lines set apart. */
  private static final int MIN_SPACED_PARAGRAPHS = 5;

  /** The widest line of a wrapped text. */
  private static final int MAX_WRAPPED_WIDTH = 100;

  /**
   * A wrapped text wider than a column whose paragraphs open with an indent and no blank line, one
   * in eight of its lines or more, as a wire service's raw copy comes: only its paragraphs are set
   * apart.
   */
  private static boolean openedByIndents(List<String> lines) {
    int counted = 0;
    int wrapped = 0;
    int indents = 0;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (LineShape.words(s) < 3) continue;
      counted++;
      if (s.length() <= MAX_WRAPPED_WIDTH) wrapped++;
      if (opensParagraph(lines, i)) indents++;
    }
    return counted >= MIN_COLUMN_LINES
        && wrapped * 10 >= counted * 9
        && indents >= MIN_INDENTS
        && indents * 8 >= counted;
  }

  /** An indented line under a line of text that is not. */
  private static boolean opensParagraph(List<String> lines, int i) {
    return i > 0
        && INDENTED.matcher(lines.get(i)).find()
        && !lines.get(i - 1).isBlank()
        && !INDENTED.matcher(lines.get(i - 1)).find();
  }

  /** Without what stands between a jump and its continuation under the same slug. */
  private static List<String> withoutJumps(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Matcher out1 = JUMP_OUT.matcher(lines.get(i).strip());
      int back = out1.matches() ? continuation(lines, i, out1.group(1)) : -1;
      if (back < 0) {
        out.add(lines.get(i));
        continue;
      }
      i = back; // the jump, the next page's head and the jump's headline, and the continuation line
    }
    return out;
  }

  private static int continuation(List<String> lines, int from, String slug) {
    for (int k = from + 1; k < lines.size(); k++) {
      // "TRANSIT" over "From Page A1": the slug and the page it comes from, on two lines
      if (slug != null
          && FROM_PAGE.matcher(lines.get(k).strip()).matches()
          && lines.get(k - 1).strip().equalsIgnoreCase(slug)) {
        return k;
      }
      Matcher in = JUMP_IN.matcher(lines.get(k).strip());
      if (!in.matches()) continue;
      boolean same =
          slug == null ? in.group(1) == null : slug.toUpperCase(Locale.ROOT).equals(in.group(1));
      return same ? k : -1;
    }
    return -1;
  }

  /** Without a running head alone on its line, nor the blank lines that set it apart. */
  private static List<String> withoutRunningHeads(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (!isRunningHead(s)) {
        out.add(lines.get(i));
        continue;
      }
      while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
      while (i + 1 < lines.size() && lines.get(i + 1).isBlank()) i++;
    }
    return out;
  }

  private static boolean isRunningHead(String s) {
    return LineShape.words(s) <= MAX_RUNNING_HEAD_WORDS
        && PAGE_NUMBER.matcher(s).find()
        && DateStamps.hasYear(s)
        && !LineShape.endsLikeSentence(s);
  }

  /**
   * Without a pull quote: lines that open and close one quotation, cut into the column (the line
   * above ends no sentence), with a name in capitals right under them (and a line saying who that
   * is, up to a line that goes on with the column's sentence), when the text prints the quotation's
   * words elsewhere.
   */
  private static List<String> withoutPullQuotes(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String s = line.strip();
      // a word the column cut ("any-" / "more") is one word again
      if (s.endsWith("-") && s.length() > 1 && Character.isLetter(s.charAt(s.length() - 2))) {
        text.append(s, 0, s.length() - 1);
      } else {
        text.append(s).append(' ');
      }
    }
    String all = LineShape.normalised(text.toString());
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      int end = pullQuoteEnd(lines, i, all);
      if (end < 0) {
        out.add(lines.get(i));
        continue;
      }
      i = end;
    }
    return out;
  }

  private static int pullQuoteEnd(List<String> lines, int i, String all) {
    String first = lines.get(i).strip();
    if (i == 0 || !LineShape.opensQuotation(first) || !cutsIn(lines, i)) return -1;
    StringBuilder quote = new StringBuilder();
    for (int k = i; k < lines.size() && k < i + MAX_INSERT_LINES; k++) {
      String s = lines.get(k).strip();
      if (s.isEmpty()) return -1;
      quote.append(s).append(' ');
      if (!s.endsWith("”") && !s.endsWith("\"")) continue;
      if (k + 1 >= lines.size() || !NAME_IN_CAPITALS.matcher(lines.get(k + 1).strip()).matches()) {
        return -1;
      }
      String words = LineShape.normalised(quote.toString());
      // the quotation is printed again: once here, once in the story
      if (all.indexOf(words) == all.lastIndexOf(words)) return -1;
      int end = k + 1;
      // who they are, on the line under the name, when the column's sentence goes on after it
      if (end + 2 < lines.size() && goesOn(lines.get(end + 2))) end++;
      return end;
    }
    return -1;
  }

  /**
   * Moves a caption cut into a paragraph (lines up to a photo's credit alone on its line, the first
   * of them opening a sentence under a line that ends none) to just before its paragraph.
   */
  private static List<String> captionsBeforeTheirParagraphs(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    for (int credit = 0; credit < out.size(); credit++) {
      if (!Captions.isCreditLine(out.get(credit).strip())) continue;
      if (standsApart(out, credit)) continue; // a blank line above it: no paragraph is cut
      int start = credit - 1;
      while (start > 0 && credit - start < MAX_INSERT_LINES && !opensInsert(out, start)) start--;
      if (start <= 0 || !opensInsert(out, start)) continue;
      int paragraph = start - 1;
      while (paragraph > 0 && !opensParagraph(out, paragraph) && !out.get(paragraph - 1).isBlank())
        paragraph--;
      List<String> caption = new ArrayList<>(out.subList(start, credit + 1));
      out.subList(start, credit + 1).clear();
      caption.add("");
      if (paragraph > 0 && !out.get(paragraph - 1).isBlank()) caption.add(0, "");
      out.addAll(paragraph, caption);
      credit = start + caption.size() - 1;
    }
    return out;
  }

  /**
   * The caption whose credit is line {@code credit} is a block of its own: a blank line stands
   * above its first line, within {@link #MAX_INSERT_LINES} lines, and no paragraph opens in it.
   */
  private static boolean standsApart(List<String> lines, int credit) {
    for (int k = credit - 1; k >= 0 && credit - k < MAX_INSERT_LINES; k--) {
      if (lines.get(k).isBlank()) return k < credit - 1;
      if (opensParagraph(lines, k)) return false;
    }
    return false;
  }

  private static boolean opensInsert(List<String> lines, int i) {
    String s = lines.get(i).strip();
    return !s.isEmpty() && LineShape.startsLikeTitle(s) && cutsIn(lines, i);
  }

  /** The line above {@code i} is text that ends no sentence: {@code i} cuts into it. */
  private static boolean cutsIn(List<String> lines, int i) {
    String above = lines.get(i - 1).strip();
    return !above.isEmpty() && !LineShape.endsLikeSentence(above);
  }

  /** A line that goes on with a sentence: it opens in lower case. */
  private static boolean goesOn(String line) {
    String s = line.strip();
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }
}
