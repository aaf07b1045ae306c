package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.List;

/**
 * A paragraph with its mentions resolved: finds the subject of a speech verb and the phrase that
 * tells how something was said.
 */
final class AnnotatedParagraph {

  private final ParagraphTokens tokens;
  private final List<Mention> mentions;

  AnnotatedParagraph(ParagraphTokens tokens, List<Mention> mentions) {
    this.tokens = tokens;
    this.mentions = List.copyOf(mentions);
  }

  ParagraphTokens tokens() {
    return tokens;
  }

  int number() {
    return tokens.number();
  }

  String text() {
    return tokens.text();
  }

  /** The mention that starts at token {@code i}, or null. */
  Mention mentionAt(int i) {
    for (Mention m : mentions) {
      if (m.first() == i) return m;
    }
    return null;
  }

  /** The mention whose last token is {@code i}, or null. */
  Mention mentionEndingAt(int i) {
    for (Mention m : mentions) {
      if (m.end() == i + 1) return m;
    }
    return null;
  }

  /**
   * The first resolved mention by name or role (not a pronoun) in tokens [from, to) that can be a
   * subject, or null: an owner ("Lim’s elder brother, Lim Jun, …") is passed over.
   */
  Mention firstNameIn(int from, int to) {
    for (Mention m : mentions) {
      if (m.first() >= from
          && m.end() <= to
          && m.resolved()
          && m.kind() != Mention.Kind.PRONOUN
          && !isOwner(m)) {
        return m;
      }
    }
    return null;
  }

  /** The first resolved mention in tokens [from, to) that is not an owner ("Park’s"), or null. */
  Mention firstMentionIn(int from, int to) {
    for (Mention m : mentions) {
      if (m.first() >= from && m.end() <= to && m.resolved() && !isOwner(m)) return m;
    }
    return null;
  }

  /** A possessive mention ("Lim’s", "Davies'", "his"): it modifies a noun, it is not a subject. */
  private boolean isOwner(Mention m) {
    Token last = tokens.get(m.end() - 1);
    if (last.possessive()) return true;
    if (m.kind() == Mention.Kind.PRONOUN) return last.is("his") || last.is("her");
    return tokens.punctAt(m.end(), '’') || tokens.punctAt(m.end(), '\'');
  }

  /**
   * "Analyst Ana Lim of the research firm Harlow Data said": the name before a short phrase in
   * "of", "at", "from" or "with" that ends right before the verb, or null. An "of" inside the
   * organisation's own name ("Ana Lim of the Redmarsh Board of Trade said") is passed over.
   */
  private Mention beforePostModifier(int start, int i) {
    for (int k = i; k >= start && k > i - 10; k--) {
      Token t = tokens.get(k);
      if (!t.isWord() || Phrases.isSpeechVerb(tokens, k)) return null;
      if (NewsLexicon.POST_MODIFIERS.contains(t.lower())) {
        Mention m = mentionEndingAt(k - 1);
        if (m != null && m.resolved() && m.kind() == Mention.Kind.NAME && !isOwner(m)) return m;
        Token before = tokens.at(k - 1);
        boolean insideName =
            (m == null || !m.resolved())
                && t.is("of")
                && before != null
                && before.capitalized()
                && k - 1 > start;
        if (!insideName) return null;
      }
    }
    return null;
  }

