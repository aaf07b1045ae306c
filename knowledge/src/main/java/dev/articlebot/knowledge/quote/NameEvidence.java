package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.List;
import java.util.Set;

/**
 * What the words around one mention of a capitalised name say about whether it names a person, or
 * an organisation or a place. Each cue has a weight; {@link PersonRegistry} adds them up over every
 * mention of a name, and the heavier side decides. No cue decides alone, so one mention that reads
 * like a place ("took aim at Ana Lim") is outweighed by others that read like a person ("Lim said",
 * ", the finance minister,").
 *
 * <p>For a person:
 *
 * <ul>
 *   <li>{@link #STRONG}, each of: a title or role before it ("President", "crane operator", "Mayor
 *       of Redmarsh, Ana Lim" has none, "the mayor, Ana Lim" has one), or a nickname inside it
 *       (Samuel “Sam” Teller); what follows it describes a person (an age ", 74,", ", who", ",
 *       whom", ", whose", an appositive with a role, a parenthesised other name); "he", "she",
 *       "his" or "her" is the next pronoun to refer back to it;
 *   <li>{@link #MEDIUM}: it is the subject of a speech verb ("NAME said", "NAME of the ORG said",
 *       "“…,” NAME said", "said NAME", "according to NAME"): organisations speak too, so this alone
 *       outweighs only weak cues.
 * </ul>
 *
 * <p>For an organisation or a place:
 *
 * <ul>
 *   <li>{@link #LEXICAL}: a word of one in it ("University", "Partners", a weekday) or a function
 *       word; a state's or province's abbreviation after it and a comma ("Prince Albert, Sask.");
 *   <li>{@link #STRONG}, each of: part of a longer name ("Centre for Tidal Studies", "Department of
 *       Parks and Outdoor Recreation"); "the" before it ("the Redmarsh Independents"); a noun for
 *       an organisation before it ("the campaign group Redmarsh Voice") or a compound adjective
 *       said of companies ("Leeds-based", "Paris-listed"); "&amp;" next to it; "which" after it;
 *       its initials in brackets after it ("Fernbahn Deutschland (FD)"); "it" or "its" as the next
 *       pronoun to refer back to it; an appositive that names an organisation (", the Manistee
 *       company that won …"), which is then no cue for a person; a role and another name right
 *       after it ("Harwell Stone partner Kate Moreland"), which makes its speech verb the other
 *       name's;
 *   <li>{@link #MEDIUM}: a preposition of place before it ("in Redmarsh", "near Elm Creek"); "in a
 *       statement" ("in a written statement", "in a submission", "in its filing") in its sentence;
 *   <li>{@link #WEAK}: a preposition that also follows verbs aimed at people ("at", "on": "pressure
 *       on Ana Lim", "at Elm Park"); "of" or "for" and a capitalised word after it ("Ruth Obi of
 *       Oxfam", "Bank of England").
 * </ul>
 */
final class NameEvidence {

  /**
   * A word of the name itself that names an organisation, a place or a date: only several strong
   * cues at once outweigh it ("Mayor Tony Hall, 58, said"), a title and a speech verb do not
   * ("Major League Baseball said").
   */
  static final int LEXICAL = 6;

  /** A cue that marks the kind by itself, unless other mentions say otherwise. */
  static final int STRONG = 3;

  /** A cue that outweighs only weak cues of the other kind. */
  static final int MEDIUM = 2;

  /** A cue that decides only when nothing else is said. */
  static final int WEAK = 1;

  private static final Set<String> JOINERS = Set.of("of", "for", "&", "de", "du");

  /** Words that open a relative clause. */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

  /** The weight of the cues for a person and for an organisation or place at one mention. */
  record Weights(int person, int organisation) {
    Weights plus(Weights other) {
      return new Weights(person + other.person, organisation + other.organisation);
    }

    boolean favoursPerson() {
      return person > organisation;
    }
  }

  static final Weights NONE = new Weights(0, 0);

