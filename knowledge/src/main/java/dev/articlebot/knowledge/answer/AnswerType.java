package dev.articlebot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of detail a question asks for, when it asks for one the text must spell out: a duration
 * ("how long did they talk?"), a count of something ("how many tons…?"), a sum of money, an amount,
 * a month, a year, a time ("when…?"), a calendar day ("what date…?") or a person ("who led…?"). A
 * passage about the right subject that lacks such a detail does not answer the question ("How long
 * did the phone call last?" against "They had a phone call in September."), so the bot says the
 * article does not say instead of citing it as the answer.
 *
 * <p>A question asking for a count or amount {@code exact}ly ("exactly how many companies…?") is
 * answered by a figure, not by "thousands of companies".
 *
 * <p>Questions that ask for no such detail ("why…", "what did X say…") expect {@link #NONE}, which
 * every passage satisfies.
 */
record AnswerType(Kind kind, String counted, java.util.Set<String> people, boolean exact) {

  /** The kinds of detail. */
  enum Kind {
    NONE,
    DURATION,
    COUNT,
    MONEY,
    AMOUNT,
    MONTH,
    YEAR,
    DATE,
    DAY,
    PERSON
  }

  static final AnswerType NONE = new AnswerType(Kind.NONE, "");

  AnswerType {
    counted = counted == null ? "" : counted;
    people = people == null ? java.util.Set.of() : java.util.Set.copyOf(people);
  }

  AnswerType(Kind kind, String counted) {
    this(kind, counted, java.util.Set.of(), false);
  }

  /**
   * This kind, asked for exactly ("exactly how many…?"): only figures answer it, not "thousands".
   */
  private AnswerType exactly() {
    return new AnswerType(kind, counted, people, true);
  }

  private static final String AUX =
      "is|are|was|were|did|do|does|will|would|can|could|should|has|have|had|might|may";
  private static final String NUMBER_WORD =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
          + "|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion"
          + "|billions|dozen|dozens|several|half|a|an";
  private static final String NUMBER = "(?:\\d[\\d,.]*|(?:" + NUMBER_WORD + "))";

  /** Month names; "may" only where it cannot be the verb ("in May", "May 3"). */
  private static final String MONTH_NAME =
      "january|february|march|april|june|july|august|september|october|november|december"
          + "|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec"
          + "|may(?=\\s+\\d)|(?<=(?:in|early|late|mid|since|until|by|of|last|next|this)\\s)may";

  private static final Pattern ASKS_DURATION =
      Pattern.compile(
          "\\bhow long\\b(?!\\s+ago)(?!\\s+(?:is|was)\\s+(?:the|this)\\s+(?:article|piece|text|story))");
  private static final Pattern ASKS_COUNT = Pattern.compile("\\bhow many\\s+([\\p{L}\\p{N}' -]+)");
  private static final Pattern ASKS_MONEY =
      Pattern.compile(
          "\\bhow much\\b.*\\b(?:money|cost|costs|worth|revenue|revenues|price|prices|paid|pay"
              + "|spend|spent|fee|fees|dollars?|budget|value|invest|invested|investment)\\b"
              + "|\\b(?:what|which)(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were)?\\s+(?:the\\s+)?"
              + "(?:price|prices|cost|costs|value|worth)\\s+of\\b");
  private static final Pattern ASKS_AMOUNT =
      Pattern.compile(
          "\\bhow much\\s+(?!(?:"
              + AUX
              + ")\\b)(?!more\\b|less\\b|longer\\b)\\p{L}+"
              + "|\\bhow much\\s+(?:is|are|was|were)\\b"
              + "|\\bhow (?:high|large|big|steep|low|deep)\\s+(?:is|are|was|were)\\b"
              + "|\\bwhat (?:percentage|percent|rate|share|proportion|amount|number)\\b");
  private static final Pattern EXACTLY =
      Pattern.compile("\\b(?:exact|exactly|precise|precisely)\\b");
  private static final Pattern ASKS_MONTH = Pattern.compile("\\b(?:what|which) month\\b");
  private static final Pattern ASKS_YEAR = Pattern.compile("\\b(?:what|which) year\\b");
  private static final Pattern ASKS_DAY =
      Pattern.compile("\\b(?:what|which|exact|precise)\\s+(?:exact\\s+)?(?:date|dates|day)\\b");
  private static final Pattern DAY =
      Pattern.compile(
          "\\b(?:"
              + MONTH_NAME
              + ")\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:"
              + MONTH_NAME
              + ")\\b"
              + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
              + "|tomorrow|tonight)\\b|\\b(?:following|next|previous|same) day\\b"
              + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b");
  private static final Pattern ASKS_PERSON =
      Pattern.compile(
          "\\bwho\\s+(?:led|leads|headed|heads|chaired|chairs|ran|runs|represented|represents)\\b"
              + "|\\bwho\\s+(?:was|were|is|are)\\s+(?:in|on|part of)\\s+the\\b"
              + "|\\bwhich\\s+(?:\\p{L}+\\s+)?(?:officials|people|ministers|executives|negotiators"
              + "|diplomats|politicians|lawmakers)\\b");
  private static final Pattern ASKS_DATE =
      Pattern.compile(
          "\\bwhen\\s+(?:"
              + AUX
              + ")\\b|\\b(?:until|till|since|by) when\\b"
              + "|\\b(?:what|which) (?:date|dates|day)\\b|^\\W*when\\W*$");

  private static final Pattern DURATION =
      Pattern.compile(
          "\\b"
              + NUMBER
              + "[\\s-]+(?:\\p{L}+[\\s-]+)?(?:second|minute|hour|day|week|month|year|decade)s?\\b"
              + "|\\b(?:minute|hour|day|week|month|year)-long\\b"
              + "|\\bsince\\s+(?:(?:early|late|mid)\\s+)?(?:(?:1[89]|20)\\d\\d|(?:"
              + MONTH_NAME
              + ")\\b)");

  /** A vote tally ("voted 5-2"), which counts the people on each side. */
  private static final Pattern TALLY =
      Pattern.compile("\\bvot(?:e|ed|es|ing)\\b[^.]{0,40}?\\b\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\b");

  private static final String COUNTING_NUMBER =
      "(?:\\d[\\d,.]*|(?:" + NUMBER_WORD.replace("|a|an", "") + "))";
  private static final String FIGURE = "\\d[\\d,.]*";
  private static final Pattern ANY_NUMBER =
      Pattern.compile(
          "\\d|\\b(?:"
              + NUMBER_WORD.replace("|several|half|a|an", "|half")
              + ")\\b|\\bpercent\\b|%");
  private static final Pattern MONEY =
      Pattern.compile(
          "[$€£¥]\\s*\\d|\\b\\d[\\d,.]*\\s*(?:dollars?|yuan|euros?|pounds|renminbi|rmb|usd"
              + "|(?:million|billion|trillion)\\b)");
  private static final Pattern MONTH = Pattern.compile("\\b(?:" + MONTH_NAME + ")\\b\\.?");
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:"
              + MONTH_NAME
              + ")\\b|\\b(?:1[89]|20)\\d\\d\\b"
              + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              + "|yesterday|today|tomorrow|tonight)\\b"
              + "|\\b(?:last|next|this|previous|following|coming|same|that|recent|past|early|late)"
              + "\\s+(?:day|days|week|weeks|weekend|month|months|year|years|decade|spring|summer"
              + "|autumn|fall|winter)\\b"
              + "|\\b(?:ago|later|earlier|soon|decade|century)\\b"
              + "|\\b(?:spring|summer|autumn|winter)\\b|\\b(?:in|by|until) the fall\\b");

  /** The detail {@code question} asks for. */
  static AnswerType of(String question) {
    return of(question, java.util.Set.of());
  }

  /**
   * The detail {@code question} asks for; {@code people} are the names (lower case) of the people
   * in the articles, which a passage answering "who led…?" must mention.
   */
  static AnswerType of(String question, java.util.Set<String> people) {
    String q = question.toLowerCase(Locale.ROOT);
    if (ASKS_PERSON.matcher(q).find()) return new AnswerType(Kind.PERSON, "", people, false);
    if (ASKS_DURATION.matcher(q).find()) return new AnswerType(Kind.DURATION, "");
    boolean exact = EXACTLY.matcher(q).find();
    Matcher count = ASKS_COUNT.matcher(q);
    if (count.find()) {
      AnswerType type = new AnswerType(Kind.COUNT, countedWords(count.group(1)));
      return exact ? type.exactly() : type;
    }
    if (ASKS_MONEY.matcher(q).find()) return new AnswerType(Kind.MONEY, "");
    if (ASKS_AMOUNT.matcher(q).find()) {
      AnswerType type = new AnswerType(Kind.AMOUNT, "");
      return exact ? type.exactly() : type;
    }
    if (ASKS_MONTH.matcher(q).find()) return new AnswerType(Kind.MONTH, "");
    if (ASKS_YEAR.matcher(q).find()) return new AnswerType(Kind.YEAR, "");
    if (ASKS_DAY.matcher(q).find()) return new AnswerType(Kind.DAY, "");
    if (ASKS_DATE.matcher(q).find()) return new AnswerType(Kind.DATE, "");
    return NONE;
  }

  /**
   * The words that may name the thing counted in "how many tons of soybeans will…" ("tons"): up to
   * three words, stopping at "of", "in", "per" or an auxiliary verb. Empty for "how many were
   * there?".
   */
  private static String countedWords(String rest) {
    List<String> words = new ArrayList<>();
    for (String w : rest.strip().split("[\\s-]+")) {
      if (w.isEmpty() || w.matches(AUX) || w.equals("of") || w.equals("in") || w.equals("per")) {
        break;
      }
      words.add(stem(w));
      if (words.size() == 3) break;
    }
    return String.join(" ", words);
  }

  private static final Pattern FRAME =
      Pattern.compile(
          "\\b(?:how|long|last|lasted|take|took|many|much|high|large|big|when|until|since|date|dates"
              + "|day|month|year|what|which|percent|percentage|rate|amount|number|cost|worth)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The question without the words that ask for the detail ("how long… last"), leaving what it is
   * about.
   */
  static String subjectOf(String question) {
    return FRAME.matcher(question).replaceAll(" ");
  }

  /** Whether {@code text} spells out a detail of this kind. */
  boolean satisfiedBy(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return switch (kind) {
      case NONE -> true;
      case DURATION -> DURATION.matcher(t).find();
      case COUNT ->
          counted.isEmpty()
              ? anyNumber(t)
              : counts(t, exact ? FIGURE : COUNTING_NUMBER) || tallies(t);
      case MONEY -> MONEY.matcher(t).find();
      case AMOUNT -> anyNumber(t);
      case MONTH -> MONTH.matcher(t).find();
      case YEAR -> YEAR.matcher(t).find();
      case DATE -> DATE.matcher(t).find();
      case DAY -> DAY.matcher(t).find();
      case PERSON -> people.isEmpty() || mentionsAPerson(t);
    };
  }

  /**
   * Whether the text names one of the people; a name inside a hyphenated modifier ("the Xi-Trump
   * meeting") names an event, not someone who did something.
   */
  private boolean mentionsAPerson(String text) {
    String padded = " " + text.replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
    return people.stream().anyMatch(name -> padded.contains(" " + name + " "));
  }

  /**
   * Whether {@code sentence} names one of the people within {@code window} words of a word that
   * {@code near} accepts: "who led the talks in Kuala Lumpur?" is answered by a name next to "Kuala
   * Lumpur", not by a name twenty words before it, in a clause about another meeting.
   */
  boolean namesPersonNear(String sentence, java.util.function.Predicate<String> near, int window) {
    if (kind != Kind.PERSON || people.isEmpty()) return satisfiedBy(sentence);
    List<String> words = List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"));
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) if (near.test(words.get(i))) anchors.add(i);
    for (String name : people) {
      List<String> parts = List.of(name.split(" "));
      for (int i = 0; i + parts.size() <= words.size(); i++) {
        if (!words.subList(i, i + parts.size()).equals(parts)) continue;
        for (int a : anchors) {
          if (Math.abs(a - i) <= window || Math.abs(a - (i + parts.size() - 1)) <= window) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A sentence with a vote tally ("the council voted 5-2") that names what is counted. */
  private boolean tallies(String text) {
    List<String> words = List.of(counted.split(" "));
    for (String sentence : text.split("[.!?]")) {
      if (!TALLY.matcher(sentence).find()) continue;
      for (String w : sentence.split("[^\\p{L}]+")) {
        if (!w.isEmpty() && words.contains(stem(w))) return true;
      }
    }
    return false;
  }

  private boolean anyNumber(String text) {
    return exact ? text.matches("(?s).*\\d.*") : ANY_NUMBER.matcher(text).find();
  }

  /** A number followed, within a few words, by a counted word (or a word of the same stem). */
  private boolean counts(String text, String number) {
    List<String> words = List.of(counted.split(" "));
    Matcher m = Pattern.compile("\\b" + number + "\\b((?:[\\s-]+[\\p{L}'’]+){1,4})").matcher(text);
    while (m.find()) {
      for (String w : m.group(1).strip().split("[\\s-]+")) {
        if (!w.isEmpty() && words.contains(stem(w))) return true;
      }
    }
    return false;
  }

  /** A crude plural-folding stem, enough to match "ton" with "tons" and "companies". */
  private static String stem(String word) {
    String w = word.replaceAll("['’].*$", "");
    if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("es") && w.matches(".*(?:ss|sh|ch|x)es")) return w.substring(0, w.length() - 2);
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3)
      return w.substring(0, w.length() - 1);
    return w;
  }
}
