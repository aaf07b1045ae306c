package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import dev.articlebot.knowledge.lexicon.WordRarity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns cleaned lines of pasted text into logical lines, joining lines that a fixed-width wrap
 * broke.
 *
 * <p>A text is hard-wrapped when several lines break in mid-sentence (a line without end
 * punctuation followed by one that starts in lower case) and almost no line is longer than 100
 * characters; its wrap width is its longest line that breaks in mid-sentence. In such a text a line
 * no longer than that width continues on the next when the next line's first word would not have
 * fitted on it (except, where no blank lines separate paragraphs, when it ends a sentence and the
 * next starts one: that is as likely a paragraph's end, and a paragraph split in two loses nothing
 * where two glued would), or when it ends in a colon, comma, semicolon or dash. A longer line was
 * not wrapped at that width and ends where it ends. In a text whose paragraphs blank lines
 * separate, a line that ends in a colon, and holds no sentence before it, continues on a next line
 * of its block that opens with a quotation mark ("Kuhn added:" / "“We want…”"); a paragraph whose
 * last sentence ends in "said:" is one of its own. In any text, a line of eight or more words that
 * breaks in mid-sentence continues on a next line that starts in lower case, or, after a word in
 * lower case, with a number and a word in lower case ("… Northway Health, wants" / "18 more
 * months"), and so does one that ends in an article, a preposition or a conjunction ("… surveyed
 * in" / "October said …"), whatever the next line starts with, unless it is a date, opens with a
 * label ("Published: …") or is longer and holds two sentences or more (a headline ending in a
 * particle over its dek: "… repairs drag on" / "Two of the three pumps … . The city …"). No line
 * goes on in a block under a colon or a box's label whose breaks no single width explains: its
 * lines are a list's or a fact box's items ({@link #unwrappedBlocks}). A blank line always ends a
 * logical line.
 *
 * <p>Text copied out of a PDF is wrapped by the look of its letters, not their count, so where
 * blank lines separate paragraphs a line of five sixths of the width or more is full: it continues
 * on the next line of its block unless it ends a sentence, holds fewer than eight words, sets parts
 * apart with bars or dots (a byline) or a byline follows it. A line that ends in a title's
 * abbreviation ("… at St.") ends no sentence.
 *
 * <p>A newspaper's column (wrapped at {@link #NARROW_WIDTH} characters or fewer) holds about six
 * words to a line: there a line of four words or more goes on as above, and one of two thirds of
 * the width or more that ends no sentence, or ends one inside a quotation still open while the next
 * opens none, continues on the next line (the indent that opens a paragraph takes some of its first
 * line's width; {@link PrintColumns} has already set each indented paragraph apart).
 *
 * <p>A line that ends in a word cut by a hyphen ("staff-" / "ing", "long-" / "term") joins the next
 * without a space; the hyphen goes when the text spells the whole word without it elsewhere
 * ("staffing"), or when the whole is an English word ({@link WordRarity#isWord}: "reloca-" /
 * "tions") or neither half is a word of three letters or more ("cul-" / "vert"), and the text
 * nowhere spells it with the hyphen, so a compound keeps its own ("long-term", "e-bike").
 *
 * <p>A capital letter alone on a line over a line that opens in lower case is a drop cap pasted
 * apart from its word ("T" / "he ferry left"): it joins the next line without a space, unless it is
 * "A" or "I" and the two spelled together are no English word ("A" / "few days").
 *
 * <p>Guarantee: joining never drops or reorders text; it only replaces a line break by a space, or
 * after a word cut by a hyphen or a drop cap by nothing (and that hyphen, as above).
 */
final class HardWraps {

  private static final int MAX_WRAPPED_LENGTH = 100;

  /** A sentence ends inside the line: the line is a paragraph of its own, not a label. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?][”’\"']?\\s+\\p{Lu}");

  /** A line that ends in a word cut by a hyphen ("staff-"), and the rest of a word ("ing"). */
  private static final Pattern BROKEN_WORD_END = Pattern.compile("\\p{L}-$");

  private static final Pattern BROKEN_WORD_START = Pattern.compile("\\p{Ll}");

  private static final Pattern NUMBER_THEN_WORD = Pattern.compile("[\\d.,]+\\s+\\p{Ll}");

  /** What sets a byline's or a menu's parts apart: " | ", " · ". */
  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s[|·•]\\s");

  private HardWraps() {}

  /** The words of {@code lines}, lower-cased. */
  private static java.util.Set<String> words(List<String> lines) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String line : lines) {
      for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        if (!w.isEmpty()) out.add(w);
      }
    }
    return out;
  }

  /** The logical lines of {@code lines} (cleaned, trimmed, "" for blank). */
  static List<Line> join(List<String> lines) {
    Wrap wrap = wrap(lines);
    boolean[] unwrapped = unwrappedBlocks(lines, wrap.width() == 0);
    java.util.Set<String> spelled = null;
    String lowerText = null; // the text in lower case, for a hyphenated spelling
    List<Line> out = new ArrayList<>();
    StringBuilder current = null;
    boolean blankBefore = true;
    boolean currentBlankBefore = true;
    String last = null;
    boolean[] rows = tableRows(lines);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (rows[i]) {
        if (current != null)
          out.add(new Line(current.toString(), Line.Markup.NONE, currentBlankBefore));
        current = null;
        out.add(new Line(String.join(" ", CELL_BREAK.split(line)), Line.Markup.ROW, blankBefore));
        blankBefore = false;
        last = line;
        continue;
      }
      if (line.isEmpty()) {
        if (current != null)
          out.add(new Line(current.toString(), Line.Markup.NONE, currentBlankBefore));
        current = null;
        blankBefore = true;
        continue;
      }
      if (current != null && isDropCap(current, line)) {
        // a drop cap pasted apart from its word ("T" / "he ferry left"): one word again, or two
        // where the capital is a word of its own and the two are none ("A" / "few days later")
        String whole = current + line.split("[^\\p{L}]", 2)[0];
        char cap = current.charAt(0);
        if ((cap == 'A' || cap == 'I') && !isWord(whole)) current.append(' ');
        current.append(line);
      } else if (current != null && continues(last, line, wrap, current, unwrapped[i])) {
        if (BROKEN_WORD_END.matcher(last).find() && BROKEN_WORD_START.matcher(line).lookingAt()) {
          if (spelled == null) {
            spelled = words(lines);
            lowerText = String.join("\n", lines).toLowerCase(java.util.Locale.ROOT);
          }
          String head = last.substring(last.lastIndexOf(' ') + 1, last.length() - 1);
          String tail = line.split("[^\\p{L}]", 2)[0];
          String whole = (head + tail).toLowerCase(java.util.Locale.ROOT);
          // the text spells it whole ("staff-" "ing"), or the text never hyphenates it and it is an
          // English word ("reloca-" "tions") or neither half is one ("cul-" "vert")
          boolean hyphened =
              lowerText.contains((head + "-" + tail).toLowerCase(java.util.Locale.ROOT));
          if (spelled.contains(whole) || !hyphened && (isWord(whole) || neitherAWord(head, tail)))
            current.setLength(current.length() - 1);
        } else {
          current.append(' ');
        }
        current.append(line);
      } else {
        if (current != null)
          out.add(new Line(current.toString(), Line.Markup.NONE, currentBlankBefore));
        current = new StringBuilder(line);
        currentBlankBefore = blankBefore;
      }
      last = line;
      blankBefore = false;
    }
    if (current != null)
      out.add(new Line(current.toString(), Line.Markup.NONE, currentBlankBefore));
    return out;
  }

  /**
   * How a text is wrapped.
   *
   * @param width the width it was wrapped at, 0 when it is not hard-wrapped
   * @param full the length from which a line is as good as full: five sixths of the width (text
   *     copied out of a PDF is wrapped by the look of its letters, not their count)
   * @param blankSeparated whether blank lines separate its paragraphs (one line in eight or more is
   *     blank), so that a line break inside a block never ends a paragraph
   */
  record Wrap(int width, int full, boolean blankSeparated) {

    /**
     * The fewest words of a line that goes on in mid-sentence: eight, so that a short line of a
     * header or a menu stands alone, or four in a narrow column (a newspaper's, no wider than
     * {@link #NARROW_WIDTH}), whose full lines hold about six.
     */
    int minWords() {
      return narrow() ? 4 : 8;
    }

    /** Wrapped no wider than a newspaper's column. */
    boolean narrow() {
      return width > 0 && width <= NARROW_WIDTH;
    }
  }

  /** The widest wrap that is a newspaper's column. */
  static final int NARROW_WIDTH = 54;

  /**
   * The wrap of {@code lines}: hard-wrapped when two or more lines break in mid-sentence and no
   * more than one long line in ten is longer than 100 characters; the width is the longest line
   * that breaks in mid-sentence.
   */
  static Wrap wrap(List<String> lines) {
    int midSentenceBreaks = 0;
    int longLines = 0;
    int overlong = 0;
    int width = 0;
    int breaks = 0;
    int nonBlank = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isEmpty()) {
        if (nonBlank > 0 && lines.get(i - 1).isEmpty()) breaks++;
        nonBlank++;
      }
      if (LineShape.words(line) < 6) continue;
      longLines++;
      if (line.length() > MAX_WRAPPED_LENGTH) overlong++;
      // a row of links over a link ("Terms | Privacy | Help" / "eedition.example.com") is no
      // wrapped text: its length says nothing of the width
      if (i + 1 < lines.size()
          && breaksMidSentence(line, lines.get(i + 1))
          && !LineShape.isMenu(line)) {
        midSentenceBreaks++;
        if (line.length() <= MAX_WRAPPED_LENGTH) width = Math.max(width, line.length());
      }
    }
    boolean wrapped = midSentenceBreaks >= 2 && overlong * 10 <= longLines;
    int full = width * 5 / 6;
    boolean blankSeparated = breaks > 0 && breaks * 8 >= nonBlank;
    return wrapped ? new Wrap(width, full, blankSeparated) : new Wrap(0, 0, blankSeparated);
  }

  /**
   * Which lines are items: those of a block (lines between blank lines) under a line that ends in a
   * colon, or (when {@code boxes}: in a text not hard-wrapped, where a headline in capitals may
   * stand over its wrapped lines) under the box's label in capitals that opens it ("BY THE
   * NUMBERS"), whose breaks no single wrap width explains: a line of four words or more that ends
   * no sentence broke although the block's longest line shows that the next word would have fitted
   * on it, with a tenth to spare for letters of different widths. Such lines are a list's or a fact
   * box's items, not the wrapped lines of one paragraph.
   */
  private static boolean[] unwrappedBlocks(List<String> lines, boolean boxes) {
    boolean[] out = new boolean[lines.size()];
    int start = 0;
    String before = ""; // the last line above the block
    for (int i = 0; i <= lines.size(); i++) {
      if (i < lines.size() && !lines.get(i).isEmpty()) continue;
      if (i > start) {
        List<String> block = lines.subList(start, i);
        boolean introduced = LineShape.lastMark(before) == ':';
        if (!introduced && boxes && LineShape.isBoxLabel(block.get(0))) {
          introduced = true;
          block = block.subList(1, block.size());
        }
        // "Key figures" over its items, each with a figure: each its own line, whatever widths
        if (!introduced
            && boxes
            && LineShape.labelsFactItems(block.get(0), block.subList(1, block.size()))) {
          java.util.Arrays.fill(out, i - block.size() + 1, i, true);
        }
        if (introduced && block.size() >= 2 && !oneWidth(block)) {
          java.util.Arrays.fill(out, i - block.size(), i, true);
        }
        before = lines.get(i - 1);
      }
      start = i + 1;
    }
    return out;
  }

  /**
   * Whether one wrap width explains every break of {@code block} after a line of running text (a
   * word cut by a hyphen may break anywhere).
   */
  private static boolean oneWidth(List<String> block) {
    int longest = 0;
    for (String line : block) longest = Math.max(longest, line.length());
    for (int i = 0; i + 1 < block.size(); i++) {
      String line = block.get(i);
      if (LineShape.words(line) < 4
          || LineShape.endsLikeSentence(line)
          || BROKEN_WORD_END.matcher(line).find()
          || HeaderReader.isListItem(block.get(i + 1))) {
        continue; // an item's end before the next item's marker is no wrap's break
      }
      int nextWord = block.get(i + 1).split("\\s+", 2)[0].length();
      if ((line.length() + 1 + nextWord) * 10 < longest * 9) return false;
    }
    return true;
  }

  private static boolean continues(
      String previous, String line, Wrap wrap, CharSequence paragraph, boolean unwrapped) {
    if (wrap.blankSeparated()
        && LineShape.lastMark(previous) == ':'
        && !SENTENCE_INSIDE.matcher(previous).find()
        && LineShape.opensQuotation(line)) {
      return true; // "Kuhn added:" and the quotation it introduces, in one block
    }
    if (unwrapped) return false; // a list's or a fact box's items, each on its line
    if (HeaderReader.isListItem(line)) return false; // "• Effective date: …" opens an item
    // a glossary's next entry under another ("orbit – the curved path …" / "satellite – a …")
    if (LineShape.definesAWord(previous) && LineShape.definesAWord(line)) return false;
    // proportional letters: a line a tenth over the width is still one of the wrapped lines
    if (wrap.width() > 0 && previous.length() <= wrap.width() + wrap.width() / 10) {
      int nextWord = line.split("\\s+", 2)[0].length();
      boolean endsSentence = LineShape.endsLikeSentence(previous) && !endsWithTitle(previous);
      boolean sentenceBreak = endsSentence && LineShape.startsLikeTitle(line);
      boolean ambiguous = sentenceBreak && !wrap.blankSeparated();
      boolean withinWidth = previous.length() <= wrap.width();
      if (withinWidth && previous.length() + 1 + nextWord > wrap.width() && !ambiguous) return true;
      // a full line that ends no sentence, in running text (a byline's parts stand apart by bars)
      boolean full = wrap.blankSeparated() && previous.length() >= wrap.full() && !endsSentence;
      // a line of a newspaper's column goes on unless it is left short (a heading): the indent that
      // opens a paragraph takes some of its first line's width; after a full stop only inside a
      // quotation still open, on a line that opens none
      boolean column =
          wrap.narrow()
              && previous.length() >= wrap.width() * 2 / 3
              && (!endsSentence || insideQuotation(paragraph) && !LineShape.opensQuotation(line));
      if ((full || column)
          && Bylines.labelled(line).isEmpty()
          && !Fields.opensWithLabel(line) // "Eds: UPDATES with …" under the headline
          && LineShape.words(previous) >= wrap.minWords()
          && !FIELD_SEPARATOR.matcher(previous).find()) {
        return true;
      }
      char last = previous.charAt(previous.length() - 1);
      if (withinWidth
          && wrap.blankSeparated()
          && ":,;–—-".indexOf(last) >= 0
          && !Fields.opensWithLabel(line)) { // "---- Forwarded message ----" / "From: …"
        return true;
      }
    }
    if (LineShape.words(previous) < wrap.minWords()) return false;
    // "by Rina Tsujimoto" under a headline: a byline in lower case starts a line of its own
    if (Bylines.labelled(line).isPresent()) return false;
    // "hide caption" under a caption that ends in its credit: a player's control, no wrapped words
    if (Boilerplate.isToolLine(line)) return false;
    // "… vans delivering to" / "Castle Market traders …": no sentence ends in "to" or "the"; a
    // dek may end in a particle ("… drags on") over its date ("Published: 4 Dec 2026"), and a
    // headline over its dek, a longer line of two sentences or more
    boolean overItsDek =
        line.length() > previous.length()
            && LineShape.endsLikeSentence(line)
            && SPLITTER.split(line).size() >= 2;
    if (endsInFunctionWord(previous)
        && !overItsDek
        && !Fields.opensWithLabel(line)
        && DateStamps.read(line).isEmpty()) {
      return true;
    }
    // "… Northway Health, wants" / "18 more months to comply": a number and a word in lower case
    return breaksMidSentence(previous, line)
        || Character.isLowerCase(previous.charAt(previous.length() - 1))
            && NUMBER_THEN_WORD.matcher(line).lookingAt();
  }

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /**
   * Words a line of running text never ends with unless a wrap cut it: articles, possessives and
   * other determiners, prepositions and conjunctions ("… surveyed in" / "October said …").
   */
  private static final java.util.Set<String> CUT_AFTER = cutAfter();

  private static java.util.Set<String> cutAfter() {
    java.util.Set<String> out = new java.util.HashSet<>(NewsLexicon.DETERMINERS);
    out.addAll(NewsLexicon.FRONTING_PREPOSITIONS);
    out.addAll(java.util.List.of("to", "from", "with", "into", "and", "or", "but"));
    return java.util.Set.copyOf(out);
  }

  /** Whether {@code line} ends in one of {@link #CUT_AFTER}, no punctuation after it. */
  private static boolean endsInFunctionWord(String line) {
    int space = line.lastIndexOf(' ');
    String last = line.substring(space + 1);
    return !last.isEmpty()
        && last.chars().allMatch(Character::isLowerCase)
        && CUT_AFTER.contains(last);
  }

  /**
   * What separates a pasted table's cells: tabs, with any spaces around them, or in a table set in
   * fixed-width type, a run of two spaces or more.
   */
  private static final Pattern CELL_BREAK = Pattern.compile("\\s*\\t\\s*| {2,}");

  /** The fewest rows, its head included, of a table pasted with its cells apart. */
  private static final int MIN_TABLE_ROWS = 3;

  /** The most words of a cell of a table set in fixed-width type, and of one of its rows. */
  private static final int MAX_CELL_WORDS = 4;

  private static final int MAX_ALIGNED_ROW_WORDS = 12;

  /**
   * The lines of tables pasted as text, a row to a line: its cells set apart by tabs (as a browser
   * copies a results table) or aligned by runs of spaces (a table set in fixed-width type, its
   * cells short). A table is a run of {@link #MIN_TABLE_ROWS} such lines or more, no blank line
   * between, each with two cells or more, or of two lines with the same number of cells, three or
   * more (a game's line score). Each is a row of its own, never joined to its neighbours.
   */
  static boolean[] tableRows(List<String> lines) {
    boolean[] rows = new boolean[lines.size()];
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      while (end < lines.size() && cells(lines.get(end)) >= 2) end++;
      boolean table =
          end - i >= MIN_TABLE_ROWS
              || end - i == 2
                  && cells(lines.get(i)) >= 3
                  && cells(lines.get(i)) == cells(lines.get(i + 1));
      if (table) java.util.Arrays.fill(rows, i, end, true);
      i = Math.max(end, i + 1);
    }
    return rows;
  }

  /** The cells of a table's row on {@code line}, 0 when it is no row. */
  private static int cells(String line) {
    boolean tabs = line.indexOf('\t') >= 0;
    if (!tabs && (line.indexOf("  ") < 0 || LineShape.words(line) > MAX_ALIGNED_ROW_WORDS)) {
      return 0;
    }
    int n = 0;
    for (String cell : CELL_BREAK.split(line)) {
      if (cell.isBlank()) continue;
      if (!tabs && LineShape.words(cell) > MAX_CELL_WORDS) return 0;
      n++;
    }
    return n;
  }

  /**
   * A logical line that is one capital letter alone, over a line that opens in lower case: a
   * magazine's drop cap, which a paste sets on a line of its own.
   */
  private static boolean isDropCap(CharSequence current, String next) {
    return current.length() == 1
        && Character.isUpperCase(current.charAt(0))
        && !next.isEmpty()
        && Character.isLowerCase(next.charAt(0));
  }

  private static boolean isWord(String w) {
    return WordRarity.english().isWord(w.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Neither half of a word cut by a hyphen is a word of three letters or more on its own ("cul-" /
   * "vert"): a word the list does not know, cut by the wrap, not a compound ("long-term",
   * "e-bike").
   */
  private static boolean neitherAWord(String head, String tail) {
    return head.length() >= 3 && tail.length() >= 3 && !isWord(head) && !isWord(tail);
  }

  /** More quotations open than closed in {@code text}: it ends inside one. */
  private static boolean insideQuotation(CharSequence text) {
    int open = 0;
    int straight = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') open++;
      else if (c == '”') open--;
      else if (c == '"') straight++;
    }
    return open > 0 || straight % 2 == 1;
  }

  /** A line that ends in a title's abbreviation ("… at St."), which a name follows. */
  private static boolean endsWithTitle(String line) {
    String[] t = LineShape.tokens(line);
    if (t.length == 0 || !t[t.length - 1].endsWith(".")) return false;
    String last = t[t.length - 1];
    return NewsLexicon.TITLE_ABBREVIATIONS.containsKey(last.substring(0, last.length() - 1));
  }

  private static boolean breaksMidSentence(String line, String next) {
    return !next.isEmpty()
        && !LineShape.endsLikeSentence(line)
        && Character.isLowerCase(next.codePointAt(0));
  }
}
