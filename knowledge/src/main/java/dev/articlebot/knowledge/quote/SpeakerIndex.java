package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds speakers by what a reader types, in order of preference:
 *
 * <ol>
 *   <li>a full name or alias ("Jack Han", "President Han", "ANA LIM");
 *   <li>name words, titles ignored ("lim", "President Lim", "Ana"); the last word may be a prefix
 *       of three letters or more ("Ana Li");
 *   <li>role words ("the spokesperson", "foreign ministry spokesperson", "Harlow professor"), a
 *       word of the query standing for the initials of the role's words ("the EMS director");
 *   <li>a close spelling ("Ana Lin" for Ana Lim): the one closest speaker is returned as a
 *       correction.
 * </ol>
 *
 * More than one speaker at the first step that matches is an ambiguity, never a guess.
 */
final class SpeakerIndex {

  /**
   * Who fits a query.
   *
   * @param speakers one (found), several (ambiguous) or none
   * @param corrected the single speaker was found by correcting a typo
   * @param suggestions close names when none fits
   */
  record Match(List<Speaker> speakers, boolean corrected, List<String> suggestions) {}

  private record Entry(
      Speaker speaker,
      List<String> names,
      Set<String> nameWords,
      Set<String> roleWords,
      Set<String> roleInitials,
      Set<String> aboutWords) {}

  /**
   * Other words a role may use for a query word: the three spokes-words for one another, British
   * spelling ("defence"), "leader" for a head of state or government, "chief" for a minister or
   * head. Places are compared through {@link PlaceNames}.
   */
  private static final java.util.Map<String, Set<String>> ROLE_SYNONYMS =
      java.util.Map.ofEntries(
          java.util.Map.entry("defence", Set.of("defense")),
          // The US calls its ministers secretaries.
          java.util.Map.entry("secretary", Set.of("minister")),
          java.util.Map.entry("minister", Set.of("secretary")),
          java.util.Map.entry(
              "chief", Set.of("minister", "secretary", "head", "director", "chair", "president")),
          java.util.Map.entry(
              "head", Set.of("president", "chair", "director", "dean", "lead", "led")),
          java.util.Map.entry(
              "boss",
              Set.of("manager", "chief", "head", "director", "executive", "president", "coach")),
          java.util.Map.entry(
              "leader",
              Set.of(
                  "president",
                  "premier",
                  "chancellor",
                  "chair",
                  "head",
                  "chief",
                  "secretary",
                  "lead",
                  "led")),
          java.util.Map.entry("chair", NewsLexicon.CHAIR_WORDS),
          java.util.Map.entry(
              "lawyer", Set.of("attorney", "counsel", "solicitor", "barrister", "represent")),
          java.util.Map.entry(
              "attorney", Set.of("lawyer", "counsel", "solicitor", "barrister", "represent")),
          java.util.Map.entry("owner", Set.of("run", "runs", "own", "owns", "proprietor")),
          java.util.Map.entry("operator", Set.of("run", "runs", "operate")),
          java.util.Map.entry("manager", Set.of("run", "runs", "manage")),
          java.util.Map.entry("doctor", Set.of("physician")),
          java.util.Map.entry("captain", Set.of("skipper")));

  /**
   * {@link #ROLE_SYNONYMS}, the other spokes-words for one of {@link NewsLexicon#SPOKES_NOUNS}, and
   * every member of a legislature for "lawmaker" ({@link NewsLexicon#ANY_LEGISLATOR}).
   */
  static Set<String> roleSynonyms(String w) {
    Set<String> out = new LinkedHashSet<>(ROLE_SYNONYMS.getOrDefault(w, Set.of()));
    if (NewsLexicon.SPOKES_NOUNS.contains(w)) {
      out.addAll(NewsLexicon.SPOKES_NOUNS);
      out.remove(w);
    }
    // "the lawmaker" is the senator ("Sen."), the representative ("Rep."), the MP
    if (NewsLexicon.ANY_LEGISLATOR.contains(w)) {
      out.addAll(NewsLexicon.LEGISLATORS);
      out.addAll(List.of("sen", "rep"));
    }
    return out;
  }

