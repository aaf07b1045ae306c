package dev.articlebot.knowledge.article;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Recognises page furniture by shape, one line at a time: rows of links, tool lines made of page
 * words ("Share", "Comments (14)", "Skip to main content"), calls to action addressed to the reader
 * ("Sign up for our newsletter", "Get the…"), the site talking to its reader about the page ("If
 * you buy something from a link…", "We use cookies…") and advertisement markers.
 *
 * <p>Guarantee: a line with a quotation in it is never furniture unless it is a row of links, so a
 * body sentence that quotes someone saying "sign up" or "share" survives.
 */
final class Boilerplate {

  private Boilerplate() {}

  /** True when {@code line} is page furniture on its own. */
  static boolean test(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.codePoints().noneMatch(Character::isLetterOrDigit)) return true;
    if (LineShape.isMenu(s) && !LineShape.isProse(s)) return true;
    if (LineShape.hasQuotation(s)) return false;
    return isToolLine(s)
        || isReleaseSource(s)
        || isCounter(s)
        || isCallToAction(s)
        || isSiteTalking(s)
        || WebLexicon.FURNITURE_PHRASES.matcher(s).find() && LineShape.words(s) <= 40;
  }

  /** A line made only of page-tool words and fillers, counts and punctuation. */
  static boolean isToolLine(String line) {
    String[] words =
        line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}&'-]+", " ").strip().split("\\s+");
    boolean tool = false;
    for (String w : words) {
      if (w.isEmpty() || w.chars().allMatch(Character::isDigit)) continue;
      if (WebLexicon.TOOL_WORDS.contains(w)) tool = true;
      else if (!WebLexicon.FILLER_WORDS.contains(w)) return false;
    }
    return tool;
  }

  /** "SOURCE Acme Robotics Inc.": the line a press release names its issuer on. */
  static boolean isReleaseSource(String line) {
    return LineShape.words(line) <= 10 && RELEASE_SOURCE.matcher(line).matches();
  }

  private static final java.util.regex.Pattern RELEASE_SOURCE =
      java.util.regex.Pattern.compile("^SOURCE\\s+\\p{Lu}[\\p{L}\\d.,&'’ -]*$");

  /** "1 of 2 |", "1/1", "4 min read": numbers with at most two short words. */
  static boolean isCounter(String line) {
    String letters = line.replaceAll("[^\\p{L} ]", " ").strip();
    return line.matches(".*\\d.*") && LineShape.words(letters) <= 2 && letters.length() <= 12;
  }

  /**
   * A call to action: it opens with an action verb followed by a word that makes it an order to the
   * reader ("Get the…", "Tell us…", "Follow Norfolk news…", "Listen: …", "Please use…"), has no
   * reporting verb and is not a long paragraph.
   */
  static boolean isCallToAction(String line) {
    String[] t = LineShape.tokens(line);
    if (t.length == 0 || t.length > 30) return false;
    String first = t[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (!WebLexicon.ACTION_VERBS.contains(first)) return false;
    if (t[0].endsWith(":")) return true;
    if (first.equals("please")) return true;
    if (t.length == 1) return true;
    String second = t[1];
    String bare = second.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    boolean ordered =
        WebLexicon.ACTION_OBJECTS.contains(bare)
            || (Character.isUpperCase(second.codePointAt(0)) && !LineShape.isProse(line)
                || Character.isUpperCase(second.codePointAt(0)) && LineShape.words(line) <= 16);
    return ordered && !WebLexicon.REPORTING_VERB.matcher(line).find();
  }

  /**
   * The site speaking to its reader about the page: the reader or the site is the subject ("you",
   * "we", "our") and the line talks of newsletters, links, cookies, apps, comments or ads, and
   * reports no one speaking; a line of more than 40 words must name two such things.
   */
  static boolean isSiteTalking(String line) {
    int words = LineShape.words(line);
    if (words > 120 || !WebLexicon.READER_OR_SITE.matcher(line).find()) return false;
    if (WebLexicon.REPORTING_VERB.matcher(line).find()) return false; // someone quoted: news
    Matcher web = WebLexicon.READER_WEB_WORDS.matcher(line);
    int found = 0;
    while (web.find()) found++;
    return found >= (words > 40 ? 2 : 1);
  }
}
