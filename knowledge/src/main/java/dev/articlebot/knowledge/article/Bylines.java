package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: "By A and B", "By A, B and C", "By MARIA GARCIA and TOM HOLLIS Associated Press",
 * "by: Name", "By Grace Liu | Dec 2, 2026 | 5:30 PM", "By Yu Xiaodong Updated Jan.1", "By Owen
 * Pritchard, Football reporter at Wembley", "By Reuters"; and, where a page prints no "By", a name
 * with a role ("Owen Calloway Transport correspondent") or a bare name ("Jane Porter").
 *
 * <p>Guarantee: a byline yields only names (capitalised words, with the particles of names) and a
 * news agency; roles, places and dates after them are cut off, and a date printed in the byline is
 * returned apart. A line that runs on as a sentence ("By Monday, the council had voted.") is not a
 * byline.
 */
final class Bylines {

  /** What a byline says. */
  record Byline(List<String> authors, String agency, String printed, List<DateStamps.Stamp> dates) {
    Byline {
      authors = List.copyOf(authors);
      dates = List.copyOf(dates);
    }
  }

  /**
   * "By …", "by: …", "Author: …", "Writer: …", "Byline: …", or a label of {@link
   * WebLexicon#BYLINE_LABELS} and "by" ("Written by …", "Opinion by …", "Story by …"); never a
   * credit of another kind ("Edited by", "Photographs by").
   */
  private static final Pattern LABELLED =
      Pattern.compile(
          "^(?i:(?:(?:"
              + String.join("|", WebLexicon.BYLINE_LABELS)
              + ")\\s+)?by|authors?|(?:writers?|reporters?|byline)(?=\\s*:))\\s*:?\\s+(.+)$");

  /** "From" and names alone, as a page translated from German ("Von") or Spanish ("De") reads. */
  private static final Pattern FROM_NAMES = Pattern.compile("^From\\s+(\\S.*)$");

  /** "Posted on April 3, 2026 by Jane Doe": a date line, then the byline. */
  private static final Pattern DATED = Pattern.compile("^(.+?)\\s+(?i:by)\\s+(\\S.*)$");

  /** A time since posting, as feeds print it after a byline: "2h", "1d", "45m". */
  private static final Pattern SINCE_POSTED = Pattern.compile("\\d{1,2}\\s?[mhdw]");