  private final List<Entry> entries = new ArrayList<>();
  private final List<String> completions = new ArrayList<>();

  SpeakerIndex(List<Speaker> speakers) {
    Set<String> seen = new LinkedHashSet<>();
    for (Speaker s : speakers) {
      List<String> names = new ArrayList<>();
      for (String n : s.allNames()) names.add(LookupQuery.normalize(n));
      Set<String> nameWords = new LinkedHashSet<>();
      // a title in an alias ("Commissioner Bergqvist") is no name word, as in a query
      for (String n : names) {
        for (String w : n.split(" ")) if (!isTitle(w)) nameWords.add(w);
      }
      Set<String> roleWords = new LinkedHashSet<>(roleWords(LookupQuery.normalize(s.role())));
      entries.add(
          new Entry(s, names, nameWords, roleWords, Phrases.initials(s.role()), aboutWords(s)));
      for (String display : s.allNames()) {
        if (seen.add(display.toLowerCase(Locale.ROOT))) completions.add(display);
      }
    }
  }

  Match find(LookupQuery query) {
    String q = query.subject();
    if (q.isEmpty()) return none(List.of());
    List<Speaker> exact = matching(e -> e.names().contains(q));
    if (!exact.isEmpty()) return found(exact);

    List<String> nameWords = new ArrayList<>();
    for (String w : query.words()) {
      if (!NewsLexicon.isFunctionWord(w) && !isTitle(w)) nameWords.add(w);
    }
    if (!nameWords.isEmpty()) {
      List<Speaker> byName = matching(e -> hasNameWords(e, nameWords));
      if (!byName.isEmpty()) return found(byName);
    }
    Set<String> proper = properWords(query.typed());
    List<Speaker> byRole = byRoleOrDescription(query.words(), proper);
    if (!byRole.isEmpty()) return found(byRole);
    List<Speaker> ofOrganisation = withoutOwner(query.words(), proper);
    if (ofOrganisation.size() == 1) return found(ofOrganisation);
    return closest(nameWords.isEmpty() ? query.words() : nameWords);
  }

  /**
   * Who the query's words name by role ("the foreign ministry spokesperson"), first as the role is
   * written, then with synonyms; else by what the article says of them ({@link #byDescription});
   * else by the head noun alone, when it fits one speaker only ({@link #byHead}). Empty when the
   * words hold no role word or fit nobody.
   */
  private List<Speaker> byRoleOrDescription(List<String> words, Set<String> proper) {
    List<String> content = new ArrayList<>();
    for (String w : words) if (!NewsLexicon.isFunctionWord(w)) content.add(w);
    List<String> role = roleWords(withoutMetonyms(String.join(" ", content)));
    if (role.isEmpty()) return List.of();
    List<Speaker> byRole = matching(e -> hasRoleWords(e, role, false));
    if (byRole.isEmpty()) byRole = matching(e -> hasRoleWords(e, role, true));
    if (!byRole.isEmpty()) return byRole;
    List<Speaker> described = byDescription(words);
    return described.isEmpty() ? byHead(words, proper) : described;
  }

  /**
   * "the fair board president" when the article calls him "Board President": the one speaker whose
   * words hold the head noun of the query's noun phrase, a role or a title, its last word before
   * "of", "who", … , and more of the query's words than anyone else's do, and every name or place
   * of the query (a word typed with a capital, a country or nationality) is among theirs. Empty
   * when none or several do.
   */
  private List<Speaker> byHead(List<String> words, Set<String> proper) {
    List<String> phrase = new ArrayList<>(); // the words before "of", "who", …
    String head = "";
    for (String w : words) {
      String x = w.replaceAll("'s$", "");
      if (HEAD_ENDERS.contains(x)) break;
      phrase.add(x);
      if (!NewsLexicon.isFunctionWord(x) && !x.isEmpty()) head = x;
    }
    if (head.isEmpty() || !isRoleWord(head)) return List.of();
    String h = head;
    List<Entry> fitting = entries.stream().filter(e -> fits(h, e.aboutWords())).toList();
    if (fitting.size() != 1) return List.of();
    Entry only = fitting.get(0);
    // a name or a place in the query that is not theirs ("the Korean biologist", "the Leeds
    // bakery owner") means someone else: no guess
    for (String x : phrase) {
      boolean named = proper.contains(x) || PlaceNames.isPlace(x);
      if (named && !fits(x, only.aboutWords())) return List.of();
    }
    // and nobody else fits as many of the query's words ("the Alturas supply chain executive")
    int most = 0;
    int theirs = 0;
    for (Entry e : entries) {
      int n = 0;
      for (String w : words) if (!NewsLexicon.isFunctionWord(w) && fits(w, e.aboutWords())) n++;
      if (e == only) theirs = n;
      else most = Math.max(most, n);
    }
    return theirs > most ? List.of(only.speaker()) : List.of();
  }

