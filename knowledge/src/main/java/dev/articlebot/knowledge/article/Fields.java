package dev.articlebot.knowledge.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises labelled fields and tables of data: a label alone on its line whose value is the next
 * line ("Date:" / "December 1, 2026", "Summary:" / "…", "Story Source:" / "…"), and key-value data
 * lines whose values are short lists with numbers ("Harbourside: Carver 6, Hale 6, …", "Red card:
 * Ashby (71)", "Subs: Hart 5, Gray n/a.").
 *
 * <p>Guarantee: a label has at most three words, starts with a capital, ends with a colon and reads
 * as a name ({@link #isLabelPhrase}), so "The plan includes:", "She said:", "Smith continued:",
 * "Marks posted:", "Her message:" and "He described the moment he realised the photos were gone:"
 * are running text, not labels. The headline, date, summary and author labels are known by their
 * words.
 */
final class Fields {

  /** What a field label announces. */
  enum Label {
    HEADLINE,
    DATE,
    DATELINE,
    UPDATED,
    SUMMARY,
    AUTHOR,
    OTHER
  }

  /** A label of one to three words and its colon at the start of a line. */
  private static final String LABEL_START = "^(\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2})\\s*:";

  private static final Pattern LABEL = Pattern.compile(LABEL_START + "$");
  private static final Pattern DATA =
      Pattern.compile("^\\p{Lu}[\\p{L}'’.&-]*(?:\\s+[\\p{L}'’.&-]+){0,2}\\s*:\\s+(.+)$");

  private Fields() {}

  /** A known label and its value printed on one line ("Highlight: Drivers crossing …"). */
  record Inline(Label label, String value) {}

  private static final Pattern OPENS_WITH_LABEL = Pattern.compile(LABEL_START);

  private static final Pattern INLINE = Pattern.compile(LABEL_START + "\\s+(\\S.*)$");

  /** The label of a field's line, before its colon, in lower case ("vote"); "" without a colon. */
  static String labelOf(String line) {
    int colon = line.indexOf(':');
    return colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code line} opens with a label of one to three words and a colon ("Published: …"). */
  static boolean opensWithLabel(String line) {
    return OPENS_WITH_LABEL.matcher(line.strip()).lookingAt();
  }

  /** The known label ({@link #known}) and the value of a one-line field, or empty. */
  static java.util.Optional<Inline> inline(String line) {
    Matcher m = INLINE.matcher(line.strip());
    if (!m.matches()) return java.util.Optional.empty();
    Label known = known(m.group(1).toLowerCase(Locale.ROOT));
    return known == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Inline(known, m.group(2).strip()));
  }

  /** "Author of the article:", a byline's label of more words than a label has. */
  private static final Pattern AUTHOR_OF =
      Pattern.compile("^(?i:author of (?:the|this) (?:article|story|post))\\s*:$");

  /** The label of a field whose value is on the next line, or null. */
  static Label label(String line) {
    if (AUTHOR_OF.matcher(line.strip()).matches()) return Label.AUTHOR;
    Matcher m = LABEL.matcher(line.strip());
    if (!m.matches()) return null;
    String l = m.group(1).toLowerCase(Locale.ROOT);
    Label known = known(l);
    if (known != null) return known;
    return isLabelPhrase(m.group(1)) ? Label.OTHER : null;
  }

  private static Label known(String l) {
    // a newsroom's copy: "HED: …", "DEK: …" over the story
    if (l.matches("(?:hed|headline|subject)")) return Label.HEADLINE;
    if (l.matches("(?:date|published|posted|first published|dateline date|release date)")) {
      return Label.DATE;
    }
    if (l.matches("(?:updated|last updated|modified|last modified)")) return Label.UPDATED;
    if (l.equals("dateline")) return Label.DATELINE;
    if (l.matches(
        "(?:summary|standfirst|description|abstract|in brief|at a glance|highlights?|dek|deck)")) {
      return Label.SUMMARY;
    }
    if (l.matches("(?:by|author|authors|written by|byline|writers?|reporters?)")) {
      return Label.AUTHOR;
    }
    return null;
  }

  /**
   * A label is a name, not a clause: one word, two words, or capitalised words ("Journal
   * Reference", "Key points"); never a phrase that opens with a pronoun, a possessive or an article
   * ("She said", "Her message") or ends with a verb in "-ed" or a reporting verb ("Smith
   * continued", "Marks posted").
   */
  private static boolean isLabelPhrase(String label) {
    if (WebLexicon.reportsSpeech(label)) return false;
    String[] words = LineShape.tokens(label);
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (last.length() > 3 && last.endsWith("ed")) return false;
    if (CLAUSE_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) return false;
    return words.length <= 2 || LineShape.allWordsCapitalised(label);
  }

  private static final java.util.Set<String> CLAUSE_OPENERS =
      java.util.Set.of(
          "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "his",
          "her", "its", "their", "our", "my", "your", "these", "those");

  /** A key-value line whose value is a list of short items, one or more with a number. */
  /**
   * Marks as {@link LineKind#DATA} a field whose value is only a list of names ("Subs not used:
   * Gallagher (g), Price, Tennant.", "Booked: Doyle, Sowerby, Okafor.") when it stands in a block
   * of data, a data line right above or below it with no blank line between: a team sheet's lines,
   * not sentences of the story. Alone, such a line is read by its shape.
   */
  static void markNameListsAmongData(List<Line> lines, List<LineKind> kinds) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < lines.size(); i++) {
        if (kinds.get(i) == LineKind.DATA || !isNameList(lines.get(i).text())) continue;
        boolean above = i > 0 && kinds.get(i - 1) == LineKind.DATA && !lines.get(i).blankBefore();
        boolean below =
            i + 1 < lines.size()
                && kinds.get(i + 1) == LineKind.DATA
                && !lines.get(i + 1).blankBefore();
        if (above || below) {
          kinds.set(i, LineKind.DATA);
          changed = true;
        }
      }
    }
  }

  /** The most names a {@link #isNameList} item holds words of. */
  private static final int MAX_NAME_ITEM_WORDS = 3;

  /** A name in a list, maybe with a note in brackets: "Gallagher (g)", "Price". */
  private static final Pattern LISTED_NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*(?:\\s*\\([^()]{1,12}\\))?");

  /** A label and a list of two names or more, nothing else: "Booked: Doyle, Sowerby, Okafor." */
  private static boolean isNameList(String line) {
    Matcher m = DATA.matcher(line.strip());
    if (!m.matches()) return false;
    String[] items = m.group(1).replaceFirst("\\.$", "").split("[,;]");
    if (items.length < 2) return false;
    for (String item : items) {
      String it = item.strip();
      if (LineShape.words(it) > MAX_NAME_ITEM_WORDS || !LISTED_NAME.matcher(it).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A label of one to three words, a colon and a value of at most {@code maxValueWords} words on
   * one line: "Industry: Industrial Machinery & Components", "Employees: 1,120 (companywide)".
   */
  static boolean isLabelledValue(String line, int maxValueWords) {
    Matcher m = DATA.matcher(line.strip());
    return m.matches() && LineShape.words(m.group(1)) <= maxValueWords;
  }

  static boolean isData(String line) {
    Matcher m = DATA.matcher(line.strip());
    if (!m.matches()) return false;
    boolean number = false;
    for (String item : m.group(1).split("[,;]")) {
      String it = item.strip();
      if (it.isEmpty()) continue;
      if (LineShape.words(it) > 3) return false;
      if (it.matches(".*\\d.*")) number = true;
    }
    return number;
  }
}