  /**
   * Who does the speech verb at {@code verb}: the name or pronoun right before it ("Lim said", "Lim
   * has repeatedly said", "Lim’s hailing"), or before a short "of"/"at" phrase ("Ana Lim of the
   * research firm Harlow Data said"); after an appositive or a relative clause ("Ana Lim, a senior
   * engineer ..., said"; "Ana Lim, ..., who says") or for a participle (", adding that"), the
   * subject of the sentence's earlier speech verb or else its first person who is neither an owner
   * nor a passive's agent after "by" ("Lim’s elder brother, Lim Jun, …, said" is Lim Jun); or the
   * name right after it ("said Ana Lim"). Null when the subject is not a person ("China said").
   */
  Mention subjectOf(int verb) {
    int start = tokens.sentenceStart(verb);
    int i = verb - 1;
    while (i >= start && tokens.get(i).isWord() && NewsLexicon.isAdverb(tokens.get(i).text())) {
      i--;
    }
    if (i < start) return nameAfter(verb);
    Mention m = mentionEndingAt(i);
    if (m != null) return m.resolved() && !joinedToAnother(m) ? m : null;
    Token t = tokens.get(i);
    if (t.isWord() && !t.is("and") && !t.is("but") && !t.is("who")) {
      Mention modified = beforePostModifier(start, i);
      if (modified != null) return modified;
    }
    if ((t.is("and") || t.is("but")) && i > start) {
      // "Lim declined to comment, but said …": the subject of the sentence, the first person
      // named, with nothing but role words before it ("Harlow manager Ana Lim was …"), an
      // office's portfolio among them ("Commissioner for Energy and Networks Henrik Lind …")
      Mention first = firstMentionIn(start, i);
      if (first == null) return null;
      for (int k = firstWordOf(start); k < first.first(); k++) {
        Token w = tokens.get(k);
        if (!w.isWord()) return null;
        if (!w.capitalized()
            && !w.possessive()
            && !NewsLexicon.isRoleNoun(w.text())
            && !linksAPortfolio(k, first.first())) {
          return null;
        }
      }
      return first;
    }
    if (t.isPunct(',')) {
      // "…, and the club doctor, Dr Priya Natarajan, said": the name set off after its role
      Mention named = mentionEndingAt(i - 1);
      if (named != null
          && named.resolved()
          && named.kind() == Mention.Kind.NAME
          && followsItsRole(named.first() - 1, start)) {
        return named;
      }
    }
    if (t.is("who") || t.isPunct(',') || Phrases.isGivenName(tokens, i)) {
      for (int k = i - 1; k >= start; k--) {
        if (Phrases.isSpeechVerb(tokens, k)) {
          Mention earlier = subjectOf(k);
          if (earlier != null) return earlier;
          break;
        }
      }
      Mention first = firstMentionIn(start, i);
      // "… read to the court by Sgt Mulcair, Mr Fennelly, who farms …, said": a passive's agent
      // is not the subject of the verb after the clauses close ("led by Li Wei, …, who says" is
      // his)
      while (first != null && !t.is("who") && tokens.wordAt(first.first() - 1, "by")) {
        first = firstMentionIn(first.end(), i);
      }
      return first != null ? first : nameAfter(verb);
    }
    if (t.isQuote()) return nameAfter(verb);
    if (isDash(t)) {
      // "Aldrich — Pastor Tuck to most of Lincoln Park — said …": an aside between dashes
      for (int k = i - 1; k > start; k--) {
        if (!isDash(tokens.get(k))) continue;
        Mention named = mentionEndingAt(k - 1);
        return named != null && named.resolved() ? named : null;
      }
    }
    return null;
  }

  /**
   * Whether the word at {@code k} joins an office to its portfolio between capitalised words before
   * the name at {@code name}: the "for" of "Commissioner for Energy", the "and" of "Energy and
   * Networks".
   */
  private boolean linksAPortfolio(int k, int name) {
    Token w = tokens.get(k);
    Token before = tokens.at(k - 1);
    Token after = tokens.at(k + 1);
    return (w.is("for") || w.is("of") || w.is("and"))
        && k + 1 < name
        && before != null
        && before.isWord()
        && before.capitalized()
        && after != null
        && after.isWord()
        && after.capitalized();
  }

  /** The most words of a role set before a name with commas: "the club doctor". */
  private static final int MAX_ROLE_WORDS = 6;

  /**
   * Whether the comma at {@code comma} closes a role that opens a clause and names the person after
   * it: "the club doctor," or "his widow," at the sentence's start or after "and", "but", a comma
   * or a quotation, a role noun among its words.
   */
  boolean followsItsRole(int comma, int start) {
    if (!tokens.punctAt(comma, ',')) return false;
    boolean role = false;
    for (int k = comma - 1; k >= start && k >= comma - MAX_ROLE_WORDS; k--) {
      Token w = tokens.get(k);
      if (!w.isWord()) return false;
      if (NewsLexicon.isRoleNoun(w.text())) role = true;
      if (w.is("the") || w.is("his") || w.is("her") || w.is("their")) {
        // "…,” his widow, Marisol Pineda, said": after a quotation too
        boolean opens =
            k == start
                || tokens.wordAt(k - 1, "and")
                || tokens.wordAt(k - 1, "but")
                || tokens.punctAt(k - 1, ',')
                || tokens.at(k - 1) != null && tokens.get(k - 1).isQuote();
        return role && opens;
      }
    }
    return false;
  }

