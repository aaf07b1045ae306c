package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the references to people in an article's narrative, paragraph by paragraph in reading
 * order, remembering who was mentioned last:
 *
 * <ul>
 *   <li>a full name or alias is that person; a single word ("Gao", "Trump", "Li") is the most
 *       recently mentioned person whose name begins or ends with it, of the gender its title gives
 *       ("Ms Shah" is not Mr Shah);
 *   <li>"he"/"him"/"his" and "she"/"her" are the most recently mentioned person of a compatible
 *       gender, and teach that person's gender; a name mentioned since that may be a person's, but
 *       that the registry could not decide ({@link PersonRegistry#undecided}), leaves the pronoun
 *       unresolved rather than risk the wrong person;
 *   <li>"the spokesperson", "the mayor" is the most recently mentioned person with that role; a
 *       role nobody has is the person the paragraph or the one before opened with, if they have no
 *       occupation and nobody unnamed holds it (see {@link #byEpithet}).
 * </ul>
 *
 * Quotations are not read: a name inside someone's quote is not a mention.
 */
final class MentionTracker {

  private static final Map<String, Person.Gender> PRONOUNS =
      Map.of(
          "he", Person.Gender.MALE,
          "him", Person.Gender.MALE,
          "his", Person.Gender.MALE,
          "she", Person.Gender.FEMALE,
          "her", Person.Gender.FEMALE,
          "hers", Person.Gender.FEMALE);

  private static final Set<String> SPOKES = Set.of("spokesperson", "spokesman", "spokeswoman");

  private final PersonRegistry registry;
  private final NameSpotter spotter;
  private final List<Person> history = new ArrayList<>();
  private final java.util.Set<String> anonymousRoles = new java.util.HashSet<>();
  private Person paragraphSubject;
  private Person previousSubject;
  private final Set<Person> appearance = new LinkedHashSet<>();

  MentionTracker(PersonRegistry registry, NameSpotter spotter) {
    this.registry = registry;
    this.spotter = spotter;
  }

  /** People in order of their first mention so far. */
  List<Person> appearance() {
    return List.copyOf(appearance);
  }

  /** The mentions in paragraph {@code p}, in order; updates who was mentioned last. */
  List<Mention> track(ParagraphTokens p) {
    List<NameSequence> names = spotter.find(p);
    List<Mention> out = new ArrayList<>();
    previousSubject = paragraphSubject;
    paragraphSubject = null;
    int next = 0;
    for (int i = 0; i < p.size(); i++) {
      Mention m = null;
      Token word = p.get(i);
      if ((word.is("a") || word.is("an") || word.is("one") || word.is("another"))
          && p.at(i + 1) != null
          && NewsLexicon.isRoleNoun(p.get(i + 1).lower())) {
        anonymousRoles.add(p.get(i + 1).lower());
      }
      while (next < names.size() && names.get(next).first() < i) next++;
      if (next < names.size() && names.get(next).first() == i) {
        NameSequence seq = names.get(next++);
        Person person = resolveName(seq);
        if (person != null) {
          m = new Mention(seq.first(), seq.end(), person, Mention.Kind.NAME);
          if (seq.words().size() == 1) describeLater(person, p, seq);
          String called = PersonRegistry.aliasInClause(p, seq.end());
          if (!called.isEmpty() && registry.named(called) == null) person.addAlias(called);
        } else if (registry.undecided(seq.name())) {
          history.add(null);
        }
      } else if (p.get(i).isWord() && PRONOUNS.containsKey(p.get(i).lower())) {
        Person.Gender gender = PRONOUNS.get(p.get(i).lower());
        Person person = resolvePronoun(gender);
        if (person != null) person.learnGender(gender);
        m = new Mention(i, i + 1, person, Mention.Kind.PRONOUN);
      } else if (isRoleReference(p, i)) {
        Person person = resolveRole(p.get(i + 1).lower());
        if (person == null && speaks(p, i)) person = byEpithet(p.get(i + 1).lower());
        if (person != null) m = new Mention(i, i + 2, person, Mention.Kind.ROLE);
      }
      if (m == null) continue;
      out.add(m);
      if (m.resolved() && m.first() == 0 && m.kind() == Mention.Kind.NAME) {
        paragraphSubject = m.person();
      }
      if (m.resolved()) {
        history.add(m.person());
        appearance.add(m.person());
        m.person().mentionedIn(p.number());
      }
      i = m.end() - 1;
    }
    return out;
  }

  /** "Whitaker, a retired mail carrier who …": what a later mention by surname adds. */
  private static void describeLater(Person person, ParagraphTokens p, NameSequence seq) {
    Phrases.Appositive appositive = Phrases.appositive(p, seq.end());
    if (appositive != null) person.addDescription(appositive.text());
    PersonRegistry.describeFurther(person, p, seq.end());
  }

  private Person resolveName(NameSequence seq) {
    Person person = null;
    if (seq.words().size() == 1) {
      // a single word that names a place, an organisation or a date ("May", "Partners") is read
      // as that, not as someone's name
      if (!seq.couldBePerson()) return null;
      List<Person> candidates = new ArrayList<>(registry.answering(seq.name()));
      // "Ms Shah" is not Mr Shah
      Person.Gender titled = Person.genderOf(String.join(" ", seq.titles()));
      if (titled != Person.Gender.UNKNOWN) candidates.removeIf(c -> !c.compatibleWith(titled));
      person = mostRecent(candidates);
      if (person == null && !candidates.isEmpty()) person = candidates.get(0);
    } else {
      person = registry.named(seq.name());
    }
    if (person == null) return null;
    if (!seq.surface().toLowerCase(Locale.ROOT).contains(person.name().toLowerCase(Locale.ROOT))) {
      person.addAlias(seq.name());
      person.addAlias(seq.surface());
    }
    if (!seq.title().isEmpty()) person.learnGenderFrom(seq.title());
    return person;
  }

  private Person mostRecent(List<Person> candidates) {
    for (int k = history.size() - 1; k >= 0; k--) {
      if (history.get(k) != null && candidates.contains(history.get(k))) return history.get(k);
    }
    return null;
  }

  private Person resolvePronoun(Person.Gender gender) {
    for (int k = history.size() - 1; k >= 0; k--) {
      if (history.get(k) == null) return null;
      if (history.get(k).compatibleWith(gender)) return history.get(k);
    }
    return null;
  }

  /** "the spokesperson", "the mayor": "the" and a role noun, not followed by a name. */
  private static boolean isRoleReference(ParagraphTokens p, int i) {
    Token role = p.at(i + 1);
    Token after = p.at(i + 2);
    return p.get(i).is("the")
        && role != null
        && role.isWord()
        && NewsLexicon.isRoleNoun(role.lower())
        && !(after != null && after.capitalized() && p.spacedFromNext(i + 1));
  }

  private Person resolveRole(String noun) {
    for (int k = history.size() - 1; k >= 0; k--) {
      Person person = history.get(k);
      if (person == null) continue;
      String role = person.role().toLowerCase(Locale.ROOT);
      for (String w : role.split("[^\\p{L}]+")) {
        if (w.equals(noun) || (SPOKES.contains(w) && SPOKES.contains(noun))) return person;
      }
    }
    return null;
  }

  /** Whether "the X" at {@code i} is who speaks: "the X says", "“…,” the X said", "said the X". */
  private static boolean speaks(ParagraphTokens p, int i) {
    if (Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, i + 2))) return true;
    Token before = p.at(i - 1);
    if (before != null && before.isQuote()) return true;
    return p.punctAt(i - 1, ',') && p.at(i - 2) != null && p.at(i - 2).isQuote()
        || Phrases.isSpeechVerb(p, i - 1);
  }

  /**
   * "Marta Furtado, José’s daughter, works at the institute … ¶ “…,” the biologist says.": an
   * occupation nobody has yet ({@link NewsLexicon#isEpithet}: not an office like "the president",
   * which may be someone never named), naming who speaks, used for the person who opens this
   * paragraph or the last, when that person has no occupation of their own and the article has not
   * spoken of someone unnamed by that role ("a biologist"). The person takes the role. Null
   * otherwise.
   */
  private Person byEpithet(String noun) {
    if (anonymousRoles.contains(noun) || !NewsLexicon.isEpithet(noun)) return null;
    Person subject = paragraphSubject != null ? paragraphSubject : previousSubject;
    if (subject == null) return null;
    for (String w : subject.role().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
      if (NewsLexicon.isRoleNoun(w) && !NewsLexicon.KINSHIP.contains(w)) return null;
    }
    subject.describe(noun);
    return subject;
  }
}
