package dev.articlebot.knowledge.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message with the turns of its conversation before it, and says what question it asks.
 *
 * <ul>
 *   <li>"more", "go on", "tell me more": the last question again, past the passages already shown;
 *   <li>a bare question word ("why?", "since when?"): the last question with that question word;
 *   <li>an elliptical question ("and Trump?", "what about in 2026?", "the port fees?"): the last
 *       question with the matching part (a name, a time, a figure, else its subject) replaced;
 *   <li>pronouns ("he", "her", "it", "they", "that" standing alone): the last person the
 *       conversation was about, or its subject;
 *   <li>anything else stands alone and is answered as typed.
 * </ul>
 *
 * A message that asks for something "else" goes past the passages already shown. The reader knows
 * no chat platform: turns are plain values ({@link Turn}), kept by whoever holds the conversation.
 */
public final class ConversationReader {

  private static final String AUX =
      "is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|might|may|must"
          + "|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't"
          + "|hasn't|haven't|hadn't";

  private static final String WH =
      "how\\s+(?:many|much|long|often|far|big|old|come)|what|which|who|whom|whose|when|where|why"
          + "|how";

  /** The whole message asks to go on with the last answer. */
  private static final Pattern MORE =
      Pattern.compile(
          "^(?:(?:ok(?:ay)?|and|so|yes|please|pls)\\s*,?\\s+)?(?:(?:tell|give|show)\\s+me\\s+|"
              + "(?:can|could)\\s+you\\s+(?:tell|give|show)\\s+(?:me\\s+)?|say\\s+|any\\s+|"
              + "i\\s+want\\s+|i'd\\s+like\\s+)?(?:some\\s+|a\\s+(?:bit|little)\\s+)?"
              + "(?:more|further|the\\s+rest|something\\s+else|anything\\s+else|what\\s+else)"
              + "(?:\\s+(?:please|details?|info(?:rmation)?|on\\s+(?:that|this|it)"
              + "|about\\s+(?:that|this|it)|of\\s+(?:that|this|it)|than\\s+that|there))*"
              + "(?:\\s*,?\\s*please)?\\s*[?.!]*$"
              + "|^(?:(?:ok(?:ay)?|and|so)\\s*,?\\s+)?(?:go\\s+on|continue|keep\\s+going|carry\\s+on"
              + "|next|and\\s+then|then\\s+what|what\\s+next|and)(?:\\s*,?\\s*please)?\\s*[?.!…]*$",
          Pattern.CASE_INSENSITIVE);

