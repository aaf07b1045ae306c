package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of one article. A run of two or more capitalised words is a person when the text
 * treats it, or its first or last word standing alone later ("Olmos, 68, a retired teacher"; "Olmos
 * said"), as one, and never as an organisation or a place.
 *
 * <p>Treated as a person: a title or role noun before it ("President", "crane operator"); an
 * appositive, an age or a relative clause after it (", a professor", ", 74,", ", who", ", whom"); a
 * parenthesised other name ("(Victor Gao)", "(Larry)"); a nickname inside it (Tyrell “Ty” Gaines);
 * a speech verb or attribution around it when it is the subject ("Da Wei, ..., argued", "According
 * to Shen Yi", "“…,” said Wang Tao"); a personal pronoun as the next pronoun after it ("José
 * Furtado cuts the engine … by his reckoning").
 *
 * <p>Treated as an organisation or a place, which rules it out everywhere: a word of one
 * ("University", "Partners", "Coalition"); part of a longer name ("Centre for Reef Resilience",
 * "University of Southern California"); "the" or a preposition of place before it ("the Liberal
 * Democrats", "in Broken Arrow", "at Pier T", but not "at Tom Becker’s house"); a noun for an
 * organisation before it ("the campaign group Commuter Voice"); "which" after it, or "it"/"its" as
 * the next pronoun ("Corvane Semiconductor is recalling its …").
 *
 * <p>A single word with a title ("Mayor Whitfield") is a person when no full name accounts for it.
 */
final class PersonRegistry {

  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her", "hers");
  private static final Set<String> IMPERSONAL = Set.of("it", "its");
  private static final Set<String> JOINERS = Set.of("of", "for", "&", "de", "du");

  private final List<Person> people = new ArrayList<>();
  private final Set<String> undecided = new java.util.HashSet<>();

  /** Finds the people in an article's paragraphs. */
  static PersonRegistry discover(List<ParagraphTokens> paragraphs, NameSpotter spotter) {
    List<List<NameSequence>> names = new ArrayList<>();
    for (ParagraphTokens p : paragraphs) names.add(spotter.find(p));
    PersonRegistry registry = new PersonRegistry();
    Map<String, Boolean> verdicts = verdicts(paragraphs, names, registry.undecided);
    for (int i = 0; i < paragraphs.size(); i++) {
      for (NameSequence seq : names.get(i)) {
        if (seq.words().size() >= 2 && verdicts.getOrDefault(key(seq.name()), false)) {
          registry.register(paragraphs.get(i), seq);
        }
      }
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      for (NameSequence seq : names.get(i)) {
        if (seq.words().size() == 1
            && !seq.title().isEmpty()
            && seq.couldBePerson()
            && !isOrganisation(paragraphs.get(i), seq)
            && registry.answering(seq.name()).isEmpty()) {
          registry.register(paragraphs.get(i), seq);
        }
      }
    }
    return registry;
  }

  /**
   * For each full name of two or more words: true when it names a person. Names with no evidence
   * either way go to {@code undecided}.
   */
  private static Map<String, Boolean> verdicts(
      List<ParagraphTokens> paragraphs, List<List<NameSequence>> names, Set<String> undecided) {
    Map<String, Boolean> person = new LinkedHashMap<>();
    Map<String, Boolean> organisation = new LinkedHashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      ParagraphTokens p = paragraphs.get(i);
      for (NameSequence seq : names.get(i)) {
        if (seq.words().size() < 2) continue;
        String key = key(seq.name());
        person.putIfAbsent(key, false);
        organisation.putIfAbsent(key, false);
        if (!seq.couldBePerson() || isOrganisation(p, seq)) organisation.put(key, true);
        else if (isTreatedAsPerson(p, seq)) person.put(key, true);
      }
    }
    // A surname alone, treated as a person ("Dupont said"), speaks for its full name; a first word
    // alone only when what follows it fits nobody but a person (an age, ", who", an appositive with
    // a role): companies go by their first word ("Corvane said" of Corvane Semiconductor).
    for (int i = 0; i < paragraphs.size(); i++) {
      ParagraphTokens p = paragraphs.get(i);
      for (NameSequence seq : names.get(i)) {
        if (seq.words().size() != 1 || !seq.couldBePerson() || isOrganisation(p, seq)) continue;
        boolean described = isDescribedAsPerson(p, seq.end());
        if (!described && !isTreatedAsPerson(p, seq)) continue;
        for (String full : person.keySet()) {
          String[] parts = full.split(" ");
          String word = key(seq.name());
          boolean last = parts[parts.length - 1].equals(word);
          if (last || (described && parts[0].equals(word))) person.put(full, true);
        }
      }
    }
    // A shorter form treated as a person ("Von der Leyen said") speaks for the full name it ends.
    for (String shorter : List.copyOf(person.keySet())) {
      if (!person.get(shorter) || organisation.get(shorter)) continue;
      for (String full : person.keySet()) {
        if (full.endsWith(" " + shorter)) person.put(full, true);
      }
    }
    Map<String, Boolean> out = new LinkedHashMap<>();
    person.forEach((name, yes) -> out.put(name, yes && !organisation.get(name)));
    person.forEach(
        (name, yes) -> {
          if (!yes && !organisation.get(name)) undecided.add(name);
        });
    return out;
  }

  /**
   * Whether a name of two or more words might be a person's, with nothing in the text to tell: a
   * pronoun after it may refer to it, so must not be given to someone mentioned earlier.
   */
  boolean undecided(String name) {
    return undecided.contains(key(name));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  List<Person> people() {
    return List.copyOf(people);
  }

  /**
   * The person with this full name or alias, or else the one person whose full name ends with it
   * ("Von der Leyen" for Ursula von der Leyen), or null.
   */
  Person named(String full) {
    for (Person person : people) {
      if (person.hasName(full)) return person;
    }
    if (!full.contains(" ")) return null;
    Person found = null;
    String tail = " " + key(full);
    for (Person person : people) {
      if (!(" " + key(person.name())).endsWith(tail)) continue;
      if (found != null) return null;
      found = person;
    }
    return found;
  }

  /** Everyone a single word ("Wu", "Trump", "Li") can refer to. */
  List<Person> answering(String word) {
    List<Person> out = new ArrayList<>();
    for (Person person : people) {
      if (person.answersTo(word) || person.hasName(word)) out.add(person);
    }
    return out;
  }

  private void register(ParagraphTokens p, NameSequence seq) {
    Person person = named(seq.name());
    if (person == null) {
      person = new Person(seq.name());
      people.add(person);
    }
    if (!seq.nickname().isEmpty()) person.addAlias(seq.nickname());
    int after = seq.end();
    if (p.punctAt(after, '(')) {
      int close = after + 1;
      while (p.at(close) != null && !p.punctAt(close, ')') && close - after < 20) close++;
      String alias = parenthesisedName(p, after + 1, close);
      if (p.punctAt(close, ')') && !alias.isEmpty() && named(alias) == null) {
        person.addAlias(alias);
        after = close + 1;
      }
    }
    String called = aliasInClause(p, after);
    if (!called.isEmpty() && named(called) == null) person.addAlias(called);
    String before = Phrases.roleBefore(p, seq);
    if (before.isEmpty()) before = roleAfterInvertedVerb(p, seq.first() - 1);
    Phrases.Appositive appositive = Phrases.appositive(p, after);
    String role = before;
    if (appositive != null)
      role = role.isEmpty() ? appositive.text() : role + ", " + appositive.text();
    person.describe(role);
    if (person.role().isEmpty()) person.describe(Phrases.relativeClause(p, after));
    describeFurther(person, p, after);
    if (p.sentenceStart(seq.first()) == seq.first()) person.addDescription(predicate(p, after));
    person.learnGenderFrom(String.join(" ", seq.titles()));
  }

  /**
   * What follows a mention and describes the person, kept for lookup by role: an appositive after
   * an age (", 68, a retired teacher"), a relative clause (", who chairs the Diss Flood Action
   * Group"). Used for full names and for later surname mentions alike.
   */
  static void describeFurther(Person person, ParagraphTokens p, int after) {
    int at = isAge(p, after) ? after + 2 : after;
    if (at != after) {
      Phrases.Appositive appositive = Phrases.appositive(p, at);
      if (appositive != null) person.addDescription(appositive.text());
    }
    person.addDescription(Phrases.relativeClause(p, at));
  }

  /**
   * "Pauline Hart, 74, has lived on Mere Street for 41 years.": what the sentence a name opens says
   * of the person, up to 20 words, when it quotes and reports nothing. "" otherwise.
   */
  private static String predicate(ParagraphTokens p, int after) {
    int from = isAge(p, after) ? after + 3 : after;
    if (p.at(from) == null || !p.get(from).isWord()) return "";
    int end = p.sentenceEnd(from);
    if (end - from > 20) return "";
    for (int k = from; k < end; k++) {
      if (p.get(k).isQuote() || Phrases.isSpeechVerb(p, k)) return "";
    }
    int last = end;
    while (last > from && !p.get(last - 1).isWord()) last--;
    return p.text(from, last);
  }

  /** "said the council’s cabinet member for the environment, NAME": the role between. */
  private static String roleAfterInvertedVerb(ParagraphTokens p, int comma) {
    if (!p.punctAt(comma, ',') || !invertedVerbBefore(p, comma - 1)) return "";
    int v = comma - 1;
    while (v >= 0 && !Phrases.isSpeechVerb(p, v)) v--;
    return v + 1 < comma ? p.text(v + 1, comma) : "";
  }

  /**
   * The other name in parentheses: all of it when it is capitalised words ("(Victor Gao)",
   * "(Larry)"), or the name after a word that introduces one ("(better known online by her handle,
   * Voltfox)", "(known as “Bobby”)"). "" when there is none.
   */
  private static String parenthesisedName(ParagraphTokens p, int from, int close) {
    StringBuilder all = new StringBuilder();
    int k = from;
    while (k < close && p.get(k).capitalized()) {
      if (all.length() > 0) all.append(' ');
      all.append(p.get(k).text());
      k++;
    }
    if (k == close && all.length() > 0) return all.toString();
    for (int m = from; m < close; m++) {
      if (p.get(m).isWord() && NewsLexicon.ALIAS_MARKERS.contains(p.get(m).lower())) {
        String name = nameAt(p, m + 1, close);
        if (!name.isEmpty()) return name;
      }
    }
    return "";
  }

  /**
   * A name given in the clause right after a person's name, before any speech verb: "José Furtado,
   * whom everyone on the quay calls “Zé do Mar”", "X, known as “Bobby”, …". "" when there is none.
   */
  static String aliasInClause(ParagraphTokens p, int after) {
    if (!p.punctAt(after, ',')) return "";
    if (isAge(p, after)) after += 2;
    int sentence = p.get(after).sentence();
    for (int k = after + 1; k < p.size() && k < after + 15; k++) {
      Token t = p.get(k);
      if (t.sentence() != sentence || Phrases.isSpeechVerb(p, k)) return "";
      if (t.isWord() && NewsLexicon.ALIAS_MARKERS.contains(t.lower())) {
        String name = nameAt(p, k + 1, Math.min(p.size(), k + 8));
        if (!name.isEmpty()) return name;
      }
    }
    return "";
  }

  /**
   * The name at {@code k}, after an optional "as", comma or "by her handle": a quoted passage of up
   * to four capitalised words, or a run of capitalised words. "" when there is none.
   */
  private static String nameAt(ParagraphTokens p, int k, int limit) {
    while (k < limit && (p.wordAt(k, "as") || p.punctAt(k, ','))) k++;
    Token t = p.at(k);
    if (t == null || k >= limit) return "";
    if (t.isQuote()) {
      String words = p.spans().get(t.span()).words(p.text());
      String[] parts = words.split("\\s+");
      if (parts.length > 4 || words.isEmpty()) return "";
      return Character.isUpperCase(words.codePointAt(0)) ? words : "";
    }
    StringBuilder out = new StringBuilder();
    while (k < limit && p.at(k) != null && p.get(k).capitalized()) {
      if (out.length() > 0) out.append(' ');
      out.append(p.get(k).text());
      k++;
    }
    return out.toString();
  }

  /** The organisation and place cues of the class comment. */
  private static boolean isOrganisation(ParagraphTokens p, NameSequence seq) {
    int b = seq.first() - 1;
    Token before = p.at(b);
    if (before != null && before.isWord()) {
      String w = before.lower();
      boolean untitled = seq.first() == seq.nameFirst();
      if (untitled && JOINERS.contains(w) && p.at(b - 1) != null && p.at(b - 1).capitalized()) {
        return true;
      }
      if (untitled && w.equals("the")) return true;
      if (NewsLexicon.ORGANISATION_NOUNS.contains(w) && !before.capitalized()) return true;
      if (NewsLexicon.LOCATIVES.contains(w)
          && seq.first() == seq.nameFirst()
          && !seq.possessive()) {
        return true;
      }
    }
    if (before != null && before.isPunct('&')) return true;
    int after = seq.end();
    if (p.wordAt(after, "which") || (p.punctAt(after, ',') && p.wordAt(after + 1, "which"))) {
      return true;
    }
    Token next = p.at(after);
    if (next != null && (next.isPunct('&') || (next.isWord() && JOINERS.contains(next.lower())))) {
      return p.at(after + 1) != null && p.at(after + 1).capitalized();
    }
    return IMPERSONAL.contains(nextPronoun(p, seq));
  }

  /**
   * The pronoun that refers back to a name in subject position, in lower case, or "": the first
   * pronoun of its clause ("Corvane Semiconductor is recalling its …", "Daniela Ruiz was loading
   * her children"), the clause ending at a comma, a quotation, "that" or a speech verb; else the
   * word that opens the next sentence when the name opens its own ("José Furtado cuts the engine …
   * He has fished …").
   */
  private static String nextPronoun(ParagraphTokens p, NameSequence seq) {
    if (!isSubjectPosition(p, seq) || p.at(seq.end()) == null) return "";
    int sentence = p.get(seq.first()).sentence();
    int k = seq.end();
    for (; k < p.size() && p.get(k).sentence() == sentence; k++) {
      Token t = p.get(k);
      if (!t.isWord()) {
        if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isQuote()) return "";
        continue;
      }
      String w = t.lower();
      if (w.equals("that") || Phrases.isSpeechVerb(p, k)) return "";
      if (PERSONAL.contains(w) || IMPERSONAL.contains(w)) return w;
    }
    boolean opens = p.sentenceStart(seq.first()) == seq.first();
    Token next = p.at(k);
    if (opens && next != null && next.isWord()) {
      String w = next.lower();
      if (PERSONAL.contains(w) || IMPERSONAL.contains(w)) return w;
    }
    return "";
  }

  private static boolean isTreatedAsPerson(ParagraphTokens p, NameSequence seq) {
    if (!seq.title().isEmpty() || !seq.nickname().isEmpty()) return true;
    List<String> titles = seq.titles();
    if (!titles.isEmpty() && NewsLexicon.isRoleNoun(titles.get(titles.size() - 1))) return true;
    int b = seq.first() - 1;
    Token before = p.at(b);
    if (before != null && before.isWord() && NewsLexicon.isRoleNoun(before.text())) return true;
    if (p.punctAt(b, ',')
        && p.at(b - 1) != null
        && p.at(b - 1).isWord()
        && NewsLexicon.isRoleNoun(p.at(b - 1).text())) {
      return true;
    }
    int after = seq.end();
    if (p.punctAt(after, '(')) {
      int close = after + 1;
      while (p.at(close) != null && !p.punctAt(close, ')') && close - after < 20) close++;
      if (!parenthesisedName(p, after + 1, close).isEmpty()) return true;
      if (p.punctAt(close, ')')) after = close + 1;
    }
    if (isDescribedAsPerson(p, after)) return true;
    if (p.wordAt(b, "to") && p.wordAt(b - 1, "according")) return true;
    if (before != null && before.isQuote()) return true;
    if (p.punctAt(b, ',') && p.at(b - 1) != null && p.at(b - 1).isQuote()) return true;
    if (Phrases.isSpeechVerb(p, b)
        && !NewsLexicon.ADDRESSING_VERBS.contains(p.get(b).lower())
        && p.at(b - 1) != null
        && (p.at(b - 1).isQuote() || p.punctAt(b - 1, ','))) {
      return true;
    }
    if (p.punctAt(b, ',') && invertedVerbBefore(p, b - 1)) return true;
    if (PERSONAL.contains(nextPronoun(p, seq))) return true;
    return isSubjectPosition(p, seq) && speechVerbFollows(p, after);
  }

  /**
   * "“…,” said the council’s cabinet member for the environment, NAME": words back from {@code k}
   * reach a speech verb that follows a quotation or a comma.
   */
  private static boolean invertedVerbBefore(ParagraphTokens p, int k) {
    for (int v = k; v >= 0 && v > k - 12; v--) {
      Token t = p.get(v);
      if (!t.isWord()) return false;
      if (Phrases.isSpeechVerb(p, v)) {
        return !NewsLexicon.ADDRESSING_VERBS.contains(t.lower())
            && p.at(v - 1) != null
            && (p.at(v - 1).isQuote() || p.punctAt(v - 1, ','));
      }
    }
    return false;
  }

  /** ", 74,", ", who", ", whom", ", whose" or an appositive with a role right after a name. */
  private static boolean isDescribedAsPerson(ParagraphTokens p, int after) {
    if (p.punctAt(after, ',')
        && (p.wordAt(after + 1, "who")
            || p.wordAt(after + 1, "whom")
            || p.wordAt(after + 1, "whose"))) {
      return true;
    }
    return isAge(p, after) || Phrases.appositive(p, after) != null;
  }

  /** ", 74," or ", 74." right after a name. */
  private static boolean isAge(ParagraphTokens p, int after) {
    Token n = p.at(after + 1);
    return p.punctAt(after, ',')
        && n != null
        && n.isWord()
        && n.text().matches("\\d{1,3}")
        && (p.punctAt(after + 2, ',') || p.punctAt(after + 2, '.'));
  }

  /**
   * Whether the name can be the subject of a verb that follows: it opens its sentence or clause, or
   * follows punctuation, a quotation, a role word or an acronym, not a verb or preposition ("whose
   * district includes Cherry Hollow, said" is not Cherry Hollow speaking).
   */
  private static boolean isSubjectPosition(ParagraphTokens p, NameSequence seq) {
    int b = seq.first() - 1;
    Token before = p.at(b);
    if (before == null || !before.isWord()) return true;
    if (before.sentence() != p.get(seq.first()).sentence()) return true;
    if (before.capitalized()) return true; // an acronym in the role: "Local MSP Duncan Farquhar"
    String w = before.lower();
    return NewsLexicon.isRoleNoun(w) || w.equals("and") || w.equals("but") || w.equals("then");
  }

  /** "NAME said", "NAME has repeatedly said", "NAME, a professor at ..., argued". */
  private static boolean speechVerbFollows(ParagraphTokens p, int after) {
    if (!p.punctAt(after, ',')) return Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, after));
    int sentence = p.get(after).sentence();
    for (int k = after; k < p.size() && k < after + 45; k++) {
      Token t = p.get(k);
      if (t.isQuote() || t.sentence() != sentence) return false;
      if (t.isPunct(',') && Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, k + 1))) return true;
    }
    return false;
  }
}
