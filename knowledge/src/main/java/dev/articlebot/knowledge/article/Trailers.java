package dev.articlebot.knowledge.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises what closes an article: the copyright line, the credits of wire copy ("Reporting by …
 * Editing by …", "… contributed to this report.", "Cordova reported from Washington."), the end
 * marks of press releases and wire copy ("###", "-30-", "ENDS"), a comment section's header and a
 * press release's contact blocks, after which nothing is body; and, among the last paragraphs,
 * notes about the authors ("Jane Doe covers City Hall…", "Contact the reporter at …").
 *
 * <p>Guarantee: a sentence of the story never ends it. A copyright line holds the sign, a year
 * after "Copyright", or "all rights reserved"; a credit line is made only of credits, each a credit
 * label and "by" followed by nothing but names (and where they reported from), so "Research by the
 * University of … found …" and "Produced by Netflix, the series …" are prose.
 */
final class Trailers {

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|copyright\\s*(?:©|\\(c\\))?\\s*(?:19|20)\\d\\d\\b|\\(c\\)\\s*(?:19|20)\\d\\d\\b).*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A syndication notice: "… material from AFP, Reuters … which is copyright and cannot be
   * reproduced".
   */
  private static final Pattern CANNOT_BE_REPRODUCED =
      Pattern.compile(
          "\\bcopyright\\b.*\\b(?:cannot|may not|must not) be reproduced\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A licence notice under a story others may republish: "This work is licensed under a Creative
   * Commons Attribution-NoDerivatives 4.0 International License."
   */
  private static final Pattern LICENCE_NOTICE =
      Pattern.compile(
          "^This (?:work|article|story|piece) is licen[sc]ed under (?:a|the) Creative Commons\\b.*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A translated edition's note: "Translation of an article originally published in French.",
   * "Translated from the Spanish by Ana Lim."
   */
  private static final Pattern TRANSLATION_NOTE =
      Pattern.compile(
          "^(?:This article was )?(?:Translation of an article originally published in"
              + "|translated from (?:the )?)\\s*\\p{Lu}.{0,60}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RIGHTS_RESERVED =
      Pattern.compile("\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT =
      Pattern.compile(
          "^(?:additional |with additional |extra )?(?:reporting|reported|editing|edited|writing|written"
              + "|compiled|produced|graphics|research|photography|photos|video|design|data"
              + "|(?:medically |clinically )?reviewed|fact[- ]checked)"
              + "\\s+by\\s+(.+?)(?:,\\s*(?:MD|PhD|RN|DO|PharmD|MPH|RD|MBBS|FRCP))*\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** Wire copy's note on where its writers were: "Cordova reported from Washington." */
  private static final Pattern REPORTED_FROM =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’-]+(?:(?:,| and) \\p{Lu}[\\p{L}'’-]+)* reported from"
              + " \\p{Lu}[^.!?]{0,60}\\.$");

  /**
   * The end of a line that credits help: "… contributed (reporting) to this report", "… contributed
   * reporting (from Rome)".
   */
  private static final String CONTRIBUTED_TO_THIS =
      "contributed (?:(?:reporting )?to this (?:report|story|article)"
          + "|(?:additional )?(?:reporting|research)(?: (?:from|in) \\p{Lu}[^.!?]{0,60})?)\\.?$";

  private static final Pattern CONTRIBUTED =
      Pattern.compile(".*\\b" + CONTRIBUTED_TO_THIS, Pattern.CASE_INSENSITIVE);

  /** Agencies and people who helped, by name: "Xinhua contributed to this story." */
  private static final Pattern CONTRIBUTED_BY =
      Pattern.compile("^(?:the\\s+)?(\\p{Lu}.{0,100}?)\\s+" + CONTRIBUTED_TO_THIS);

  /** Where a credited person reported from: "in Frankfurt", "in Oakland, California". */
  private static final Pattern PLACE =
      Pattern.compile(
          "\\s+(?:in|from)\\s+\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s+|,\\s*)\\p{Lu}[\\p{L}.'’-]*)*");

  private static final Pattern END_MARK =
      Pattern.compile(
          "^(?:#(?:\\s*#){2,}|[-–—]\\s*30\\s*[-–—]|[-–—]*\\s*(?:ENDS?|[Ee]nds)\\s*[-–—]*|\\(END\\)"
              + "|/\\p{Ll}{2,5})$");

  /**
   * What closes a story shared on another site: a feed's "The post … appeared first on The Harbor
   * Herald.", a forum poster's "Edit: formatting." under the text they pasted, a social post's "See
   * less" under its text, a syndicated copy's "Originally published as …", a site's bracketed call
   * after its story ("(Catch all the Business News … on The Commerce Times.)").
   */
  private static final Pattern SHARED_CLOSING =
      Pattern.compile(
          "^(?:The post .{3,300} appeared first on .{2,80}|Edit(?:\\s*\\d{1,2})?:\\s+\\S.{0,300}"
              + "|See less|Originally published as .{3,300}"
              + "|\\((?:Catch|Track|Follow|Get|Read) (?:all|the latest|more)\\b[^()]{10,200}\\))$");

  /**
   * The comment section's header ("Comments (7)", "Comments 112", "318 comments", "Top Comment",
   * "Discussion about this post", "Share or comment on this article: …", "The comments below have
   * not been moderated"), a newsletter's digest of other news under its story ("Quick hits"), the
   * notes under a paper's text ("Footnotes"), the files a post attaches ("Attachments") and a press
   * release's closing blocks ("Media Contact:", "Investor contacts", "SOURCE Acme Inc."): what
   * follows is the readers' talk or the sender's details, never the story.
   */
  private static final Pattern CLOSING_BLOCK =
      Pattern.compile(
          "^(?:comments?\\s*(?:\\(\\d[\\d,]*\\)|\\d[\\d,]*)?|\\d[\\d,]*\\s+comments?|top comments?"
              + "|sort by:?\\s+(?:top|newest|oldest|best|popular|most liked)"
              + "|share or comment on this (?:article|story)\\b.*|join our community"
              + "|you['’]re an engaged reader"
              + "|the comments below have not been moderated\\.?"
              + "|discussion about this (?:post|article|story)|join the (?:conversation|discussion)"
              + "|quick hits|(?:foot|end)notes|attachments|comments are (?:now )?closed\\.?"
              + "|(?:show|view|read|load)\\s+"
              + "(?:all\\s+)?(?:\\d+\\s+)?comments|(?:media|press|investor|news)\\s+(?:contacts?|"
              + "inquiries|enquiries)\\s*:?)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The line a press release names its issuer on, after its text: "SOURCE Acme Robotics Inc." (in
   * capitals, at most ten words).
   */
  private static final Pattern RELEASE_SOURCE =
      Pattern.compile("^SOURCE\\s+\\p{Lu}[\\p{L}\\d.,&'’ -]*$");

  /**
   * A publication's note that the story also ran in print ("A version of this article appears in
   * print…", "This article appears in the January 2027 print edition under the headline …", "This
   * article appeared in the Europe section of the print edition …") or where a memorial site
   * carries it ("Published by The Valley Courier on Dec. 5, 2026.").
   */
  private static final Pattern PRINT_EDITION =
      Pattern.compile(
          "^(?:A version of this (?:article|story) (?:appears|appeared) in print\\b.*"
              + "|(?:This|A version of this) (?:article|story) (?:appears|appeared) in (?:the )?"
              + "(?:\\p{Lu}\\p{Ll}+ \\d{4} |\\p{Lu}[\\p{L}&' ]{1,30} section of the )?"
              + "(?:print edition|print issue|issue)\\b.*"
              + "|Published by (?:the )?\\p{Lu}[^.!?]{2,60} (?:on|from) \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}"
              + "(?:(?:,? \\d{4})? to \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})?, \\d{4}\\.?"
              + "|Published in (?:the )?\\p{Lu}.{2,60}, \\p{Lu}\\p{Ll}+ \\d{1,2}(?:st|nd|rd|th)?, \\d{4}\\.?)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A broadcaster's or aggregator's credit under the story: "Source: Al Jazeera and news agencies"
   * (a short name, no sentence).
   */
  private static final Pattern SOURCE_CREDIT =
      Pattern.compile("^Sources?\\s*:\\s*(\\p{Lu}[^.!?:;]{0,60})$");

  /**
   * Writers' initials and their agencies, a broadcaster's closing credit: "ab/rm (dpa, Reuters)".
   */
  private static final Pattern INITIALS_CREDIT =
      Pattern.compile("^\\p{Ll}{2,4}(?:/\\p{Ll}{2,4})+\\s*\\(([^()]{2,60})\\)\\.?$");

  /** A wire story's last line naming who helped: "— With assistance from Ana Lim and Tom Roe". */
  private static final Pattern ASSISTANCE =
      Pattern.compile("^[—–-]*\\s*With assistance from \\p{Lu}.{0,80}$");

  /**
   * A republished story's note on where or when it first ran: "This article originally appeared on
   * The Paper: …", "This story was first published by The Paper.", "This report by The Canadian
   * Press was first published Dec. 4, 2026."
   */
  private static final Pattern SYNDICATION =
      Pattern.compile(
          "^This (?:article|story|post|piece|report)(?: by (?-i:\\p{Lu})[^.]{0,60}?)?"
              + " (?:was |is |has been )?(?:originally|first) (?:appeared|published|posted|ran)"
              + "(?: (?:on|in|at|by|with)\\b.*| \\p{L}{3,9}\\.? \\d{1,2}, \\d{4}\\.?)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A broadcaster's closing credit of the agencies and reporters whose copy the story uses: "With
   * files from The Canadian Press and Ian Friesen", "(With inputs from PTI)".
   */
  private static final Pattern FILES_FROM =
      Pattern.compile(
          "^\\(?(?:With (?:files|inputs) from|Information from)\\s+(?:the\\s+)?(\\p{Lu}.{0,100}?)"
              + "(?: was used in this (?:report|story|article))?\\.?\\)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * "This article was written by a Local Democracy Reporter, funded by the BBC …", "This story was
   * produced by …", "This story was produced in partnership with the Gulf Reporting
   * Collaborative.", "This news story has been written and carefully fact-checked by an external
   * editorial team": a note on who made the story, under it.
   */
  private static final Pattern MADE_BY =
      Pattern.compile(
          "^This (?:news )?(?:article|story|report) (?:was|has been) (?:written|produced|reported"
              + "|supplied)(?: and (?:carefully )?[\\p{L}-]+)?"
              + " (?:by|in (?:partnership|collaboration) with|with (?:the )?support (?:from|of))\\b"
              + ".{3,600}$",
          Pattern.CASE_INSENSITIVE);

  /** "—With a report from Carmela Estrada, Courier Central Luzon": a colleague's credit. */
  private static final Pattern WITH_A_REPORT =
      Pattern.compile(
          "^[—–-]*\\s*With (?:a )?reports? from\\s+\\p{Lu}.{0,100}$", Pattern.CASE_INSENSITIVE);

  /** A broadcaster's note under a transcript: "Transcript provided by NPV, Copyright NPV." */
  private static final Pattern TRANSCRIPT_NOTICE =
      Pattern.compile("^(?:This )?Transcript (?:provided|produced) by \\p{Lu}.{0,80}$");

  /** A press release's notes for journalists, under the story: "Notes to editors". */
  private static final Pattern NOTES_TO_EDITORS =
      Pattern.compile(
          "^(?:notes? (?:to|for) editors|editors?['’]? notes)\\s*:?$", Pattern.CASE_INSENSITIVE);

  /**
   * A site's note on its editorial standards, under the story: "How we reviewed this article:",
   * "How we fact-checked this story". A story's own account of its reporting ("How We Reported This
   * Story") is the story's.
   */
  private static final Pattern HOW_WE_REVIEWED =
      Pattern.compile(
          "^how we (?:reviewed|fact[- ]checked|sourced) this"
              + " (?:article|story|report|piece)\\s*:?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Where a story pasted whole came from, a link alone under it: "Source: https://…", "Original
   * article: www.…"; never a chart's source, which names a body, not an address.
   */
  private static final Pattern SOURCE_LINK =
      Pattern.compile(
          "^(?i:source|original (?:article|story)|read the (?:full|original) (?:article|story))"
              + "\\s*:\\s*(?:https?://|www\\.)\\S+$");

  /** A science news site's credit of its source under the story: "Provided by University of X". */
  private static final Pattern PROVIDED_BY = Pattern.compile("^Provided by \\p{Lu}.*[^.]$");

  /**
   * The study a science story reports, cited under it: "More information: Imogen Faulkner et al, …,
   * Nature Ecology & Evolution (2026). DOI: 10.1038/…", "Journal information: Nature".
   */
  private static final Pattern PAPER_REFERENCE =
      Pattern.compile(
          "^(?:More information|Journal information|Citation)\\s*:\\s*\\S.*"
              + "(?:\\bDOI\\b|doi\\.org|\\bet al\\b|retrieved .* from https?://).*"
              + "|^Journal information\\s*:\\s*\\S.{0,80}$");

  /**
   * The label over a note about or from the author: "ABOUT THE AUTHOR", "About the authors", "Note
   * from the author:".
   */
  private static final Pattern ABOUT_THE_AUTHOR_LABEL =
      Pattern.compile(
          "^(?:About the (?:authors?|writers?|reporters?)|(?:A )?note from the (?:authors?|writers?))"
              + "\\s*:?$",
          Pattern.CASE_INSENSITIVE);

  /** The writer on themselves: "I cover utilities … Views are my own." */
  private static final Pattern FIRST_PERSON_NOTE =
      Pattern.compile("^I(?:'m| am)? (?:cover|write|report|am a|'m a)\\b");

  /** How a writer asks to be reached, or disowns their employer's views. */
  private static final Pattern WRITER_CONTACT =
      Pattern.compile(
          "\\b(?:tips?|views are my own|reach me|message me|follow me|contact me|email me)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ABOUT_AUTHOR =
      Pattern.compile(
          "\\s+(?:is|was|covers|writes|reports|has|joined|can be reached|previously)\\b.*",
          Pattern.CASE_INSENSITIVE);

  private Trailers() {}

  /**
   * A line after which nothing on the page is the article: copyright, wire credits, an end mark, a
   * print-edition note, a source credit or a pasted story's link to where it came from.
   */
  static boolean endsArticle(String line) {
    String s = line.strip();
    if (END_MARK.matcher(s).matches() || WITH_A_REPORT.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 80 && MADE_BY.matcher(s).matches()) return true;
    if (CLOSING_BLOCK.matcher(s).matches() || SHARED_CLOSING.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 10 && RELEASE_SOURCE.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 8 && isAgencySource(s)) return true;
    if (LineShape.words(s) <= 16 && ASSISTANCE.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 40 && CANNOT_BE_REPRODUCED.matcher(s).find()) return true;
    if (LineShape.words(s) <= 14 && TRANSLATION_NOTE.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 30 && LICENCE_NOTICE.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 80 && PRINT_EDITION.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 60 && SYNDICATION.matcher(s).matches()) return true;
    if (ABOUT_THE_AUTHOR_LABEL.matcher(s).matches()) return true;
    if (NOTES_TO_EDITORS.matcher(s).matches()) return true;
    if (HOW_WE_REVIEWED.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 8 && PROVIDED_BY.matcher(s).matches()) return true;
    if (SOURCE_LINK.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 80 && PAPER_REFERENCE.matcher(s).matches()) return true;
    if (LineShape.words(s) <= 20 && TRANSCRIPT_NOTICE.matcher(s).matches()) return true;
    if (initialsCredit(s).isPresent() || filesFrom(s).isPresent()) return true;
    if (signOff(s).isPresent()) return true; // "— Corinne Maddox, Ledger staff" under the story
    if (LineShape.hasQuotation(s) || LineShape.words(s) > 60) return false;
    // "— Reporting by …" under a shared post, "--Additional reporting by …": a dash may lead
    if (isCredits(LEADING_DASHES.matcher(s).replaceFirst(""))) return true;
    return isCopyright(s)
        || LineShape.words(s) <= 30 && CONTRIBUTED.matcher(s).matches()
        || REPORTED_FROM.matcher(s).matches();
  }

  /**
   * "© 2026 The Paper", "Copyright 2026 …", "(c) 2026 …", or a line of at most 40 words with "all
   * rights reserved" that opens with it or also holds the sign or a year.
   */
  private static boolean isCopyright(String s) {
    if (LineShape.words(s) > 40) return false;
    // "© Lanternfield International/Jonah Keter": an owner and a photographer, no year, is the
    // credit of a picture
    if (Captions.isPictureCopyright(s)) return false;
    if (COPYRIGHT.matcher(s).matches()) return true;
    java.util.regex.Matcher rights = RIGHTS_RESERVED.matcher(s);
    return rights.find() && (rights.start() == 0 || s.contains("©") || DateStamps.hasYear(s));
  }

  /**
   * "Source: Al Jazeera and news agencies", "Source: AFP": a story's source that is news agencies.
   * A chart's source ("Source: Bloomberg", "Source: Office for National Statistics") is no end: it
   * credits the chart above it.
   */
  private static boolean isAgencySource(String s) {
    java.util.regex.Matcher m = SOURCE_CREDIT.matcher(s);
    if (!m.matches()) return false;
    String source = m.group(1).strip();
    String agency = WebLexicon.agency(source);
    // Bloomberg is also the data under a chart ("Source: Bloomberg")
    return source.matches("(?i).*\\b(?:news )?agencies$")
        || agency != null && !agency.equals("Bloomberg");
  }

  /**
   * The agencies of a closing credit of writers' initials: "ab/rm (dpa, Reuters)" gives "dpa,
   * Reuters"; empty when {@code line} is no such credit or names something other than agencies.
   */
  static java.util.Optional<String> initialsCredit(String line) {
    java.util.regex.Matcher m = INITIALS_CREDIT.matcher(line.strip());
    if (!m.matches()) return java.util.Optional.empty();
    for (String part : m.group(1).split("\\s*,\\s*")) {
      if (WebLexicon.agency(part) == null) return java.util.Optional.empty();
    }
    return java.util.Optional.of(m.group(1).strip());
  }

  /**
   * The agencies a closing credit names: writers' initials and agencies ({@link #initialsCredit}),
   * or the agencies among "With files from" agencies and people ("With files from The Canadian
   * Press and Ian Friesen" gives "The Canadian Press") or among those who "contributed to this
   * story" ("Xinhua contributed to this story."); empty when the line is neither or names no
   * agency.
   */
  static java.util.Optional<String> creditedAgency(String line) {
    java.util.Optional<String> initials = initialsCredit(line);
    if (initials.isPresent()) return initials;
    return filesFrom(line).filter(a -> !a.isEmpty()).map(a -> String.join(", ", a));
  }

  /** The agencies of a "With files from" credit (maybe none), or empty when it is no such line. */
  private static java.util.Optional<List<String>> filesFrom(String line) {
    java.util.regex.Matcher m = FILES_FROM.matcher(line.strip());
    if (!m.matches()) m = CONTRIBUTED_BY.matcher(line.strip());
    if (!m.matches() || LineShape.hasQuotation(line)) return java.util.Optional.empty();
    List<String> agencies = new java.util.ArrayList<>();
    for (String part : m.group(1).split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
      String agency = WebLexicon.agency(part);
      if (agency != null) agencies.add(agency);
      else if (!Bylines.isNameList(part)) return java.util.Optional.empty();
    }
    return java.util.Optional.of(agencies);
  }

  private static final Pattern LEADING_DASHES = Pattern.compile("^[—–-]+\\s*");

  /**
   * The writers of a sign-off under a story: a dash, their names and their newsroom job ("— Corinne
   * Maddox, Ledger staff", "- Ana Lim, staff writer"); empty when the line is none. A pull quote's
   * credit names no newsroom job ("— Thandeka Mbali, Makhanda resident").
   */
  static java.util.Optional<List<String>> signOff(String line) {
    java.util.regex.Matcher m = SIGN_OFF.matcher(line.strip());
    if (!m.matches() || !Bylines.isNameList(m.group(1))) return java.util.Optional.empty();
    String[] job = LineShape.tokens(m.group(2));
    if (job.length == 0 || !WebLexicon.isNewsroomRole(job[job.length - 1])) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Bylines.names(m.group(1), true));
  }

  private static final Pattern SIGN_OFF =
      Pattern.compile("^[—–-]+\\s*([^,]{3,60}),\\s*([^,.!?]{3,40})$");

  /**
   * The writers a closing credit names ("— Reporting by Kayla Brandt and Marcus Odell", "Reporting
   * by A in Frankfurt; Editing by B" gives A, "Reported by A and B" both, a sign-off "— Corinne
   * Maddox, Ledger staff" hers), or none: a story whose page prints no byline above it is theirs.
   */
  static List<String> reporters(String line) {
    java.util.Optional<List<String>> signed = signOff(line);
    if (signed.isPresent()) return signed.get();
    String s = LEADING_DASHES.matcher(line.strip()).replaceFirst("");
    if (!isCredits(s)) return List.of();
    for (String part : CREDIT_SEPARATOR.split(s)) {
      java.util.regex.Matcher m = CREDIT.matcher(part.strip());
      if (!m.matches() || !part.strip().toLowerCase(Locale.ROOT).startsWith("report")) {
        continue;
      }
      String names = PLACE.matcher(m.group(1)).replaceAll("").strip();
      if (Bylines.isNameList(names)) return Bylines.names(names, true);
    }
    return List.of();
  }

  /**
   * What separates the credits of one line: a semicolon, or a full stop after a word (not after an
   * initial) before the next credit's capital ("Additional reporting by A. Editing by B.").
   */
  private static final Pattern CREDIT_SEPARATOR =
      Pattern.compile("\\s*;\\s*|(?<=\\p{L}{2})\\.\\s+(?=\\p{Lu})");

  /**
   * "Reporting by A and B in Frankfurt; Additional reporting by C; Editing by D", "Additional
   * reporting by A. Editing by B.".
   */
  private static boolean isCredits(String s) {
    for (String part : CREDIT_SEPARATOR.split(s)) {
      java.util.regex.Matcher m = CREDIT.matcher(part.strip());
      if (!m.matches()) return false;
      String names = PLACE.matcher(m.group(1)).replaceAll("").strip();
      if (WebLexicon.agency(names) == null && !Bylines.isNameList(names)) return false;
    }
    return true;
  }

  /**
   * Whether {@code line} is a writer's biography: it opens with the full name (two words or more)
   * of one of {@code authors} and says what they are or do ("Lena Haskins is a reporter at …",
   * "Marcus Odom covers labor …"), with no quotation.
   */
  static boolean isAuthorBio(String line, List<String> authors) {
    String s = line.strip();
    if (!mayBeANote(s)) return false;
    for (String author : authors) {
      if (LineShape.words(author) >= 2 && saysWhatTheyAre(s, author, false)) return true;
    }
    return false;
  }

  /**
   * A note about the authors at the end of the body: it holds an email address, it starts with an
   * author's name followed by what they do ("Marcus Bell is a former city planner…"), or the writer
   * speaks of themselves and of how to reach them ("I cover utilities … Tips welcome").
   */
  static boolean isAuthorNote(String line, List<String> authors) {
    String s = line.strip();
    if (!mayBeANote(s)) return false;
    if (LineShape.hasEmail(s)) return true;
    if (FIRST_PERSON_NOTE.matcher(s).lookingAt() && WRITER_CONTACT.matcher(s).find()) return true;
    for (String author : authors) {
      if (saysWhatTheyAre(s, author, true)) return true;
    }
    return false;
  }

  /**
   * A writer's line on their own beat, in the first person ("I cover the energy transition in
   * Central and Eastern Europe."): at most {@link #MAX_BEAT_NOTE_WORDS} words, quoting nobody.
   */
  static boolean isBeatNote(String line) {
    String s = line.strip();
    return mayBeANote(s)
        && LineShape.words(s) <= MAX_BEAT_NOTE_WORDS
        && FIRST_PERSON_NOTE.matcher(s).lookingAt();
  }

  private static final int MAX_BEAT_NOTE_WORDS = 25;

  /** A note about a writer quotes nobody and is short. */
  private static boolean mayBeANote(String s) {
    return !LineShape.hasQuotation(s) && LineShape.words(s) <= 60;
  }

  /**
   * {@code s} opens with {@code author}'s name and says what they are or do ("… is a reporter").
   */
  private static boolean saysWhatTheyAre(String s, String author, boolean ignoreCase) {
    return s.regionMatches(ignoreCase, 0, author, 0, author.length())
        && ABOUT_AUTHOR.matcher(s.substring(author.length())).lookingAt();
  }
}