  /**
   * Whether {@code m} is the second of two people joined by "and" ("Vice Mayor Raúl Espinoza and
   * Councilmember Janelle Soto have said …"): what they said is both's, no words of one of them.
   */
  private boolean joinedToAnother(Mention m) {
    int k = m.first() - 1;
    while (k >= 0 && tokens.get(k).isWord() && NewsLexicon.isRoleNoun(tokens.get(k).text())) k--;
    if (k < 1 || !(tokens.get(k).is("and") || tokens.get(k).isPunct('&'))) return false;
    Mention other = mentionEndingAt(k - 1);
    return other != null && other.person() != m.person();
  }

  private static boolean isDash(Token t) {
    return t.isPunct('—') || t.isPunct('–');
  }

  /** The first token of the sentence starting at {@code start}, past a scene-setting phrase. */
  private int firstWordOf(int start) {
    Token first = tokens.get(start);
    if (first.isWord() && NewsLexicon.SCENE_OPENERS.contains(first.lower())) {
      for (int k = start; k < tokens.size() && tokens.get(k).sentence() == first.sentence(); k++) {
        if (tokens.punctAt(k, ',')) return k + 1;
      }
    }
    return start;
  }

  /** "said Ana Lim": the name right after the verb, unless it is an owner ("said Lim’s aide"). */
  private Mention nameAfter(int verb) {
    Mention m = mentionAt(verb + 1);
    return m != null
            && m.resolved()
            && m.kind() != Mention.Kind.PRONOUN
            && !tokens.get(m.end() - 1).possessive()
        ? m
        : null;
  }

  /**
   * How it was said, verbatim from the attribution: the speech verb and what completes it, up to a
   * clause boundary ("told NewsChina", "said during the Busan meeting", "called on both
   * countries"), without trailing function words.
   */
  String verbPhrase(int verb) {
    return verbPhrase(verb, tokens.size());
  }

  /** The verb phrase, ending before token {@code limit} (where the reported clause starts). */
  String verbPhrase(int verb, int limit) {
    int sentence = tokens.get(verb).sentence();
    int last = verb;
    for (int k = verb + 1; k < Math.min(limit, tokens.size()) && k - verb <= 20; k++) {
      Token t = tokens.get(k);
      if (t.sentence() != sentence || !t.isWord()) break;
      if (NewsLexicon.CLAUSE_STOPS.contains(t.lower())) break;
      if (k == verb + 1 && mentionAt(k) != null && mentionAt(k).kind() != Mention.Kind.PRONOUN) {
        break;
      }
      last = k;
    }
    while (last > verb && NewsLexicon.isFunctionWord(tokens.get(last).text())) last--;
    return tokens.text(verb, last + 1);
  }

  /**
   * The verb phrase plus the scene-setting phrase that opens the sentence before the subject: "In
   * an interview with CBS News later on November 2, Lim said that" gives "said in an interview with
   * CBS News later on November 2".
   */
  String context(int verb, Mention subject) {
    return context(verb, subject, tokens.size());
  }

  /** The context, with the verb phrase ending before token {@code limit}. */
  String context(int verb, Mention subject, int limit) {
    String phrase = verbPhrase(verb, limit);
    int start = tokens.sentenceStart(verb);
    Token first = tokens.get(start);
    int comma = subject.first() - 1;
    if (comma <= start + 1
        || !tokens.punctAt(comma, ',')
        || !first.isWord()
        || !NewsLexicon.SCENE_OPENERS.contains(first.lower())) {
      return phrase;
    }
    for (int k = start; k < comma; k++) {
      if (!tokens.get(k).isWord() && !tokens.get(k).isPunct('-')) return phrase;
    }
    return phrase + " " + Phrases.lowerFirst(tokens.text(start, comma));
  }
}