  /**
   * "Kestrel's chief financial officer" when no speaker's words hold "Kestrel": the one speaker
   * whose role the rest names, the owner being the organisation the whole story is about. Empty
   * unless the query opens with such a possessive and the rest fits exactly one speaker.
   */
  private List<Speaker> withoutOwner(List<String> words, Set<String> proper) {
    if (words.size() < 2 || !words.get(0).endsWith("'s")) return List.of();
    String owner = words.get(0).substring(0, words.get(0).length() - 2);
    for (Entry e : entries) {
      if (e.nameWords().contains(owner) || e.aboutWords().contains(stem(owner))) return List.of();
    }
    return byRoleOrDescription(words.subList(1, words.size()), proper);
  }

  /**
   * Who the query describes, by everything the article says about them ({@link
   * Speaker#descriptions()}): "the bakery owner" is the one who "runs a bakery", "the HSU
   * economist" the "economist at Harlow State University". Every word of the query's noun phrase
   * (up to "of", "for", "who", …: "the Korean president", "the bakery owner") must fit, by itself,
   * a synonym ("CEO" is "chief executive", "boss" a "manager") or a shared stem ("baker" of
   * "bakery"); among those it fits, the speaker fitting most of the query's words, the rest
   * included ("… who found the flaw"), is found, and a tie is ambiguous. Empty when it fits nobody.
   */
  private List<Speaker> byDescription(List<String> words) {
    List<String> content = new ArrayList<>();
    List<String> phrase = new ArrayList<>();
    boolean headDone = false;
    for (String w : words) {
      String x = w.replaceAll("'s$", "");
      if (HEAD_ENDERS.contains(x)) headDone = true;
      if (NewsLexicon.isFunctionWord(x) || x.isEmpty()) continue;
      content.add(x);
      if (!headDone) phrase.add(x);
    }
    if (phrase.isEmpty()) return List.of();
    int best = 0;
    List<Speaker> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!phrase.stream().allMatch(w -> fits(w, e.aboutWords()))) continue;
      int score = 0;
      for (String w : content) {
        if (fits(w, e.aboutWords())) score++;
      }
      if (score > best) {
        best = score;
        out.clear();
      }
      if (score == best) out.add(e.speaker());
    }
    return out;
  }

  /** A noun for what someone does: a role noun, or a title in lower case ("inspector"). */
  private static boolean isRoleWord(String word) {
    if (NewsLexicon.isRoleNoun(word)) return true;
    return !word.isEmpty()
        && NewsLexicon.isTitle(Character.toUpperCase(word.charAt(0)) + word.substring(1));
  }

  /** The words typed with a capital after the first, in lower case: the names in a query. */
  private static Set<String> properWords(String typed) {
    Set<String> out = new java.util.HashSet<>();
    String[] t = typed.strip().split("\\s+");
    for (int i = 1; i < t.length; i++) {
      String w = t[i].replaceAll("[^\\p{L}'-]", "").replaceAll("'s$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Words that end a query's head noun phrase: "the lawyer for …", "the teacher who …". */
  private static final Set<String> HEAD_ENDERS =
      Set.of(
          "of", "for", "on", "at", "in", "from", "with", "who", "that", "which", "whose", "whom",
          "based", "by", "to");

  /**
   * Whether a query word is among a speaker's words: itself, a synonym, or a shared stem (six
   * letters in common, "strategist" and "strategy", or one word of five letters or more beginning
   * the other, "baker" and "bakery").
   */
  private static boolean fits(String word, Set<String> about) {
    String w = stem(PlaceNames.canonical(word));
    if (about.contains(w)) return true;
    String initials = NewsLexicon.ROLE_INITIALS.get(w);
    if (initials != null && about.containsAll(contentWords(initials))) return true;
    for (String alt : roleSynonyms(w)) {
      if (about.contains(alt)) return true;
    }
    for (String t : about) {
      int shared = commonPrefix(w, t);
      if (shared >= 6 || (shared >= 5 && shared == Math.min(w.length(), t.length()))) return true;
    }
    return false;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    return i;
  }

  /** The words of a role's spelled-out initials that are no function words. */
  private static List<String> contentWords(String phrase) {
    return java.util.Arrays.stream(phrase.split(" "))
        .filter(x -> !NewsLexicon.isFunctionWord(x))
        .toList();
  }

  /**
   * A speaker's words for lookup by description: the words of their names, role and descriptions,
   * singular, abbreviations spelled out, plus the initials of each run of capitalised words
   * ("Harlow State University" gives "hsu").
   */
  private static Set<String> aboutWords(Speaker s) {
    Set<String> out = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>(s.allNames());
    texts.add(s.role());
    texts.addAll(s.descriptions());
    for (String text : texts) {
      for (String w : LookupQuery.normalize(text).split(" ")) {
        if (w.isEmpty()) continue;
        String x = stem(PlaceNames.canonical(w.replaceAll("'s$", "")));
        out.add(x);
        String spelled = NewsLexicon.spelledOut(x);
        if (spelled != null) out.add(spelled);
      }
      out.addAll(initials(text));
    }
    return out;
  }

  /** The initials of each run of two or more capitalised words, function words skipped. */
  private static List<String> initials(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int words = 0;
    for (String w : (text + " .").split("[\\s,;:()]+")) {
      String bare = w.replaceAll("[’'](s)?$", "");
      if (!bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0))) {
        run.append(Character.toLowerCase(bare.charAt(0)));
        words++;
      } else if (bare.isEmpty() || !NewsLexicon.isFunctionWord(bare) || words == 0) {
        if (words >= 2) out.add(run.toString());
        run.setLength(0);
        words = 0;
      }
    }
    return out;
  }

  /** Names and aliases that start with, or have a word that starts with, the prefix. */
  List<String> suggest(String prefix, int max) {
    int limit = Math.min(max, 25);
    if (limit <= 0) return List.of();
    String p = LookupQuery.normalize(prefix == null ? "" : prefix);
    if (p.length() > LookupQuery.MAX_LENGTH) return List.of();
    List<String> whole = new ArrayList<>();
    List<String> word = new ArrayList<>();
    for (String display : completions) {
      String n = LookupQuery.normalize(display);
      if (n.startsWith(p)) whole.add(display);
      else if ((" " + n).contains(" " + p)) word.add(display);
    }
    whole.addAll(word);
    return List.copyOf(whole.subList(0, Math.min(limit, whole.size())));
  }

  private List<Speaker> matching(Predicate<Entry> test) {
    List<Speaker> out = new ArrayList<>();
    for (Entry e : entries) {
      if (test.test(e)) out.add(e.speaker());
    }
    return out;
  }

  private static boolean hasNameWords(Entry e, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean last = i == words.size() - 1;
      boolean ok = e.nameWords().contains(w);
      if (!ok && last && w.length() >= 3) {
        for (String n : e.nameWords()) {
          if (n.startsWith(w)) ok = true;
        }
      }
      if (!ok) return false;
    }
    return true;
  }

  /**
   * Role words, singular: "professors" -> "professor", "university's" -> "university"; a word after
   * "vice", "deputy", "assistant" or "associate" is joined to it ("vice-president"), so a vice
   * president is not a president.
   */
  private static List<String> roleWords(String normalized) {
    List<String> out = new ArrayList<>();
    String previous = "";
    for (String w : normalized.split(" ")) {
      if (w.isEmpty()) continue;
      String s = stem(PlaceNames.canonical(w.replaceAll("'s$", "")));
      out.add(NewsLexicon.SUBORDINATE_MODIFIERS.contains(previous) ? previous + "-" + s : s);
      previous = s;
    }
    return out;
  }

  /** Places that stand for an office: "the Pentagon chief" is the US defense chief. */
  private static final java.util.Map<String, String> METONYMS =
      java.util.Map.of(
          "pentagon", "us defense",
          "white house", "us president",
          "kremlin", "russian president",
          "downing street", "uk prime minister",
          "elysee", "french president");

  private static String withoutMetonyms(String words) {
    String out = " " + words + " ";
    for (var e : METONYMS.entrySet())
      out = out.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
    return out.strip();
  }

  private static boolean hasRoleWords(Entry e, List<String> words, boolean synonyms) {
    for (String w : words) {
      String s = stem(w);
      // "the county EMS director": initials of the role's words
      boolean ok =
          e.roleWords().contains(s) || e.nameWords().contains(w) || e.roleInitials().contains(w);
      if (!ok && synonyms) {
        for (String alt : roleSynonyms(s)) {
          if (e.roleWords().contains(alt)) ok = true;
        }
      }
      if (!ok) return false;
    }
    return true;
  }

  /** The speaker whose name is closest to the words, if one is clearly closest. */
  private Match closest(List<String> words) {
    String q = String.join(" ", words);
    if (q.isEmpty()) return none(List.of());
    List<Entry> best = new ArrayList<>();
    int bestScore = Integer.MAX_VALUE;
    List<Scored> near = new ArrayList<>();
    for (Entry e : entries) {
      int score = Integer.MAX_VALUE;
      int whole = Integer.MAX_VALUE;
      for (String n : e.names()) {
        int d = EditDistance.between(q, n);
        whole = Math.min(whole, d);
        if (d <= allowed(q.length())) score = Math.min(score, d);
      }
      score = Math.min(score, wordScore(words, e));
      near.add(new Scored(e.speaker().name(), whole));
      if (score == Integer.MAX_VALUE) continue;
      if (score < bestScore) {
        bestScore = score;
        best.clear();
      }
      if (score == bestScore) best.add(e);
    }
    if (best.size() == 1) return new Match(List.of(best.get(0).speaker()), true, List.of());
    List<String> suggestions = new ArrayList<>();
    for (Entry e : best) suggestions.add(e.speaker().name());
    if (suggestions.isEmpty()) {
      near.sort(Comparator.comparingInt(Scored::distance));
      int loose = Math.max(2, (int) (q.length() * 0.4));
      for (Scored s : near) {
        if (s.distance() <= loose && suggestions.size() < 3) suggestions.add(s.name());
      }
    }
    return none(suggestions);
  }

  private record Scored(String name, int distance) {}

  /** Sum of distances when every query word is a near miss of one of the speaker's name words. */
  private static int wordScore(List<String> words, Entry e) {
    int total = 0;
    for (String w : words) {
      int best = Integer.MAX_VALUE;
      for (String n : e.nameWords()) {
        int d = EditDistance.between(w, n);
        if (d <= allowed(w.length())) best = Math.min(best, d);
      }
      if (best == Integer.MAX_VALUE) return Integer.MAX_VALUE;
      total += best;
    }
    return total;
  }

  /** Typos tolerated: none in words of three letters or fewer, one up to seven, then two. */
  private static int allowed(int length) {
    if (length <= 3) return 0;
    if (length <= 7) return 1;
    return 2;
  }

  private Match found(List<Speaker> speakers) {
    return new Match(List.copyOf(speakers), false, List.of());
  }

  private static Match none(List<String> suggestions) {
    return new Match(List.of(), false, List.copyOf(suggestions));
  }

  private static boolean isTitle(String w) {
    if (w.isEmpty()) return false;
    String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
    return NewsLexicon.isTitle(cap) || NewsLexicon.TITLES.contains(w.toUpperCase(Locale.ROOT));
  }

  /** "professors" -> "professor"; short words and words in "ss" stay. */
  private static String stem(String w) {
    if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss"))
      return w.substring(0, w.length() - 1);
    return w;
  }
}
