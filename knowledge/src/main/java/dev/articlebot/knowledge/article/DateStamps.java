package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date lines of a page in their many printed forms: bare ("Tue 1 Dec 2026 14.05 GMT",
 * "December 4, 2026 2:47 PM GMT+1"), labelled ("Updated 3:45 PM EST, December 2, 2026", "Posted:
 * Nov 30, 2026 / 06:12 PM CST", "Last modified on …", "Published 2 hours ago", an embargo's
 * "EMBARGOED UNTIL 16:00 GMT WEDNESDAY 4 MARCH 2026"), several on one line ("Published … | Updated
 * …"), and editors' update notes in the body ("Update, December 3rd, 11:40AM ET: Added comment from
 * …").
 *
 * <p>A line is a date line only when every word of its date part is a calendar word, a number, a
 * clock time, a time zone or a separator, and it names a month, a weekday or a time "ago". The date
 * is kept as printed.
 */
final class DateStamps {

  enum Kind {
    PUBLISHED,
    UPDATED
  }

  /** One date the page prints, as printed, and whether it is the publication or an update. */
  record Stamp(Kind kind, String text, boolean labelled) {
    Stamp(Kind kind, String text) {
      this(kind, text, false);
    }
  }

  private static final Set<String> MONTHS =
      union(NewsLexicon.MONTHS, NewsLexicon.MONTH_ABBREVIATIONS);
  private static final Set<String> WEEKDAYS =
      union(NewsLexicon.WEEKDAYS, NewsLexicon.WEEKDAY_ABBREVIATIONS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static final Set<String> RELATIVE =
      Set.of(
          "ago",
          "about",
          "just",
          "now",
          "yesterday",
          "today",
          "a",
          "an",
          "min",
          "mins",
          "minute",
          "minutes",
          "hour",
          "hours",
          "hr",
          "hrs",
          "h",
          "m",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "second",
          "seconds",
          "sec",
          "secs");
  private static final Set<String> JOINERS =
      Set.of("at", "on", "of", "the", "|", "/", "-", "–", "—", "·", "•");

  private static final Pattern LABEL =
      Pattern.compile(
          "^(first published|originally published|last updated?|last modified|published|posted"
              + "|this (?:content|article|story) was (?:first )?published"
              + "|updated?|modified|uploaded|issued|post(?:ed)? date|release date|date"
              + "|(?:under )?embargo(?:ed)? (?:until|to)"
              + "|news release|filed)"
              + "(?:\\s+(?:on|at))?\\s*[:,]?"
              + "\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL_SPLIT =
      Pattern.compile(
          "(?:\\s*[|,;–—·•-]\\s*|(?<=[\\d)])\\s+|(?-i:(?<=\\b[A-Z]{1,3}T)\\s+(?=Updated\\b)))"
              + "(?=(?:first published|originally published"
              + "|last updated?"
              + "|last modified"
              + "|published|posted|updated?|modified|issued)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** A section's name of one capitalised word, then a date that opens with a weekday or a day. */
  private static final Pattern SECTION_THEN_DATE =
      Pattern.compile(
          "^(?!(?i:updated|published|posted)\\b)\\p{Lu}\\p{Ll}+\\s+((?:\\p{Lu}\\p{Ll}+day,?|\\d{1,2})\\s.*\\d.*)$");

  /**
   * A date, a dash, bar or slash, and a section's or a network's name of one to four capitalised
   * words ("& Policy", "December 3, 2026 / 6:12 PM EST / NTN News"), or a place ("Dec 3rd
   * 2026|AMSTERDAM": a bar needs no spaces).
   */
  private static final Pattern DATE_THEN_SECTION =
      Pattern.compile(
          "^(.*\\d.*?)(?:\\s*\\|\\s*|\\s+[/–—-]\\s+)(?!(?i:updated|published|posted|modified)\\b)(\\p{Lu}[\\p{L}'’]*(?:\\s+(?:&|and|\\p{Lu}[\\p{L}'’]*)){0,4})$");

  /** A time ago, a separator, and a date: "3 hours ago · Wed, August 12, 2026 at 6:47 PM EDT". */
  private static final Pattern AGO_THEN_DATE =
      Pattern.compile(
          "^\\d{1,3}\\s+(?i:mins?|minutes?|hrs?|hours?|days?)\\s+(?i:ago)\\s*[·|•,–—-]\\s*(\\S.*)$");

  /**
   * A place of one to four capitalised words, a bar, and labelled dates after it: "Pune | Updated:
   * …" (a byline's writer before the bar is no place).
   */
  private static final Pattern PLACE_THEN_DATES =
      Pattern.compile(
          "^(?!(?i:by)\\s)\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s*\\|\\s*"
              + "((?i:updated|published|posted|last updated|first published)\\b.*)$");

  /**
   * A publication's name of one to five capitalised words, a slash or a dash, and what follows it:
   * "The Courier / Dec 3, 2026", a newsletter's "THE MORNING LEDGER — Friday, Dec. 4, 2026".
   */
  private static final Pattern PAPER_THEN_DATE =
      Pattern.compile(
          "^(?!(?i:by)\\s)\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,4}\\s+[/—–·]\\s+(\\S.*)$");

  private static final Pattern UPDATE_NOTE =
      Pattern.compile(
          "^(?:update|updated)\\b[,:]?\\s*(.*?)\\s*:\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:st|nd|rd|th)?");
  private static final Pattern CLOCK =
      Pattern.compile("\\d{1,2}(?:[:.]\\d{2}){1,2}(?:am|pm|a\\.m|p\\.m)?|\\d{1,2}(?:am|pm)");
  private static final Pattern ZONE = Pattern.compile("[A-Z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?");
  private static final Pattern ISO =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");
  private static final Pattern MONTH_GLUED =
      Pattern.compile("([a-z]+)\\.?(\\d{1,2})(?:st|nd|rd|th)?");

  private DateStamps() {}

  /**
   * A masthead's line: the publication's name, a slash or a dash, and the date of the issue ("THE
   * MORNING LEDGER — Friday, Dec. 4, 2026").
   */
  static boolean isMasthead(String line) {
    Matcher paper = PAPER_THEN_DATE.matcher(line.strip());
    return paper.matches() && isDate(paper.group(1), false);
  }

  /**
   * The dates {@code line} consists of, or empty when it is not a date line. A bare date is
   * reported as {@link Kind#PUBLISHED}; the caller decides what a second bare date means.
   */
  static List<Stamp> read(String line) {
    // "8 min readDec 4, 2026": a reading time before the date, glued to it or set apart
    String s = READING_TIME.matcher(line.strip()).replaceFirst("");
    s = READING_TIME_AFTER.matcher(s).replaceFirst(""); // "Updated … 4:12 PM · 5 min read"
    if (s.isEmpty() || LineShape.words(s) > 20) return List.of();
    // "3 hours ago · Wed, August 12, 2026 at 6:47 PM EDT": the date the time ago counts from
    Matcher ago = AGO_THEN_DATE.matcher(s);
    if (ago.matches() && hasYear(ago.group(1))) {
      List<Stamp> dates = read(ago.group(1));
      if (!dates.isEmpty()) return dates;
    }
    // "Philippine Daily Courier / 04:12 PM December 03, 2026", "The Saltgrass Ledger · 1 December
    // 2026": the paper, a slash, dash or dot, the date
    Matcher paper = PAPER_THEN_DATE.matcher(s);
    if (paper.matches() && isDate(paper.group(1), false)) {
      return List.of(new Stamp(Kind.PUBLISHED, paper.group(1).strip()));
    }
    // "Nation Thursday, 04 Dec 2026 7:41 PM MYT": the section's name, then the date
    Matcher after = SECTION_THEN_DATE.matcher(s);
    if (after.matches() && isDate(after.group(1), false) && !isDate(after.group(0), false)) {
      return List.of(new Stamp(Kind.PUBLISHED, after.group(1).strip()));
    }
    // "Dec 3, 2026 - Politics & Policy": a bare date, a dash or bar, the section's name
    Matcher section = DATE_THEN_SECTION.matcher(s);
    if (section.matches() && isDate(section.group(1), false)) {
      return List.of(new Stamp(Kind.PUBLISHED, section.group(1).strip()));
    }
    // "Pune | Updated: March 12, 2026 14:37 IST": the place filed from, a bar, the dates
    Matcher place = PLACE_THEN_DATES.matcher(s);
    if (place.matches()) {
      List<Stamp> dates = read(place.group(1));
      if (!dates.isEmpty()) return dates;
    }
    List<Stamp> out = new ArrayList<>();
    for (String part : LABEL_SPLIT.split(s)) {
      String p = part.strip().replaceAll("^[|·]\\s*", "");
      if (p.isEmpty()) continue;
      Matcher m = LABEL.matcher(p);
      String bare = undoubled(p);
      if (m.matches()) {
        String value = undoubled(trimSeparators(m.group(2)));
        if (!isDate(value, true)) return List.of();
        String label = m.group(1).toLowerCase(Locale.ROOT);
        Kind kind =
            label.contains("update") || label.contains("modified") ? Kind.UPDATED : Kind.PUBLISHED;
        out.add(new Stamp(kind, value, true));
      } else if (isDate(bare, false)) {
        out.add(new Stamp(Kind.PUBLISHED, trimSeparators(bare)));
      } else {
        return List.of();
      }
    }
    return out;
  }

  /**
   * The place a date line names after its bar, printed in capitals as a dateline is ("Dec 3rd
   * 2026|AMSTERDAM"); empty when the line names a section ("Dec 3, 2026 - Politics & Policy") or no
   * place.
   */
  static Optional<String> placeAfter(String line) {
    String s = line.strip();
    Matcher section = DATE_THEN_SECTION.matcher(s);
    if (!section.matches() || !isDate(section.group(1), false)) return Optional.empty();
    String place = section.group(2);
    boolean barred = s.indexOf('|') >= section.end(1); // the first bar sets the place apart
    return barred
            && LineShape.isAllCaps(place)
            && place.length() > 2
            && WebLexicon.agency(place) == null
        ? Optional.of(place)
        : Optional.empty();
  }

  /** A clock time alone, with its zone maybe: "3:42 PM UTC", "09:27", "4.15pm". */
  static boolean isClock(String line) {
    return CLOCK_LINE.matcher(line.strip()).matches();
  }

  private static final Pattern CLOCK_LINE =
      Pattern.compile(
          "\\d{1,2}[:.]\\d{2}(?:\\s*(?:[AaPp]\\.?[Mm]\\.?))?(?:\\s+[A-Z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?");

  /** "Update, December 3rd, 11:40AM ET: Added comment…": the update time of an editor's note. */
  static Optional<Stamp> updateNote(String line) {
    Matcher m = UPDATE_NOTE.matcher(line.strip());
    if (!m.matches() || LineShape.words(line) > 40) return Optional.empty();
    String when = trimSeparators(m.group(1));
    return isDate(when, true) ? Optional.of(new Stamp(Kind.UPDATED, when)) : Optional.empty();
  }

  /**
   * True when every word of {@code text} is a date word and it names a day, a month or an age ("2
   * hours ago"); after a label ("Updated 5:12 p.m. ET") a clock time is enough.
   */
  private static final Pattern READING_TIME =
      Pattern.compile("^\\d{1,3}\\s*min(?:ute)?s?\\s+read\\s*[·|•,–—-]?\\s*(?=\\p{Lu})");

  private static final Pattern READING_TIME_AFTER =
      Pattern.compile("(?<=\\S)\\s*(?:[·|•,–—-]\\s*)?\\d{1,3}\\s*min(?:ute)?s?\\s+read\\s*$");

  private static final Pattern YEAR_THEN_CLOCK = Pattern.compile("(?:19|20)\\d\\d\\d{1,2}:\\d\\d");

  static boolean isDate(String text, boolean labelled) {
    String[] tokens = LineShape.tokens(text);
    if (tokens.length == 0 || tokens.length > 14) return false;
    boolean anchor = false;
    boolean digit = false;
    for (String raw : tokens) {
      String t = raw.replaceAll("^[|(]+|[,;|)]+$", "");
      if (t.isEmpty()) continue;
      String lower = t.toLowerCase(Locale.ROOT);
      String word = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
      if (t.chars().anyMatch(Character::isDigit)) digit = true;
      if (MONTHS.contains(word) || WEEKDAYS.contains(word)) {
        anchor = true;
      } else if (ISO.matcher(t).matches() || NUMERIC_DATE.matcher(t).matches()) {
        anchor = true;
      } else if (word.equals("ago") || word.equals("yesterday") || word.equals("today")) {
        anchor = true;
      } else if (monthGlued(word) || dayMonthYear(word)) {
        anchor = true;
      } else if (CLOCK.matcher(word).matches() && !NUMBER.matcher(word).matches()) {
        anchor |= labelled;
      } else if (NUMBER.matcher(word).matches()
          || word.equals("am")
          || word.equals("pm")
          || word.equals("a.m")
          || word.equals("p.m")
          || RELATIVE.contains(word)
          || JOINERS.contains(word)) {
        continue;
      } else if (YEAR_THEN_CLOCK.matcher(word).matches()) {
        continue; // "December 2, 20265:04 AM ET": the year and the time glued on the page
      } else if (ZONE.matcher(t).matches() || isBracketedPlace(raw)) {
        continue;
      } else {
        return false;
      }
    }
    return anchor
        && (digit
            || text.toLowerCase(Locale.ROOT).matches(".*\\b(?:yesterday|today|just now)\\b.*"));
  }

  /** "(Paris)" after a time: the city whose clock it is. */
  private static boolean isBracketedPlace(String raw) {
    return raw.matches("\\(\\p{Lu}\\p{Ll}+\\),?");
  }

  /** "3-dec-2026" (a news service's "3-DEC-2026", in lower case): day, month and year by dashes. */
  private static boolean dayMonthYear(String word) {
    Matcher m = DAY_MONTH_YEAR.matcher(word);
    return m.matches() && MONTHS.contains(m.group(1));
  }

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /** Whether {@code text} holds a year of this or the last century ("2026", "1958"). */
  static boolean hasYear(String text) {
    return YEAR.matcher(text).find();
  }

  /** Whether {@code text} reads as a date and names its year ("Dec. 2, 2026", not "Dec 4"). */
  static boolean isDateWithYear(String text) {
    return !read(text).isEmpty() && hasYear(text);
  }

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}-([a-z]+)-\\d{2,4}");

  /** "jan.1", "dec3": a month name with the day glued on. */
  private static boolean monthGlued(String word) {
    Matcher m = MONTH_GLUED.matcher(word);
    return m.matches() && MONTHS.contains(m.group(1));
  }

  /**
   * A date a page shows twice, glued by the copy ("3 Dec 20263 Dec 2026", from two elements with no
   * space between): the date once; any other text as it is.
   */
  static String undoubled(String value) {
    int n = value.length();
    if (n % 2 == 0 && n >= 8 && value.substring(0, n / 2).equals(value.substring(n / 2))) {
      return value.substring(0, n / 2);
    }
    return value;
  }

  private static String trimSeparators(String value) {
    // a full stop after the last figure ends the line, not the date ("…, 2026.")
    return value.strip().replaceAll("^[|·,:/–—-]+\\s*|\\s*[|·,/–—-]+$|(?<=\\d)\\.$", "").strip();
  }
}
