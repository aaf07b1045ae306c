package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds reported speech in a paragraph, sentence by sentence:
 *
 * <ul>
 *   <li>"According to X(, appositive), CLAUSE.", also after "and"/"but" inside a sentence ("…, and
 *       according to Obi, the noise would …") or after a short lead-in and a colon ("Yes, but:
 *       According to Obi, …"), and "CLAUSE, according to X."; "In his words, CLAUSE.";
 *   <li>"X said (in an interview …) that CLAUSE", "X cautioned, however, that CLAUSE", "…,
 *       reiterating that CLAUSE", "X points out that CLAUSE", and for a person only, "X found /
 *       ruled that CLAUSE";
 *   <li>without "that" after said-like verbs, when what follows is a clause (it has a finite verb):
 *       "She said the plan would …", "He said temporary pumps would …", "Lim said trade fell by a
 *       third", "Teller insisted Grant had won the ball", "She told me she believes …", "told the
 *       BBC the ferry had passed"; a "that" further on ("said the union planned to testify at that
 *       hearing") does not cut it short;
 *   <li>"promised / pledged / vowed to VERB …": the infinitive and what follows;
 *   <li>"…, which Obi said would take 48 hours", "a figure he said was based on …": the clause
 *       after the verb;
 *   <li>"X described the opposition as misinformed": the object and its description;
 *   <li>"CLAUSE, X said(, …).", "CLAUSE, X told the board.", "CLAUSE, said X(, …)."
 * </ul>
 *
 * The speaker must be a person; "and said" and "but said" have the subject of the sentence. A
 * report ends at a semicolon that a clause of its own follows (not the next item of a list opened
 * with a colon, nor another "that" clause): what follows is the writer's. A clause that opens with
 * a quotation, or is mostly quotation, is left to the quotation ("Lim said that “it is important
 * …”"); one that ends in a quotation keeps its words before it ("said the developer was
 * disappointed and was “reviewing all of its options”" gives "the developer was disappointed").
 */
final class ParaphraseFinder {

  List<ReportedSpeech> find(AnnotatedParagraph ap) {
    ParagraphTokens p = ap.tokens();
    List<ReportedSpeech> out = new ArrayList<>();
    int start = 0;
    while (start < p.size()) {
      int end = p.sentenceEnd(start);
      int last = end;
      while (last > start && isFinalMark(p.get(last - 1))) last--;
      sentence(ap, start, last, out);
      start = end;
    }
    return out;
  }

  /** The most tokens of a lead-in before its colon: "Yes, but:", "The other side:". */
  private static final int MAX_LEAD_IN = 5;

  private static boolean isFinalMark(Token t) {
    return t.kind() == Token.Kind.PUNCT && ".!?".indexOf(t.text().charAt(0)) >= 0;
  }

  private static void sentence(AnnotatedParagraph ap, int s, int last, List<ReportedSpeech> out) {
    ParagraphTokens p = ap.tokens();
    for (int k = s; k < last; k++) {
      if (!p.wordAt(k, "according") || !p.wordAt(k + 1, "to")) continue;
      // "Yes, but: According to X, …": a lead-in of a few words and a colon opens it too
      boolean leadIn = p.punctAt(k - 1, ':') && k - 1 - s <= MAX_LEAD_IN;
      boolean opens = k == s || leadIn || p.wordAt(k - 1, "and") || p.wordAt(k - 1, "but");
      Mention m = ap.mentionAt(k + 2);
      if (m == null) m = nameAfterItsRole(ap, k + 2, last);
      if (!opens || m == null || !m.resolved()) continue;
      int c = m.end();
      if (p.punctAt(c, '(')) {
        while (p.at(c) != null && !p.punctAt(c, ')')) c++;
        c++;
      }
      Phrases.Appositive appositive = Phrases.appositive(p, c);
      if (appositive != null) c = appositive.end();
      if (p.punctAt(c, ',')) c++;
      add(ap, new Attribution(m.person(), "according to", k), c, last, out);
    }
    // "In his words, CLAUSE.": the words are the pronoun's person's
    if (p.wordAt(s, "in") && p.wordAt(s + 2, "words") && p.punctAt(s + 3, ',')) {
      Mention m = ap.mentionAt(s + 1);
      if (m != null && m.kind() == Mention.Kind.PRONOUN && m.resolved()) {
        add(
            ap,
            new Attribution(m.person(), "in " + p.get(s + 1).lower() + " words", s),
            s + 4,
            last,
            out);
      }
    }
    for (int k = s + 1; k < last; k++) {
      if (p.punctAt(k, ',') && p.wordAt(k + 1, "according") && p.wordAt(k + 2, "to")) {
        Mention m = ap.mentionAt(k + 3);
        if (m == null) m = namedAfterRole(ap, k + 3, last);
        if (m != null && m.resolved()) {
          add(ap, new Attribution(m.person(), "according to", s), s, k, out);
        }
      }
    }
    for (int v = s; v < last; v++) {
      String verb = p.get(v).lower();
      boolean finding = NewsLexicon.FINDING_VERBS.contains(verb) && p.get(v).isWord();
      if (!Phrases.isSpeechVerb(p, v) && !finding) continue;
      if (unsaid(p, v, s)) continue; // "who has not said how she will vote": nothing reported
      int clause = reportedClause(p, v, last, finding);
      if (clause < 0 && NewsLexicon.DESCRIBING.contains(verb)) clause = describedAs(p, v, last);
      Mention relative = clause < 0 ? relativeSubject(ap, v) : null;
      int end = last;
      if (relative != null) {
        // the relative clause ends at the next comma; one that a quotation completes is the
        // quotation's ("which he said would usher in “everlasting peace”")
        clause = v + 1;
        end = Phrases.segmentEnd(p, clause);
        if (end < p.size() && p.get(end).isQuote()) relative = null;
      }
      if (relative == null && clause == v + 1 && end != last) clause = -1;
      // "…,” said the 58-year-old, who …": the speaker named by a role after the verb, no report
      Mention after = clause >= 0 ? ap.mentionAt(clause) : null;
      if (relative == null
          && after != null
          && after.kind() == Mention.Kind.ROLE
          && endsAfterName(p, after.end(), last)) {
        clause = -1;
      }
      if (clause >= 0) {
        Mention subject = relative != null ? relative : ap.subjectOf(v);
        if (subject != null) {
          Attribution a = new Attribution(subject.person(), ap.context(v, subject, clause), v);
          add(
              ap,
              a,
              clause,
              Math.min(end, participlePhrase(p, clause, nextReport(p, clause, end))),
              out);
        }
      }
      if (!Phrases.isSpeechVerb(p, v)) continue;
      Mention inverted = ap.mentionAt(v + 1);
      if (inverted != null
          && inverted.resolved()
          && inverted.kind() == Mention.Kind.NAME
          && !p.get(inverted.end() - 1).possessive()
          && p.punctAt(v - 1, ',')
          && v - 1 > s
          && NewsLexicon.BARE_REPORTING.contains(verb)
          && endsAfterName(p, inverted.end(), last)) {
        // "The union has pushed for Sunday service since 2019, said Sam Teller, …"
        add(ap, new Attribution(inverted.person(), ap.verbPhrase(v), v), s, v - 1, out);
        continue;
      }
      Mention before = ap.mentionEndingAt(v - 1);
      int comma = before == null ? -1 : commaBeforeSpeaker(p, before.first(), s);
      // "A hall is built for people who are awake, she said, and a sleeping person takes longer
      // to get out": the report goes on after its attribution, joined by "and"
      boolean goesOn =
          p.punctAt(v + 1, ',')
              && p.wordAt(v + 2, "and") // "…, Marsh said, but …" may be the writer's own turn
              && (isClause(p, v + 3, last) || opensNounPhrase(p, v + 3, last));
      if (before != null
          && before.resolved()
          && comma > s
          && (NewsLexicon.BARE_REPORTING.contains(verb)
              || NewsLexicon.ADDRESSING_VERBS.contains(verb))
          && goesOn
          && !NewsLexicon.SUBORDINATORS.contains(p.get(s).lower())
          && !endsInAuxiliary(p, s, comma)) {
        Attribution a = new Attribution(before.person(), ap.verbPhrase(v), v);
        add(ap, a, s, comma, out);
        add(ap, a, v + 3, last, out);
        continue;
      }
      if (before != null
          && before.resolved()
          && comma > s
          && (NewsLexicon.BARE_REPORTING.contains(verb)
              || NewsLexicon.ADDRESSING_VERBS.contains(verb))
          && endsTheReport(p, v + 1, last)) {
        Attribution a = new Attribution(before.person(), ap.verbPhrase(v), v);
        if ((NewsLexicon.SUBORDINATORS.contains(p.get(s).lower()) || frontedPhrase(p, s, comma))
            && p.punctAt(v + 1, ',')
            && isClause(p, v + 2, last)) {
          // "If the levy passes, Keane said, the library could …"; "For most of that time, she
          // said, he slept on the floor": what opens the sentence sets the report's scene
          add(ap, a, v + 2, last, out);
        } else if (!endsInAuxiliary(p, s, comma)) {
          // "Such a move would, Aubel warned, be seen …" splits one clause around its
          // attribution: its first half alone is no report
          add(ap, a, s, comma, out);
        }
      }
    }
  }

  /**
   * Where the clause reported by the verb at {@code v} starts, or -1: after a "that" within a few
   * words (commas and "however" allowed between), or right after the verb (and its listener, for
   * "told") when what follows is a clause.
   */
  private static int reportedClause(ParagraphTokens p, int v, int last, boolean finding) {
    String verb = p.get(v).lower();
    int k = v + 1;
    if (NewsLexicon.NEEDS_OUT.contains(verb)) k++;
    int that = -1;
    for (int j = k; j < last && j <= v + 12; j++) {
      Token t = p.get(j);
      if (t.is("that")) {
        that = j;
        break;
      }
      if (!t.isWord() && !t.isPunct(',')) break;
      // "announced Thursday, a move that could add …": "that" opens a relative clause on the noun
      // a comma and an article set after the verb, not what was announced
      if (t.isPunct(',') && p.at(j + 1) != null && p.get(j + 1).isArticle()) break;
    }
    if (finding) return that >= 0 && that <= v + 2 ? that + 1 : -1;
    // "pledged to end …", "promised to name …": what the speaker committed to, in the infinitive
    if (NewsLexicon.COMMITTING.contains(verb)
        && p.wordAt(k, "to")
        && p.at(k + 1) != null
        && p.get(k + 1).isWord()
        && !p.get(k + 1).capitalized()) {
      return k;
    }
    if (NewsLexicon.NOT_REPORTING.contains(verb)) return -1;
    int bare = -1;
    if (NewsLexicon.ADDRESSING_VERBS.contains(verb)) {
      int after = afterListener(p, k, last);
      if (after > k) bare = isClause(p, after, last) ? after : -1;
    } else if (NewsLexicon.BARE_REPORTING.contains(verb)) {
      int j = skipTime(p, k, last);
      Token first = p.at(j);
      boolean starter =
          first != null && first.isWord() && NewsLexicon.CLAUSE_STARTERS.contains(first.lower());
      if (j < last && (starter && !objectBeforeMainReport(p, j, last) || isClause(p, j, last))) {
        bare = j;
      }
    }
    if (that >= 0 && (bare < 0 || that - bare <= 3)) {
      // "said industries that depend on rail would …": a noun before "that" makes it a relative
      // pronoun, and the clause starts at the noun
      return bare >= 0 && bare < that && nounBetween(p, bare, that) ? bare : that + 1;
    }
    return bare;
  }

  /** The most words a verb's object may take before the sentence's own speech verb. */
  private static final int MAX_OBJECT_WORDS = 15;

  /**
   * Whether the words from {@code from} are the verb's object, not a clause: no verb of their own
   * up to a comma, and the sentence's speech verb right after it ("Thistlewood, who argued the case
   * for Spokane at a Feb. 12 hearing, said the city …").
   */
  private static boolean objectBeforeMainReport(ParagraphTokens p, int from, int last) {
    for (int k = from; k < last && k <= from + MAX_OBJECT_WORDS; k++) {
      Token t = p.get(k);
      if (t.isPunct(',')) return k + 1 < last && Phrases.isSpeechVerb(p, k + 1);
      String x = t.lower();
      if (t.isWord() && NewsLexicon.isFiniteVerbForm(x)) return false;
    }
    return false;
  }

  /** Whether the last word in [from, to) is an auxiliary, which leaves its clause unfinished. */
  private static boolean endsInAuxiliary(ParagraphTokens p, int from, int to) {
    for (int j = to - 1; j >= from; j--) {
      Token t = p.get(j);
      // "in May" is a month, not "may"
      if (t.isWord()) return !t.capitalized() && NewsLexicon.FINITE_AUXILIARIES.contains(t.lower());
    }
    return false;
  }

  /**
   * "For most of that time": a phrase opened by a preposition, with no verb of its own; or one
   * adverb alone ("Normally, she said, …").
   */
  private static boolean frontedPhrase(ParagraphTokens p, int from, int to) {
    if (to == from + 1
        && p.get(from).isWord()
        && NewsLexicon.isAdverb(p.get(from).lower()) // capitalised at the sentence's start
        && !Phrases.isGivenName(p, from)) { // "Kelly, she said, …" is a name
      return true;
    }
    if (!NewsLexicon.FRONTING_PREPOSITIONS.contains(p.get(from).lower())) return false;
    for (int j = from; j < to; j++) {
      Token t = p.get(j);
      if (!t.isWord()) continue;
      if (NewsLexicon.FINITE_AUXILIARIES.contains(t.lower()) || Phrases.isSpeechVerb(p, j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word in [from, to) is a noun-like word: no adverb, function or time word. */
  private static boolean nounBetween(ParagraphTokens p, int from, int to) {
    for (int j = from; j < to; j++) {
      Token t = p.get(j);
      if (!t.isWord()) continue;
      String w = t.lower();
      if (NewsLexicon.isAdverb(t.text())
          || NewsLexicon.isFunctionWord(w)
          || NewsLexicon.TIME_WORDS.contains(w)
          || NewsLexicon.TIME_NOUNS.contains(w)) {
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * Past the listener of "told": a pronoun or "reporters" ("told me"), a name ("told Reuters",
   * "told the BBC", "told The Times"), or an audience of up to three words ("told the board", "told
   * a news conference"). {@code k} itself when there is none.
   */
  private static int afterListener(ParagraphTokens p, int k, int last) {
    Token t = p.at(k);
    if (t == null || k >= last || !t.isWord()) return k;
    if (NewsLexicon.LISTENERS.contains(t.lower())) return k + 1;
    int j = t.isArticle() ? k + 1 : k;
    if (p.at(j) != null && p.get(j).capitalized()) {
      while (j < last && p.get(j).capitalized()) j++;
      return j;
    }
    for (int m = j; m < last && m < j + 3; m++) {
      if (!p.get(m).isWord()) break;
      if (NewsLexicon.AUDIENCES.contains(p.get(m).lower())) return m + 1;
    }
    return k;
  }

  /** Past a time of saying: "Tuesday", "on Tuesday", "last week", "earlier this month". */
  private static int skipTime(ParagraphTokens p, int j, int last) {
    while (j < last && p.get(j).isWord()) {
      String w = p.get(j).lower();
      Token next = p.at(j + 1);
      boolean timeNext =
          next != null
              && next.isWord()
              && (NewsLexicon.TIME_WORDS.contains(next.lower())
                  || NewsLexicon.TIME_NOUNS.contains(next.lower()));
      if (NewsLexicon.TIME_WORDS.contains(w)) {
        j++;
      } else if ((w.equals("on") || w.equals("last") || w.equals("this") || w.equals("next"))
          && timeNext) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * "According to DWSB chief executive Nidhi Saxena, …": the name that the words of a role lead to
   * (up to five words, no punctuation between), or null.
   */
  private static Mention nameAfterItsRole(AnnotatedParagraph ap, int from, int last) {
    ParagraphTokens p = ap.tokens();
    for (int j = from; j < last && j <= from + 5; j++) {
      if (!p.get(j).isWord()) return null;
      Mention m = ap.mentionAt(j);
      if (m != null) return m.kind() == Mention.Kind.NAME ? m : null;
    }
    return null;
  }

  /**
   * "according to the city’s elections director, Kwame Adeyemi": the person named after a role of
   * up to eight words in lower case (and the possessive before it) and a comma; null otherwise.
   */
  private static Mention namedAfterRole(AnnotatedParagraph ap, int from, int last) {
    ParagraphTokens p = ap.tokens();
    for (int j = from; j < last && j <= from + 8; j++) {
      if (p.punctAt(j, ',')) {
        Mention m = ap.mentionAt(j + 1);
        return m != null && m.kind() == Mention.Kind.NAME ? m : null;
      }
      Token t = p.get(j);
      if (!t.isWord() && !t.isPunct('’') && !t.isPunct('\'')) return null;
      if (t.isWord() && t.capitalized() && j > from) return null; // a name, not a role
    }
    return null;
  }

  /**
   * Whether the name at {@code end} closes the attribution: the sentence ends or a comma follows
   * ("…, said Sam Teller, one of the organizers"), not a verb whose subject the name is ("…, said
   * Halvorsen would now race").
   */
  private static boolean endsAfterName(ParagraphTokens p, int end, int last) {
    return end >= last || p.punctAt(end, ',');
  }

  /**
   * Whether a reported clause can start at {@code from}: a subject pronoun ("she expects"), or a
   * word that is not a preposition or a conjunction, followed within ten words, before any comma,
   * by a finite verb (an auxiliary, a modal, or a common irregular past: "trade fell", "the plan
   * would"), or by an adverb of frequency and the verb after it ("crews often finish"). An amount
   * opens a clause too ("about 70% of the staff was hired").
   */
  private static boolean isClause(ParagraphTokens p, int from, int last) {
    Token first = p.at(from);
    if (first == null || from >= last || !first.isWord()) return false;
    String w = first.lower();
    if (NewsLexicon.SUBJECT_PRONOUNS.contains(w)) return true;
    int figure = amountAt(p, from);
    if (figure >= 0) {
      // "about 30 students commute …", "at least four nurses had …": the amount's noun is the
      // subject; what follows it before a comma is its predicate, whatever its tense
      int words = 0;
      for (int k = figure + 1; k < last && k <= figure + 10 && p.get(k).isWord(); k++) words++;
      if (words >= 2) return true;
    }
    boolean amount = figure >= 0; // "about 70% of the staff was hired": the verb comes later
    if (!amount
        && !NewsLexicon.CLAUSE_STARTERS.contains(w)
        && (NewsLexicon.isFunctionWord(w)
            || NewsLexicon.LOCATIVES.contains(w)
            || NewsLexicon.OTHER_PREPOSITIONS.contains(w))) {
      return false;
    }
    for (int k = from + 1; k < last && k <= from + 10; k++) {
      Token t = p.get(k);
      if (t.isPunct('%') || t.isPunct('$')) continue; // "70% of the workforce was …"
      if (!t.isWord()) return false;
      String x = t.lower();
      if (NewsLexicon.isFiniteVerbForm(x)) {
        return true;
      }
      if (x.length() > 4 && x.endsWith("ed")) return true;
      // "crews often finish …": a verb in the present tense after an adverb of frequency
      if (NewsLexicon.FREQUENCY_ADVERBS.contains(x)
          && k + 1 < last
          && p.get(k + 1).isWord()
          && !p.get(k + 1).capitalized()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the speech verb at {@code v} is denied: "has not said", "didn't say", "never said",
   * "declined to say", "refused to comment".
   */
  private static boolean unsaid(ParagraphTokens p, int v, int s) {
    int k = v - 1;
    if (k >= s && p.get(k).isWord() && p.get(k).lower().equals("to")) {
      k--;
      return k >= s && p.get(k).isWord() && NewsLexicon.DECLINING.contains(p.get(k).lower());
    }
    if (k < s || !p.get(k).isWord()) return false;
    String w = p.get(k).lower();
    return w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n’t");
  }

  /**
   * A subject and more at {@code from}: a word that opens a reported clause ("a", "the", "they"),
   * then at least three words before any punctuation ("a sleeping person takes longer …"), whatever
   * the tense of its verb.
   */
  private static boolean opensNounPhrase(ParagraphTokens p, int from, int last) {
    Token first = p.at(from);
    if (first == null || !first.isWord() || !NewsLexicon.CLAUSE_STARTERS.contains(first.lower())) {
      return false;
    }
    int words = 0;
    for (int k = from + 1; k < last && p.get(k).isWord(); k++) words++;
    return words >= 3;
  }

  /**
   * The figure of an amount opening at {@code from} ("30", "about 30", "at least four", "more than
   * 1,200"), or -1.
   */
  private static int amountAt(ParagraphTokens p, int from) {
    int k = from;
    if (p.wordAt(k, "at") && p.wordAt(k + 1, "least")
        || (p.wordAt(k, "more") || p.wordAt(k, "fewer") || p.wordAt(k, "less"))
            && p.wordAt(k + 1, "than")
        || p.wordAt(k, "up") && p.wordAt(k + 1, "to")) {
      k += 2;
    } else if (p.at(k) != null && NewsLexicon.APPROXIMATORS.contains(p.get(k).lower())) {
      k++;
    }
    Token figure = p.at(k);
    if (figure == null || !figure.isWord()) return -1;
    boolean number =
        Character.isDigit(figure.text().charAt(0))
            || NewsLexicon.NUMBER_WORDS.containsKey(figure.lower());
    return number ? k : -1;
  }

  /**
   * Where a reported clause gives way to the next report of the sentence: before ", and insisted",
   * "and said", ", adding": a comma or "and"/"but" followed by a speech verb. {@code end} if none.
   */
  private static int nextReport(ParagraphTokens p, int from, int end) {
    for (int k = from + 1; k < end; k++) {
      if (!p.punctAt(k, ',') && !p.wordAt(k, "and") && !p.wordAt(k, "but")) continue;
      int v = k + 1;
      boolean joined = p.wordAt(v, "and") || p.wordAt(v, "but") || !p.punctAt(k, ',');
      if (p.wordAt(v, "and") || p.wordAt(v, "but")) v++;
      // ", and she asked …": the same speaker, named by a pronoun, reports again
      Token subject = p.at(v);
      if (subject != null
          && subject.isWord()
          && NewsLexicon.SUBJECT_PRONOUNS.contains(subject.lower())
          && v > k + 1) {
        v++;
      }
      v = Phrases.skipAdverbs(p, v);
      // after a bare comma only a participle reports again (", adding that …"); "the freeze,
      // first announced in July, could not …" describes the subject
      boolean participle = p.at(v) != null && p.get(v).lower().endsWith("ing");
      if (Phrases.isSpeechVerb(p, v) && (joined || participle)) return k;
    }
    return end;
  }

  /**
   * Where a participle phrase that comments on the report begins ("signalled that policymakers were
   * in no hurry, wrong-footing investors"): a comma and a present participle after a clause that
   * already has its finite verb. A participle that works as a preposition ("including", "during")
   * stays in the clause, and so does one before the clause's verb ("the plan, costing $2m, would").
   * {@code end} if none.
   */
  private static int participlePhrase(ParagraphTokens p, int from, int end) {
    boolean finite = false;
    for (int k = from; k < end; k++) {
      Token t = p.get(k);
      if (t.isWord() && isFiniteVerb(t.lower())) finite = true;
      Token next = p.at(k + 1);
      if (finite
          && t.isPunct(',')
          && next != null
          && next.isWord()
          && !next.capitalized()
          && next.lower().endsWith("ing")
          && next.lower().length() > 5
          && !next.lower().endsWith("thing")
          && !NewsLexicon.PREPOSITIONAL_PARTICIPLES.contains(next.lower())
          && !NewsLexicon.isFunctionWord(next.text())) {
        return k;
      }
    }
    return end;
  }

  private static boolean isFiniteVerb(String w) {
    return NewsLexicon.isFiniteVerbForm(w) || (w.length() > 4 && w.endsWith("ed"));
  }

  /**
   * The comma before a speaker named after the report, maybe past a role in lower case or a title
   * ("…, library Director Marisol Keane told trustees"); -1 when there is none.
   */
  private static int commaBeforeSpeaker(ParagraphTokens p, int first, int s) {
    for (int k = first - 1; k > s && k >= first - 3; k--) {
      if (p.punctAt(k, ',')) return k;
      Token t = p.get(k);
      boolean role =
          t.isWord()
              && (!t.capitalized() || NewsLexicon.isTitle(t.text()))
              && !NewsLexicon.isFunctionWord(t.lower());
      if (!role) return -1;
    }
    return first - 1 > s && p.punctAt(first - 1, ',') ? first - 1 : -1;
  }

  /**
   * Whether the attribution ends the sentence after its verb, or at most four words later before a
   * comma ("…, Lim said.", "…, she told the board.", "…, he said on Tuesday, …").
   */
  private static boolean endsTheReport(ParagraphTokens p, int from, int last) {
    for (int k = from; k <= last && k <= from + 4; k++) {
      if (k == last || p.punctAt(k, ',')) return true;
      if (!p.get(k).isWord()) return false;
    }
    return false;
  }

  /** "described the opposition as misinformed": the object, when "as" follows within 8 words. */
  private static int describedAs(ParagraphTokens p, int v, int last) {
    for (int k = v + 2; k < last && k <= v + 8; k++) {
      if (!p.get(k).isWord()) return -1;
      if (p.wordAt(k, "as")) return v + 1;
    }
    return -1;
  }

  /** "…, which Obi said would take 48 hours": the name between "which" and the verb. */
  private static Mention relativeSubject(AnnotatedParagraph ap, int v) {
    ParagraphTokens p = ap.tokens();
    Mention m = ap.mentionEndingAt(v - 1);
    if (m == null || !m.resolved() || !Phrases.isSpeechVerb(p, v)) return null;
    Token before = p.at(m.first() - 1);
    boolean relative = before != null && (before.is("which") || before.is("that"));
    // "a figure he said was based on …": a relative clause without its "which"
    boolean reduced =
        m.kind() == Mention.Kind.PRONOUN
            && before != null
            && before.isWord()
            && !before.capitalized()
            && !NewsLexicon.isFunctionWord(before.lower())
            && !Phrases.isSpeechVerb(p, m.first() - 1);
    relative |= reduced;
    Token next = p.at(v + 1);
    return relative && next != null && NewsLexicon.FINITE_AUXILIARIES.contains(next.lower())
        ? m
        : null;
  }

  private static void add(
      AnnotatedParagraph ap, Attribution a, int from, int to, List<ReportedSpeech> out) {
    ParagraphTokens p = ap.tokens();
    if (to <= from || p.get(from).isQuote()) return;
    // a semicolon followed by a clause of its own starts another statement, the writer's ("…
    // unaffordable; the government has offered …"); one between the items of a list the report
    // opened with a colon, or before a second "that" clause, goes on with the report
    for (int k = from + 1; k < to; k++) {
      if (p.punctAt(k, ':')) break;
      if (p.punctAt(k, ';') && !p.wordAt(k + 1, "that") && isClause(p, k + 1, to)) {
        to = k;
        break;
      }
    }
    int words = 0;
    int quoted = 0;
    for (int k = from; k < to; k++) {
      Token t = p.get(k);
      if (t.isWord()) words++;
      if (t.isQuote()) quoted += t.end() - t.start();
    }
    int length = p.get(to - 1).end() - p.get(from).start();
    // "the developer was disappointed and was “reviewing …”": the quoted predicate is the
    // speaker's own words; the report is the clause before the "and"
    int q = from;
    while (q < to && !p.get(q).isQuote()) q++;
    for (int k = q; q < to && k > from; ) {
      if (!p.get(k - 1).isWord() || !NewsLexicon.isFunctionWord(p.get(k - 1).text())) break;
      k--;
      if (p.get(k).is("and") || p.get(k).is("but")) {
        add(ap, a, from, k, out);
        return;
      }
    }
    if (words < 3 || quoted * 2 >= length) return;
    for (ReportedSpeech r : out) {
      if (r.from() == from && r.to() == to) return;
    }
    out.add(new ReportedSpeech(a, from, to));
  }
}
