package dev.articlebot.knowledge.article;

import java.util.regex.Pattern;

/**
 * Recognises lists of links to other stories: a label ("Related", "Read more:", "More on this
 * story", "Most viewed") followed by headlines, or one link on the label's line ("Related: Rail
 * passengers face…", "READ MORE: …", "ALSO READ | …").
 *
 * <p>Guarantee: a list goes on only over lines that are not running text (headlines without a full
 * stop), teasers cut off with an ellipsis, and dates; the first sentence-like line ends it, so the
 * body after an inline list is kept. One exception, read where the blank lines are known ({@code
 * BodyReader}): in a box of stories set apart by blank lines, a one-sentence teaser right under a
 * listed headline ({@link #isListedHeadline}) and before a blank line is the box's too.
 */
final class RelatedLinks {

  private static final Pattern INLINE =
      Pattern.compile(
          "^(?:related(?: video| story| article| content| search(?:es)?)?|read more|read next"
              + "|see also|also read"
              + "|read also"
              + "|read|more|watch|listen|explainer|don['’]?t miss|go deeper"
              + "|as it happened|live updates|live blog|follow live"
              + "|tags|topics|categories|filed under|keywords|tags / keywords)"
              + "\\s*[:|]\\s*\\S.*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TEASER = Pattern.compile("(?:\\.\\.\\.|…)\\s*$");

  private RelatedLinks() {}

  /** A label that opens a list of links, alone on its line. */
  static boolean isLabel(String line) {
    String s = line.strip();
    return LineShape.words(s) <= 8
        && !LineShape.hasQuotation(s)
        && WebLexicon.RELATED_LABEL.matcher(s).matches();
  }

  /** A label with its one link on the same line, after a colon or a bar ("ALSO READ | …"). */
  static boolean isInline(String line) {
    if (LineShape.words(line) > 30 || !INLINE.matcher(line.strip()).matches()) return false;
    int colon = line.indexOf(':');
    int bar = line.indexOf('|');
    int label = colon < 0 ? bar : bar < 0 ? colon : Math.min(colon, bar);
    return !LineShape.hasQuotation(line.substring(0, label));
  }

  /**
   * A headline with its kind before a colon, as a link to another story or as the story's own
   * headline: "Explainer: Why the deal is stalling".
   */
  static boolean isKicker(String line) {
    return KICKER.matcher(line.strip()).matches();
  }

  private static final Pattern KICKER =
      Pattern.compile("^explainer\\s*:\\s*\\p{Lu}.*$", Pattern.CASE_INSENSITIVE);

  /**
   * A headline in a box of stories: five words or more, no sentence's end, and no quotation but a
   * word or three a headline quotes ("Takamori pledges ‘seamless’ support").
   */
  static boolean isListedHeadline(String line) {
    String s = line.strip();
    return LineShape.words(s) >= 5
        && !LineShape.endsLikeSentence(s)
        && (!LineShape.hasQuotation(s) || quotesOnlyAWord(s));
  }

  private static final Pattern SHORT_QUOTED = Pattern.compile("[‘“\"][^‘’“”\"]{1,30}[’”\"]");

  /** Every quotation mark of the line belongs to a quoted span of at most three words. */
  private static boolean quotesOnlyAWord(String s) {
    java.util.regex.Matcher m = SHORT_QUOTED.matcher(s);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      if (LineShape.words(m.group()) > 3) return false;
      rest.append(s, last, m.start()).append(' ');
      last = m.end();
    }
    rest.append(s.substring(last));
    return last > 0 && !LineShape.hasQuotation(rest.toString());
  }

  /** True when {@code line} can continue a list of links that is open. */
  static boolean continuesList(String line) {
    String s = line.strip();
    if (s.isEmpty()) return false;
    if (TEASER.matcher(s).find()) return true;
    if (!DateStamps.read(s).isEmpty()) return true;
    if (Boilerplate.test(s)) return true;
    return !LineShape.endsLikeSentence(s)
        || (LineShape.lastMark(s) == '?' && LineShape.words(s) <= 14);
  }
}
