package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides who said each quoted passage of a paragraph, trying in turn:
 *
 * <ol>
 *   <li>scare quotes and coined terms are nobody's: "the so-called “G2”", "the idea of “inevitable
 *       peace”", "the “non-alignment” principle";
 *   <li>an attribution right after the quotation: "“…,” Ana Lim, a professor …, told Radio Vale",
 *       "“…,” he added", "“…,” said Ana Lim", "“…,” said the council’s cabinet member, Ruth Obi",
 *       "“…,” according to Ilse Dorn";
 *   <li>a colon after a speech verb, its subject ("Speaking to Quarles, she said: “…”"), else after
 *       a person, named in preference to a pronoun: "Obi closed the meeting with a warning: “…”",
 *       "Asked about his nickname, Teller laughed: ‘…’";
 *   <li>the nearest earlier speech verb of the sentence and its subject (a gerund without one, "by
 *       emphasizing", is passed over): "Lim said that “…”", "Dorn urged the board to “…”", "Lim
 *       said during the meeting, adding that the two countries “…”", "Obi called the dataset
 *       “unusually thorough”"; a fragment that only repeats an earlier term is an echo, not a
 *       quote;
 *   <li>"According to X, … “…” …" in the same sentence;
 *   <li>a quotation that opens its sentence, with no speech verb of its own after it, continues the
 *       paragraph's last statement ("“…,” Ana Lim … told Radio Vale. “First, …”"), and one that
 *       opens the paragraph continues the previous paragraph's last statement when that was a
 *       quotation ({@link ReadingState#lastStatement()}); "“…,” one official said" and "“…,”
 *       according to a statement" are nobody's we know, not the previous speaker's.
 * </ol>
 *
 * What none of these attribute is a term, not a quote, except a quotation that opens the paragraph
 * and runs on into the next: its speaker may be named where it ends ({@link Result#runOn()}). A
 * paragraph that ends with a colon introduces the next paragraph's opening quotation ({@link
 * #introducedByColon}).
 */
final class AttributionParser {

  /**
   * The statements of a paragraph and the quoted words that are nobody's.
   *
   * @param runOn the quotation that opens the paragraph and runs on into the next one with no
   *     speaker found yet (its speaker may be named where it ends), or -1; not among {@code terms}
   */
  record Result(List<QuotedStatement> statements, List<String> terms, int runOn) {}

  Result attribute(AnnotatedParagraph ap, List<ReportedSpeech> reported, ReadingState state) {
    ParagraphTokens p = ap.tokens();
    List<QuotedStatement> statements = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    int runOn = -1;
    for (int s = 0; s < p.spans().size(); s++) {
      String words = p.spans().get(s).words(p.text());
      if (words.isBlank()) continue;
      int q = p.tokenOfSpan(s);
      Attribution a = null;
      if (!isTerm(p, q, words)) {
        a = after(ap, q);
        if (a == null) a = colon(ap, q);
        boolean embedded = false;
        if (a == null) {
          a = governingVerb(ap, q);
          if (a == null) a = accordingTo(ap, q);
          embedded = a != null;
        }
        if (embedded && state.isEcho(words)) {
          a = null;
        } else if (a == null && q == 0 && state.lastSpeaker() != null) {
          a = pronounGoesOn(ap, q, state.lastSpeaker());
        }
        if (a == null && !embedded && p.sentenceStart(q) == q && !hasOwnAttribution(p, q)) {
          a = earlierStatement(statements, reported, q);
          if (a == null && q == 0) a = state.lastStatement();
          if (a != null) a = new Attribution(a.person(), a.context(), q);
        }
      }
      if (a != null) {
        statements.add(new QuotedStatement(s, a));
      } else if (q == 0 && !p.spans().get(s).closed()) {
        runOn = s;
      } else {
        terms.add(words);
        state.term(words);
      }
    }
    return new Result(statements, terms, runOn);
  }

  /**
   * The speaker a paragraph that ends with a colon introduces ("Speaking afterwards, the manager
   * Sam Teller said:", "He described the moment he realised the photos were gone:"), for the
   * quotation that opens the next paragraph: the subject of the last sentence's speech verb, else
   * the first person it names, else its first pronoun, else the owner it opens on ("Her message to
   * the utility was blunt:"). Null when the paragraph does not end with a colon or names nobody.
   */
  Attribution introducedByColon(AnnotatedParagraph ap) {
    ParagraphTokens p = ap.tokens();
    int last = p.size() - 1;
    if (last < 1 || !p.punctAt(last, ':')) return null;
    int start = p.sentenceStart(last);
    for (int k = last - 1; k >= start; k--) {
      // a quotation in the sentence is what it introduced; a nickname or a term is not one
      if (p.get(k).isQuote() && !isTerm(p, k, p.spans().get(p.get(k).span()).words(p.text()))) {
        return null;
      }
      if (!Phrases.isSpeechVerb(p, k)) continue;
      Mention subject = ap.subjectOf(k);
      if (subject != null) return new Attribution(subject.person(), ap.verbPhrase(k), 0);
    }
    Mention named = ap.firstNameIn(start, last);
    if (named == null) named = ap.firstMentionIn(start, last);
    // "Her message to the utility was blunt:": whose words the sentence opens on
    if (named == null) {
      Mention owner = ap.mentionAt(start);
      if (owner != null
          && owner.resolved()
          && owner.kind() == Mention.Kind.PRONOUN
          && (p.get(start).is("her") || p.get(start).is("his"))) {
        named = owner;
      }
    }
    return named == null ? null : new Attribution(named.person(), p.text(named.end(), last), 0);
  }

  /**
   * "“…,” she said" opening a paragraph, with a pronoun the text left to nobody (two people it may
   * be): the one the previous paragraph last reported speaking goes on, if the pronoun fits them
   * ("Grace Adeyemi … said she voted for Whitfield … ¶ “I’ve called 311 …,” she said").
   */
  private static Attribution pronounGoesOn(AnnotatedParagraph ap, int q, Attribution last) {
    ParagraphTokens p = ap.tokens();
    int j = p.punctAt(q + 1, ',') ? q + 2 : q + 1;
    Token pronoun = p.at(j);
    if (pronoun == null || !pronoun.isWord() || pronoun.sentence() != p.get(q).sentence()) {
      return null;
    }
    String w = pronoun.lower();
    if (!NewsLexicon.SUBJECT_PRONOUNS.contains(w) || !NewsLexicon.PERSONAL_PRONOUNS.contains(w)) {
      return null; // "he" or "she" only
    }
    Mention m = ap.mentionAt(j);
    if (m != null && m.resolved()) return null; // the text says who
    if (!Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, j + 1))) return null;
    Person.Gender g =
        NewsLexicon.FEMALE_PRONOUNS.contains(w) ? Person.Gender.FEMALE : Person.Gender.MALE;
    return last.person().compatibleWith(g) ? new Attribution(last.person(), "", q) : null;
  }

  /** Scare quotes, nicknames and names of things: marked by the words around them. */
  private static boolean isTerm(ParagraphTokens p, int q, String words) {
    if (NameSpotter.isNickname(p, q)) return true;
    Token prev = p.at(q - 1);
    Token prev2 = p.at(q - 2);
    if (prev != null && prev.isWord()) {
      if (NewsLexicon.TERM_MARKERS.contains(prev.lower())) return true;
      if (Phrases.isGivenName(p, q)) return true; // "whom colleagues call “Mari,”"
      // "Earth, Wind & Fire’s “September”", "Dickens’s “Bleak House”": a work by its maker
      if (prev.possessive() && prev.capitalized() && words.split("\\s+").length <= 6) return true;
      if (prev2 != null
          && prev2.isWord()
          && NewsLexicon.TERM_MARKER_PAIRS.contains(prev2.lower() + " " + prev.lower())) {
        return true;
      }
      // "known along the river as “Gica”": a short name after "known … as"
      if (prev.is("as") && words.split("\\s+").length <= 4) {
        for (int k = q - 2; k >= Math.max(0, q - 1 - PersonRegistry.KNOWN_AS_SPAN); k--) {
          Token t = p.at(k);
          if (t == null || !t.isWord()) break;
          if (t.is("known")) return true;
        }
      }
    }
    Token next = p.at(q + 1);
    if (next != null
        && next.isWord()
        && NewsLexicon.META_NOUNS.contains(next.lower())
        && words.split("\\s+").length <= 5) {
      return true;
    }
    // "a trial of ‘single-leg’ pricing", "the “Fast Wake” option": a short quoted modifier
    // between a determiner and its noun names a thing
    return prev != null
        && prev.isWord()
        && NewsLexicon.DETERMINERS.contains(prev.lower())
        && next != null
        && next.isWord()
        && !next.capitalized()
        && !NewsLexicon.isFunctionWord(next.text())
        && p.spacedFromNext(q)
        && words.split("\\s+").length <= 3;
  }

  /** The most words of a role before the name of {@link #nameAfterRoleBeforeVerb}. */
  private static final int MAX_SET_OFF_ROLE_WORDS = 4;

  /**
   * "“…,” his widow, Marisol Pineda, said": after a quotation, a role (at most {@link
   * #MAX_SET_OFF_ROLE_WORDS} words after its "his", "her", "their" or "the", a role noun among
   * them: {@link AnnotatedParagraph#followsItsRole}), then a name set off by commas and a speech
   * verb: that name. Null otherwise.
   */
  private static Mention nameAfterRoleBeforeVerb(AnnotatedParagraph ap, int j) {
    ParagraphTokens p = ap.tokens();
    int comma = j;
    while (comma <= j + MAX_SET_OFF_ROLE_WORDS && p.at(comma) != null && p.get(comma).isWord()) {
      comma++;
    }
    if (!p.punctAt(comma, ',') || !ap.followsItsRole(comma, j)) return null;
    Mention named = ap.mentionAt(comma + 1);
    if (named == null || named.kind() != Mention.Kind.NAME || !named.resolved()) return null;
    return p.punctAt(named.end(), ',')
            && Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, named.end() + 1))
        ? named
        : null;
  }

  /** The most tokens of a translation in brackets between a quotation and its attribution. */
  private static final int MAX_BRACKETED_TOKENS = 60;

  /** "“…,” Lim said", "“…,” Ana Lim, a professor …, told", "“…,” said Ana Lim". */
  private static Attribution after(AnnotatedParagraph ap, int q) {
    ParagraphTokens p = ap.tokens();
    int j = q + 1;
    // "“No sabemos adónde ir,” [“We don’t know where to go,”] said Montes": a translation in
    // brackets after the quotation, or the bracket closing around it, stands before the attribution
    if (p.punctAt(j, '[')) {
      while (p.at(j) != null && !p.punctAt(j, ']') && j < q + MAX_BRACKETED_TOKENS) j++;
    }
    if (p.punctAt(j, ']')) j++;
    if (p.punctAt(j, ',')) j++;
    // the attribution is in the quotation's sentence: after "“We followed every rule.”", the next
    // sentence's subject ("Vance, 58, said in a statement that …") says something else
    if (p.at(j) == null || p.get(j).sentence() != p.get(q).sentence()) return null;
    if (p.wordAt(j, "according") && p.wordAt(j + 1, "to")) {
      Mention m = ap.mentionAt(j + 2);
      return m != null && m.resolved() ? new Attribution(m.person(), "according to", q) : null;
    }
    Mention afterRole = nameAfterRoleBeforeVerb(ap, j);
    if (afterRole != null) {
      int verb = Phrases.skipAdverbs(p, afterRole.end() + 1);
      return new Attribution(afterRole.person(), ap.verbPhrase(verb), q);
    }
    Mention m = subjectAt(ap, j);
    if (m != null) {
      int k = m.end();
      if (p.punctAt(k, '(')) {
        while (p.at(k) != null && !p.punctAt(k, ')')) k++;
        k++;
      }
      int verb = -1;
      if (p.punctAt(k, ',')) {
        verb = verbAfterAppositive(p, k);
      } else if (Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, k))) {
        verb = Phrases.skipAdverbs(p, k);
      }
      if (verb >= 0) return new Attribution(m.person(), ap.verbPhrase(verb), q);
    }
    if (Phrases.isSpeechVerb(p, j)) {
      Mention inverted = ap.mentionAt(j + 1);
      boolean owner = inverted != null && p.get(inverted.end() - 1).possessive();
      if (inverted != null && inverted.resolved() && !owner) {
        return new Attribution(inverted.person(), ap.verbPhrase(j), q);
      }
      Mention named = nameAfterRole(ap, j + 1);
      if (named != null) return new Attribution(named.person(), ap.verbPhrase(j), q);
    }
    return null;
  }

  /**
   * "said the council’s cabinet member for the environment, Ruth Obi": the first name after a role
   * phrase that follows an inverted speech verb, within the sentence and before any other quotation
   * or speech verb. A possessive name ("Halvorsen’s chief executive") is part of the role.
   */
  private static Mention nameAfterRole(AnnotatedParagraph ap, int from) {
    ParagraphTokens p = ap.tokens();
    if (p.at(from) == null) return null;
    int sentence = p.get(from).sentence();
    for (int k = from; k < p.size() && k < from + 15; k++) {
      Token t = p.get(k);
      if (t.sentence() != sentence || t.isQuote() || Phrases.isSpeechVerb(p, k)) return null;
      Mention m = ap.mentionAt(k);
      if (m == null || m.kind() == Mention.Kind.PRONOUN) continue;
      if (p.get(m.end() - 1).possessive()) {
        k = m.end() - 1;
        continue;
      }
      boolean afterRole = p.punctAt(k - 1, ',') || NewsLexicon.isRoleNoun(p.get(k - 1).text());
      return m.resolved() && afterRole ? m : null;
    }
    return null;
  }

  /**
   * Whether the sentence gives the quotation an attribution of its own after it, a speech verb
   * ("“…,” one official said") or "according to" ("“…,” according to a statement"), so that a
   * quotation it cannot resolve is not someone else's continued.
   */
  private static boolean hasOwnAttribution(ParagraphTokens p, int q) {
    int end = p.sentenceEnd(q);
    for (int k = q + 1; k < end; k++) {
      if (p.get(k).isQuote()) return false;
      if (Phrases.isSpeechVerb(p, k)) return true;
      if (p.wordAt(k, "according") && p.wordAt(k + 1, "to")) return true;
    }
    return false;
  }

  /**
   * A resolved mention at {@code j}, or after a few role words ("the ministry’s spokesperson Lim",
   * "Municipal Administration and Water Supply Minister R. Muthukumaran": an "and" between
   * capitalised words joins a title's parts).
   */
  private static Mention subjectAt(AnnotatedParagraph ap, int j) {
    ParagraphTokens p = ap.tokens();
    for (int k = j; k < j + MAX_ROLE_WORDS && p.at(k) != null; k++) {
      Mention m = ap.mentionAt(k);
      if (m != null) return m.resolved() ? m : null;
      Token t = p.get(k);
      if (joinsTitleWords(p, k)) continue;
      // the full stop of an abbreviation in the role: "U.S. Attorney Rebecca Tafoya"
      if (t.isPunct('.') && k > j && p.get(k - 1).acronym() && p.spacedFromNext(k)) continue;
      if (!t.isWord() || NewsLexicon.isFunctionWord(t.text()) || Phrases.isSpeechVerb(p, k)) {
        return null;
      }
    }
    return null;
  }

  /** The most words of a role before the name it introduces. */
  private static final int MAX_ROLE_WORDS = 8;

  /** "and" between two capitalised words: a title's parts ("Administration and Water"). */
  private static boolean joinsTitleWords(ParagraphTokens p, int k) {
    return p.wordAt(k, "and")
        && k > 0
        && p.at(k + 1) != null
        && p.get(k - 1).capitalized()
        && p.get(k + 1).capitalized();
  }

  private static int verbAfterAppositive(ParagraphTokens p, int comma) {
    int sentence = p.get(comma).sentence();
    for (int k = comma; k < p.size() && k < comma + 45; k++) {
      Token t = p.get(k);
      if (t.isQuote() || t.sentence() != sentence) return -1;
      if (t.isPunct(',') && Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, k + 1))) {
        return Phrases.skipAdverbs(p, k + 1);
      }
    }
    return -1;
  }

  /** "Obi closed the meeting with a warning: “…”". */
  private static Attribution colon(AnnotatedParagraph ap, int q) {
    ParagraphTokens p = ap.tokens();
    if (!p.punctAt(q - 1, ':')) return null;
    int start = p.sentenceStart(q);
    // "Speaking directly to Quarles, she said: “…”": the speech verb's subject, not a name it
    // speaks to or of
    for (int k = q - 2; k >= start; k--) {
      if (!Phrases.isSpeechVerb(p, k)) continue;
      Mention subject = ap.subjectOf(k);
      if (subject != null) return new Attribution(subject.person(), ap.context(k, subject), q);
      // a pronoun the text left to nobody does the speaking: the name before it is not the speaker
      if (pronounSays(p, k)) return null;
    }
    Mention m = ap.firstNameIn(start, q - 1);
    if (m == null) m = ap.firstMentionIn(start, q - 1);
    if (m == null) return null;
    int from = p.punctAt(m.end(), ',') ? m.end() + 1 : m.end();
    return new Attribution(m.person(), p.text(from, q - 1), q);
  }

  /** Whether a personal pronoun is the subject right before speech verb {@code k} ("she said"). */
  private static boolean pronounSays(ParagraphTokens p, int k) {
    int i = k - 1;
    while (i >= 0 && p.get(i).isWord() && NewsLexicon.isAdverb(p.get(i).text())) i--;
    return i >= 0 && p.get(i).isWord() && NewsLexicon.PERSONAL_PRONOUNS.contains(p.get(i).lower());
  }

  /** The nearest earlier speech verb of the sentence, if its subject is a person. */
  private static Attribution governingVerb(AnnotatedParagraph ap, int q) {
    ParagraphTokens p = ap.tokens();
    int start = p.sentenceStart(q);
    for (int k = q - 1; k >= start; k--) {
      if (p.punctAt(k, ';')) return null;
      if (Phrases.isSpeechVerb(p, k) || callsIt(p, k, q)) {
        Mention subject = ap.subjectOf(k);
        if (subject == null && p.get(k).lower().endsWith("ing")) continue; // "by emphasizing"
        if (subject == null) return null;
        return new Attribution(subject.person(), ap.context(k, subject), q);
      }
    }
    return null;
  }

  /**
   * "called the dataset “unusually thorough”": "call" with an object of one to five words and then
   * the quotation, which describes the object in the speaker's words. ("calls “Zé do Mar”", with no
   * object, names someone: a term; "what she calls “…”" names a thing in her words: hers.)
   */
  private static boolean callsIt(ParagraphTokens p, int k, int q) {
    if (!p.get(k).isWord() || !NewsLexicon.NEEDS_PARTICLE.contains(p.get(k).lower())) return false;
    // "what she calls “water bill roulette”": the thing is named by the speaker, in her words
    if (q - k == 1) return p.wordAt(k - 2, "what") || p.wordAt(k - 3, "what");
    if (q - k < 2 || q - k > 6) return false;
    for (int j = k + 1; j < q; j++) {
      if (!p.get(j).isWord()) return false;
    }
    return true;
  }

  /** "According to X, the meeting is a “turning point”", unless a speech verb intervenes. */
  private static Attribution accordingTo(AnnotatedParagraph ap, int q) {
    ParagraphTokens p = ap.tokens();
    int start = p.sentenceStart(q);
    int end = p.sentenceEnd(q);
    for (int k = start; k < end; k++) {
      if (!p.wordAt(k, "according") || !p.wordAt(k + 1, "to")) continue;
      Mention m = ap.mentionAt(k + 2);
      if (m == null || !m.resolved()) continue;
      boolean verbBetween = false;
      for (int v = m.end(); v < q; v++) {
        if (Phrases.isSpeechVerb(p, v)) verbBetween = true;
      }
      if (!verbBetween) return new Attribution(m.person(), "according to", q);
    }
    return null;
  }

  /** The paragraph's last statement before token {@code q}: a quote or a paraphrase. */
  private static Attribution earlierStatement(
      List<QuotedStatement> statements, List<ReportedSpeech> reported, int q) {
    Attribution best = null;
    for (QuotedStatement s : statements) {
      if (s.attribution().position() < q) best = s.attribution();
    }
    for (ReportedSpeech r : reported) {
      Attribution a = r.attribution();
      if (a.position() < q && (best == null || a.position() > best.position())) best = a;
    }
    return best;
  }
}
