package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves the references to people in an article's narrative, paragraph by paragraph in reading
 * order, remembering who was mentioned last:
 *
 * <ul>
 *   <li>a full name or alias is that person; a single word ("Lim", "Grant", "Han") is the most
 *       recently mentioned person whose name begins or ends with it, of the gender its title gives
 *       ("Ms Shah" is not Mr Shah), or the only such person when none was mentioned yet; nobody
 *       when two such people were last mentioned in one sentence ("Ken Obi and Ruth Obi signed it.
 *       ¶ “…,” Obi said.");
 *   <li>"he"/"him"/"his" and "she"/"her" are the most recently mentioned person of a compatible
 *       gender, and teach that person's gender; but not surely ({@link Mention#resolved()} false,
 *       so no words are given on it) when that person was named in an earlier sentence after
 *       another person of that gender, whom it may mean as well. The pronoun is left unresolved
 *       rather than risk the wrong person when, since that person was mentioned, a name that may be
 *       a person's was left undecided by the registry ({@link PersonRegistry#undecided}) or someone
 *       who is not a person we know spoke ("the company said", "a spokesperson said", "according to
 *       a statement"); or when that person's gender is unknown, they were mentioned in another
 *       sentence, and someone else of the pronoun's gender was mentioned in this paragraph or the
 *       one before ("Mayor Ana Lim … Her deputy, Sam Teller … ¶ “…,” she said");
 *   <li>"the spokesperson", "the mayor" is the most recently mentioned person with that role, a
 *       role after "deputy", "vice" or "assistant" being another role ("the vice-president" is the
 *       one whose role says so, with or without its hyphen); an acronym before the role's noun
 *       stands for the words it abbreviates ("the EMS director" is the emergency medical services
 *       director). A role nobody has been given is nobody's: "the economist" is not guessed to be
 *       someone introduced without that role. After a preposition ("not related to the minister")
 *       the role names someone no later pronoun goes back to.
 * </ul>
 *
 * Quotations are not read: a name inside someone's quote is not a mention.
 */
final class MentionTracker {

  private static Person.Gender genderOf(String pronoun) {
    return NewsLexicon.FEMALE_PRONOUNS.contains(pronoun)
        ? Person.Gender.FEMALE
        : Person.Gender.MALE;
  }

  private final PersonRegistry registry;
  private final NameSpotter spotter;

  /** Who was mentioned, in reading order; null where a pronoun may not reach back past. */
  private final List<Person> history = new ArrayList<>();

  /** Where each entry of {@link #history} was mentioned. */
  private final List<Place> places = new ArrayList<>();

  /** Whether each entry of {@link #history} was a possessive ("Lim’s brother"), not an agent. */
  private final List<Boolean> owners = new ArrayList<>();

  /** A paragraph and a sentence in it. */
  private record Place(int paragraph, int sentence) {}

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
    int next = 0;
    for (int i = 0; i < p.size(); i++) {
      Mention m = null;
      if (spokenByNobodyWeKnow(p, i, out)) remember(null, p, i, false);
      while (next < names.size() && names.get(next).first() < i) next++;
      if (next < names.size() && names.get(next).first() == i) {
        NameSequence seq = names.get(next++);
        boolean thing = isShopName(p, seq) || isNamedAfter(p, seq);
        Person person = thing ? null : resolveName(seq);
        if (person != null) {
          m = new Mention(seq.first(), seq.end(), person, Mention.Kind.NAME);
          if (seq.words().size() == 1) describeLater(person, p, seq);
          registry.giveAlias(person, PersonRegistry.aliasInClause(p, seq.end()));
        } else if (!thing && registry.undecided(seq.name())) {
          remember(null, p, i, false);
        }
      } else if (p.get(i).isWord() && NewsLexicon.PERSONAL_PRONOUNS.contains(p.get(i).lower())) {
        Person.Gender gender = genderOf(p.get(i).lower());
        Resolved r = resolvePronoun(gender, new Place(p.number(), p.get(i).sentence()));
        if (r.person() != null && !ownerMayBeANoun(p, i, out)) r.person().guessGender(gender);
        m = new Mention(i, i + 1, r.person(), Mention.Kind.PRONOUN, r.sure());
        // "Everyone on the island calls her Jojo": the name is theirs
        if (r.person() != null && r.sure()) {
          registry.giveAlias(r.person(), PersonRegistry.calledByPronoun(p, i));
        }
      } else {
        int head = compoundRoleHead(p, i);
        Person compound =
            head > 0 ? resolveRole(p.get(head).lower(), modifiers(p, i + 1, head)) : null;
        if (compound != null) {
          m = new Mention(i, head + 1, compound, Mention.Kind.ROLE);
        } else if (isAgeReference(p, i)) {
          Person person = lastMentioned(p.number());
          // "sent Zielak the wrong way. ¶ The 24-year-old … said": with another person in the
          // sentence that last named someone, which of them it is, is not sure; nobody, and no
          // pronoun reaches past it to either
          if (person != null && namedWithAnother(person)) {
            person = null;
            remember(null, p, i, false);
          }
          if (person != null) m = new Mention(i, i + 2, person, Mention.Kind.ROLE);
        } else if (isRoleReference(p, i)) {
          int r = roleAfterThe(p, i);
          Person person = resolveRole(p.get(r).lower());
          if (person != null) m = new Mention(i, r + 1, person, Mention.Kind.ROLE);
        }
        // "The superintendent, known to students across the district as Dr. G, said": their name
        if (m != null) registry.giveAlias(m.person(), PersonRegistry.aliasInClause(p, m.end()));
      }
      if (m == null) continue;
      out.add(m);
      // "not related to the minister": a role after a preposition is nobody a pronoun goes back to
      boolean aside = m.kind() == Mention.Kind.ROLE && afterPreposition(p, i);
      if (m.known() && !aside) {
        remember(m.person(), p, m.first(), p.get(m.end() - 1).possessive());
        appearance.add(m.person());
        m.person().mentionedIn(p.number());
      }
      i = m.end() - 1;
    }
    return out;
  }

  /**
   * Whether possessive pronoun {@code i} may belong to a relative named between it and the last
   * mention of its sentence ("Marsh, whose father waited … at his home"): its gender then says
   * nothing of the person mentioned.
   */
  private static boolean ownerMayBeANoun(ParagraphTokens p, int i, List<Mention> before) {
    if (!NewsLexicon.POSSESSIVE_PRONOUNS.contains(p.get(i).lower()) || before.isEmpty()) {
      return false;
    }
    Mention last = before.get(before.size() - 1);
    if (p.get(last.first()).sentence() != p.get(i).sentence()) return false;
    for (int k = last.end(); k < i; k++) {
      Token t = p.get(k);
      if (t.isWord() && NewsLexicon.KINSHIP.contains(t.lower())) return true;
    }
    return false;
  }

  /** "Teller, a retired mail carrier who …": what a later mention by surname adds. */
  private static void describeLater(Person person, ParagraphTokens p, NameSequence seq) {
    Phrases.Appositive appositive = Phrases.appositive(p, seq.end());
    if (appositive != null) person.addDescription(appositive.text());
    PersonRegistry.describeFurther(person, p, seq.end());
  }

  /**
   * "an executive at Thornbury’s.", "shopping at Macy’s,": one word with a possessive ending, after
   * a preposition of place and before no noun, names a shop or a firm, not the person whose name it
   * bears ("at Lim’s home" is Lim's).
   */
  private static boolean isShopName(ParagraphTokens p, NameSequence seq) {
    if (seq.words().size() != 1 || !seq.possessive()) return false;
    Token before = p.at(seq.first() - 1);
    Token after = p.at(seq.end());
    return before != null
        && before.isWord()
        && NewsLexicon.LOCATIVES.contains(before.lower())
        && (after == null || !after.isWord());
  }

  /**
   * "the Tolliver", "the Margaret Tolliver": a name right after "the", with no title, names a thing
   * called after a person (a ship, a building, a firm), or qualifies a noun ("the Obama
   * administration"); after "of" and a capitalised word that is no role ("Friends of Dana Ruiz"),
   * it ends an organisation's name. Either is no mention of the person.
   */
  private static boolean isNamedAfter(ParagraphTokens p, NameSequence seq) {
    Token before = p.at(seq.first() - 1);
    if (seq.first() != seq.nameFirst() || before == null || !before.isWord()) return false;
    if (before.lower().equals("the")) return true;
    // "Friends of Dana Ruiz", "the Estate of Ana Lim": the end of an organisation's name
    Token owner = p.at(seq.first() - 2);
    return before.is("of")
        && owner != null
        && owner.isWord()
        && owner.capitalized()
        && !NewsLexicon.isRoleNoun(owner.text());
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
      // "Councilor Haugen" is the Haugen who is a councilor, when another one is not
      List<Person> holding = new ArrayList<>(candidates);
      holding.removeIf(c -> !holdsTitle(c, seq.titles()));
      if (!holding.isEmpty() && holding.size() < candidates.size()) candidates = holding;
      person = mostRecent(candidates);
      // a surname used before its full name ("Lim added:" above "Ana Lim said") is the one
      // person it can be, if only one
      if (person == null && candidates.size() == 1) person = candidates.get(0);
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

  /**
   * Whether one of {@code titles}, other than a courtesy title ("Ms", "Dr."), is a word of the
   * person's role or descriptions.
   */
  private static boolean holdsTitle(Person person, List<String> titles) {
    Set<String> said = roleWords(person);
    for (String title : titles) {
      String t = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (t.length() > 3 && said.contains(t)) return true;
    }
    return false;
  }

  /**
   * The candidate mentioned last, or null when none was mentioned yet or when another candidate was
   * mentioned before it in that same sentence, other than as an owner ("Ken Obi and Ruth Obi signed
   * it. ¶ “…,” Obi said." does not say which Obi; "Lim’s brother, Lim Jun, said …" is about Lim
   * Jun).
   */
  private Person mostRecent(List<Person> candidates) {
    for (int k = history.size() - 1; k >= 0; k--) {
      Person found = history.get(k);
      if (found == null || !candidates.contains(found)) continue;
      for (int j = k - 1; j >= 0 && places.get(j).equals(places.get(k)); j--) {
        Person other = history.get(j);
        if (other != null && other != found && candidates.contains(other) && !owners.get(j)) {
          return null;
        }
      }
      return found;
    }
    return null;
  }

  private void remember(Person person, ParagraphTokens p, int token, boolean owner) {
    history.add(person);
    places.add(new Place(p.number(), p.get(token).sentence()));
    owners.add(owner);
  }

  /** The pronoun rules of the class comment. */
  private Resolved resolvePronoun(Person.Gender gender, Place here) {
    Person found = null;
    int foundParagraph = -1;
    for (int k = history.size() - 1; k >= 0; k--) {
      Person person = history.get(k);
      if (found == null) {
        if (person == null) return Resolved.NOBODY;
        if (!person.compatibleWith(gender)) {
          // the nearest person of this paragraph has a gender only guessed from an earlier
          // pronoun, which may have meant someone else, and nobody else here fits: whom this one
          // means is not sure
          if (person.genderGuessed()
              && places.get(k).paragraph() == here.paragraph()
              && !fitsEarlierInParagraph(k, gender, here)) {
            return new Resolved(null, false);
          }
          continue;
        }
        if (places.get(k).equals(here)) return new Resolved(person, true);
        if (person.gender() == gender) return new Resolved(person, settled(k, gender));
        found = person;
        foundParagraph = places.get(k).paragraph();
      } else {
        if (person == null || places.get(k).paragraph() < here.paragraph() - 1) break;
        if (person != found && person.gender() == gender) {
          // named in this paragraph, before the pronoun, with nobody else: this paragraph's
          // person, not one of the paragraph before
          if (foundParagraph == here.paragraph() && places.get(k).paragraph() < foundParagraph) {
            break;
          }
          return Resolved.NOBODY;
        }
        // two people of this paragraph it may mean, neither's gender known: not sure which
        if (person != found
            && found.gender() == Person.Gender.UNKNOWN
            && person.gender() == Person.Gender.UNKNOWN
            && foundParagraph == here.paragraph()
            && places.get(k).paragraph() == here.paragraph()
            && !owners.get(k)) {
          return new Resolved(null, false);
        }
      }
    }
    return new Resolved(found, true);
  }

  /**
   * Whether a person of {@code gender} is mentioned in {@code here}'s paragraph before mention k.
   */
  private boolean fitsEarlierInParagraph(int k, Person.Gender gender, Place here) {
    for (int j = k - 1; j >= 0 && places.get(j).paragraph() == here.paragraph(); j--) {
      Person earlier = history.get(j);
      if (earlier != null && earlier != history.get(k) && earlier.compatibleWith(gender)) {
        return true;
      }
    }
    return false;
  }

  /** Whom a pronoun most likely means, and whether surely enough to give them words. */
  private record Resolved(Person person, boolean sure) {
    static final Resolved NOBODY = new Resolved(null, true);
  }

  /**
   * Whether a pronoun in a later sentence surely takes mention {@code k}: not when its sentence
   * named another person of that gender before it, the sentence's subject as likely as the last
   * named (“Ana Obi said she voted for Ruth Lim. ¶ “…,” she said”).
   */
  private boolean settled(int k, Person.Gender gender) {
    Place place = places.get(k);
    for (int j = k - 1; j >= 0 && places.get(j).equals(place); j--) {
      Person earlier = history.get(j);
      if (earlier == null) return true;
      if (earlier != history.get(k) && !owners.get(j) && earlier.gender() == gender) return false;
    }
    return true;
  }

  /**
   * Whether token {@code i} reports what someone who may be "he" or "she" later, but is not a
   * person we know, said: a speech verb whose subject is a singular noun ("the company said", "the
   * economist said"; not "officials said", nor a text: "the plan calls for"), "it", or a
   * capitalised name that is nobody ("Harlowbank said"); one followed by such a subject ("“…,” said
   * the ministry"); or "according to" and anything but a name or a pronoun ("according to a
   * statement"). {@code found} are the paragraph's mentions so far.
   */
  private static String word(ParagraphTokens p, int i) {
    Token t = p.at(i);
    return t != null && t.isWord() ? t.lower() : "";
  }

  private static boolean spokenByNobodyWeKnow(ParagraphTokens p, int i, List<Mention> found) {
    Token t = p.get(i);
    if (t.is("according") && p.wordAt(i + 1, "to")) {
      Token next = p.at(i + 2);
      // "According to him, …": the pronoun's own person, not a nobody between it and them
      // ("according
      // to his son" is the son, whom a pronoun does not reach past)
      Token after = p.at(i + 3);
      boolean pronounAlone =
          NewsLexicon.PERSONAL_PRONOUNS.contains(next == null ? "" : next.lower())
              && (after == null || !after.isWord());
      return next != null && !next.capitalized() && !pronounAlone;
    }
    if (!Phrases.isSpeechVerb(p, i)) return false;
    // "before it was announced": a passive names no speaker at all
    if (NewsLexicon.BE_FORMS.contains(t.lower()) || NewsLexicon.BE_FORMS.contains(word(p, i - 1))) {
      return false;
    }
    int b = i - 1;
    while (b >= 0 && p.get(b).isWord()) {
      if (NewsLexicon.isAdverb(p.get(b).text())) {
        b--;
      } else if (p.get(b).is("far") && (p.wordAt(b - 1, "so") || p.wordAt(b - 1, "thus"))) {
        b -= 2; // "nothing so far suggested"
      } else {
        break;
      }
    }
    Token before = p.at(b);
    if (before == null || !before.isWord() || before.sentence() != t.sentence()) {
      Token after = p.at(i + 1);
      // "“…,” said the spokesperson"; not a name given in quotation marks ("whom colleagues call
      // “Mari,” said the …")
      boolean inverted =
          before != null
              && !Phrases.isGivenName(p, b)
              && (before.isQuote()
                  || (before.isPunct(',') && p.at(b - 1) != null && p.get(b - 1).isQuote()));
      return inverted
          && after != null
          && after.isWord()
          && (after.is("the") || after.is("a") || after.is("an") || after.is("one"));
    }
    for (Mention m : found) {
      if (m.end() == b + 1) return !m.known();
    }
    String w = before.lower();
    // "Lim said the union asked for three things": an organisation speaking inside what a person
    // this sentence named reported is part of the report, and no later "she" is the union
    if (NewsLexicon.ORGANISATION_NOUNS.contains(w) && insideNamedReport(p, i, found)) return false;
    if (w.equals("it")) return true;
    if (isPlural(w) || NewsLexicon.INDEFINITE_PRONOUNS.contains(w)) return false;
    // "the plan calls for …", "the bill says …": a text, which no later "she" can be
    if (NewsLexicon.DOCUMENT_NOUNS.contains(w)) return false;
    return before.capitalized()
        || (!NewsLexicon.isFunctionWord(w) && !NewsLexicon.PERSONAL_PRONOUNS.contains(w));
  }

  /**
   * Whether token {@code i} follows, in its sentence, a speech verb whose subject is a person named
   * among {@code found} ("Lim said …", "Lim told reporters …").
   */
  private static boolean insideNamedReport(ParagraphTokens p, int i, List<Mention> found) {
    int sentence = p.get(i).sentence();
    for (Mention m : found) {
      int v = m.end();
      if (m.kind() != Mention.Kind.NAME || !m.known() || v >= i) continue;
      if (p.get(v).sentence() == sentence && Phrases.isSpeechVerb(p, v)) return true;
    }
    return false;
  }

  private static boolean afterPreposition(ParagraphTokens p, int i) {
    Token before = p.at(i - 1);
    return before != null && before.isWord() && OBJECT_PREPOSITIONS.contains(before.lower());
  }

  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("to", "with", "for", "by", "of", "from", "about", "against", "at", "on");

  /** "officials", "representatives": a plural noun is never "he" or "she" later. */
  private static boolean isPlural(String noun) {
    return noun.endsWith("s") && !noun.endsWith("ss");
  }

  /** "the spokesperson", "the mayor": "the" and a role noun, not followed by a name. */
  private static boolean isRoleReference(ParagraphTokens p, int i) {
    int r = roleAfterThe(p, i);
    Token role = p.at(r);
    Token after = p.at(r + 1);
    return p.get(i).is("the")
        && role != null
        && role.isWord()
        && NewsLexicon.isRoleNoun(role.lower())
        && !(after != null && after.capitalized() && p.spacedFromNext(r));
  }

  /**
   * The index of the role noun after "the" at {@code i}: the next word, or the one after a
   * country's or body's abbreviation with its full stops ("the U.S. Attorney", "the U.N. envoy").
   */
  private static int roleAfterThe(ParagraphTokens p, int i) {
    Token abbreviation = p.at(i + 1);
    if (abbreviation != null && abbreviation.acronym() && p.punctAt(i + 2, '.')) return i + 3;
    return i + 1;
  }

  /** "the 58-year-old": a person by their age, as a story names someone it has just introduced. */
  private static boolean isAgeReference(ParagraphTokens p, int i) {
    Token age = p.at(i + 1);
    return p.get(i).is("the") && age != null && AGE.matcher(age.lower()).matches();
  }

  private static final java.util.regex.Pattern AGE =
      java.util.regex.Pattern.compile("\\d{1,3}-year-old");

  /** Whether someone else was mentioned in the sentence where {@code person} was last mentioned. */
  private boolean namedWithAnother(Person person) {
    int last = history.lastIndexOf(person);
    if (last < 0) return false;
    for (int k = last - 1; k >= 0 && places.get(k).equals(places.get(last)); k--) {
      if (history.get(k) != null && history.get(k) != person) return true;
    }
    return false;
  }

  /** The person mentioned last, in this paragraph or the one before it, or null. */
  private Person lastMentioned(int paragraph) {
    for (int k = history.size() - 1; k >= 0; k--) {
      if (places.get(k).paragraph() < paragraph - 1) return null;
      if (history.get(k) != null) return history.get(k);
    }
    return null;
  }

  /** The most words of a role compound before its noun: "the city budget director". */
  private static final int MAX_ROLE_MODIFIERS = 3;

  /**
   * "the chief executive", "the utilities director", "the council leader": "the", lower-case words
   * (or words all capitalised: "the Managing Director") that are neither function words nor verbs,
   * and a role noun that ends the compound; the index of that noun, or -1.
   */
  private static int compoundRoleHead(ParagraphTokens p, int i) {
    int head = compoundRoleHead(p, i, 0);
    // "the Carlow manager", "the Harcourt Grid operations director": a body's name owns the role
    for (int owner = 1; head < 0 && owner <= MAX_ROLE_MODIFIERS - 1; owner++) {
      Token last = p.at(i + owner);
      Token next = p.at(i + owner + 1);
      if (last == null
          || !last.isWord()
          || !last.capitalized()
          || NewsLexicon.isRoleNoun(last.lower())) {
        break;
      }
      if (next != null && next.isWord() && !next.capitalized())
        head = compoundRoleHead(p, i, owner);
    }
    return head;
  }

  /** {@link #compoundRoleHead}, the role's words starting {@code owner} words after "the". */
  private static int compoundRoleHead(ParagraphTokens p, int i, int owner) {
    if (!p.get(i).is("the") || p.at(i + 1) == null) return -1;
    int head = -1;
    // "the Managing Director": a title in capitals throughout reads as the same role in lower case;
    // an acronym ("the EMS director") stands in either
    int first = isAcronym(p.get(i + 1)) && p.at(i + 2) != null ? i + 2 : i + 1 + owner;
    boolean titleCase = p.get(first).capitalized();
    for (int k = i + 1 + owner; k <= i + MAX_ROLE_MODIFIERS + 1; k++) {
      Token t = p.at(k);
      if (t == null || !t.isWord()) break;
      if (t.capitalized() != titleCase && !(k < first + 1 && isAcronym(t))) break;
      if (t.sentence() != p.get(i).sentence()) break;
      if (NewsLexicon.isFunctionWord(t.text()) || NewsLexicon.SPEECH_VERBS.contains(t.lower())) {
        break;
      }
      if (NewsLexicon.isRoleNoun(t.lower())) {
        head = k;
      } else if (head > 0 && !isRoleNounAt(p, k + 1)) {
        // "the director general" ends at its noun's last role word; "the chief technology officer"
        // goes on over one word to the next
        break;
      }
    }
    if (head <= i + 1) return -1; // one word: isRoleReference reads it
    Token after = p.at(head + 1);
    if (after != null && after.capitalized() && p.spacedFromNext(head)) return -1; // a name follows
    return head;
  }

  private static boolean isRoleNounAt(ParagraphTokens p, int k) {
    Token t = p.at(k);
    return t != null && t.isWord() && NewsLexicon.isRoleNoun(t.lower());
  }

  /** A word of two to five capitals: "EMS", "NHS". */
  private static boolean isAcronym(Token t) {
    return t.isWord() && t.text().matches("\\p{Lu}{2,5}");
  }

  /** The lower-case words of a role compound before its noun. */
  private static List<String> modifiers(ParagraphTokens p, int from, int head) {
    List<String> out = new java.util.ArrayList<>();
    for (int k = from; k < head; k++) {
      String w = p.get(k).lower();
      // "the governor's spokesperson": whose spokesperson, when that is a role of its own
      String owner = w.replaceAll("['’]s$", "");
      out.add(!owner.equals(w) && NewsLexicon.isRoleNoun(owner) ? owner : w);
    }
    return out;
  }

  /**
   * The person a role compound names: the most recent whose role or descriptions hold its noun and
   * every word before it ("the budget director" is Tomás Ibarra, "city budget director"), or null.
   */
  private Person resolveRole(String noun, List<String> modifiers) {
    for (int k = history.size() - 1; k >= 0; k--) {
      Person person = history.get(k);
      if (person == null) continue;
      Set<String> said = roleWords(person);
      // "the commission chief" heads the commission: its director, chair or president
      boolean heads =
          GENERIC_HEADS.contains(noun)
              && !java.util.Collections.disjoint(said, SpeakerIndex.roleSynonyms(noun))
              && !modifiers.isEmpty();
      if (!said.contains(noun) && !heads) continue;
      Set<String> initials = Phrases.initials(person.role());
      boolean all = true;
      for (String m : modifiers) {
        // "the council's water manager": the owner's word as the role gives it ("… Council")
        String owner = m.replaceAll("['’]s$", "");
        all &= said.contains(m) || said.contains(owner) || initials.contains(m);
      }
      if (all) return person;
    }
    return null;
  }

  /** Words for whoever heads a body, whatever their office is called: "the commission chief". */
  private static final Set<String> GENERIC_HEADS = Set.of("chief", "head", "boss");

  /** The words, in lower case, of a person's role and descriptions. */
  private static Set<String> roleWords(Person person) {
    Set<String> said = new java.util.HashSet<>();
    for (String d : person.descriptions()) {
      for (String w : d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) said.add(w);
    }
    for (String w : person.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      said.add(w);
      // "CEO of Chanida Transit" is its chief executive too, "for Gov. Whitlock" the governor
      String spelled = NewsLexicon.ROLE_INITIALS.get(w);
      if (spelled != null) said.addAll(List.of(spelled.split(" ")));
      String title = NewsLexicon.spelledOut(w);
      if (title != null) said.add(title);
    }
    // "the group's chairman" is who chairs it, or its chair
    if (!java.util.Collections.disjoint(said, NewsLexicon.CHAIR_WORDS)) {
      said.addAll(NewsLexicon.CHAIR_WORDS);
    }
    return said;
  }

  private Person resolveRole(String noun) {
    for (int k = history.size() - 1; k >= 0; k--) {
      Person person = history.get(k);
      if (person == null) continue;
      String role = person.role().toLowerCase(Locale.ROOT);
      // "the CEO" is the one whose role says "chief executive"
      String initials = NewsLexicon.ROLE_INITIALS.get(noun);
      if (initials != null && (" " + role + " ").contains(" " + initials + " ")) return person;
      // "the vice-president" is the one whose role says "vice-president" or "vice president"
      if (noun.indexOf('-') > 0
          && (" " + role.replace('-', ' ') + " ").contains(" " + noun.replace('-', ' ') + " ")) {
        return person;
      }
      String previous = "";
      for (String word : role.split("[^\\p{L}]+")) {
        // "Gov. Lorraine Haskett" is "the governor"
        String spelled = NewsLexicon.spelledOut(word);
        String w = spelled == null ? word : spelled;
        // a deputy minister is not "the minister"
        boolean lower = NewsLexicon.LOWER_RANKS.contains(previous);
        previous = word;
        if (lower) continue;
        if (w.equals(noun)
            || (NewsLexicon.SPOKES_NOUNS.contains(w) && NewsLexicon.SPOKES_NOUNS.contains(noun))
            || (NewsLexicon.CHAIR_WORDS.contains(w) && NewsLexicon.CHAIR_WORDS.contains(noun))
            // "the lawmaker" is the senator, the representative, the MP
            || (NewsLexicon.ANY_LEGISLATOR.contains(noun) && NewsLexicon.LEGISLATORS.contains(w)))
          return person;
      }
    }
    return null;
  }
}
