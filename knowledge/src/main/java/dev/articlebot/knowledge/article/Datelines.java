package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens the first paragraph of wire and local copy: "LONG BEACH, Calif.
 * (AP) —", "FRANKFURT, Dec 4 (Reuters) -", "TULSA, Okla. (KTGN) —", "BOSTON —", and a place in
 * ordinary capitals when a source follows it: "Washington (CNN) —", "Washington CNN —"; and a place
 * in capitals before a colon: "PUNE: The corporation…"; an agency between slashes: "MOSCOW,
 * December 3. /TASS/. The …". The dateline stays part of the paragraph's text; this only names the
 * place and the source.
 *
 * <p>Guarantee: the dash is followed by the start of a sentence (a capital, a digit or a quotation
 * mark), so an aside ("NASA — the space agency — said …") is no dateline.
 */
final class Datelines {

  private static final String DASH_THEN_SENTENCE = "\\s*[—–-]{1,2}\\s+[\\p{Lu}\\d\"“‘'(]";

  /**
   * The place ("LONG BEACH, Calif.") and what the brackets hold ("AP"), or ""; the date when the
   * brackets hold one, after the publication's name ("Law360 (December 4, 2026, 6:12 PM EST) --"),
   * or "".
   */
  record Dateline(String place, String source, String date) {
    Dateline(String place, String source) {
      this(place, source, "");
    }
  }

