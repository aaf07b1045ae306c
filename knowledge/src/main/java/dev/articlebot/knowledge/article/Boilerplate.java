package dev.articlebot.knowledge.article;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Recognises page furniture by shape, one line at a time: rows of links, tool lines made of page
 * words ("Share", "Comments (14)", "Skip to main content"), calls to action addressed to the reader
 * ("Sign up for our newsletter", "Get the…"), the site talking to its reader about the page ("If
 * you buy something from a link…", "We use cookies…"), advertisement markers, what stands for a
 * picture ("[image: …]", "The Gazette logo"), a breadcrumb trail, a sponsor's credit, a weather
 * widget's line and a teaser that ends in its link ("… Read more ›").
 *
 * <p>Guarantee: a line with a quotation in it is never furniture unless it is a row of links, so a
 * body sentence that quotes someone saying "sign up" or "share" survives. A line that reads as a
 * sentence ({@link LineShape#isProse}) and names a reporting verb is never furniture; otherwise it
 * is furniture only when it speaks to the reader or for the site ("you", "your", "our", lower-case
 * "us", "free", "now") about the page, is an order whose object follows its opening verb and has no
 * other finite verb, or holds a phrase only page furniture uses. An order that opens "Tell me" is a
 * person asking, not the site, unless it gives an address. Questions alone on a line are the site's
 * only when there are two or more, all put to the reader. A counter never ends as a sentence does,
 * and "Advertisement" alone drops only a line of four words or fewer.
 */
final class Boilerplate {

  private Boilerplate() {}

  /** True when {@code line} is page furniture on its own. */
  static boolean test(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.codePoints().noneMatch(Character::isLetterOrDigit)) return true;
    // a byline's parts stand apart as a menu's do: "Aditi Kulkarni / TNN / Updated: Dec 3, 2026"
    boolean menu = LineShape.isMenu(s) && !LineShape.isProse(s) || LineShape.isBreadcrumb(s);
    if (menu && Bylines.unlabelled(s, false).isEmpty()) return true;
    if (WebLexicon.NEWSROOM_NOTE.matcher(s).matches()) return true;
    if (LineShape.words(s) <= WebLexicon.MAX_DISCLAIMER_WORDS
        && WebLexicon.DISCLAIMER.matcher(s).lookingAt()) {
      return true;
    }
    if (LineShape.hasQuotation(s)) return false;
    return isToolLine(s)
        || WebLexicon.IMAGE_STAND_IN.matcher(s).matches()
        || WebLexicon.DOWNLOAD_LINK.matcher(s).matches()
        || WebLexicon.FILE_LINK.matcher(s).matches()
        || LineShape.words(s) <= MAX_SPONSOR_WORDS && WebLexicon.SPONSOR.matcher(s).matches()
        || LineShape.words(s) <= 25 && WebLexicon.WEATHER.matcher(s).find()
        || isTeaserLink(s)
        || isLabelledCallToAction(s)
        || LineShape.words(s) <= 6 && WebLexicon.ARROW_LINK.matcher(s).matches()
        || LineShape.words(s) <= 6 && WebLexicon.BACK_LINK.matcher(s).matches()
        || WebLexicon.RELEASE_TIMING.matcher(s).matches()
        || WebLexicon.RATE_THIS.matcher(s).matches()
        || WebLexicon.PAGE_JUMP.matcher(s).matches()
        || WebLexicon.MARKUP_LINE.matcher(s).matches()
        || WebLexicon.MACHINE_SUMMARY_NOTE.matcher(s).find()
        || LineShape.words(s) <= 30 && WebLexicon.MAILED_LINK.matcher(s).find()
        || LineShape.words(s) <= 30
            && WebLexicon.POINTED_LINK.matcher(s).matches()
            && WebLexicon.WEB_ADDRESS.matcher(s).find()
        || LineShape.words(s) <= 8 && WebLexicon.REPORTING_FROM.matcher(s).matches()
        || WebLexicon.WIRE_UPDATE_NOTE.matcher(s).matches()
        || isEditorCredit(s)
        || LineShape.words(s) <= 40 && WebLexicon.STORY_UPDATE_NOTE.matcher(s).matches()
        || isCounter(s)
        || isContactPoints(s)
        || isCallToAction(s)
        || isSiteTalking(s)
        || isQuestionsToReader(s)
        || hasFurniturePhrase(s);
  }

  /**
   * A teaser that ends in its link ({@link WebLexicon#TEASER_LINK}: "Main Street closes Saturday.
   * Read more ›"), of at most {@link #MAX_TEASER_WORDS} words.
   */
  static boolean isTeaserLink(String line) {
    return LineShape.words(line) <= MAX_TEASER_WORDS && WebLexicon.TEASER_LINK.matcher(line).find();
  }

  private static final int MAX_TEASER_WORDS = 40;

  /**
   * A line of ways to reach the newsroom set apart by dots: "Signal: 919-555-0187 ·
   * tips@example.org · Or send mail to P.O. Box 2210": an address among parts of a menu's shape.
   */
  private static boolean isContactPoints(String s) {
    return LineShape.hasEmail(s) && s.contains(" · ") && LineShape.words(s) <= 30;
  }

  private static final java.util.regex.Pattern READER =
      java.util.regex.Pattern.compile(
          "\\b(?:you|your)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern STATEMENT_END =
      java.util.regex.Pattern.compile("[.!](?:\\s|$)");

  /**
   * "Do you depend on a ferry to get to work or school? How would cuts like these affect you?": two
   * or more questions and nothing else, at most 30 words, put to the reader ("you", "your") without
   * quotation marks: the site inviting comments. A story asks its questions through the people it
   * quotes, or answers them on the same line; a heading asks one ("What does it mean for you?").
   */
  static boolean isQuestionsToReader(String s) {
    if (LineShape.words(s) > 30 || !s.endsWith("?") || STATEMENT_END.matcher(s).find()) {
      return false;
    }
    return s.chars().filter(c -> c == '?').count() >= 2 && speaksToTheReader(s);
  }

  /** Whether a line says "you" or "your" to its reader. */
  static boolean speaksToTheReader(String s) {
    return READER.matcher(s).find();
  }

  /**
   * "Editor: Olena Hrebeniuk", "Translated by: Ana Lim": who edited or translated the story, a
   * credit, never its text ("Author:" labels a byline, which the header reads).
   */
  static boolean isEditorCredit(String s) {
    java.util.regex.Matcher m = EDITOR_CREDIT.matcher(s);
    return m.matches() && Bylines.isNameList(m.group(1));
  }

  private static final java.util.regex.Pattern EDITOR_CREDIT =
      java.util.regex.Pattern.compile(
          "^(?:Editors?|Edited by|Translated by)\\s*:\\s*(\\p{Lu}.{0,80})$");

  /**
   * A phrase only page furniture uses ("Story continues below", "Opens in new tab"); one that a
   * sentence may also use ("Continue reading", "Skip to", "Click here") only on a line that does
   * not read as a sentence or that speaks to the reader; "Advertisement" on a line of at most four
   * words.
   */
  static boolean hasFurniturePhrase(String s) {
    int words = LineShape.words(s);
    if (words > 40) return false;
    if (WebLexicon.PAGE_PHRASES.matcher(s).find()) return true;
    if (words <= 4 && WebLexicon.ADVERTISEMENT.matcher(s).find()) return true;
    return WebLexicon.READER_PHRASES.matcher(s).find()
        && (!LineShape.isProse(s) || WebLexicon.READER_OR_SITE.matcher(s).find());
  }

  /** A line made only of page-tool words and fillers, counts and punctuation. */
  static boolean isToolLine(String line) {
    String[] words =
        line.toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}&'-]+", " ")
            .replaceAll("\\bfull screen\\b", "fullscreen") // a player's "Full Screen"
            // a share button's spoken label glued to its icon's: "Share toX", "Share toFacebook"
            .replaceAll("\\bto(x|facebook|linkedin|email|whatsapp|reddit|pinterest)\\b", "to $1")
            .replaceAll("(\\d)-(\\p{L})", "$1 $2") // a player's "4-Minute Listen"
            .strip()
            .split("\\s+");
    boolean tool = false;
    for (String w : words) {
      if (w.isEmpty() || w.chars().allMatch(Character::isDigit)) continue;
      if (WebLexicon.TOOL_WORDS.contains(w)) tool = true;
      else if (!WebLexicon.FILLER_WORDS.contains(w)) return false;
    }
    return tool;
  }

  /** The most words of a promotion's label before its colon. */
  private static final int MAX_PROMOTION_LABEL_WORDS = 5;

  /**
   * A short label, a colon and a call to action that ends no sentence: "Wildfire season 2026: Find
   * the latest on fires, evacuations and air quality across B.C. here".
   */
  static boolean isLabelledCallToAction(String s) {
    int colon = s.indexOf(':');
    if (colon <= 0
        || LineShape.words(s.substring(0, colon)) > MAX_PROMOTION_LABEL_WORDS
        || LineShape.endsLikeSentence(s)) {
      return false;
    }
    String rest = s.substring(colon + 1).strip();
    return !rest.isEmpty() && isCallToAction(rest);
  }

  /** A section's number before its capitalised title: "1. ", "10. ". */
  private static final java.util.regex.Pattern SECTION_NUMBER =
      java.util.regex.Pattern.compile("^\\d{1,2}\\.\\s+\\p{Lu}");

  /**
   * "1 of 2 |", "1/1", "4 min read": numbers with at most two short words, not ending as a sentence
   * does ("He was 34." and "It was 2-1." are prose), nor numbered as a section is ("1. Main
   * points").
   */
  static boolean isCounter(String line) {
    if (LineShape.endsLikeSentence(line) || SECTION_NUMBER.matcher(line).lookingAt()) return false;
    String letters = line.replaceAll("[^\\p{L} ]", " ").strip();
    return line.matches(".*\\d.*") && LineShape.words(letters) <= 2 && letters.length() <= 12;
  }

  /**
   * A call to action: it opens with an action verb ("Get", "Sign", "Follow", "Listen:", "Please")
   * and reports no one. A line that does not read as a sentence is one when the verb is all it
   * holds, ends in a colon, or is followed by a word that makes it an order ("Sign up", "Get the",
   * "Follow Local News"); a line that reads as a sentence only when it also speaks to the reader
   * ("you", "your", "our", "us", "free", "now"), or when an object follows the verb ("Stream the
   * Cup…") and no other verb is finite, so "Support in the town has been strong.", "Order in the
   * room was restored.", "Join the dots and the pattern is plain." and "Please, God, let it stop,
   * she prayed." are prose.
   */
  static boolean isCallToAction(String line) {
    String[] t = LineShape.tokens(line);
    // "📺 See Kayla's full report tonight …": a symbol before the verb only decorates it
    int symbols = 0;
    while (symbols < t.length && !t[symbols].codePoints().anyMatch(Character::isLetterOrDigit)) {
      symbols++;
    }
    t = java.util.Arrays.copyOfRange(t, symbols, t.length);
    if (t.length == 0 || t.length > 30) return false;
    String first = t[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (!WebLexicon.ACTION_VERBS.contains(first)) return false;
    if (WebLexicon.reportsSpeech(line)) return false;
    if (LineShape.isProse(line)) {
      // "Tell me about…": a person asks; a site says "us" (an address still makes it the site's)
      if (t.length > 1 && bareWord(t[1]).equals("me")) {
        return WebLexicon.WEB_ADDRESS.matcher(line).find() || LineShape.hasEmail(line);
      }
      return WebLexicon.READER_OR_SITE.matcher(line).find()
          || WebLexicon.READER_OFFER.matcher(line).find()
          || WebLexicon.WEB_ADDRESS.matcher(line).find()
          || t.length > 1
              && WebLexicon.ACTION_DETERMINERS.contains(bareWord(t[1]))
              && !LineShape.hasFiniteVerb(t, 1);
    }
    if (t.length == 1 || t[0].endsWith(":") || first.equals("please")) return true;
    return WebLexicon.ACTION_OBJECTS.contains(bareWord(t[1]))
        || Character.isUpperCase(t[1].codePointAt(0));
  }

  /**
   * The most words of a sponsor's line ("Team news in association with Quayline Motors, Official
   * Partner of Carrow Bay Athletic").
   */
  private static final int MAX_SPONSOR_WORDS = 14;

  /**
   * The fewest sentences, and the most things of the web named, of a paragraph that is someone's
   * running text and no box of the site's.
   */
  private static final int MIN_SPOKEN_SENTENCES = 4;

  private static final int MAX_WEB_WORDS_SPOKEN = 2;

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static String bareWord(String token) {
    return token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }

  /**
   * The site speaking to its reader about the page: the reader or the site is the subject ("you",
   * "we", "our") and the line talks of newsletters, links, cookies, apps, comments or ads, and
   * reports no one speaking; a line of more than 40 words must name two such things, and one of
   * {@link #MIN_SPOKEN_SENTENCES} sentences or more that names no more than two is someone's
   * running speech or text ("… If you can give four hours, sign up on our website. And if you have
   * wool socks …"), not a box of the site's.
   */
  static boolean isSiteTalking(String line) {
    int words = LineShape.words(line);
    if (words > 120 || !WebLexicon.READER_OR_SITE.matcher(line).find()) return false;
    if (WebLexicon.reportsSpeech(line)) return false; // someone quoted: news
    Matcher web = WebLexicon.READER_WEB_WORDS.matcher(line);
    int found = 0;
    while (web.find()) found++;
    if (words > 40
        && found <= MAX_WEB_WORDS_SPOKEN
        && SPLITTER.split(line).size() >= MIN_SPOKEN_SENTENCES) {
      return false;
    }
    return found >= (words > 40 ? 2 : 1);
  }
}