  private NameEvidence() {}

  /** The cues of the class comment at this mention. */
  static Weights at(ParagraphTokens p, NameSequence seq) {
    return new Weights(person(p, seq), organisation(p, seq));
  }

  /**
   * Whether token {@code i} and the dot after it are a state's or a province's abbreviation
   * ("Prince Albert, Sask."): the name before them is a town's.
   */
  private static boolean isRegionAbbreviation(ParagraphTokens p, int i) {
    Token t = p.at(i);
    return t != null
        && t.isWord()
        && p.punctAt(i + 1, '.')
        && NewsLexicon.REGION_ABBREVIATIONS.contains(t.text() + ".");
  }

  private static int person(ParagraphTokens p, NameSequence seq) {
    int weight = 0;
    if (titledOrRoled(p, seq)) weight += STRONG;
    int after = afterParenthesis(p, seq.end());
    boolean otherName = hasParenthesisedName(p, seq.end()) && !hasAcronym(p, seq);
    if (otherName || isDescribedAsPerson(p, after) && !isDescribedAsOrganisation(p, after)) {
      weight += STRONG;
    }
    if (NewsLexicon.PERSONAL_PRONOUNS.contains(nextPronoun(p, seq))) weight += STRONG;
    // "said Harwell Stone partner Kate Moreland": the speaker is the name after the role
    if (speaks(p, seq, after) && !ownsTheNextNamesRole(p, seq)) weight += MEDIUM;
    return weight;
  }

  /** The most words in lower case before the role noun of {@link #ownsTheNextNamesRole}. */
  private static final int MAX_ROLE_MODIFIERS = 2;

  /**
   * Whether an untitled name is followed by a role in lower case and another name: "Harwell Stone
   * partner Kate Moreland", "Harlow senior manager Ana Lim" — the first name is the body whose role
   * it is, not a person.
   */
  static boolean ownsTheNextNamesRole(ParagraphTokens p, NameSequence seq) {
    if (seq.first() != seq.nameFirst() || seq.possessive()) return false;
    int k = seq.end();
    for (int m = 0; m <= MAX_ROLE_MODIFIERS; m++, k++) {
      Token t = p.at(k);
      if (t == null || !t.isWord() || t.capitalized() || NewsLexicon.isFunctionWord(t.lower())) {
        return false;
      }
      if (NewsLexicon.isRoleNoun(t.lower())) {
        Token next = p.at(k + 1);
        return next != null && next.isWord() && next.capitalized() && p.spacedFromNext(k);
      }
    }
    return false;
  }

  private static int organisation(ParagraphTokens p, NameSequence seq) {
    int weight = 0;
    if (!seq.couldBePerson()) weight += LEXICAL;
    int b = seq.first() - 1;
    Token before = p.at(b);
    boolean untitled = seq.first() == seq.nameFirst();
    if (before != null && before.isWord()) {
      String w = before.lower();
      if (untitled && JOINERS.contains(w) && p.at(b - 1) != null && p.at(b - 1).capitalized()) {
        weight += STRONG;
      } else if (untitled && w.equals("and") && followsOrganisationName(p, b - 1)) {
        weight += STRONG;
      } else if (untitled && w.equals("the")) {
        weight += STRONG;
      } else if (NewsLexicon.ORGANISATION_NOUNS.contains(w) && !before.capitalized()) {
        weight += STRONG;
      } else if (NewsLexicon.ORGANISATION_COMPOUND_TAILS.contains(
          NewsLexicon.compoundAdjectiveTail(before.text()))) {
        weight += STRONG;
      } else if (untitled && !seq.possessive() && NewsLexicon.LOCATIVES.contains(w)) {
        weight += NewsLexicon.FIGURATIVE_LOCATIVES.contains(w) ? WEAK : MEDIUM;
      }
    }
    int after = seq.end();
    Token next = p.at(after);
    if ((before != null && before.isPunct('&')) || (next != null && next.isPunct('&'))) {
      weight += STRONG;
    }
    if (p.wordAt(after, "which") || (p.punctAt(after, ',') && p.wordAt(after + 1, "which"))) {
      weight += STRONG;
    }
    if (next != null
        && next.isWord()
        && JOINERS.contains(next.lower())
        && p.at(after + 1) != null
        && p.at(after + 1).capitalized()) {
      weight += WEAK;
    }
    if (NewsLexicon.IMPERSONAL_PRONOUNS.contains(nextPronoun(p, seq))) weight += STRONG;
    if (p.punctAt(after, ',') && isRegionAbbreviation(p, after + 1)) weight += LEXICAL;
    if (hasAcronym(p, seq)) weight += STRONG;
    if (isDescribedAsOrganisation(p, afterParenthesis(p, seq.end()))) weight += STRONG;
    if (inStatement(p, seq)) weight += MEDIUM;
    if (ownsTheNextNamesRole(p, seq)) weight += STRONG;
    return weight;
  }

