package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of one article. A run of two or more capitalised words is a person when the text, over
 * all its mentions, treats it as one more than it treats it as an organisation or a place: each
 * mention's cues ({@link NameEvidence}) are added up, and the heavier side wins. Mentions of its
 * last word alone ("Lim said") count for it, and of its first word alone only when described as a
 * person ("Lim, 68, a retired teacher"), since companies go by their first word ("Harlow said" of
 * Harlow Systems). A name whose two sides weigh the same (nothing said either way, or as much for
 * as against) is undecided: it is nobody, and a pronoun after it is left unresolved.
 *
 * <p>A single word with a title ("Mayor Lim") is a person when no full name accounts for it and its
 * mention favours a person. A single word that answers to nobody but reads as a person's ("Jess
 * said") is the short name of the one person whose given name it begins ({@link #shortForms}).
 */
final class PersonRegistry {

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
            && NameEvidence.at(paragraphs.get(i), seq).favoursPerson()
            && registry.answering(seq.name()).isEmpty()) {
          registry.register(paragraphs.get(i), seq);
        }
      }
    }
    registry.joinNicknames();
    registry.firstOfTwoSurnames(names);
    registry.shortForms(paragraphs, names);
    return registry;
  }

  /**
   * "Rosalía Ibarra Montes", then "Ibarra said": of two surnames the first is the one used alone
   * (also of two joined by a hyphen: {@link #firstOfHyphenedSurname}); "Jasper Leung Tak-shing",
   * then "Professor Leung said": a surname before the given names. A three-word name's middle word
   * becomes its alias when the text names someone by that word alone and never by the last word
   * alone, and no one else answers to it but a person of that word alone, who is then the same
   * person.
   */
  private void firstOfTwoSurnames(List<List<NameSequence>> names) {
    Set<String> alone = new java.util.HashSet<>();
    for (List<NameSequence> paragraph : names) {
      for (NameSequence seq : paragraph) {
        if (seq.words().size() == 1) alone.add(seq.words().get(0).toLowerCase(Locale.ROOT));
      }
    }
    for (Person person : List.copyOf(people)) {
      String[] parts = person.name().split(" ");
      firstOfHyphenedSurname(person, parts[parts.length - 1], alone);
      if (parts.length != 3 || !people.contains(person)) continue;
      String middle = parts[1];
      boolean surname =
          middle.length() > 2
              && !middle.endsWith(".")
              && Character.isUpperCase(middle.charAt(0))
              && !NewsLexicon.NAME_PARTICLES.contains(middle.toLowerCase(Locale.ROOT));
      if (!surname
          || !alone.contains(middle.toLowerCase(Locale.ROOT))
          || alone.contains(parts[2].toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<Person> others = answering(middle);
      if (others.isEmpty()) {
        person.addAlias(middle);
      } else if (others.size() == 1 && others.get(0).name().equals(middle)) {
        // "Professor Leung" read as a person of that name alone before "Jasper Leung Tak-shing"
        // was known to answer to it: the same person
        Person bare = others.get(0);
        person.addAlias(middle);
        bare.aliases().forEach(person::addAlias);
        if (person.role().isEmpty() && !bare.role().isEmpty()) person.describe(bare.role());
        people.remove(bare);
      }
    }
  }

  /**
   * "Mohammad-Hossein Tabatabaei-Nejad", then "Tabatabaei said": the first of two surnames joined
   * by a hyphen is an alias when the text uses it alone and nobody answers to it yet.
   */
  private void firstOfHyphenedSurname(Person person, String surname, Set<String> alone) {
    int hyphen = surname.indexOf('-');
    if (hyphen < 3 || hyphen + 1 >= surname.length()) return;
    String first = surname.substring(0, hyphen);
    if (!Character.isUpperCase(first.charAt(0))
        || !Character.isUpperCase(surname.charAt(hyphen + 1))
        || !alone.contains(first.toLowerCase(Locale.ROOT))
        || !answering(first).isEmpty()) {
      return;
    }
    person.addAlias(first);
  }

  /**
   * "Jess said", "Bernie said" of Jessamyn Tull and Bernard Quade: a single word that reads as a
   * person's, answers to nobody, and begins the given name of exactly one person (less a pet name's
   * "-ie", "-y" or "-i", three letters or more left) is that person's short name.
   */
  private void shortForms(List<ParagraphTokens> paragraphs, List<List<NameSequence>> names) {
    for (int i = 0; i < paragraphs.size(); i++) {
      for (NameSequence seq : names.get(i)) {
        if (seq.words().size() != 1 || !seq.couldBePerson()) continue;
        String word = seq.name();
        if (!answering(word).isEmpty()) continue;
        if (!NameEvidence.at(paragraphs.get(i), seq).favoursPerson()) continue;
        String stem = word.toLowerCase(Locale.ROOT).replaceFirst("(?<=...)(?:ie|y|i)$", "");
        if (stem.length() < 3) continue;
        Person only = null;
        int found = 0;
        for (Person person : people) {
          String given = person.name().split(" ")[0].toLowerCase(Locale.ROOT);
          if (given.length() > stem.length() && given.startsWith(stem)) {
            only = person;
            found++;
          }
        }
        if (found == 1) only.addAlias(word);
      }
    }
  }

  /**
   * "Teddy Marsh" named before "Theodore (Teddy) Marsh" is introduced is the same person: a name of
   * two words whose first is another person's nickname and whose last is their surname becomes that
   * person's alias.
   */
  private void joinNicknames() {
    for (Person full : List.copyOf(people)) {
      String[] words = full.name().split(" ");
      String surname = words[words.length - 1];
      for (Person shortName : List.copyOf(people)) {
        String[] w = shortName.name().split(" ");
        if (shortName == full || w.length != 2 || !w[1].equals(surname)) continue;
        if (!full.aliases().contains(w[0])) continue;
        full.addAlias(shortName.name());
        shortName.aliases().forEach(full::addAlias);
        if (!shortName.role().isEmpty()) full.describe(shortName.role());
        people.remove(shortName);
      }
    }
  }

  /**
   * For each full name of two or more words: true when the evidence of all its mentions favours a
   * person. Names whose evidence is even go to {@code undecided}.
   */
  private static Map<String, Boolean> verdicts(
      List<ParagraphTokens> paragraphs, List<List<NameSequence>> names, Set<String> undecided) {
    Map<String, NameEvidence.Weights> weights = new LinkedHashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      for (NameSequence seq : names.get(i)) {
        if (seq.words().size() < 2) continue;
        weights.merge(
            key(seq.name()), NameEvidence.at(paragraphs.get(i), seq), NameEvidence.Weights::plus);
      }
    }
    // a single word that reads as a person's speaks for the full names it ends, or begins when
    // what follows it fits nobody but a person
    Map<String, NameEvidence.Weights> full = new LinkedHashMap<>(weights);
    for (int i = 0; i < paragraphs.size(); i++) {
      ParagraphTokens p = paragraphs.get(i);
      for (NameSequence seq : names.get(i)) {
        if (seq.words().size() != 1 || !seq.couldBePerson()) continue;
        NameEvidence.Weights here = NameEvidence.at(p, seq);
        if (!here.favoursPerson()) continue;
        boolean described = NameEvidence.isDescribedAsPerson(p, seq.end());
        String word = key(seq.name());
        // a surname of someone named in full ("Halvorsen" of Walter Halvorsen) does not begin
        // other names: a family firm ("Halvorsen Marine") takes its name from it
        boolean surname = weights.keySet().stream().anyMatch(n -> n.endsWith(" " + word));
        for (String name : weights.keySet()) {
          String[] parts = name.split(" ");
          if (parts[parts.length - 1].equals(word)
              || (described && !surname && parts[0].equals(word))) {
            full.merge(
                name, new NameEvidence.Weights(here.person(), 0), NameEvidence.Weights::plus);
          }
        }
      }
    }
    // a shorter form that reads as a person's ("Von der Leyen said") speaks for the name it ends
    for (String shorter : weights.keySet()) {
      NameEvidence.Weights w = weights.get(shorter);
      if (!w.favoursPerson()) continue;
      for (String name : weights.keySet()) {
        if (name.endsWith(" " + shorter)) {
          full.merge(name, new NameEvidence.Weights(w.person(), 0), NameEvidence.Weights::plus);
        }
      }
    }
    // a shorter form that begins the name of an organisation or a place ("Basin Gold" of "Basin
    // Gold Foods") is its short name, unless its own mentions read as a person's more strongly
    for (String shorter : weights.keySet()) {
      for (String name : weights.keySet()) {
        if (name.startsWith(shorter + " ")
            && weights.get(name).organisation() >= NameEvidence.LEXICAL
            && !weights.get(name).favoursPerson()) {
          full.merge(
              shorter,
              new NameEvidence.Weights(0, NameEvidence.STRONG),
              NameEvidence.Weights::plus);
          break;
        }
      }
    }
    Map<String, Boolean> out = new LinkedHashMap<>();
    full.forEach(
        (name, w) -> {
          out.put(name, w.favoursPerson());
          if (w.person() == w.organisation()) undecided.add(name);
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

  /** {@code called} ("Dr. G", "Jojo") as {@code person}'s alias, unless empty or someone's name. */
  void giveAlias(Person person, String called) {
    if (!called.isEmpty() && named(called) == null) person.addAlias(called);
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

  /** Everyone a single word ("Lim", "Han", "Jie") can refer to. */
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
    giveAlias(person, aliasInClause(p, after));
    String before = Phrases.roleBefore(p, seq);
    if (before.isEmpty()) before = roleAfterInvertedVerb(p, seq.first() - 1);
    Phrases.Appositive appositive = Phrases.appositive(p, after);
    if (appositive == null) appositive = Phrases.describingPhrase(p, after);
    String role = before;
    if (appositive != null)
      role = role.isEmpty() ? appositive.text() : role + ", " + appositive.text();
    person.describe(role);
    if (person.role().isEmpty()) person.describe(Phrases.relativeClause(p, after));
    describeFurther(person, p, after);
    if (p.sentenceStart(seq.first()) == seq.first()) {
      person.addDescription(predicate(p, after));
      person.addDescription(servedAs(p, after));
    }
    person.learnGenderFrom(String.join(" ", seq.titles()));
  }

  /**
   * What follows a mention and describes the person, kept for lookup by role: an appositive after
   * an age (", 68, a retired teacher"), a relative clause (", who chairs the Redmarsh Harbour
   * Trust"). Used for full names and for later surname mentions alike.
   */
  static void describeFurther(Person person, ParagraphTokens p, int after) {
    int at = NameEvidence.isAge(p, after) ? after + 2 : after;
    if (at != after) {
      Phrases.Appositive appositive = Phrases.appositive(p, at);
      if (appositive == null) appositive = Phrases.describingPhrase(p, at);
      if (appositive != null) person.addDescription(appositive.text());
    }
    person.addDescription(Phrases.relativeClause(p, at));
  }

  /**
   * "Ruth Obi, 74, has lived on Mill Street for 41 years.": what the sentence a name opens says of
   * the person, up to 20 words, when it quotes and reports nothing. "" otherwise.
   */
  private static String predicate(ParagraphTokens p, int after) {
    int from = NameEvidence.isAge(p, after) ? after + 3 : after;
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

  /** The most tokens from a name to the "as" of {@link #servedAs}. */
  private static final int MAX_TO_AS = 12;

  /**
   * "Renata Villarreal has spent most of her two terms as mayor of Port Halsey …": the role the
   * sentence a name opens says the person holds, after "as" (maybe an article and two modifiers, a
   * role noun, and "of" with capitalised words), when nothing quoted, no speech and no other name
   * stands before it. "" otherwise.
   */
  private static String servedAs(ParagraphTokens p, int after) {
    int end = Math.min(p.sentenceEnd(after), after + MAX_TO_AS);
    for (int k = after; k < end; k++) {
      Token t = p.get(k);
      if (t.isQuote() || Phrases.isSpeechVerb(p, k) || t.capitalized() && k > after) return "";
      if (!t.is("as")) continue;
      int r = k + 1;
      if (p.at(r) != null && p.get(r).isArticle()) r++;
      for (int m = 0; m < 3 && p.at(r) != null && p.get(r).isWord(); m++, r++) {
        if (p.get(r).capitalized()) return "";
        if (!NewsLexicon.isRoleNoun(p.get(r).lower())) continue;
        int last = r + 1;
        if (p.wordAt(last, "of") && p.at(last + 1) != null && p.get(last + 1).capitalized()) {
          last += 2;
          while (p.at(last) != null && p.get(last).isWord() && p.get(last).capitalized()) last++;
        }
        return p.text(k + 1, last);
      }
      return "";
    }
    return "";
  }

  /** "said the council’s cabinet member for the environment, NAME": the role between. */
  private static String roleAfterInvertedVerb(ParagraphTokens p, int comma) {
    if (!p.punctAt(comma, ',') || !NameEvidence.invertedVerbBefore(p, comma - 1)) return "";
    int v = comma - 1;
    while (v >= 0 && !Phrases.isSpeechVerb(p, v)) v--;
    return v + 1 < comma ? p.text(v + 1, comma) : "";
  }

  /**
   * The other name in parentheses: all of it when it is capitalised words ("(Ana Lim)", "(Larry)"),
   * or the name after a word that introduces one ("(known as “Bobby”)"), or that ends the
   * parenthesis after such a word and a comma ("(better known online by her handle, Ripple)"). ""
   * when there is none.
   */
  static String parenthesisedName(ParagraphTokens p, int from, int close) {
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
        return lastAfterComma(p, m + 1, close);
      }
    }
    return "";
  }

  /**
   * "(better known online by her handle, Ripple)": the one to four capitalised words, or the short
   * quoted name, that end the parenthesis after its last comma. "" when there are none.
   */
  private static String lastAfterComma(ParagraphTokens p, int from, int close) {
    int comma = -1;
    for (int k = from; k < close; k++) {
      if (p.punctAt(k, ',')) comma = k;
    }
    if (comma < 0 || close - comma - 1 > 4) return "";
    for (int k = comma + 1; k < close; k++) {
      if (!p.get(k).capitalized() && !p.get(k).isQuote()) return "";
    }
    return nameAt(p, comma + 1, close);
  }

  /**
   * A name given in the clause right after a person's name, before any speech verb: "Ana Lim, whom
   * everyone at the market calls “Red”", "X, known as “Bobby”, …", "X, known to everyone in the
   * village as Peggy", "X — known to members simply as Frankie — said", "X – “JB” to his neighbours
   * –", "X, who posts under the name “Bluefin”". "" when there is none.
   */
  static String aliasInClause(ParagraphTokens p, int after) {
    // "X, known as …" or, set off by dashes, "X — known to members simply as Frankie — said"
    if (!p.punctAt(after, ',') && !p.punctAt(after, '—') && !p.punctAt(after, '–')) return "";
    if (NameEvidence.isAge(p, after)) after += 2;
    String toSomeone = nicknameToSomeone(p, after);
    if (!toSomeone.isEmpty()) return toSomeone;
    int sentence = p.get(after).sentence();
    for (int k = after + 1; k < p.size() && k < after + 25; k++) {
      Token t = p.get(k);
      if (t.sentence() != sentence || Phrases.isSpeechVerb(p, k)) return "";
      if (t.isWord() && NewsLexicon.ALIAS_MARKERS.contains(t.lower())) {
        String name = nameAt(p, asAfter(p, k), Math.min(p.size(), asAfter(p, k) + 8));
        if (!name.isEmpty()) return name;
      }
      String under = underName(p, k);
      if (!under.isEmpty()) return under;
    }
    return "";
  }

  /**
   * The name a verb of calling gives the person a pronoun means: "Everyone on the island calls her
   * Jojo", "the regulars called him “Doc”". {@code pronoun} is the pronoun's index; "" when no
   * calling verb stands right before it or no capitalised or quoted name right after it.
   */
  static String calledByPronoun(ParagraphTokens p, int pronoun) {
    Token verb = p.at(pronoun - 1);
    if (verb == null || !verb.isWord() || !CALLING.contains(verb.lower())) return "";
    return nameAt(p, pronoun + 1, Math.min(p.size(), pronoun + 4));
  }

  private static final Set<String> CALLING = Set.of("call", "calls", "called", "nicknamed");

  /**
   * "Morvan – “JB” to his neighbours – was …": set off by a dash, a short quoted name (or one
   * capitalised word: "— Peggy to the volunteers —"), then "to" and whose name it is ("his", "her",
   * "their", "the"). "" otherwise.
   */
  private static String nicknameToSomeone(ParagraphTokens p, int dash) {
    if (!p.punctAt(dash, '—') && !p.punctAt(dash, '–')) return "";
    Token name = p.at(dash + 1); // a quoted passage is one token
    if (name == null || !p.wordAt(dash + 2, "to")) return "";
    if (name.isQuote()) return nameAt(p, dash + 1, dash + 2);
    // "Lisowski — Peggy to the volunteers who … — said": one capitalised word, unquoted, then
    // "to" and the people who call them so
    Token whose = p.at(dash + 3);
    boolean people =
        whose != null
            && whose.isWord()
            && (NewsLexicon.DETERMINERS.contains(whose.lower())
                || NewsLexicon.POSSESSIVE_PRONOUNS.contains(whose.lower()));
    boolean aName =
        name.isWord()
            && name.capitalized()
            && !PlaceNames.isPlace(name.lower())
            && !NewsLexicon.isFunctionWord(name.lower());
    return people && aName ? name.text() : "";
  }

  /**
   * The most words "known" and "as" stand apart in "known to a generation of campus families simply
   * as “Miss Tess”".
   */
  static final int KNOWN_AS_SPAN = 10;

  /**
   * Where the name after "known" starts: after "as" when up to five lower-case words lead to it
   * ("known to everyone in the village as Peggy", "known along the river as “Gica”", "known in the
   * Parliament’s corridors as “il Generale”"), else right after the marker.
   */
  private static int asAfter(ParagraphTokens p, int marker) {
    if (!p.wordAt(marker, "known")) return marker + 1;
    boolean inPlace = false; // the last word was a place's, after "in", "around", …
    for (int j = marker + 1; j <= marker + KNOWN_AS_SPAN && p.at(j) != null; j++) {
      Token t = p.get(j);
      if (t.is("as")) return j;
      // a body's name owning the place ("known in the Parliament's corridors as …") is no name;
      // nor is a place after a preposition ("known around Sudbury as “the Hard Hat Nurse”")
      boolean owner = t.capitalized() && t.text().matches(".+['’]s");
      Token before = p.get(j - 1);
      inPlace =
          t.isWord()
              && t.capitalized()
              && (inPlace || before.isWord() && NewsLexicon.LOCATIVES.contains(before.lower()));
      if (!t.isWord() || t.capitalized() && !owner && !inPlace) break;
    }
    return marker + 1;
  }

  /**
   * "competes under the banner “Wren”", "writes under a pen name, “Lark”": "under", up to three
   * lower-case words, and a short quoted capitalised name. "" otherwise.
   */
  private static String underName(ParagraphTokens p, int k) {
    if (!p.wordAt(k, "under")) return "";
    for (int j = k + 1; j <= k + 4 && p.at(j) != null; j++) {
      Token t = p.get(j);
      if (t.isQuote()) return j > k + 1 ? nameAt(p, j, j + 1) : "";
      if (!t.isPunct(',') && (!t.isWord() || t.capitalized())) return "";
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
      // a name may open with a short particle in lower case: "il Generale", "de Bouwer"
      boolean particle =
          parts.length >= 2
              && parts[0].length() <= 3
              && parts[0].chars().allMatch(Character::isLowerCase)
              && Character.isUpperCase(parts[1].codePointAt(0));
      return Character.isUpperCase(words.codePointAt(0)) || particle ? words : "";
    }
    StringBuilder out = new StringBuilder();
    while (k < limit && p.at(k) != null && p.get(k).capitalized()) {
      if (out.length() > 0) out.append(' ');
      out.append(p.get(k).text());
      k++;
      // "Dr. G": a courtesy title keeps its full stop when a name goes on after it
      if (NewsLexicon.HONORIFICS.contains(p.get(k - 1).text())
          && p.punctAt(k, '.')
          && p.at(k + 1) != null
          && p.get(k + 1).capitalized()) {
        out.append('.');
        k++;
      }
    }
    return out.toString();
  }
}
