package dev.articlebot.knowledge.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions by their credits: a caption ends with one ("… (AP Photo/Daniel Kim)",
 * "… Photograph: Marcus Hale/PA", "… REUTERS/Lena Roth/File Photo", "… (Photo by Xinhua)"), or is
 * followed by a line that is only a credit ("Image: Corvane", "Credit: University of …", "Photo by
 * Sam Whitford / The Verge"), or is labelled as a caption ("Image caption, …" after "Image source,
 * …").
 *
 * <p>Guarantee: only the credit decides; a body sentence without a credit is never a caption.
 */
final class Captions {

  private static final String CREDIT_WORD =
      "(?:AP |AFP |Reuters |Getty |File |Staff )?(?:Photo|Photograph|Image|Picture|Illustration"
          + "|Video|Credit|Courtesy|Graphic)s?";

  /**
   * "(AP Photo/Daniel Kim)", "(Photo by Xinhua)", "(Photo: Name/Paper)", "(Name/The Post)", "(ABC
   * News: Matt Roberts)": a credit word, or a source and a name split by a slash or a colon.
   */
  private static final Pattern PAREN_CREDIT =
      Pattern.compile(
          "\\((?:[^()]*\\b"
              + CREDIT_WORD
              + "\\b[^()]*|\\s*\\p{Lu}[^()/:]*[/:]\\s*\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}[^()]*)?)\\)\\s*$");

  /** "… Photograph: Marcus Hale/PA", "… Image: Corvane", "… Photo by Sam Whitford / The Verge". */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "(?:^|[.!?”\"’]\\s+)"
              + CREDIT_WORD
              + "(?:\\s+by\\b|\\s*:|\\s*(?:\\.\\.\\.|…))\\s*\\S.{0,80}$");

  /** "REUTERS/Lena Roth/File Photo": an agency in capitals, a slash, a name. */
  private static final Pattern AGENCY_SLASH =
      Pattern.compile(
          "(?:^|\\s)\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?/\\s*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[^/]{0,40}(?:/[^/]{1,40})?$");

  /** "… 2026. Kevin Dietsch/Getty Images": after a sentence, a name, a slash and where from. */
  private static final Pattern NAME_SLASH =
      Pattern.compile(
          "[.!?”\"’]\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}\\s*/\\s*\\p{Lu}[\\p{L} .&'’-]{1,40}$");

  /** A line that is only a credit. */
  private static final Pattern CREDIT_LINE =
      Pattern.compile("^" + CREDIT_WORD + "(?:\\s+by\\b|\\s*:|\\s*(?:\\.\\.\\.|…))\\s*\\S.*$");

  private static final Pattern IMAGE_CAPTION =
      Pattern.compile(
          "^(?:image|photo|picture|video) caption\\s*[,:]\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE_SOURCE =
      Pattern.compile(
          "^(?:image|photo|picture|video) source\\s*[,:]\\s*\\S.*$", Pattern.CASE_INSENSITIVE);

  private Captions() {}

  /** A caption that carries its own credit. */
  static boolean hasCredit(String line) {
    if (LineShape.words(line) > 80 || CREDIT_LINE.matcher(line).matches()) return false;
    return PAREN_CREDIT.matcher(line).find()
        || TRAILING_CREDIT.matcher(line).find()
        || AGENCY_SLASH.matcher(line).find()
        || NAME_SLASH.matcher(line).find();
  }

  /** A line that is only a credit, for the caption above it. */
  static boolean isCreditLine(String line) {
    return LineShape.words(line) <= 12 && CREDIT_LINE.matcher(line).matches();
  }

  /** "Image caption, Temporary flood barriers…": the caption text. */
  static Optional<String> labelledCaption(String line) {
    Matcher m = IMAGE_CAPTION.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** "Image source, Getty Images": the credit of the caption that follows. */
  static boolean isImageSource(String line) {
    return IMAGE_SOURCE.matcher(line.strip()).matches();
  }
}