  /**
   * "the Department of Energy and": the capitalised run that ends at {@code k} (words joined by
   * "of", "for", "the") holds a word that names an organisation or a place.
   */
  private static boolean followsOrganisationName(ParagraphTokens p, int k) {
    for (int i = k; i >= 0 && i > k - 8; i--) {
      Token t = p.get(i);
      if (!t.isWord()) return false;
      if (t.capitalized()) {
        if (NewsLexicon.notPerson(t.withoutPossessive())) return true;
      } else if (!JOINERS.contains(t.lower()) && !t.is("the")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A title, a nickname, or a role noun before the name, with or without a comma between, or an
   * office and its portfolio ("Commissioner for Energy and Networks Henrik Lind").
   */
  private static boolean titledOrRoled(ParagraphTokens p, NameSequence seq) {
    if (!seq.title().isEmpty() || !seq.nickname().isEmpty()) return true;
    if (NameSpotter.afterAnOfficesPortfolio(p, seq.first())) return true;
    List<String> titles = seq.titles();
    if (!titles.isEmpty() && NewsLexicon.isRoleNoun(titles.get(titles.size() - 1))) return true;
    int b = seq.first() - 1;
    Token before = p.at(b);
    if (before != null && before.isWord() && NewsLexicon.isRoleNoun(before.text())) return true;
    return p.punctAt(b, ',')
        && p.at(b - 1) != null
        && p.at(b - 1).isWord()
        && NewsLexicon.isRoleNoun(p.at(b - 1).text());
  }

  private static boolean hasParenthesisedName(ParagraphTokens p, int after) {
    if (!p.punctAt(after, '(')) return false;
    int close = closingParenthesis(p, after);
    return !PersonRegistry.parenthesisedName(p, after + 1, close).isEmpty();
  }

  /**
   * "In a statement, Prairie Line said …", "Harlowbank said in a statement": what organisations do,
   * and people less often; it weighs as much as speaking does for a person.
   */
  private static boolean inStatement(ParagraphTokens p, NameSequence seq) {
    int sentence = p.get(seq.first()).sentence();
    for (int k = 0; k + 2 < p.size(); k++) {
      if (p.get(k).sentence() != sentence) continue;
      if (!p.get(k).is("in") || !(p.get(k + 1).is("a") || p.get(k + 1).is("its"))) continue;
      int noun = k + 2;
      if (STATEMENT_KINDS.contains(p.get(noun).lower()) && noun + 1 < p.size()) noun++;
      if (STATEMENT_NOUNS.contains(p.get(noun).lower())) return true;
    }
    return false;
  }

  /** What an organisation speaks in: "in a statement", "in a written submission", "in a filing". */
  private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "submission", "filing");

  private static final Set<String> STATEMENT_KINDS =
      Set.of("written", "emailed", "brief", "short", "joint", "prepared", "news", "press");

  /**
   * ", the Manistee company that won …", ", a Grand Island company": an appositive whose noun, in
   * its first five words, names an organisation ("the club secretary" names a person).
   */
  static boolean isDescribedAsOrganisation(ParagraphTokens p, int after) {
    if (!p.punctAt(after, ',')) return false;
    Token first = p.at(after + 1);
    if (first == null || !first.isArticle()) return false;
    for (int k = after + 2; k <= after + 5; k++) {
      Token t = p.at(k);
      if (t == null || !t.isWord()) return false;
      if (!t.capitalized() && NewsLexicon.ORGANISATION_NOUNS.contains(t.lower())) {
        // "the club secretary" is a person: the organisation's noun only qualifies a role; "the
        // network operator" is a company that runs the network
        Token next = p.at(k + 1);
        return next == null
            || !next.isWord()
            || !NewsLexicon.isRoleNoun(next.text())
            || next.is("operator");
      }
      if (!t.capitalized() && !t.text().contains("-") && !NewsLexicon.isFunctionWord(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Fernbahn Deutschland (FD)": the name's initials in capitals in brackets after it, the short
   * form an organisation goes by; people are given nicknames there, not initials.
   */
  static boolean hasAcronym(ParagraphTokens p, NameSequence seq) {
    int after = seq.end();
    if (!p.punctAt(after, '(') || !p.punctAt(after + 2, ')')) return false;
    Token t = p.at(after + 1);
    if (t == null || !t.isWord()) return false;
    String acronym = t.text();
    if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : seq.name().split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
    }
    return acronym.contentEquals(initials);
  }

  /** The index after a parenthesis that opens at {@code after}, or {@code after} itself. */
  private static int afterParenthesis(ParagraphTokens p, int after) {
    if (!p.punctAt(after, '(')) return after;
    int close = closingParenthesis(p, after);
    return p.punctAt(close, ')') ? close + 1 : after;
  }

  private static int closingParenthesis(ParagraphTokens p, int open) {
    int close = open + 1;
    while (p.at(close) != null && !p.punctAt(close, ')') && close - open < 20) close++;
    return close;
  }

  /** The name is who speaks: the subject of a speech verb before or after it, or "according to". */
  private static boolean speaks(ParagraphTokens p, NameSequence seq, int after) {
    int b = seq.first() - 1;
    Token before = p.at(b);
    if (p.wordAt(b, "to") && p.wordAt(b - 1, "according")) return true;
    if (before != null && before.isQuote()) return true;
    if (p.punctAt(b, ',') && p.at(b - 1) != null && p.at(b - 1).isQuote()) return true;
    // "…, said Sam Teller": the speaker after the verb; not "…, said Sentry Go had …", the
    // subject of what was said, a verb of its own right after it
    if (Phrases.isSpeechVerb(p, b)
        && !NewsLexicon.ADDRESSING_VERBS.contains(p.get(b).lower())
        && p.at(b - 1) != null
        && (p.at(b - 1).isQuote() || p.punctAt(b - 1, ','))
        && !finiteVerbAt(p, seq.end())) {
      return true;
    }
    if (p.punctAt(b, ',') && invertedVerbBefore(p, b - 1)) return true;
    return isSubjectPosition(p, seq) && speechVerbFollows(p, after);
  }

  /** Whether the word at {@code k} is a finite verb: an auxiliary or an irregular past. */
  private static boolean finiteVerbAt(ParagraphTokens p, int k) {
    Token t = p.at(k);
    return t != null && t.isWord() && NewsLexicon.isFiniteVerbForm(t.lower());
  }

  /**
   * "“…,” said the council’s cabinet member for the environment, NAME": words back from {@code k}
   * reach a speech verb that follows a quotation or a comma.
   */
  static boolean invertedVerbBefore(ParagraphTokens p, int k) {
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
  static boolean isDescribedAsPerson(ParagraphTokens p, int after) {
    if (p.punctAt(after, ',')
        && (p.wordAt(after + 1, "who")
            || p.wordAt(after + 1, "whom")
            || p.wordAt(after + 1, "whose"))) {
      return true;
    }
    return isAge(p, after) || Phrases.appositive(p, after) != null;
  }

  /** ", 74," or ", 74." right after a name. */
  static boolean isAge(ParagraphTokens p, int after) {
    Token n = p.at(after + 1);
    return p.punctAt(after, ',')
        && n != null
        && n.isWord()
        && n.text().matches("\\d{1,3}")
        && (p.punctAt(after + 2, ',') || p.punctAt(after + 2, '.'));
  }

  /**
   * The pronoun that refers back to a name in subject position, in lower case, or "": the first
   * pronoun of its clause ("Harlow Systems is recalling its …", "Ana Lim was loading her
   * children"), the clause ending at a comma, a quotation, "that" or a speech verb; else the word
   * that opens the next sentence when the name opens its own ("Ana Lim cuts the engine … She has
   * fished …").
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
      // a relative clause about another noun ("the patience of someone who has done it"): its
      // pronouns are that noun's
      if (RELATIVES.contains(w)) return "";
      if (NewsLexicon.PERSONAL_PRONOUNS.contains(w) || NewsLexicon.IMPERSONAL_PRONOUNS.contains(w))
        return w;
    }
    boolean opens = p.sentenceStart(seq.first()) == seq.first();
    Token next = p.at(k);
    if (opens && next != null && next.isWord()) {
      String w = next.lower();
      if (NewsLexicon.PERSONAL_PRONOUNS.contains(w) || NewsLexicon.IMPERSONAL_PRONOUNS.contains(w))
        return w;
    }
    return "";
  }

  /**
   * Whether the name can be the subject of a verb that follows: it opens its sentence or clause, or
   * follows punctuation, a quotation, a role word or an acronym, not a verb or preposition ("whose
   * district includes Elm Creek, said" is not Elm Creek speaking).
   */
  private static boolean isSubjectPosition(ParagraphTokens p, NameSequence seq) {
    int b = seq.first() - 1;
    Token before = p.at(b);
    if (before == null || !before.isWord()) return true;
    if (before.sentence() != p.get(seq.first()).sentence()) return true;
    if (before.capitalized()) return true; // an acronym in the role: "Local MSP Ruth Obi"
    String w = before.lower();
    return NewsLexicon.isRoleNoun(w) || w.equals("and") || w.equals("but") || w.equals("then");
  }

  /**
   * "NAME said", "NAME has repeatedly said", "NAME, a professor at ..., argued", "NAME of the
   * Harbour Trust said".
   */
  private static boolean speechVerbFollows(ParagraphTokens p, int after) {
    if (!p.punctAt(after, ',')) {
      int k = afterPostModifier(p, after);
      return Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, k));
    }
    int sentence = p.get(after).sentence();
    for (int k = after; k < p.size() && k < after + 45; k++) {
      Token t = p.get(k);
      if (t.isQuote() || t.sentence() != sentence) return false;
      if (t.isPunct(',') && Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, k + 1))) return true;
    }
    return false;
  }

  /**
   * Past a short phrase after a name that says where the person is from ("of the Council for Clean
   * Rivers", "at Harlow Systems"): "of", "from", "at" or "with", then up to eight words that are
   * capitalised or join capitalised words. {@code after} itself when there is none.
   */
  private static int afterPostModifier(ParagraphTokens p, int after) {
    Token t = p.at(after);
    if (t == null || !t.isWord() || !NewsLexicon.POST_MODIFIERS.contains(t.lower())) return after;
    int k = after + 1;
    if (p.wordAt(k, "the")) k++;
    if (p.at(k) == null || !p.get(k).capitalized()) return after;
    int limit = k + 8;
    while (k < limit && p.at(k) != null && p.get(k).isWord()) {
      Token w = p.get(k);
      if (!w.capitalized() && !JOINERS.contains(w.lower()) && !w.is("the") && !w.is("and")) break;
      k++;
    }
    return k;
  }
}