  /**
   * A publication's name of one to three capitalised words and, in brackets, the date and time of
   * the story: "Law360 (December 4, 2026, 6:12 PM EST) --", as legal and trade services open their
   * copy.
   */
  private static final Pattern DATED =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}\\d.'’&-]*(?:\\s\\p{Lu}[\\p{L}\\d.'’&-]*){0,2}\\s*\\(([^)]{6,40})\\)"
              + DASH_THEN_SENTENCE);

  /**
   * A place in capitals, maybe a date, then the agency between slashes, as some state agencies
   * print it: "MOSCOW, December 3. /TASS/. The Russian …".
   */
  private static final Pattern SLASHED =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu})(?:,\\s+[^/]{1,30}?)?\\s*/(\\p{Lu}[\\p{L}\\d&-]{1,20})/\\.?"
              + "\\s+[\\p{Lu}\\d\"“‘']");

  /**
   * A place in capitals (or two, as a release filed from both prints them: "NAIROBI/GENEVA"), then
   * maybe a date or a wire's name ("Nov. 5, 2026 /Larkspan Newswire/"), then a source in brackets.
   */
  private static final Pattern CAPITALS =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'’ /-]*\\p{Lu}\\.?(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?)"
              + "(?:,\\s+(?<between>[^()—–-]{1,40}?))?\\s*(?:\\(([^)]{1,40})\\))?"
              + DASH_THEN_SENTENCE);

  /** A place of one to three capitalised words, then its source in brackets or in capitals. */
  private static final Pattern WITH_SOURCE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}(?:,\\s+\\p{Lu}[\\p{L}.]*)?)"
              + "\\s+(?:\\(([^)]{1,40})\\)|(\\p{Lu}{2,6}))"
              + DASH_THEN_SENTENCE);

  /**
   * A place of one to three words in capitals and a colon, as Indian and Pakistani papers print it:
   * "PUNE: The corporation…", "NEW DELHI: …"; never a label ("UPDATE:", "BREAKING:").
   */
  private static final Pattern WITH_COLON =
      Pattern.compile("^(\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,2}):\\s+[\\p{Lu}\\d\"“‘']");

  /**
   * A place of one to three capitalised words and a colon, as Indian sites also print it: "New
   * Delhi: At least 112 people…"; never a label ("Update:", "Editor's note:", "Photos:").
   */
  private static final Pattern TITLE_CASE_WITH_COLON =
      Pattern.compile("^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}):\\s+[\\p{Lu}\\d\"“‘']");

  /**
   * A place of one or two capitalised words and a spaced dash, as German and Austrian papers print
   * it: "Schweinfurt – The news came …".
   */
  private static final Pattern TITLE_CASE_WITH_DASH =
      Pattern.compile("^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?) [–—] [\\p{Lu}\"“‘']");

  private static final java.util.Set<String> LABELS =
      java.util.Set.of(
          "UPDATE",
          "UPDATED",
          "BREAKING",
          "EXCLUSIVE",
          "NOTE",
          "WATCH",
          "LISTEN",
          "CORRECTION",
          "LIVE",
          "ALERT",
          "ANALYSIS",
          "OPINION",
          "EXPLAINER",
          "READ",
          "RELATED",
          "ALSO",
          "VIDEO",
          "PHOTOS",
          "EDITOR",
          "EDITORS",
          "CLARIFICATION",
          "FACT CHECK",
          "SPONSORED",
          "PODCAST");

  private Datelines() {}

  /**
   * A transcript's speaker label in capitals, not a place: it opens with a title or a role ("MAYOR
   * CAROLYN HOLLIS", "DR. RUTH LANGE", "COMMISSIONER AKINYEMI").
   */
  private static boolean namesASpeaker(String words) {
    return dev.articlebot.knowledge.lexicon.NewsLexicon.isTitleOrRoleInAnyCase(
        words.split("[ ,]")[0]);
  }

  /**
   * Whether {@code paragraph} opens with words in capitals and a colon ("PUNE:", "MAYOR HOLLIS:").
   */
  static boolean opensWithCapitalsAndColon(String paragraph) {
    return WITH_COLON.matcher(paragraph).find();
  }

  /** A label in any case ("Update", "Photos"), or a word that labels, not places, a paragraph. */
  private static boolean isLabel(String words) {
    String upper = words.toUpperCase(java.util.Locale.ROOT);
    return LABELS.contains(upper)
        || LABELS.contains(upper.split(" ")[0])
        || NOT_PLACES.contains(upper);
  }

  private static final java.util.Set<String> NOT_PLACES =
      java.util.Set.of(
          "SOURCE",
          "SOURCES",
          "SUMMARY",
          "WARNING",
          "BACKGROUND",
          "CONTEXT",
          "DISCLAIMER",
          "QUESTION",
          "ANSWER",
          "TRANSCRIPT",
          "HIGHLIGHTS",
          "PHOTO",
          "CREDIT",
          "TAGS",
          "TOPICS");

  /** The dateline at the start of {@code paragraph}, if it opens with one. */
  static java.util.Optional<Dateline> read(String paragraph) {
    Matcher dated = DATED.matcher(paragraph);
    if (dated.find() && !DateStamps.read(dated.group(1)).isEmpty()) {
      return java.util.Optional.of(new Dateline("", "", dated.group(1).strip()));
    }
    Matcher slashed = SLASHED.matcher(paragraph);
    if (slashed.find())
      return java.util.Optional.of(new Dateline(slashed.group(1), slashed.group(2)));
    Matcher m = CAPITALS.matcher(paragraph);
    if (m.find()) {
      String place = m.group(1).strip();
      String firstWord = place.split("[ ,]")[0];
      if (firstWord.length() >= 2
          && firstWord.equals(firstWord.toUpperCase(java.util.Locale.ROOT))) {
        // "DULUTH, Minn., Dec. 2, 2026 — …": a release's date between the place and the dash
        String between = m.group("between") == null ? "" : m.group("between").strip();
        String date = DateStamps.isDateWithYear(between) ? between : "";
        String source = m.group(3) == null ? "" : m.group(3).strip();
        // "HALDEN, Ore. (Dec. 3, 2026) – …": the release's date in the brackets a source takes
        if (date.isEmpty() && DateStamps.isDateWithYear(source)) {
          date = source;
          source = "";
        }
        return java.util.Optional.of(new Dateline(place, source, date));
      }
    }
    Matcher w = WITH_SOURCE.matcher(paragraph);
    if (w.find()) {
      String source = w.group(2) != null ? w.group(2) : w.group(3);
      return java.util.Optional.of(new Dateline(w.group(1).strip(), source.strip()));
    }
    Matcher c = WITH_COLON.matcher(paragraph);
    if (c.find() && !LABELS.contains(c.group(1)) && !namesASpeaker(c.group(1))) {
      return java.util.Optional.of(new Dateline(c.group(1), ""));
    }
    Matcher t = TITLE_CASE_WITH_COLON.matcher(paragraph);
    if (t.find() && !isLabel(t.group(1))) {
      return java.util.Optional.of(new Dateline(t.group(1), ""));
    }
    Matcher d = TITLE_CASE_WITH_DASH.matcher(paragraph);
    if (d.find() && !isLabel(d.group(1))) {
      return java.util.Optional.of(new Dateline(d.group(1), ""));
    }
    return java.util.Optional.empty();
  }

  /**
   * Joins a dateline a page printed on lines of its own ("Washington" / "CNN" / "—" / "The
   * Senate…") to the paragraph it opens: a line that is only a dash, between one or two short lines
   * (at most three capitalised words each, no end punctuation, no date) and a line of running text,
   * becomes one line with them, "Washington CNN — The Senate…". Nothing is dropped or reordered.
   */
  static List<Line> joinSplit(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    for (int i = 1; i + 1 < out.size(); i++) {
      if (!out.get(i).text().matches("[—–-]{1,2}")) continue;
      Line next = out.get(i + 1);
      if (!LineShape.isProse(next.text())) continue;
      int from = i;
      while (from > 0 && i - from < 2 && isDatelinePart(out.get(from - 1).text())) from--;
      if (from == i) continue;
      StringBuilder joined = new StringBuilder();
      for (int k = from; k <= i + 1; k++) {
        if (k > from) joined.append(' ');
        joined.append(out.get(k).text());
      }
      Line merged = new Line(joined.toString(), next.markup(), out.get(from).blankBefore());
      out.subList(from, i + 2).clear();
      out.add(from, merged);
      i = from;
    }
    return out;
  }

  private static boolean isDatelinePart(String text) {
    int words = LineShape.words(text);
    return words >= 1
        && words <= 3
        && LineShape.allWordsCapitalised(text)
        && Character.isUpperCase(text.codePointAt(0))
        && !LineShape.endsLikeSentence(text)
        && text.indexOf('/') < 0
        && DateStamps.read(text).isEmpty();
  }
}