  /** A leading word that joins the message to the last one ("and", "but", "so", "ok"). */
  private static final Pattern JOINER =
      Pattern.compile(
          "^(?:and|but|so|also|ok(?:ay)?|then|alright|right|hmm+|oh|well)\\b\\s*,?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** Nothing but a question word, maybe with a preposition or "so", "exactly", "not". */
  private static final Pattern WH_ONLY =
      Pattern.compile(
          "^((?:by|since|until|till|for|from|to|in|at|with|on)\\s+)?("
              + WH
              + ")"
              + "(?:\\s+(?:so|exactly|then|not|though|precisely))?\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /** "what about X", "how about X", "what of X", "same for X", "and for X". */
  private static final Pattern ABOUT =
      Pattern.compile(
          "^(?:(?:what|how)\\s+about|what\\s+of|(?:and\\s+)?(?:the\\s+)?same\\s+"
              + "(?:question\\s+)?(?:for|with|about)|as\\s+for|regarding)\\s+(.+?)\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /** A question opening with a question word, an auxiliary or a request: a whole question. */
  private static final Pattern OPENS_QUESTION =
      Pattern.compile(
          "^(?:"
              + WH
              + "|"
              + AUX
              + "|tell|give|show|explain|describe|list|summari[sz]e|according|according|quote"
              + "|please|i|we|you|he|she|they|it|there|this|that)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Messages that say something but ask nothing. */
  private static final Pattern INTERJECTION =
      Pattern.compile(
          "^(?:thanks?(?:\\s+you)?|thx|ty|ok(?:ay)?|cool|great|nice|wow|really|seriously|lol|yes"
              + "|yeah|no|nope|hmm+|interesting|got\\s+it|i\\s+see|sure|right|wait|huh|what)"
              + "\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private static final Pattern PRONOUN =
      Pattern.compile(
          "\\b(he|him|his|himself|she|her|hers|herself|they|them|their|theirs|themselves"
              + "|it|its|itself|this|that|these|those)\\b(?:['’](d|re|ve|ll|s)\\b)?",
          Pattern.CASE_INSENSITIVE);

  /** Verbs after "'d" that make it "would" ("they'd like"); after any other word it is "had". */
  private static final Set<String> AFTER_WOULD =
      Set.of("be", "have", "like", "love", "want", "say", "go", "do", "need", "prefer", "rather");

  /** A time: a year, a month, a season or a relative time, maybe after a preposition. */
  private static final Pattern TIME =
      Pattern.compile(
          "(?:\\b(?:in|on|by|during|since|until|before|after|for|from|of)\\s+)?"
              + "(?:\\b(?:early|late|mid)[- ])?"
              + "(?:\\b(?:1[89]|20)\\d\\d\\b|\\b(?:january|february|march|april|may|june|july"
              + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept"
              + "|oct|nov|dec)\\b(?:\\s+\\d{1,2}\\b)?(?:,?\\s+(?:1[89]|20)\\d\\d\\b)?"
              + "|\\b(?:last|next|this)\\s+(?:year|month|week|decade|spring|summer|autumn|fall"
              + "|winter)\\b|\\b(?:spring|summer|autumn|fall|winter)\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FIGURE = Pattern.compile("\\b\\d[\\d,.]*%?(?:\\s*percent)?");

  /** Words that never stand in a subject: question words, auxiliaries, pronouns, small words. */
  private static final Set<String> STOP =
      wordSet(
          "what",
          "which",
          "who",
          "whom",
          "whose",
          "when",
          "where",
          "why",
          "how",
          "many",
          "much",
          "long",
          "often",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "do",
          "does",
          "did",
          "done",
          "will",
          "would",
          "can",
          "could",
          "should",
          "has",
          "have",
          "had",
          "might",
          "may",
          "must",
          "shall",
          "i",
          "me",
          "my",
          "we",
          "us",
          "our",
          "you",
          "your",
          "he",
          "him",
          "his",
          "she",
          "her",
          "they",
          "them",
          "their",
          "it",
          "its",
          "this",
          "that",
          "these",
          "those",
          "there",
          "here",
          "of",
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "to",
          "with",
          "about",
          "into",
          "over",
          "under",
          "after",
          "before",
          "during",
          "since",
          "until",
          "than",
          "as",
          "between",
          "against",
          "through",
          "without",
          "within",
          "and",
          "or",
          "but",
          "so",
          "if",
          "not",
          "no",
          "n't",
          "also",
          "else",
          "exactly",
          "really",
          "actually",
          "just",
          "still",
          "ever",
          "even",
          "then",
          "now",
          "very",
          "more",
          "most",
          "any",
          "some",
          "all",
          "each",
          "say",
          "said",
          "says",
          "saying",
          "tell",
          "told",
          "think",
          "thinks",
          "thought",
          "mean",
          "means",
          "meant",
          "want",
          "wants",
          "make",
          "makes",
          "made",
          "get",
          "gets",
          "got",
          "go",
          "goes",
          "went",
          "come",
          "came",
          "happen",
          "happens",
          "happened",
          "call",
          "calls",
          "called",
          "describe",
          "describes",
          "described",
          "agree",
          "agrees",
          "take",
          "takes",
          "took",
          "give",
          "gives",
          "gave",
          "know",
          "known",
          "see",
          "seen",
          "mention",
          "mentioned",
          "according",
          "article",
          "story",
          "piece",
          "text",
          "author",
          "writer",
          "please",
          "explain",
          "why",
          "does",
          "lot",
          "kind",
          "sort",
          "way",
          "thing",
          "things",
          "one",
          "ones",
          "other",
          "another",
          "anyone",
          "someone",
          "something",
          "anything",
          "the",
          "a",
          "an",
          "s");

  private static Set<String> wordSet(String... words) {
    return Set.copyOf(List.of(words));
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /** "this", "that", "these", "those": a determiner before a noun, else a pronoun. */
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

  /** Chat words that are never a subject. */
  private static final Set<String> CHAT =
      Set.of(
          "wait",
          "ok",
          "okay",
          "stuff",
          "ppl",
          "pls",
          "please",
          "hey",
          "hi",
          "so",
          "like",
          "yeah",
          "lol",
          "guys",
          "bot",
          "exactly",
          "actually",
          "basically");

  /** Words after which a bare "that" or "this" is a pronoun, not a determiner. */
  private static final Set<String> AFTER_PRONOUN =
      Set.of(
          "is",
          "was",
          "are",
          "were",
          "does",
          "did",
          "do",
          "will",
          "would",
          "could",
          "can",
          "has",
          "had",
          "have",
          "mean",
          "means",
          "meant",
          "happen",
          "happened",
          "matter",
          "matters",
          "affect",
          "affected",
          "cost",
          "last",
          "lasted",
          "end",
          "ended",
          "start",
          "started",
          "include",
          "included",
          "involve",
          "involved",
          "change",
          "changed",
          "come",
          "came",
          "work",
          "lead",
          "led",
          "cause",
          "caused",
          "take",
          "took",
          "say",
          "says",
          "said",
          "in",
          "on",
          "about",
          "for",
          "to",
          "from",
          "with",
          "by",
          "at",
          "of",
          "and",
          "or",
          "so",
          "since",
          "already");

  private final Map<String, String> names;
  private final Set<String> nameWords;

  /**
   * {@code people} are everyone the articles name: each full name and alias ("Victor Gao") is read
   * as that person.
   */
  public ConversationReader(Collection<Person> people) {
    Map<String, String> n = new LinkedHashMap<>();
    for (Person p : people) {
      for (String name : p.names()) {
        String key = words(name);
        if (!key.isEmpty()) n.putIfAbsent(key, p.name());
        // A surname alone ("Wu", "Gao") is how most follow-ups name someone.
        String[] parts = key.split(" ");
        if (parts.length > 1) n.putIfAbsent(parts[parts.length - 1], p.name());
      }
    }
    this.names = Map.copyOf(n);
    Set<String> w = new java.util.HashSet<>();
    for (String key : n.keySet()) w.addAll(List.of(key.split(" ")));
    this.nameWords = Set.copyOf(w);
  }

  /** A person the articles name: the name to use, and every way they are named. */
  public record Person(String name, List<String> names) {
    public Person {
      names = List.copyOf(names);
    }
  }

  /** How {@code text} reads after {@code previous} (oldest first; empty for a new conversation). */
  public Reading read(List<Turn> previous, String text) {
    String typed = text == null ? "" : text.strip();
    if (previous.isEmpty() || typed.isEmpty()) return Reading.asAsked(typed);
    Turn last = previous.get(previous.size() - 1);
    if (MORE.matcher(typed).matches()) {
      if (last.answered() && !last.shown().isEmpty()) {
        return new Reading(
            typed, last.question(), Reading.Kind.MORE, last.articleId(), last.shown());
      }
      return new Reading(typed, last.question(), Reading.Kind.COMPLETED, "", List.of());
    }
    if (INTERJECTION.matcher(typed).matches()) return Reading.asAsked(typed);
    Matcher joiner = JOINER.matcher(typed);
    boolean joined = joiner.lookingAt() && joiner.end() < typed.length();
    String body = joined ? typed.substring(joiner.end()).strip() : typed;
    String completed = complete(previous, last, body, joined);
    boolean changed = !completed.equals(typed) && !completed.equals(body);
    String question = changed ? completed : typed;
    if (ELSE.matcher(question).find() && last.answered() && !last.shown().isEmpty()) {
      return new Reading(
          typed,
          question,
          changed ? Reading.Kind.COMPLETED : Reading.Kind.AS_ASKED,
          last.articleId(),
          last.shown());
    }
    return changed
        ? new Reading(typed, question, Reading.Kind.COMPLETED, "", List.of())
        : Reading.asAsked(typed);
  }

  private static final Pattern ELSE =
      Pattern.compile(
          "\\b(?:else|other|another|besides|apart from|aside from)\\b", Pattern.CASE_INSENSITIVE);

  private String complete(List<Turn> previous, Turn last, String body, boolean joined) {
    Matcher wh = WH_ONLY.matcher(body);
    if (wh.matches()) return withQuestionWord(last.question(), wh.group(1), wh.group(2));
    Matcher about = ABOUT.matcher(body);
    if (about.matches()) return replacing(last, about.group(1));
    if (isFragment(body, joined)) return replacing(last, body.replaceAll("[?.!]+$", "").strip());
    return resolvePronouns(previous, body);
  }

  /**
   * Whether {@code body} is a piece of a question rather than a question: after "and" anything that
   * does not open like a question; alone, a few words with no question word or verb before them.
   */
  private static boolean isFragment(String body, boolean joined) {
    if (OPENS_QUESTION.matcher(body).find()) return false;
    List<String> words = wordsOf(body);
    if (words.isEmpty()) return false;
    if (joined) return words.size() <= 8;
    return words.size() <= 4 && body.strip().endsWith("?");
  }

  /** "why?" after "What did China reject?": "why did China reject?". */
  static String withQuestionWord(String last, String preposition, String wh) {
    String prep = preposition == null ? "" : preposition.strip().toLowerCase(Locale.ROOT) + " ";
    String w = wh.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String q = trimQuestion(last);
    Matcher m =
        Pattern.compile(
                "^((?:" + WH + ")(?:\\s+[\\p{L}'’-]+){0,3}?)\\s+(" + AUX + ")\\s+(.+)$",
                Pattern.CASE_INSENSITIVE)
            .matcher(q);
    if (m.matches()) {
      String extra = m.group(1).replaceFirst("(?i)^(?:" + WH + ")\\s*", "").strip();
      String rest = m.group(3) + (extra.isEmpty() ? "" : " " + extra);
      return capitalise(prep + w + " " + m.group(2).toLowerCase(Locale.ROOT) + " " + rest) + "?";
    }
    Matcher opens =
        Pattern.compile("^(?:" + WH + ")\\s+(.+)$", Pattern.CASE_INSENSITIVE).matcher(q);
    if (opens.matches()) return capitalise(prep + w + " " + opens.group(1)) + "?";
    return capitalise(prep + w + " " + lowerFirst(q)) + "?";
  }

  /** The last question with the part {@code x} stands for replaced by it. */
  private String replacing(Turn last, String x) {
    String q = trimQuestion(last.question());
    if (q.isEmpty()) return x;
    List<String> xPeople = peopleIn(x);
    boolean xName = !xPeople.isEmpty() || hasName(x);
    Optional<int[]> sameHead = sameHeadSpan(q, x);
    if (sameHead.isPresent()) {
      int[] s = sameHead.get();
      return q.substring(0, s[0]) + x + q.substring(s[1]) + "?";
    }
    if (TIME.matcher(x).find() && !xName) {
      Matcher t = TIME.matcher(q);
      if (t.find()) return q.substring(0, t.start()) + x + q.substring(t.end()) + "?";
      return q + " " + x + "?";
    }
    if (xName) {
      Optional<int[]> span = lastPersonSpan(q);
      if (span.isEmpty()) span = lastNameSpan(q);
      if (span.isPresent()) {
        int[] s = span.get();
        return q.substring(0, s[0]) + x + q.substring(s[1]) + "?";
      }
    }
    if (FIGURE.matcher(x).lookingAt() && !xName) {
      Matcher f = FIGURE.matcher(q);
      if (f.find()) return q.substring(0, f.start()) + x + q.substring(f.end()) + "?";
    }
    Optional<int[]> subject = subjectSpan(q);
    if (subject.isPresent()) {
      int[] s = subject.get();
      return q.substring(0, s[0]) + x + q.substring(s[1]) + "?";
    }
    return q + ", " + x + "?";
  }

  /**
   * The phrase of {@code q} with the same last word as {@code x} ("killer T cells" for "helper T
   * cells"): the run of words before that word that are not question words, auxiliaries or other
   * small words, and that word; of several, the one sharing most words with {@code x}, else the
   * last; empty unless {@code x} has two words or more, the last no name, and {@code q} uses that
   * word.
   */
  private Optional<int[]> sameHeadSpan(String q, String x) {
    List<String> xw = wordsOf(x);
    if (xw.size() < 2) return Optional.empty();
    String head = xw.get(xw.size() - 1);
    if (STOP.contains(head) || nameWords.contains(head)) return Optional.empty();
    List<int[]> spans = new ArrayList<>();
    List<String> w = new ArrayList<>();
    Matcher m = WORD.matcher(q);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      w.add(wordsOf(m.group()).get(0));
    }
    int[] best = null;
    int shared = -1;
    for (int at = 0; at < w.size(); at++) {
      if (!w.get(at).equals(head)) continue;
      int from = at;
      while (from > 0 && !STOP.contains(w.get(from - 1)) && !w.get(from - 1).equals(head)) {
        from--;
      }
      // "the old town" replaces "the metro area", not just "metro area"
      if (from > 0 && DETERMINERS.contains(w.get(from - 1)) && DETERMINERS.contains(xw.get(0))) {
        from--;
      }
      int common = (int) w.subList(from, at + 1).stream().distinct().filter(xw::contains).count();
      if (common >= shared) {
        shared = common;
        best = new int[] {spans.get(from)[0], spans.get(at)[1]};
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code body} with its pronouns replaced by the people and subjects of earlier turns. */
  private String resolvePronouns(List<Turn> previous, String body) {
    Matcher m = PRONOUN.matcher(body);
    if (!m.find()) return body;
    List<String> named = peopleIn(body);
    Optional<String> person = lastPerson(previous, named);
    Optional<String> thing = lastSubject(previous);
    Turn last = previous.get(previous.size() - 1);
    StringBuilder out = new StringBuilder();
    int at = 0;
    m.reset();
    while (m.find()) {
      String p = m.group(1).toLowerCase(Locale.ROOT);
      String next = nextWord(body, m.end());
      String replacement =
          switch (p) {
            case "he", "him", "himself", "she", "herself" -> person.orElse(null);
            case "his", "hers" -> person.map(n -> n + "’s").orElse(null);
            case "her" ->
                person.map(n -> next != null && !STOP.contains(next) ? n + "’s" : n).orElse(null);
            case "it", "itself" -> thing.orElse(null);
            case "its" -> thing.map(t -> t + "’s").orElse(null);
            case "this", "that", "these", "those" ->
                next == null
                        || AFTER_PRONOUN.contains(next)
                        || STOP.contains(next)
                        || (next.endsWith("ed") && next.length() > 4)
                    ? thing.orElse(null)
                    : null;
            case "they", "them", "themselves", "their", "theirs" ->
                plural(last, thing).map(t -> p.startsWith("their") ? t + "’s" : t).orElse(null);
            default -> null;
          };
      if (replacement == null) continue;
      out.append(body, at, m.start()).append(replacement).append(expanded(m.group(2), next));
      at = m.end();
    }
    out.append(body.substring(at));
    String resolved = out.toString();
    return resolved.equals(body) ? body : capitalise(resolved);
  }

  /** A contraction after a replaced pronoun, spelled out: "they'd met" reads "X and Y had met". */
  private static String expanded(String contraction, String next) {
    if (contraction == null) return "";
    return switch (contraction.toLowerCase(Locale.ROOT)) {
      case "d" -> next != null && AFTER_WOULD.contains(next) ? " would" : " had";
      case "re" -> " are";
      case "ve" -> " have";
      case "ll" -> " will";
      default -> " is";
    };
  }

  /**
   * What "they" stands for: a plural subject, else the people of the last turn when it named two or
   * more, else its subject. Never one person: "how long did they meet?" after a question about one
   * speaker asks about the people who met, not about the speaker.
   */
  private static Optional<String> plural(Turn last, Optional<String> thing) {
    if (thing.isPresent() && looksPlural(thing.get())) return thing;
    if (last.people().size() >= 2) {
      return Optional.of(last.people().get(0) + " and " + last.people().get(1));
    }
    return thing;
  }

  private static boolean looksPlural(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    String head = lower.replaceAll(".*\\s", "");
    return lower.contains(" and ")
        || lower.startsWith("both ")
        || (head.endsWith("s")
            && !head.endsWith("ss")
            && !head.endsWith("us")
            && head.length() > 3);
  }

  private static Optional<String> lastPerson(List<Turn> previous, List<String> named) {
    for (int i = previous.size() - 1; i >= 0; i--) {
      for (String p : previous.get(i).people()) if (!named.contains(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  private static Optional<String> lastSubject(List<Turn> previous) {
    for (int i = previous.size() - 1; i >= 0; i--) {
      String s = previous.get(i).subject();
      if (!s.isEmpty()) return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The people {@code text} names, by full name or surname, as their names, in order. */
  public List<String> peopleIn(String text) {
    List<String> out = new ArrayList<>();
    List<String> w = wordsOf(text);
    for (int i = 0; i < w.size(); i++) {
      for (int len = Math.min(4, w.size() - i); len >= 1; len--) {
        String key = String.join(" ", w.subList(i, i + len));
        String who = names.get(key);
        if (who != null && (len > 1 || capitalisedIn(text, key) || !STOP.contains(key))) {
          if (!out.contains(who)) out.add(who);
          i += len - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * What {@code question} is about, in its own words: its first definite phrase that is not a
   * person ("the trade war truce"), else its longest, or "".
   */
  public String subjectOf(String question) {
    String q = trimQuestion(question);
    return subjectSpan(q).map(s -> q.substring(s[0], s[1])).orElse("");
  }

  private static final Set<String> DO_AUX =
      Set.of(
          "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must");

  /**
   * The span of {@code q}'s subject: its last definite phrase that does not open the clause after
   * an auxiliary ("the budget" in "when did the council approve the budget"), else the phrase after
   * the auxiliary without its verb ("the new bridge" in "when will the new bridge open"), else its
   * longest phrase; never a person (people are followed by name) or a name alone. A yes/no
   * question's subject leaves out its predicate ("that pipe" in "has that pipe broken before?").
   */
  private Optional<int[]> subjectSpan(String q) {
    record Run(
        int start,
        int end,
        boolean afterAux,
        boolean opensYesNo,
        boolean verbTrimmable,
        int lastWordStart) {}
    List<Run> runs = new ArrayList<>();
    Matcher m = WORD.matcher(q);
    int start = -1;
    int end = -1;
    int lastWordStart = -1;
    boolean runAfterAux = false;
    boolean runOpensYesNo = false;
    int index = -1;
    String prev = null;
    while (m.find()) {
      index++;
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
      boolean determiner = DETERMINERS.contains(w);
      boolean verbLike =
          (w.endsWith("ed") || w.endsWith("ing"))
              && w.length() > 4
              && (prev == null || !DETERMINERS.contains(prev));
      boolean demonstrative =
          DEMONSTRATIVES.contains(w) && start < 0 && !STOP.contains(nextWord(q, m.end()) + "");
      if (demonstrative) determiner = true;
      boolean content =
          !STOP.contains(w)
              && !verbLike
              && !determiner
              && !nameWords.contains(w)
              && !CHAT.contains(w);
      if (content) {
        if (start < 0) {
          start = m.start();
          runAfterAux = (prev != null && DO_AUX.contains(prev));
          runOpensYesNo = index == 1 && BE_AUX.contains(prev);
        }
        end = m.end();
        lastWordStart = m.start();
      } else if (determiner && start < 0) {
        start = m.start();
        runAfterAux = (prev != null && DO_AUX.contains(prev));
        runOpensYesNo = index == 1 && BE_AUX.contains(prev);
        end = -1;
      } else {
        if (start >= 0 && end > start) {
          boolean closes = determiner || !STOP.contains(w) || PREPOSITIONS.contains(w);
          runs.add(new Run(start, end, runAfterAux, runOpensYesNo, closes, lastWordStart));
        }
        start = determiner ? m.start() : -1;
        runAfterAux = false;
        runOpensYesNo = false;
        end = -1;
      }
      prev = w;
    }
    if (start >= 0 && end > start) {
      runs.add(new Run(start, end, runAfterAux, runOpensYesNo, true, lastWordStart));
    }
    int[] object = null;
    int[] subject = null;
    int[] longest = null;
    for (Run r : runs) {
      int[] span = {r.start(), r.end()};
      if (r.afterAux()
          && r.verbTrimmable()
          && wordsOf(q.substring(r.start(), r.end())).size() >= 3) {
        span =
            new int[] {
              r.start(),
              q.lastIndexOf(' ', r.lastWordStart() - 1) < r.start()
                  ? r.end()
                  : trimEnd(q, r.lastWordStart())
            };
      } else if (r.opensYesNo()
          && r.verbTrimmable()
          && q.lastIndexOf(' ', r.lastWordStart() - 1) >= r.start()) {
        // "has that pipe broken before?": a yes/no question's subject comes before its last word
        int[] trimmed = {r.start(), trimEnd(q, r.lastWordStart())};
        if (wordsOf(q.substring(trimmed[0], trimmed[1])).size() >= 2) span = trimmed;
      }
      String phrase = q.substring(span[0], span[1]);
      if (!peopleIn(phrase).isEmpty() || onlyCapitalised(phrase)) continue;
      boolean definite =
          phrase.toLowerCase(Locale.ROOT).matches("(?:the|this|that|these|those)\\s.*");
      if (definite && !r.afterAux()) object = span;
      if (definite && r.afterAux() && subject == null) subject = span;
      if (longest == null || span[1] - span[0] >= longest[1] - longest[0]) longest = span;
    }
    if (object != null) return Optional.of(object);
    if (subject != null) return Optional.of(subject);
    return Optional.ofNullable(longest);
  }

  /** Auxiliaries that may open a yes/no question before its subject: "has the pipe broken?". */
  private static final Set<String> BE_AUX =
      Set.of("is", "are", "was", "were", "has", "have", "had");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "of", "in", "on", "at", "by", "for", "from", "to", "with", "about", "into", "over",
          "under", "after", "before", "during", "since", "until", "than", "as", "between",
          "against", "through", "without", "within");

  /** The end of the text before {@code wordStart}, spaces left out. */
  private static int trimEnd(String q, int wordStart) {
    int e = wordStart;
    while (e > 0 && Character.isWhitespace(q.charAt(e - 1))) e--;
    return e;
  }

  private Optional<int[]> lastPersonSpan(String q) {
    List<String> w = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(q);
    while (m.find()) {
      w.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", ""));
      spans.add(new int[] {m.start(), m.end()});
    }
    int[] found = null;
    for (int i = 0; i < w.size(); i++) {
      for (int len = Math.min(4, w.size() - i); len >= 1; len--) {
        String key = String.join(" ", w.subList(i, i + len));
        if (names.containsKey(key)
            && (len > 1
                || Character.isUpperCase(q.charAt(spans.get(i)[0]))
                || !STOP.contains(key))) {
          int endAt = spans.get(i + len - 1)[1];
          // keep a possessive on the text, not the name
          String tail = q.substring(spans.get(i)[0], endAt);
          if (tail.endsWith("'s") || tail.endsWith("’s")) endAt -= 2;
          found = new int[] {spans.get(i)[0], endAt};
          i += len - 1;
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** The last run of capitalised words after the first word: a name the question uses. */
  private static Optional<int[]> lastNameSpan(String q) {
    Matcher m =
        Pattern.compile(
                "(?<=\\s)(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.-]*)*")
            .matcher(q);
    int[] found = null;
    while (m.find()) {
      if (m.group().equals("I")) continue;
      found = new int[] {m.start(), m.end()};
    }
    return Optional.ofNullable(found);
  }

  private static boolean hasName(String x) {
    return Pattern.compile("\\b\\p{Lu}").matcher(x).find() && !x.equals(x.toUpperCase(Locale.ROOT))
        || x.matches(".*\\b\\p{Lu}{2,}\\b.*");
  }

  private static boolean onlyCapitalised(String phrase) {
    for (String w : phrase.split("\\s+")) {
      if (DETERMINERS.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    }
    return true;
  }

  private static boolean capitalisedIn(String text, String word) {
    Matcher m =
        Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE)
            .matcher(text);
    while (m.find()) if (Character.isUpperCase(text.charAt(m.start()))) return true;
    return false;
  }

  private static String nextWord(String text, int from) {
    Matcher m = WORD.matcher(text);
    if (!m.find(from)) return null;
    if (!text.substring(from, m.start()).isBlank()) return null;
    return m.group().toLowerCase(Locale.ROOT);
  }

  private static List<String> wordsOf(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(
          m.group()
              .toLowerCase(Locale.ROOT)
              .replace('’', '\'')
              .replaceAll("'s$", "")
              .replaceAll("[.]$", ""));
    }
    return out;
  }

  private static String words(String text) {
    return String.join(" ", wordsOf(text));
  }

  private static String trimQuestion(String q) {
    return q == null ? "" : q.strip().replaceAll("[\\s?.!]+$", "");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) return s;
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
