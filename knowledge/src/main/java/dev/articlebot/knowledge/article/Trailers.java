package dev.articlebot.knowledge.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises what closes an article: the copyright line and the credits of wire copy ("Reporting by
 * … Editing by …", "… contributed to this report."), after which nothing is body; and, among the
 * last paragraphs, notes about the authors ("Daniel Okafor covers City Hall…", "Contact the
 * reporter at …").
 */
final class Trailers {

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|\\(c\\)|copyright\\b|all rights reserved\\b).*|.*\\ball rights reserved\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDITS =
      Pattern.compile(
          "^(?:(?:additional )?reporting by|editing by|edited by|writing by|compiled by"
              + "|produced by|graphics by|research by)\\b.*"
              + "|.*\\bcontributed (?:reporting )?to this (?:report|story|article)\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ABOUT_AUTHOR =
      Pattern.compile(
          "\\s+(?:is|was|covers|writes|reports|has|joined|can be reached|previously)\\b.*",
          Pattern.CASE_INSENSITIVE);

  private Trailers() {}

  /** A line after which nothing on the page is the article: copyright, wire credits. */
  static boolean endsArticle(String line) {
    String s = line.strip();
    if (LineShape.hasQuotation(s) || LineShape.words(s) > 60) return false;
    return COPYRIGHT.matcher(s).matches() || CREDITS.matcher(s).matches();
  }

  /**
   * A note about the authors at the end of the body: it holds an email address, or it starts with
   * an author's name followed by what they do ("Marcus Bell is a former city planner…").
   */
  static boolean isAuthorNote(String line, List<String> authors) {
    String s = line.strip();
    if (LineShape.hasQuotation(s) || LineShape.words(s) > 60) return false;
    if (LineShape.hasEmail(s)) return true;
    String lower = s.toLowerCase(Locale.ROOT);
    for (String author : authors) {
      String a = author.toLowerCase(Locale.ROOT);
      if (lower.startsWith(a) && ABOUT_AUTHOR.matcher(s.substring(a.length())).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
