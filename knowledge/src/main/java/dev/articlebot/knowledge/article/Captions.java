package dev.articlebot.knowledge.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions by their credits: a caption ends with one ("… (AP Photo/Jane Doe)", "…
 * Photograph: Jane Doe/PA", "… REUTERS/Jane Doe/File Photo", "… (Photo by Xinhua)", "… [File: Jane
 * Doe/AFP]"), or is followed by a line that is only a credit ("Image: Acme", "Credit: University of
 * …", "Photo by Sam Roe / The Paper", "J. Scott Roe/AP"), or is labelled as a caption ("Caption:
 * …", "Image caption, …", after "Image source, …").
 *
 * <p>Guarantee: only the credit decides, and a credit names only its source: after the slash, the
 * colon or "by" stand one to eight capitalised name words and nothing after them, so "… in the
 * latest NBC/Marist Poll." and "Photographs by a neighbour were also shown to the court." are body
 * sentences; a body sentence without a credit is never a caption.
 */
final class Captions {

  private static final String CREDIT_WORD =
      "(?:AP |AFP |Reuters |Getty |File |Staff )?(?:Photo |Image |Picture )?(?:Photo|Photograph"
          + "|Image|Picture|Pic|Illustration|Video|Credit|Courtesy|Graphic|Chart|Map)s?";

  /**
   * A credit word in lower case after the source, in brackets: "(TNC file photo)", "(Minnesota DNR
   * photo)"; an agency's name in brackets may follow it ("(Pool photo) (Hanul)").
   */
  private static final Pattern PAREN_FILE_PHOTO =
      Pattern.compile(
          "\\((?:\\p{Lu}[\\p{L}&.]*\\s+){0,3}(?:file\\s+)?(?:photo|picture|image)s?\\)"
              + "(?:\\s*\\(\\p{Lu}[\\p{L}&.]*\\))?\\s*$");

  /**
   * "(AP Photo/Daniel Kim)", "(Photo by Xinhua)", "(Photo: Name/Paper)", "(Name/The Post)", "(ABC
   * News: Matt Roberts)", "(Hannah Verloop/Mid-Valley Courier)", "(iStock.com/Evan Marchetti)": a
   * credit word, or a source (a brand may open in lower case) and a name split by a slash or a
   * colon.
   */
  private static final Pattern PAREN_CREDIT =
      Pattern.compile(
          "\\((?:[^()]*\\b"
              + CREDIT_WORD
              + "\\b[^()]*|\\s*\\p{Ll}{0,2}\\p{Lu}[^()/:]*[/:]\\s*\\p{Lu}[\\p{L}\\d'’-]+(?:\\s+\\p{Lu}[^()]*)?)\\)\\s*$");

  /**
   * A photographer's credit without brackets after the caption's last sentence: "… by the end of
   * April. Marcus Bell for The Journal".
   */
  private static final Pattern FOR_THE_PAPER =
      Pattern.compile(
          "[.!?”\"’]\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}\\s+for\\s+The(?:\\s+\\p{Lu}[\\p{L}'’&-]*){1,4}$");

  /**
   * A caption's source after its last sentence and a spaced dash, as Malaysian and Caribbean papers
   * print it: "… in Selayang. - Bernama", "… in September. - File", "- Filepic".
   */
  private static final Pattern DASH_SOURCE =
      Pattern.compile(
          "[.!?”\"’)]\\s+[-–—]\\s?(?:File(?:pic| photo)?|\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)?)$");

  /**
   * A credit that names the picture's source after the photographer or the owner's leave: "… Justin
   * Sullivan via Getty Images", "… Bloomberg via Getty Images" (one name before "via" only when a
   * picture library's follows), "… in October 2026. Permission granted by Ostrander Parcel
   * Service", "… near Mulford Road. Provided by Rock River Regional Transit".
   */
  private static final String VIA_CREDIT =
      "(?:"
          + name(1, 3)
          + "\\s+via\\s+"
          + name(0, 3)
          + "|"
          + name(0, 0)
          + "\\s+via\\s+"
          + name(0, 1)
          + "\\s+(?:Images|Photos?|Pictures)"
          + "|(?:Permission granted|Provided) by\\s+"
          + name(0, 5)
          + ")";

  private static final Pattern VIA_AGENCY = Pattern.compile("[.!?”\"’]\\s+" + VIA_CREDIT + "$");

  /** The same credit on a line of its own, under its caption. */
  private static final Pattern VIA_LINE = Pattern.compile("^" + VIA_CREDIT + "$");

  /** What square brackets end a line with: "[Photo/Xinhua]". */
  private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]\\s*$");

  /** A word of a name or of a source: "Marcus", "O'Neill", "J.", "AP", "Getty". */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’&-]*\\.?";

  /** A name of one word and {@code min} to {@code max} more: "Kevin Dietsch", "J. Scott Roe". */
  private static String name(int min, int max) {
    return NAME_WORD + "(?:\\s+" + NAME_WORD + "){" + min + "," + max + "}";
  }

  /**
   * "( Serkan Yıldız - Anadolu Agency )": a photographer, a dash and their agency, in brackets, as
   * agencies credit their own pictures.
   */
  private static final Pattern PAREN_AGENCY_CREDIT =
      Pattern.compile(
          "\\(\\s*"
              + name(1, 3)
              + "\\s+[-–]\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?:Agency|Press|News|Images)\\s*\\)\\s*$");

  /** "(Tomas Eklund for The Capital Courier)": a photographer working for a paper, in brackets. */
  private static final Pattern PAREN_FOR_CREDIT =
      Pattern.compile("\\(" + name(1, 3) + "\\s+for\\s+(?:the\\s+)?" + name(0, 4) + "\\)\\s*$");

  /**
   * A lower-case word that may join the words of a source ("University of …", "… for The …", "…
   * Survey from the …").
   */
  private static final String JOINER = "(?:of|for|from|the|and|via|de|da|di|van|von|la|le|du|del)";

  /**
   * Who a credit names: one to eight name words, which a slash, a comma, a bar or a joining word
   * may separate ("Jane Doe/PA", "Sam Roe / The Paper", "University of Somewhere / Kim Lee", "Ann
   * Lee for The Daily Ledger"), ending the line without a full stop after a word (an initial may
   * have one).
   */
  private static final String CREDIT_NAMES =
      NAME_WORD
          + "(?:(?:\\s*[/,|]\\s*|\\s+(?:(?:"
          + JOINER
          + "|\\d{1,3})\\s+)*)" // a station's number in its name: "Ridgeline 9 News"
          + NAME_WORD
          + "){0,7}(?<!\\p{L}{2}\\.)";

  /**
   * "… Photograph: Marcus Hale/PA", "… Image: Corvane", "… Photo by Sam Whitford / The Verge", "…
   * since 2012. Gazette photo/Carol Vandenberg" (the paper's name, "photo", a slash, the name); a
   * bar may set the credit apart, after "File" for a picture from the archive ("… on Tuesday. File
   * | Photo Credit: S. Ravichandran"), and a short note in brackets may stand before it ("… near
   * Featherston. (file image) Photo: APR / Tom Waring").
   */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "(?:^|[.!?”\"’]\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:(?:File\\s*)?\\|\\s*)?)(?:"
              + CREDIT_WORD
              + "(?:\\s+by\\b|\\s+(?:courtesy\\s+)?of\\b|\\s*:|\\s*(?:\\.\\.\\.|…))\\s*"
              + CREDIT_NAMES
              + "|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?i:photo|staff photo)\\s*/\\s*"
              + CREDIT_NAMES
              + ")$");

  /**
   * "… Tuesday morning. © Provided by Lakeview Tribune", "… on Monday. © Megan Albright/Lakeview
   * Tribune": after a sentence, the copyright sign and the source or the photographer; after a
   * caption without its full stop, the photographer and the agency ("… co-founder Heinrich Vosskamp
   * © Hannelore Voigt/Bloomberg").
   */
  private static final Pattern COPYRIGHT_CREDIT =
      Pattern.compile(
          "(?:[.!?”\"’]\\s+©\\s*(?:Provided by\\s+)?"
              + "(?:dpa|"
              + name(0, 5)
              + ")"
              + "(?:\\s*[/,]\\s*"
              + name(0, 4)
              + ")?"
              + "|\\p{L}\\s+©\\s*"
              + name(0, 4)
              + "/"
              + name(0, 4)
              + ")$");

  /**
   * "… this Tuesday. JULIO MUÑOZ": after a sentence, the photographer's name in capitals, two or
   * three words, as Spanish papers credit their pictures.
   */
  private static final Pattern NAME_IN_CAPITALS_AFTER =
      Pattern.compile("[.!?”\"’]\\s+\\p{Lu}[\\p{Lu}'’-]+(?:\\s\\p{Lu}[\\p{Lu}'’-]+){1,2}$");

  /**
   * "… 2026. REUTERS/Lena Roth/File Photo": after a sentence, an agency in capitals, a slash, a
   * name.
   */
  private static final Pattern AGENCY_SLASH =
      Pattern.compile(
          "(?:^|[.!?”\"’)]\\s+)\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?\\s*/\\s*" + CREDIT_NAMES + "$");

  /** A photographer, a slash and where from: "Kevin Dietsch/Getty Images". */
  private static final String BY_SLASH_FROM = "\\s*/\\s*" + CREDIT_NAMES;

  /**
   * "… 2026. Kevin Dietsch/Getty Images", "… this season. Jordan Pell-Imagn Images", "… on Tuesday.
   * Marcus Delane | Basin Business Journal", "… on Thursday. | KYODO": after a sentence, a name, a
   * slash or a bar, and where from; or a bar and the source alone.
   */
  private static final Pattern NAME_SLASH =
      Pattern.compile(
          "[.!?”\"’]\\s+(?:\\|\\s+"
              + CREDIT_NAMES
              + "$|"
              + name(0, 3)
              + "(?:"
              + BY_SLASH_FROM
              + "|-\\p{Lu}\\p{L}*\\s+Images"
              + "|\\s+\\|\\s+"
              + name(0, 5)
              + ")$)");

  /**
   * "… on December 2 [Nimal Ratnayake/Reuters]", "… district [File: Shanika Dias/AFP]": a credit in
   * square brackets at the end, a name and its source split by a slash, maybe after "File:".
   */
  private static final Pattern BRACKET_CREDIT =
      Pattern.compile("\\s\\[(?:File\\s*:\\s*)?" + name(0, 3) + BY_SLASH_FROM + "\\]$");

  /** A line that is only a credit: "Image: Corvane", "Credit...Maya Lin for The Daily Ledger". */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^"
              + CREDIT_WORD
              + "(?:\\s+by\\b|\\s+courtesy\\s+of\\b|\\s*:|\\s*(?:\\.\\.\\.|…))\\s*"
              + CREDIT_NAMES
              + "$");

  /**
   * "… Location of Tromsø in Norway. Image: NordNorsk.", "Image: Frode Lien.": a credit word, a
   * colon and one to four name words closed by a full stop, as wikis print their pictures' credits,
   * after the caption's last sentence or on a line of its own.
   */
  private static final Pattern COLON_CREDIT_STOP =
      Pattern.compile("(?:^|[.!?”\"’]\\s+)" + CREDIT_WORD + "\\s*:\\s*" + name(0, 3) + "\\.$");

  /**
   * A picture agency's name alone in capitals, the credit under a caption: "LAKESHORE IMAGE
   * AGENCY", "HARBOUR PHOTOS".
   */
  private static final Pattern CAPS_PICTURE_AGENCY =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{Lu}'’&.-]*\\s+){1,3}(?:PHOTO|PICTURE|IMAGE)S?"
              + "(?:\\s+(?:AGENCY|LIBRARY|SERVICE))?$");

  /**
   * A credit line in capitals: "ST PHOTO: GAVIN LOH", "PHOTO: SCREENGRAB FROM MDDI/YOUTUBE", "STAFF
   * PHOTO BY LUCA FERNSBY".
   */
  private static final Pattern CAPS_CREDIT_LINE =
      Pattern.compile(
          "^(?:\\p{Lu}{2,8}\\s+)?(?:PHOTO|PICTURE|IMAGE|VIDEO)S?(?:\\s*:|\\s+BY)\\s*"
              + "\\p{Lu}[\\p{Lu}\\d .'’&/-]*$");

  /**
   * A chart's source: "Source: Varick", "Sources: Eurostat, ECB", and the period it covers after a
   * comma ("Data: Lettings Monitor, January-March each year").
   */
  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "^(?:Sources?|Data)\\s*:\\s*"
              + CREDIT_NAMES
              + "(?:\\s*;\\s*(?:Chart|Graphic|Map|Analysis)\\s*:\\s*"
              + CREDIT_NAMES
              + "|,\\s+[^.,;:]{1,40})?$");

  /**
   * A line that is only a photographer and a source: "J. Scott Applewhite/AP", or the paper's photo
   * and its photographer, "Sentinel photo/Jenna Marsh".
   */
  private static final Pattern NAME_SOURCE_LINE =
      Pattern.compile(
          "^(?:"
              + name(1, 3)
              + "|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?i:photo|staff photo))"
              + BY_SLASH_FROM
              + "$");

  /**
   * "Elena Voss | The Campus Chronicle": a photographer, a bar and their source, right under the
   * caption. Standing apart, the same shape is a byline ("Jane Doe | Reuters").
   */
  private static final Pattern NAME_BAR_LINE =
      Pattern.compile("^(?!By\\s)" + name(1, 3) + "\\s+\\|\\s+" + CREDIT_NAMES + "$");

  /**
   * "Tomás Ferreira for Meridian": a photographer and the publication they shot for, on a line of
   * their own right under the caption (the reader checks that no blank line stands between: a
   * heading has them). The name's last word must be rare as an English word ({@link
   * #RARE_SURNAME_RANK}), so a heading of common words ("Big Win for Labour") is no credit.
   */
  private static final Pattern NAME_FOR_LINE =
      Pattern.compile("^(" + name(1, 2) + ")\\s+for\\s+(?:The\\s+)?" + name(0, 3) + "$");

  /** The vocabulary rank from which a word reads as a surname rather than a common word. */
  private static final int RARE_SURNAME_RANK = 10_000;

  /**
   * Whether {@code line}, of kind {@code kind}, credits the caption right above it: a credit line,
   * or with no blank line between, a photographer "for" a publication ({@link #NAME_FOR_LINE}) or a
   * photographer and a source set apart by a bar ({@link #NAME_BAR_LINE}).
   */
  static boolean creditsLineAbove(Line line, LineKind kind) {
    if (kind == LineKind.CREDIT) return true;
    // "Image credit: VSA/Kestrel Mission Team" right under the caption's sentence
    if (kind == LineKind.IMAGE_SOURCE && !line.blankBefore()) return true;
    if (line.blankBefore() || LineShape.words(line.text()) > MAX_CREDIT_LINE_WORDS) return false;
    return isNameForLine(line.text())
        || !endsWithNewsroomRole(line.text())
            && NAME_BAR_LINE.matcher(line.text().strip()).matches();
  }

  /** The most words of a line that is only a credit (a chart's source may have more). */
  private static final int MAX_CREDIT_LINE_WORDS = 12;

  /**
   * Whether a line's last word is a newsroom job ("Okeima Lindsay-Grant/Staff Reporter", "Maya
   * Lindqvist | Staff Writer", "SNC Staff Writer"): a writer's byline or card, not a photographer's
   * credit.
   */
  static boolean endsWithNewsroomRole(String line) {
    String[] words = LineShape.tokens(line);
    return words.length > 0 && WebLexicon.isNewsroomRole(words[words.length - 1]);
  }

  private static boolean isNameForLine(String line) {
    Matcher m = NAME_FOR_LINE.matcher(line);
    if (!m.matches()) return false;
    String[] name = LineShape.tokens(m.group(1));
    return name.length > 0
        && dev.articlebot.knowledge.lexicon.WordRarity.english().rank(name[name.length - 1])
            >= RARE_SURNAME_RANK;
  }

  /**
   * "Caption: …", "Image caption, …", "Photo caption: …": a label, then the caption; or a picture's
   * mark in brackets before it, as agency sites print it ("[Photo] A train crosses …").
   */
  private static final Pattern IMAGE_CAPTION =
      Pattern.compile(
          "^(?:(?:(?:image|photo|picture|video|graphic)s?\\s+)?caption\\s*[,:]|cutline\\s*:"
              + "|\\[(?:image|photo|picture|graphic)s?\\])\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE);

  /** "Image source, …", "Photo credit: …": the label of a credit, then the credit. */
  private static final Pattern IMAGE_SOURCE =
      Pattern.compile(
          "^(?:image|photo|picture|video|graphic)s?\\s+(?:source|credit)s?\\s*[,:]\\s*\\S.*$",
          Pattern.CASE_INSENSITIVE);

  private Captions() {}

  /**
   * "File photo: Motorists queue at a filling station", "Photo: The governor at the launch": a
   * label that says a picture is shown, then what it shows (four words or more, so "Photo: Jane
   * Doe" stays a credit).
   */
  private static final Pattern PICTURE_LABEL =
      Pattern.compile(
          "^(?:File )?(?:photo|picture|image)\\s*:\\s*\\S.*$", Pattern.CASE_INSENSITIVE);

  /** A picture's label alone on its line: "Image:", "Photo:". */
  private static final Pattern PICTURE_LABEL_ALONE =
      Pattern.compile("(?i)(?:image|photo|picture|pic)s?\\s*:");

  /** Whether {@code line} is a picture's label alone ("Image:"), over the picture's caption. */
  static boolean isPictureLabel(String line) {
    return PICTURE_LABEL_ALONE.matcher(line).matches();
  }

  /** "… labor and delivery unit. Jordan Okafor jokafor@midlandsobserver.com": name and address. */
  private static final Pattern EMAIL_CREDIT =
      Pattern.compile("[.!?”\"’]\\s+" + name(1, 3) + "\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$");

  /**
   * A credit in capitals that opens the caption, as a print edition sets it: "SUBMITTED A rendering
   * of …", "CONTRIBUTED …", "FILE …", or the photographer and the source set apart by a dot or a
   * slash, "TIM KROCHAK • STAFF Tom Beaulieu outside …"; a sentence follows it.
   */
  private static final Pattern LEADING_CREDIT =
      Pattern.compile(
          "^(?:(?:SUBMITTED|CONTRIBUTED|FILE|HANDOUT|COURTESY)(?: PHOTO)?"
              + "|\\p{Lu}{2,}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}'’.-]*){1,2}\\s+[•/]\\s+"
              + "\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,3})"
              + "\\s+\\p{Lu}(?:\\p{Ll}|\\s)");

  /** "… on May 14, 2026. (Reuters)": after a sentence, a news agency alone in brackets. */
  private static final Pattern PAREN_SOURCE =
      Pattern.compile("[.!?”\"’]\\s+\\(([^()]{2,30})\\)\\s*$");

  /**
   * "… on Tuesday.(KSPV)": a broadcaster's call sign in brackets after the last sentence, the
   * station's own picture.
   */
  private static final Pattern CALL_SIGN_CREDIT =
      Pattern.compile("[.!?”\"’]\\s*\\([KW][A-Z]{2,3}(?:-TV)?\\)\\s*$");

  /** A caption that carries its own credit, or a picture's label. */
  /** A stock picture's caption: "Representative image", "Image for representation". */
  private static final Pattern STOCK_PICTURE =
      Pattern.compile(
          "^(?i:representative (?:image|photo|picture)|representational (?:image|photo|picture)"
              + "|(?:image|photo|picture) (?:used )?for representation(?:al purposes?)?)\\.?$");

  static boolean hasCredit(String line) {
    if (LineShape.words(line) > 80 || isCreditLine(line)) return false;
    // "Was this summary helpful? Yes / No": a question and its two buttons, no picture's source
    if (WebLexicon.RATE_THIS.matcher(line.strip()).matches()) return false;
    // "[Image]": a picture's stand-in alone, the caption under it
    if (WebLexicon.IMAGE_STAND_IN.matcher(line.strip()).matches()) return false;
    // "Representative image": a stock picture's caption, which says only what it is
    if (STOCK_PICTURE.matcher(line.strip()).matches()) return true;
    Matcher source = PAREN_SOURCE.matcher(line);
    if (source.find() && WebLexicon.agency(source.group(1)) != null) return true;
    if (CALL_SIGN_CREDIT.matcher(line).find()) return true;
    if (PICTURE_LABEL.matcher(line.strip()).matches() && LineShape.words(line) >= 6) return true;
    // "… on Wednesday. [Photo by LI MING/For China Daily]": a credit in brackets reads as in
    // parentheses
    String bracketed = TRAILING_BRACKETS.matcher(line).replaceFirst("($1)");
    return PAREN_CREDIT.matcher(line).find()
        || !bracketed.equals(line) && PAREN_CREDIT.matcher(bracketed).find()
        || PAREN_FOR_CREDIT.matcher(line).find()
        || PAREN_AGENCY_CREDIT.matcher(line).find()
        || FOR_THE_PAPER.matcher(line).find()
        || DASH_SOURCE.matcher(line).find()
        || VIA_AGENCY.matcher(line).find()
        || PAREN_FILE_PHOTO.matcher(line).find()
        || COPYRIGHT_CREDIT.matcher(line.strip()).find()
        || TRAILING_CREDIT.matcher(line).find()
        || AGENCY_SLASH.matcher(line).find()
        || NAME_IN_CAPITALS_AFTER.matcher(line.strip()).find()
        || NAME_SLASH.matcher(line).find()
        || EMAIL_CREDIT.matcher(line.strip()).find()
        || BRACKET_CREDIT.matcher(line.strip()).find()
        || COLON_CREDIT_STOP.matcher(line.strip()).find()
        || LEADING_CREDIT.matcher(line.strip()).find();
  }

  /** A chart's source names a public body in full more often than a photo's credit does. */
  private static final int MAX_SOURCE_WORDS = 20;

  /** A line that is only a credit, for the caption above it. */
  static boolean isCreditLine(String line) {
    String s = line.strip();
    // "Illustration by Priya Vance / The Meridian. Source: Getty.": two credits, one picture
    String[] credits = s.split("(?<=\\p{L})\\.\\s+(?=" + CREDIT_WORD + "\\s*:|Sources?\\s*:)");
    if (credits.length == 2) {
      return isOneCreditLine(credits[0]) && isOneCreditLine(credits[1].replaceFirst("\\.$", ""));
    }
    return isOneCreditLine(s);
  }

  /**
   * "© Lanternfield International/Jonah Keter": the sign, the picture's owner, a slash and its
   * photographer, and no year; a picture's credit, not the page's copyright.
   */
  static boolean isPictureCopyright(String line) {
    return PICTURE_COPYRIGHT.matcher(line.strip()).matches();
  }

  /**
   * "Courtesy of Bluff Street Players", "Courtesy: Tolliver family": a picture lent by its owner,
   * on a line of its own.
   */
  private static final Pattern COURTESY_LINE =
      Pattern.compile("^Courtesy(?: of|:)\\s+\\p{Lu}[\\p{L}.'’&/ -]{1,60}$");

  private static final Pattern PICTURE_COPYRIGHT =
      Pattern.compile("^©\\s*\\p{Lu}[^/\\d]{1,60}/\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}$");

  private static boolean isOneCreditLine(String s) {
    // "(Photo: Kelsey Darnell/Ridgeline 9 News)": a credit in brackets on its own line
    if (s.length() > 2 && s.startsWith("(") && s.endsWith(")") && s.indexOf('(', 1) < 0) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (isPictureCopyright(s) || COURTESY_LINE.matcher(s).matches()) return true;
    // "Okeima Lindsay-Grant/Staff Reporter": a writer and their job, a byline
    if (s.contains("/") && endsWithNewsroomRole(s)) return false;
    return LineShape.words(s) <= MAX_CREDIT_LINE_WORDS
            && (CREDIT_LINE.matcher(s).matches()
                || SLASHED_SOURCES_LINE.matcher(s).matches()
                || PICTURE_LIBRARY_LINE.matcher(s).matches()
                || isAgencySlashLine(s)
                || CAPS_CREDIT_LINE.matcher(s).matches()
                || CAPS_PICTURE_AGENCY.matcher(s).matches()
                || NAME_SOURCE_LINE.matcher(s).matches()
                || VIA_LINE.matcher(s).matches()
                || COLON_CREDIT_STOP.matcher(s).matches())
        || LineShape.words(s) <= MAX_SOURCE_WORDS && isSourceLine(s);
  }

  /**
   * "Image: Kay Nietfeld/dpa/picture alliance": a credit word, a colon, the photographer and one to
   * three sources after slashes, which may be printed in lower case as agencies print their names.
   */
  private static final Pattern SLASHED_SOURCES_LINE =
      Pattern.compile(
          "^"
              + CREDIT_WORD
              + "\\s*:\\s*"
              + name(0, 3)
              + "(?:\\s*/\\s*[\\p{L}][\\p{L}.&'’-]*(?:\\s[\\p{L}][\\p{L}.&'’-]*){0,2}){1,3}$");

  /** A picture library's name alone under its picture: "getty", "Getty Images", "Shutterstock". */
  private static final Pattern PICTURE_LIBRARY_LINE =
      Pattern.compile(
          "^(?i:getty(?: images)?|shutterstock(?:\\.com)?|istock(?:photo)?(?:\\.com)?"
              + "|alamy(?: stock photo)?)$");

  /**
   * "Reuters/Brendan McDermid": a wire agency by its name, in any case, a slash and the
   * photographer's name, as the agency credits its own pictures ("Reuters/Ipsos" names a poll).
   */
  private static boolean isAgencySlashLine(String s) {
    int slash = s.indexOf('/');
    if (slash <= 0) return false;
    return WebLexicon.agency(s.substring(0, slash)) != null
        && AFTER_SLASH.matcher(s.substring(slash + 1).strip()).matches();
  }

  /** A photographer's name of two to four words. */
  private static final Pattern AFTER_SLASH = Pattern.compile("^" + name(1, 3) + "$");

  /**
   * A chart's source line ("Source: Varick", "Data: Denver Office of Climate Action; Chart: Axios
   * Visuals"): the credit of a chart's title above it, never of a sentence, which may cite its own
   * source.
   */
  static boolean isSourceLine(String line) {
    return SOURCE_LINE.matcher(line.strip()).matches();
  }

  /**
   * "Image caption, Temporary flood barriers…", or a gallery's numbered caption with its credit
   * ("[1/2]A barge sails… REUTERS/Ana Lim Purchase Licensing Rights, opens new tab"): the caption
   * text, without the label, the number and the licensing link.
   */
  static Optional<String> labelledCaption(String line) {
    Matcher m = IMAGE_CAPTION.matcher(line.strip());
    if (m.matches()) return Optional.of(m.group(1).strip());
    Matcher g = GALLERY_CAPTION.matcher(line.strip());
    if (g.matches() && hasCredit(g.group(1))) return Optional.of(g.group(1).strip());
    Matcher pic = IMAGE_WITH_PIC.matcher(line.strip());
    if (pic.matches()) return Optional.of(pic.group(1).strip());
    Matcher bracketed = BRACKETED_PICTURE.matcher(line.strip());
    if (bracketed.matches() && hasCredit(bracketed.group(1))) {
      return Optional.of(bracketed.group(1).strip());
    }
    Matcher caps = CAPS_PICTURE_LABEL.matcher(line.strip());
    if (caps.matches()
        && LineShape.words(caps.group(1)) >= MIN_LABELLED_CAPTION_WORDS
        && LineShape.endsLikeSentence(caps.group(1))) {
      return Optional.of(caps.group(1).strip());
    }
    return Optional.empty();
  }

  /**
   * "IMAGE: A researcher measures …": a picture's label in capitals over its description, as news
   * services print it; "PHOTO: Jane Doe" is a credit instead ({@link #MIN_LABELLED_CAPTION_WORDS}).
   */
  private static final Pattern CAPS_PICTURE_LABEL =
      Pattern.compile("^(?:IMAGE|PHOTO|PICTURE)S?\\s*:\\s*(\\S.*)$");

  /** The fewest words of a caption under a label in capitals: a credit has fewer. */
  private static final int MIN_LABELLED_CAPTION_WORDS = 6;

  /**
   * A picture copied as its description in brackets, "[photo: The hospital on Redwood Highway.
   * (Marisol Vega/Courier)]": with a credit it is the picture's caption; without, a stand-in.
   */
  private static final Pattern BRACKETED_PICTURE =
      Pattern.compile("^\\[(?i:image|photo|picture)s?\\s*:\\s*(\\S.*)\\]$");

  /** "Image: Ministers met on Wednesday. Pic: PA": a picture's caption and its credit. */
  private static final Pattern IMAGE_WITH_PIC =
      Pattern.compile("^Image:\\s+(\\S.*[.!?”’]\\s+(?:File )?[Pp]ic:\\s+\\S.{0,60})$");

  private static final Pattern GALLERY_CAPTION =
      Pattern.compile(
          "^(?:\\[\\d{1,3}/\\d{1,3}\\]|\\d{1,3} of \\d{1,3}\\s*\\|)\\s*(\\S.*?)"
              + "(?:\\s*Purchase Licensing Rights(?:,? opens new tab)?)?$");

  /** A label in capitals over a database's list of pictures: "PHOTO:", "PHOTOS:", "GRAPHIC:". */
  private static final Pattern PICTURES_LABEL =
      Pattern.compile("^(?:PHOTOS?|PICTURES?|GRAPHICS?|IMAGES?)\\s*:\\s*(\\S.*)$");

  /** Where one credited caption ends and the next begins: "…(Photo: Ann Lee); Councillor …". */
  private static final Pattern NEXT_PICTURE = Pattern.compile("(?<=\\))\\s*;\\s*(?=\\p{Lu})");

  /**
   * The captions a caption line holds: one, or, where a research database lists a story's pictures
   * on one line under a label ("PHOTO: Traffic queues at Park Square (Photo: Simon Hartley);
   * Councillor Ashdown after the vote (Photo: Priya Nandra)"), each picture's, every one with its
   * credit, without the label. A line of one picture, or whose parts do not each carry a credit, is
   * one caption as printed.
   */
  static List<String> pictures(String caption) {
    Matcher m = PICTURES_LABEL.matcher(caption.strip());
    if (!m.matches()) return List.of(caption);
    List<String> parts = new java.util.ArrayList<>();
    for (String part : NEXT_PICTURE.split(m.group(1))) {
      if (!PAREN_CREDIT.matcher(part).find()) return List.of(caption);
      parts.add(part.strip());
    }
    return parts.size() > 1 ? parts : List.of(caption);
  }

  /** "Image source, Getty Images": the credit of the caption that follows. */
  static boolean isImageSource(String line) {
    return IMAGE_SOURCE.matcher(line.strip()).matches();
  }
}