  /** What separates a byline's parts: "Jane Doe | Reuters", "Jane Doe · 5 min read", "A / TNN". */
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|·•/–—-]\\s+|\\s*\\|\\s*");

  private static final Pattern DATE_SEPARATOR =
      Pattern.compile("\\s+(?:\\||·|—|–|-|/)\\s+|\\s*\\|\\s*");
  private static final Pattern DATE_LABEL =
      Pattern.compile("\\b(?:updated|published|posted|last updated)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGENCY_AFTER_NAMES = agencyAfterNames();
  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*,?\\s+(and)\\s+|\\s*,?\\s*(&)\\s*|\\s*,\\s*", Pattern.CASE_INSENSITIVE);

  private Bylines() {}

  /** "By" alone on its line, or with what was done: "Written by", "Reported by:". */
  private static final Pattern BY_ALONE =
      Pattern.compile("(?i)(?:(?:written|reported|words|story|text)\\s+)?by:?");

  /**
   * Joins a byline a page printed over two lines, "By" (or "Written by") alone and the names under
   * it ("By Lucia Ferrante"), or a byline that ends with a comma or "and" and the names under it
   * ("By Maren Olstad," / "Julian Achterberg"), into one line; nothing else changes.
   */
  static List<Line> joinSplit(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    for (int i = 0; i + 1 < out.size(); i++) {
      // "By Maren Olstad," over "Julian Achterberg": writers a page prints one per element
      String text = out.get(i).text();
      boolean goesOn = text.endsWith(",") || text.matches("(?i).*\\s(?:and|&)$");
      if (goesOn && labelled(text.replaceAll("\\s*(?:,|and|&)$", "")).isPresent()) {
        String more = out.get(i + 1).text();
        if (LineShape.words(more) <= 12 && isNameList(more)) {
          Line by = out.get(i);
          String joint =
              text.endsWith(",") ? text.substring(0, text.length() - 1) + " and " : text + " ";
          out.set(i, new Line(joint + more, by.markup(), by.blankBefore()));
          out.remove(i + 1);
          continue;
        }
      }
      if (!BY_ALONE.matcher(out.get(i).text()).matches()) continue;
      String names = out.get(i + 1).text();
      if (LineShape.words(names) > 12 || names(names, true).isEmpty() || !isNameList(names)) {
        continue;
      }
      Line by = out.get(i);
      out.set(i, new Line(by.text() + " " + names, by.markup(), by.blankBefore()));
      out.remove(i + 1);
    }
    return out;
  }

  /**
   * A byline that says "By" (or "by:", "Written by", a one-word label and "by": "Opinion by",
   * "Story by"), or that follows a date ("Posted on April 3, 2026 by Jane Doe"); or empty.
   */
  static Optional<Byline> labelled(String line) {
    String s = line.strip();
    if (LineShape.words(s) > 20) return Optional.empty();
    List<DateStamps.Stamp> dates = new ArrayList<>();
    String rest;
    Matcher m = LABELLED.matcher(s);
    Matcher dated = DATED.matcher(s);
    Matcher from = FROM_NAMES.matcher(s);
    if (m.matches() && !isDateLabel(s)) {
      // "BYLINE: By Joanna Feld, Staff Writer": the label's value may say "By" itself
      rest = m.group(1).replaceFirst("^(?i:by)\\s+", "");
    } else if (from.matches()
        && isNameList(from.group(1))
        && names(from.group(1), true).size() > 1) {
      rest = from.group(1); // "From Lena Hofmeister and Daniel Brugger": a translated "Von …"
    } else if (dated.matches() && !DateStamps.read(dated.group(1)).isEmpty()) {
      dates.addAll(DateStamps.read(dated.group(1)));
      rest = dated.group(2);
    } else {
      return Optional.empty();
    }
    rest = rest.strip().replaceAll("\\s*[|·•,–—-]+$", "");
    rest = withoutPlaces(cutDate(rest, dates));
    if (dates.isEmpty() && LineShape.endsLikeSentence(rest) && !rest.matches(".*\\b\\p{Lu}\\.$")) {
      return Optional.empty();
    }
    String whole = WebLexicon.agency(rest.replaceAll("[.,]$", ""));
    if (whole != null) return Optional.of(new Byline(List.of(), whole, s, dates));
    // An agency after the names: "MARIA GARCIA and TOM HOLLIS Associated Press", "A, Reuters".
    String[] namesAndAgency = cutAgency(rest);
    rest = namesAndAgency[0];
    String agency = namesAndAgency[1];
    if (agency.isEmpty()) {
      // "By RACHEL OYELARAN and TOBIAS KVALE WirePress": after names in capitals, the words that
      // are not in capitals are the agency's or the paper's
      Matcher wire = CAPITALS_THEN_SOURCE.matcher(rest);
      boolean role =
          wire.matches()
              && java.util.Arrays.stream(wire.group(2).split("\\s+"))
                  .anyMatch(WebLexicon::isRoleWord); // "JANE DOE Staff Writer": her job
      if (wire.matches() && !role && isNameList(wire.group(1))) {
        rest = wire.group(1);
        agency = wire.group(2);
      }
    }
    // After a bar, the publication, or a time since posting: "A and B | The Hartford Sentinel",
    // "Story by Megan Albright • 2h".
    String[] parts = PART_SEPARATOR.split(rest);
    rest = parts[0].strip();
    // "By Hannah Oyelaran The Courier": the paper's name after the writer's, with no mark between
    Matcher paper = PAPER_AFTER_NAMES.matcher(rest);
    if (paper.matches() && isNameList(paper.group(1))) rest = paper.group(1);
    for (int k = 1; k < parts.length; k++) {
      if (SINCE_POSTED.matcher(parts[k].strip()).matches()) {
        dates.add(new DateStamps.Stamp(DateStamps.Kind.PUBLISHED, parts[k].strip()));
      }
    }
    // As printed, less a separator left hanging where a date stood on the page's next line.
    String printed = s.replaceAll("\\s*[|·•,–—-]+$", "");
    // "by University of Tasmania": an institution's name, not a writer's, is the story's source
    String[] words = LineShape.tokens(rest);
    if (agency.isEmpty()
        && words.length >= 2
        && words.length <= 8
        && NewsLexicon.ORGANISATION_NOUNS.contains(words[0].toLowerCase(Locale.ROOT))
        && LineShape.startsLikeTitle(rest)) {
      return Optional.of(new Byline(List.of(), rest, printed, dates));
    }
    List<String> authors = names(rest, true);
    // "By: HORIZON 24 with AFP": a newsroom's name, no writer's, and the agency
    if (authors.isEmpty() && !agency.isEmpty()) {
      return Optional.of(new Byline(List.of(), agency, printed, dates));
    }
    if (authors.isEmpty()) return Optional.empty();
    return Optional.of(new Byline(authors, agency, printed, dates));
  }

  /**
   * Where each writer wrote from, after their name ("Katrin Albers in Frankfurt and Oliver Pennant
   * in London", a match report's "Rachel Ogundipe at Hatherley Park", "… at Parc y Felin"): a place
   * of one to three capitalised words (a short particle may stand between) before the next name, a
   * bar or dot that sets the byline's next part apart ("ZHANG WEI in Chengdu | chinadaily.com.cn"),
   * or the end.
   */
  private static final Pattern WRITING_FROM =
      Pattern.compile(
          "(?<=\\p{L})\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}.'’-]*"
              + "(?:\\s+(?:(?:y|de|del|la|le|du|of|upon)\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,2}"
              + "(?=\\s*(?:,|&|\\band\\b|[|·•]|$))");

  /** Names in capitals, then a source that is not: "RACHEL OYELARAN and TOBIAS KVALE WirePress". */
  private static final Pattern CAPITALS_THEN_SOURCE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}'’.-]+(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+)\\p{Lu}[\\p{Lu}'’.-]+)+)"
              + "\\s+(\\p{Lu}[\\p{L}&.-]*\\p{Ll}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2})$");

  /** Names, then a paper's name that opens with "The": "Hannah Oyelaran The Courier". */
  private static final Pattern PAPER_AFTER_NAMES =
      Pattern.compile("^(.+?)\\s+(The(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){1,4})$");

  /**
   * A name in capitals, the place written from in ordinary capitals, a dash and the date, as some
   * European papers print their byline: "SARA LÓPEZ Seville - 03 DEC 2026 - 07:40 CET".
   */
  private static final Pattern CAPITALS_PLACE_DATE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}'’.-]+(?:\\s\\p{Lu}[\\p{Lu}'’.-]+){1,3})\\s+\\p{Lu}\\p{Ll}[\\p{L}'’ -]{0,30}?"
              + "\\s+[-–—]\\s+(\\d.*)$");

  /** {@code names} without the places their writers wrote from. */
  private static String withoutPlaces(String names) {
    return WRITING_FROM.matcher(names).replaceAll("");
  }

  /** "Posted by …", "Updated by …": a date's label, not a byline's. */
  private static boolean isDateLabel(String line) {
    return line.matches("(?i)^(?:posted|published|updated|modified)\\s+by\\b.*");
  }

  /**
   * A writer's signature line, as some sites print it under the story rather than over it: the
   * writer's name, then only their address and dates, set apart by bars ("Orla Brennock |
   * orla@paper.ie | Published 10 March 2026, 16:05 | Updated 10 March 2026, 19:40"). Every part
   * after the name is an address or a date, and one at least is a date; else empty.
   */
  static Optional<Byline> signature(String line) {
    String printed = line.strip();
    String[] parts = SIGNATURE_BAR.split(printed);
    if (parts.length < 2) return Optional.empty();
    Optional<Byline> name = labelled(parts[0]).or(() -> unlabelled(parts[0], true));
    if (name.isEmpty() || name.get().authors().isEmpty() || !name.get().dates().isEmpty()) {
      return Optional.empty();
    }
    List<DateStamps.Stamp> dates = new ArrayList<>();
    for (int k = 1; k < parts.length; k++) {
      if (EMAIL.matcher(parts[k]).matches()) continue;
      List<DateStamps.Stamp> stamps = DateStamps.read(parts[k]);
      if (stamps.isEmpty()) return Optional.empty();
      dates.addAll(stamps);
    }
    if (dates.isEmpty()) return Optional.empty();
    return Optional.of(new Byline(name.get().authors(), name.get().agency(), printed, dates));
  }

  /** The bar between a signature line's parts. */
  private static final Pattern SIGNATURE_BAR = Pattern.compile("\\s*\\|\\s*");

  /** An email address and nothing else. */
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /**
   * A line without "By" that is a byline by shape: a name followed by a role ("Owen Calloway
   * Transport correspondent", "Marcus Bell Contributing columnist"), or, when {@code bareNameOk}, a
   * name alone of two to four words ("Jane Porter").
   */
  static Optional<Byline> unlabelled(String line, boolean bareNameOk) {
    String printed = line.strip();
    // "SARA LÓPEZ Seville - 03 DEC 2026 - 07:40 CET": a name in capitals, the place, the date
    Matcher capsDated = CAPITALS_PLACE_DATE.matcher(printed);
    if (capsDated.matches()) {
      List<DateStamps.Stamp> dates = DateStamps.read(capsDated.group(2));
      if (!dates.isEmpty()) {
        return Optional.of(new Byline(List.of(capsDated.group(1)), "", printed, dates));
      }
    }
    // "ELLEN MACISAAC STAFF REPORTER emacisaac@herald.ca": the writer's address after the job
    // makes the line a byline, even in capitals
    Matcher mail = TRAILING_EMAIL.matcher(printed);
    boolean reachable = mail.find();
    if (reachable) printed = printed.substring(0, mail.start()).strip();
    String s = bareNameOk ? withoutPlaces(printed) : printed;
    if (!s.equals(printed)) {
      // "Katrin Albers in Frankfurt and Oliver Pennant in London": names and nothing else
      return isNameList(s) && !LineShape.isAllCaps(s)
          ? Optional.of(new Byline(names(s, true), "", printed, List.of()))
          : Optional.empty();
    }
    Optional<Byline> withAgency = nameAndAgency(s);
    if (withAgency.isPresent()) return withAgency;
    if (bareNameOk) {
      Optional<Byline> several = severalNames(s);
      if (several.isPresent()) return several;
    }
    Optional<Byline> commaAgency = nameCommaAgency(s);
    if (commaAgency.isPresent()) return commaAgency;
    Optional<Byline> withRole = nameCommaRole(s);
    if (withRole.isPresent()) return withRole;
    String[] t = LineShape.tokens(s);
    if (t.length < 2 || t.length > 8 || LineShape.endsLikeSentence(s) || s.contains(",")) {
      return Optional.empty();
    }
    int role = firstRoleWord(t);
    if (role < 0) {
      if (!bareNameOk || t.length > 4) return Optional.empty();
      String name = nameAt(t, 0, t.length, true);
      // "The Northern Ledger" alone over the date: the paper, not its writer; "Peer-Reviewed
      // Publication", "Ellery University": a label, an institution
      return name != null
              && LineShape.words(name) == t.length
              && !LineShape.isAllCaps(s)
              && !isPublication(t, 0, t.length)
              && !NewsLexicon.notPerson(t[t.length - 1])
          ? Optional.of(new Byline(List.of(name), "", s, List.of()))
          : Optional.empty();
    }
    int end = roleStart(t, role);
    if (end < 2) return Optional.empty();
    String name = nameAt(t, 0, end, true);
    if (name == null || LineShape.words(name) != end || LineShape.isAllCaps(name) && !reachable)
      return Optional.empty();
    // "Western Canada reporter": a beat, not a name
    for (int k = 0; k < end; k++) if (NewsLexicon.notPerson(t[k])) return Optional.empty();
    return Optional.of(new Byline(List.of(name), "", line.strip(), List.of()));
  }

  /** An email address that ends a line, after a space. */
  private static final Pattern TRAILING_EMAIL =
      Pattern.compile("\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$");

  /**
   * "Ibrahim Garba, Abuja": a name, a comma and where they wrote from (one or two capitalised
   * words), as a second writer under the first.
   */
  static Optional<Byline> nameAndPlace(String line) {
    String s = line.strip();
    String name = namesBefore(s, ',');
    if (name == null) return Optional.empty();
    String place = after(s, ',');
    if (!place.matches("\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+)?")) return Optional.empty();
    return Optional.of(new Byline(names(name, true), "", s, List.of()));
  }

  /**
   * "Mohamed Farhan Ismail, Housing Correspondent", "Nadia Ferreira-Cole, Stoop Staff": a name, a
   * comma, and a newsroom job of at most four words that ends the line.
   */
  private static Optional<Byline> nameCommaRole(String line) {
    // "Hannah Reddy, news reporter @hannahreddysky": the writer's handle after the role
    String s = SOCIAL_HANDLE.matcher(line).replaceFirst("");
    // "Okeima Lindsay-Grant/Staff Reporter": a slash stands where others print a comma, and so
    // does a dot ("Corinne Malachuk · Kamloops Reporter, SPB News": the outlet after the role)
    char mark = s.indexOf(',') < 0 && s.indexOf('/') == s.lastIndexOf('/') ? '/' : ',';
    boolean dotted = s.indexOf('·') > 0 && s.indexOf('·') == s.lastIndexOf('·');
    if (dotted) mark = '·';
    String name = namesBefore(s, mark);
    if (name == null) return Optional.empty();
    String job = after(s, mark);
    if (dotted && job.indexOf(',') >= 0) job = job.substring(0, job.indexOf(','));
    String[] role = LineShape.tokens(job);
    if (role.length == 0 || role.length > 4) return Optional.empty();
    if (!WebLexicon.isNewsroomRole(role[role.length - 1])) return Optional.empty();
    return Optional.of(new Byline(names(name, true), "", line, List.of()));
  }

  /**
   * "Dylan Thorburn, The Canadian Press", "Ana Lim and Tom Roe, Reuters": names, one comma and a
   * wire agency that ends the line.
   */
  private static Optional<Byline> nameCommaAgency(String s) {
    String name = namesBefore(s, ',');
    if (name == null) return Optional.empty();
    String agency = WebLexicon.agency(after(s, ','));
    if (agency == null) return Optional.empty();
    return Optional.of(new Byline(names(name, true), agency, s, List.of()));
  }

  /**
   * What stands before the only {@code mark} of {@code s} ("Ibrahim Garba" in "Ibrahim Garba,
   * Abuja"), when it is one or more names not printed in capitals; null when {@code s} holds no
   * such mark, several, or no names before it.
   */
  private static String namesBefore(String s, char mark) {
    int at = s.indexOf(mark);
    if (at < 0 || s.indexOf(mark, at + 1) >= 0) return null;
    String name = s.substring(0, at).strip();
    return isNameList(name) && !LineShape.isAllCaps(name) ? name : null;
  }

  /** What follows the first {@code mark} of {@code s}, stripped. */
  private static String after(String s, char mark) {
    return s.substring(s.indexOf(mark) + 1).strip();
  }

  /** A social media handle that ends a byline: " @hannahreddysky". */
  private static final Pattern SOCIAL_HANDLE = Pattern.compile("\\s+@\\w{2,30}$");

  /**
   * "Jane Doe and John Roe", "Nadia Brennan (now) and Tom Achterberg (earlier)": two or more names
   * and nothing else, each maybe with a note of one or two words in brackets (live pages name who
   * writes now and who wrote before).
   */
  private static Optional<Byline> severalNames(String s) {
    String[] namesAndAgency = cutAgency(NAME_NOTE.matcher(s).replaceAll("").strip());
    String names = namesAndAgency[0];
    if (names.isEmpty() || !isNameList(names)) return Optional.empty();
    List<String> authors = names(names, true);
    return authors.size() >= 2 && !LineShape.isAllCaps(names)
        ? Optional.of(new Byline(authors, namesAndAgency[1], s, List.of()))
        : Optional.empty();
  }

  /**
   * Names and the agency printed after them ("MARIA GARCIA and TOM HOLLIS Associated Press", "A,
   * Reuters"): {names, agency}, the agency "" when none follows.
   */
  private static String[] cutAgency(String text) {
    // "Sophie Lamarque with AP, AFP": every agency after the names, in the order printed
    List<String> agencies = new ArrayList<>();
    String rest = text;
    Matcher t = AGENCY_AFTER_NAMES.matcher(rest);
    while (t.find() && t.start() > 0) {
      agencies.add(0, WebLexicon.agency(t.group(1)));
      rest = rest.substring(0, t.start()).strip();
      t = AGENCY_AFTER_NAMES.matcher(rest);
    }
    return new String[] {rest, String.join(", ", agencies)};
  }

  /** A note after a name in a byline: "(now)", "(earlier)", "(in London)". */
  private static final Pattern NAME_NOTE = Pattern.compile("\\s*\\((?:[^()\\s]+\\s?){1,2}\\)");

  /**
   * "Jane Doe | Reuters", "Jane Doe · Reuters · Dec 1, 2026", "Jane Doe · City News · Posted: Dec
   * 2, 2026 | Last Updated: 2 hours ago", "Jane Doe | Political correspondent @janedoe": a name of
   * two to four words that is no publication or section ("World News | Reuters"), then, after bars
   * or dots, an agency, dates or the writer's job, and nothing but those and the publication's
   * name.
   */
  private static Optional<Byline> nameAndAgency(String s) {
    String[] parts = PART_SEPARATOR.split(s);
    if (parts.length < 2) return Optional.empty();
    String[] t = LineShape.tokens(parts[0]);
    boolean fits = t.length >= 2 && t.length <= 4 && !isPublication(t, 0, t.length);
    String name = fits ? nameAt(t, 0, t.length, true) : null;
    if (name == null) return Optional.empty();
    String agency = "";
    boolean role = false;
    List<DateStamps.Stamp> dates = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String a = WebLexicon.agency(parts[i]);
      List<DateStamps.Stamp> d = DateStamps.read(parts[i]);
      String[] p = LineShape.tokens(parts[i]);
      if (a != null && agency.isEmpty()) agency = a;
      else if (!d.isEmpty()) dates.addAll(d);
      else if (isRoleAndHandle(parts[i])) role = true;
      else if (p.length == 0 || p.length > 5 || !isPublication(p, 0, p.length)) {
        return Optional.empty();
      }
    }
    if (agency.isEmpty() && dates.isEmpty() && !role) return Optional.empty();
    return Optional.of(new Byline(List.of(name), agency, s, dates));
  }

  /**
   * "Political correspondent @sophiemarchetti": a newsroom job, maybe with a handle, and no more.
   */
  private static boolean isRoleAndHandle(String part) {
    String s = part.replaceAll("\\s*@\\w+$", "").strip();
    String[] t = LineShape.tokens(s);
    if (t.length == 0 || t.length > 5 || LineShape.endsLikeSentence(s)) return false;
    // a beat and a job: "Political correspondent", "Senior business reporter"
    return WebLexicon.isNewsroomRole(t[t.length - 1]);
  }

  /**
   * True when the line opens with a newsroom job and says no more than that in its first sentence:
   * a noun in the first three words ("Senior reporter covering chips.", "Writer on cities,
   * transport…"), no article before it and no finite verb after it, so "A team of researchers has
   * built…" and "Chief executive Mark Carney resigned…" are not.
   */
  static boolean opensWithRole(String line) {
    String[] t = LineShape.tokens(line);
    if (t.length == 0 || NewsLexicon.ARTICLES.contains(t[0].toLowerCase(Locale.ROOT))) return false;
    boolean role = false;
    for (int i = 0; i < Math.min(3, t.length); i++) role |= WebLexicon.isNewsroomRole(t[i]);
    if (!role) return false;
    int end = 0;
    while (end < t.length && !LineShape.endsLikeSentence(t[end])) end++;
    return !LineShape.hasFiniteVerb(java.util.Arrays.copyOf(t, Math.min(t.length, end + 1)), 0);
  }

  /**
   * The names in "A, B and C[, role…]" (with a comma before "and" or without), up to the first part
   * that is not a name, except a writer's newsroom between two names ("A, ProPublica, and B"). A
   * role may stand before a name ("energy reporter Tom Nguyen") or after it ("Owen Pritchard,
   * Football reporter"); the part after "and" closes the list, so "A and B, Lakeside Courier" names
   * two people.
   */
  static List<String> names(String text, boolean allowCaps) {
    List<String> out = new ArrayList<>();
    String s = text.strip();
    Matcher sep = NAME_SPLIT.matcher(s);
    int from = 0;
    boolean last = false;
    while (from <= s.length()) {
      boolean found = sep.find();
      String piece = s.substring(from, found ? sep.start() : s.length());
      Part part = part(piece, allowCaps);
      if (part == null
          && !out.isEmpty()
          && !last
          && found
          && sep.group(1) != null
          && AFFILIATION.matcher(piece).matches()) {
        // "Nora Feldkamp, ProPublica, and Tobias Ruelas, The Gazette": the first writer's
        // newsroom, and another writer after it
        from = sep.end();
        last = true;
        continue;
      }
      if (part == null) break;
      out.add(part.name());
      if (last || !found || part.roleAfter()) break;
      last = sep.group(1) != null || sep.group(2) != null;
      from = sep.end();
    }
    return out;
  }

  /**
   * A newsroom after a writer's name: one to four capitalised words ("ProPublica", "The Gazette").
   */
  private static final Pattern AFFILIATION =
      Pattern.compile("\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3}");

  /**
   * True when {@code text} is names and nothing else: "A", "A and B", "A, B and C" (each name two
   * to five name words).
   */
  static boolean isNameList(String text) {
    String s = text.strip();
    if (s.isEmpty()) return false;
    for (String p : NAME_SPLIT.split(s)) {
      Part part = part(p, true);
      if (part == null || part.roleAfter() || !part.name().equals(p.strip())) return false;
    }
    return true;
  }

  /** A name in a byline, and whether a role follows it in the same part. */
  private record Part(String name, boolean roleAfter) {}

  /** The name in one part of a byline, with any role before or after it cut off; or null. */
  private static Part part(String part, boolean allowCaps) {
    String p = part.strip().replaceAll("[.;:]$", "");
    String[] t = LineShape.tokens(p);
    if (t.length == 0) return null;
    int role = firstRoleWord(t);
    int from = 0;
    int end = t.length;
    if (role >= 0 && role < t.length - 1 && !Character.isUpperCase(t[0].codePointAt(0))) {
      from = lastRoleWord(t) + 1; // "energy reporter Tom Nguyen"
    } else if (role >= 0) {
      end = roleStart(t, role); // "Owen Calloway Transport correspondent"
    }
    // "HANNAH PRYCE FOR CLARIONONLINE", "Jane Doe for The Courier": whom the writer wrote for
    for (int k = from + 2; k < end - 1; k++) {
      if (t[k].equalsIgnoreCase("for")) {
        end = k;
        break;
      }
    }
    if (end - from < 2) return null;
    if (isPublication(t, from, end)) return null;
    String name = nameAt(t, from, end, false);
    if (name == null || LineShape.words(name) != end - from) return null;
    if (!allowCaps && LineShape.isAllCaps(name)) return null;
    return new Part(name, end < t.length);
  }

  private static int lastRoleWord(String[] t) {
    for (int i = t.length - 1; i >= 0; i--) if (WebLexicon.isRoleWord(t[i])) return i;
    return -1;
  }

  /**
   * Where the role that contains word {@code role} starts: any role words before it ("Senior
   * reporter"), then any lower-case words and at most one capitalised word that modify it, as long
   * as at least two name words stay in front ("Owen Calloway Transport correspondent", "Mark Sweney
   * Media business correspondent").
   */
  private static int roleStart(String[] t, int role) {
    int start = role;
    while (start > 0 && WebLexicon.isRoleWord(t[start - 1])) start--;
    if (Character.isLowerCase(t[role].codePointAt(0))) {
      int s = start;
      while (s > 2 && Character.isLowerCase(t[s - 1].codePointAt(0))) s--;
      if (s > 2 && Character.isUpperCase(t[s - 1].codePointAt(0))) s--;
      if (s >= 2) start = s;
    }
    return start;
  }

  private static int firstRoleWord(String[] t) {
    for (int i = 0; i < t.length; i++) if (WebLexicon.isRoleWord(t[i])) return i;
    return -1;
  }

  /**
   * Tokens {@code from..to} joined, when every one is a name word; otherwise null. Words of the
   * page's tools may be names ("Larry Page", "Lee Min"), but not all of them, and in a line without
   * "By" ({@code strict}) not the first ("Follow Jane Doe", "Purchase Licensing Rights").
   */
  private static String nameAt(String[] t, int from, int to, boolean strict) {
    if (to - from < 1 || to - from > 5) return null;
    StringBuilder sb = new StringBuilder();
    int capitalised = 0;
    int tools = 0;
    for (int i = from; i < to; i++) {
      String w = t[i];
      if (NewsLexicon.NAME_PARTICLES.contains(w) && i > from && i < to - 1) {
        // a particle inside a name
      } else if (isNameWord(w)) {
        capitalised++;
        if (WebLexicon.TOOL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          tools++;
          if (strict && i == from) return null;
        }
      } else {
        return null;
      }
      if (sb.length() > 0) sb.append(' ');
      sb.append(w);
    }
    return capitalised > 0 && tools < capitalised ? sb.toString() : null;
  }

  /** "Maria", "GARCIA", "O'Connell", "Lucía", "J.", "Jean-Paul", "McAdams". */
  private static boolean isNameWord(String w) {
    if (w.matches("\\p{Lu}\\.(?:\\p{Lu}\\.)*")) return true;
    return w.matches("\\p{Lu}[\\p{L}'’-]*") && !WebLexicon.isRoleWord(w);
  }

  /**
   * A publication, not a person: "The Hartford Sentinel" (an article first), "Lakeside Courier" (a
   * newspaper's word last).
   */
  private static boolean isPublication(String[] t, int from, int to) {
    String first = t[from].toLowerCase(Locale.ROOT);
    String last = t[to - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    return first.equals("the") || WebLexicon.PUBLICATION_WORDS.contains(last);
  }

  /** Cuts a printed date off the end of a byline into {@code dates}; returns what is left. */
  private static String cutDate(String rest, List<DateStamps.Stamp> dates) {
    Matcher label = DATE_LABEL.matcher(rest);
    if (label.find() && label.start() > 0) {
      List<DateStamps.Stamp> d = DateStamps.read(rest.substring(label.start()));
      if (!d.isEmpty()) {
        dates.addAll(d);
        return rest.substring(0, label.start()).strip().replaceAll("[|·,–—-]+$", "").strip();
      }
    }
    Matcher sep = DATE_SEPARATOR.matcher(rest);
    while (sep.find()) {
      String after = rest.substring(sep.end());
      List<DateStamps.Stamp> d = DateStamps.read(after);
      if (d.isEmpty()) {
        // "By Ana Lim · Dec 2, 2026 · 5 min read": the date is one part of several
        d = DateStamps.read(PART_SEPARATOR.split(after, 2)[0]);
      }
      if (!d.isEmpty()) {
        dates.addAll(d);
        return rest.substring(0, sep.start()).strip();
      }
    }
    return rest;
  }

  /**
   * ", Reuters", " Associated Press", " for AFP", " with AFP" at the end of a byline; longest names
   * first.
   */
  private static Pattern agencyAfterNames() {
    List<String> names = new ArrayList<>(WebLexicon.AGENCIES.keySet());
    names.sort((a, b) -> b.length() - a.length());
    StringBuilder alternatives = new StringBuilder();
    for (String name : names) {
      if (alternatives.length() > 0) alternatives.append('|');
      alternatives.append(Pattern.quote(name));
    }
    return Pattern.compile(
        "(?:\\s*[,|·•—–-]\\s*|\\s+(?:for|with)\\s+|\\s+)(?:the\\s+)?(" + alternatives + ")\\.?$",
        Pattern.CASE_INSENSITIVE);
  }
}
