package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.Locale;
import java.util.Set;

/**
 * Reads small phrases of news prose around names and speech verbs: whether a word reports speech,
 * the appositive after a name (", a professor at Harlow University,") and the role words before one
 * ("China’s Foreign Ministry spokesperson").
 */
final class Phrases {

  private Phrases() {}

  /**
   * The initials of every run of two to five words of {@code role}, in lower case: "ems" for
   * "emergency medical services director", so that "the EMS director" is who holds that role.
   */
  static Set<String> initials(String role) {
    Set<String> out = new java.util.HashSet<>();
    // the words of the role, an owner's "'s" and words like "the" and "of" left out ("the union's
    // president" has no "us")
    String[] words =
        java.util.Arrays.stream(
                role.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("['’]s\\b", "")
                    .split("[^\\p{L}]+"))
            .filter(w -> !w.isEmpty() && !NewsLexicon.isFunctionWord(w))
            .toArray(String[]::new);
    for (int i = 0; i < words.length; i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < words.length && j < i + MAX_INITIALS; j++) {
        if (words[j].isEmpty()) break;
        run.append(words[j].charAt(0));
        if (run.length() >= 2) out.add(run.toString());
      }
    }
    return out;
  }

  private static final int MAX_INITIALS = 5;

  /** An appositive: where it ends (the closing comma or the sentence end) and its words. */
  record Appositive(int end, String text) {}

  /**
   * "whom colleagues call “Mari,”": a quotation at token {@code q} of one to three capitalised
   * words right after a word that gives names ({@link NewsLexicon#ALIAS_MARKERS}) is a name given,
   * not a statement; it closes a relative clause as a comma does.
   */
  static boolean isGivenName(ParagraphTokens p, int q) {
    Token t = p.at(q);
    Token before = p.at(q - 1);
    if (t == null || !t.isQuote() || before == null || !before.isWord()) return false;
    if (!NewsLexicon.ALIAS_MARKERS.contains(before.lower())) return false;
    return isShortName(p.spans().get(t.span()).words(p.text()));
  }

  /** One to three words, each capitalised: quoted words that give a name, not a statement. */
  static boolean isShortName(String words) {
    String[] w = words.strip().split("\\s+");
    if (w.length > 3) return false;
    for (String x : w) {
      if (x.isEmpty() || !Character.isUpperCase(x.codePointAt(0))) return false;
    }
    return true;
  }

  /**
   * Whether token {@code i} reports speech; "call" only as "called on" or "calls for", "point" only
   * as "points out", "estimate" only before "that", "recall" only without an object.
   */
  static boolean isSpeechVerb(ParagraphTokens p, int i) {
    Token t = p.at(i);
    if (t == null || !t.isWord()) return false;
    String w = t.lower();
    if (!NewsLexicon.SPEECH_VERBS.contains(w)) return false;
    if (NewsLexicon.NEEDS_PARTICLE.contains(w)) {
      return p.wordAt(i + 1, "on") || p.wordAt(i + 1, "for");
    }
    if (NewsLexicon.NEEDS_OUT.contains(w)) return p.wordAt(i + 1, "out");
    if (NewsLexicon.NOT_BEFORE_UP_OR_TO.contains(w)
        && (p.wordAt(i + 1, "up") || p.wordAt(i + 1, "to"))) {
      return false;
    }
    if (NewsLexicon.NEEDS_THAT.contains(w)) return p.wordAt(i + 1, "that");
    if (NewsLexicon.NO_OBJECT.contains(w)) return !startsObject(p.at(i + 1));
    return true;
  }

  /** A determiner other than "that", a capitalised word or a number: a noun phrase starts. */
  private static boolean startsObject(Token t) {
    if (t == null || !t.isWord()) return false;
    return (NewsLexicon.DETERMINERS.contains(t.lower()) && !t.is("that"))
        || t.capitalized()
        || Character.isDigit(t.text().charAt(0));
  }

  /** The first index from {@code i} that is not an adverb or auxiliary ("has repeatedly"). */
  static int skipAdverbs(ParagraphTokens p, int i) {
    while (p.at(i) != null && p.at(i).isWord() && NewsLexicon.isAdverb(p.at(i).text())) i++;
    return i;
  }

  /**
   * The appositive that starts after the comma at {@code comma}: a segment that begins with a role
   * noun ("director of ..."), an article and contains one ("a professor and dean of ...", "a coral
   * physiologist who was not involved"), an article and a short noun phrase that "who" refers back
   * to ("a retired mail carrier who …"), or a possessive with one ("Lim’s daughter", "Harlow’s
   * senior vice president of client computing", "Kessleton Borough Council’s cabinet member for
   * highways"), or modifiers and a role noun ("co-founder and chief executive officer of …").
   * Further segments that start with "a"/"an" and end with a comma describe the previous one ("a
   * Beijing-based think tank") and are included. Null when there is none.
   */
  static Appositive appositive(ParagraphTokens p, int comma) {
    if (!p.punctAt(comma, ',')) return null;
    Token first = p.at(comma + 1);
    if (first == null || !first.isWord()) return null;
    int end = segmentEnd(p, comma + 1);
    if (end - comma - 1 > 30) return null;
    String w = first.lower();
    boolean roleFirst = NewsLexicon.isRoleNoun(first.text());
    boolean article = w.equals("a") || w.equals("an") || w.equals("the");
    // "Lim’s daughter", "his wife", "her lawyer": whose, then the role
    boolean owner = first.possessive() || w.equals("his") || w.equals("her") || w.equals("their");
    if (owner && hasRoleNoun(p, comma + 2, Math.min(end, comma + 6)) && end - comma <= 12) {
      return new Appositive(end, p.text(comma + 1, end));
    }
    // "Kessleton Borough Council’s cabinet member for highways": a body's name owns the role
    int owned = afterOwnerName(p, comma + 1);
    if (owned > 0 && hasRoleNoun(p, owned, Math.min(end, owned + 4)) && end - comma <= 16) {
      return new Appositive(end, p.text(comma + 1, end));
    }
    // "a retired mail carrier who …": a noun phrase that "who" refers back to names a person
    int relative = relativeStart(p, comma + 1, end);
    boolean personNoun = article && p.wordAt(relative, "who") && relative - comma <= 7;
    if (!roleFirst
        && !personNoun
        && !(article && hasRoleNoun(p, comma + 1, Math.min(end, comma + 10)))
        && !(modifiedRole(p, comma + 1, end) && !hasClauseWord(p, comma + 1, end))) {
      return null;
    }
    if (article && hasClauseWord(p, comma + 1, relative)) return null;
    while (p.punctAt(end, ',')
        && (p.wordAt(end + 1, "a") || p.wordAt(end + 1, "an"))
        && p.punctAt(segmentEnd(p, end + 1), ',')
        && !hasSpeechVerb(p, end + 1, segmentEnd(p, end + 1))) {
      end = segmentEnd(p, end + 1);
    }
    return new Appositive(end, p.text(comma + 1, end));
  }

  /**
   * Whether the segment from {@code from} opens with words that modify a role noun within its first
   * five words: in lower case, maybe joined by "and" ("co-founder and chief executive officer of
   * …", "senior vice president of …"), or all capitalised ("Senior Vice President of …"); a word in
   * "-ing" only right before the role noun ("Managing Director of …").
   */
  private static boolean modifiedRole(ParagraphTokens p, int from, int end) {
    Token first = p.at(from);
    if (first == null || !first.isWord() || NewsLexicon.isFunctionWord(first.lower())) {
      return false;
    }
    boolean capitalised = first.capitalized();
    for (int k = from; k < Math.min(end, from + 5); k++) {
      Token t = p.at(k);
      if (t == null || !t.isWord()) return false;
      if (k > from && NewsLexicon.isRoleNoun(t.text())) return true;
      // "Speaking at …" opens a clause; "Managing Director", "acting president" name a role
      boolean modifiesNext = p.at(k + 1) != null && NewsLexicon.isRoleNoun(p.at(k + 1).text());
      if (t.lower().endsWith("ing") && !modifiesNext) return false;
      if (capitalised ? !t.capitalized() : !t.is("and") && !t.text().equals(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /** The most words of a {@link #describingPhrase}. */
  private static final int MAX_DESCRIBING_WORDS = 11;

  /**
   * What a person is, in a noun phrase of any noun: after the comma at {@code comma}, "a" or "an"
   * and at most {@link #MAX_DESCRIBING_WORDS} words without a verb, closed by a comma ("Antonia
   * Reyes, a 67-year-old retired seamstress, had been waiting", "Keisha Bramwell, a
   * customer-support team lead in Lumenfold's Columbus office, said"). Null when there is none.
   * Unlike {@link #appositive}, whose role noun says a name is a person's, it describes only a name
   * already known to be one ("Whitworth, a bus company, said" describes a company).
   */
  static Appositive describingPhrase(ParagraphTokens p, int comma) {
    if (!p.punctAt(comma, ',') || !(p.wordAt(comma + 1, "a") || p.wordAt(comma + 1, "an"))) {
      return null;
    }
    int end = segmentEnd(p, comma + 1);
    int words = end - comma - 1;
    if (!p.punctAt(end, ',') || words < 2 || words > MAX_DESCRIBING_WORDS) return null;
    if (hasClauseWord(p, comma + 1, end)) return null;
    return new Appositive(end, p.text(comma + 1, end));
  }

  /** Index of the comma, semicolon, bracket, quotation or sentence end that ends a segment. */
  static int segmentEnd(ParagraphTokens p, int from) {
    int sentence = p.at(from) == null ? -1 : p.at(from).sentence();
    int k = from;
    while (k < p.size()) {
      Token t = p.get(k);
      if (t.sentence() != sentence || t.isQuote()) break;
      // the stop of a title's abbreviation ("a spokesperson for Gov. Ellen Whitlock") ends nothing
      boolean titleStop = t.isPunct('.') && k > from && isTitleAbbreviation(p.get(k - 1).text());
      if (!titleStop
          && t.kind() == Token.Kind.PUNCT
          && ",;()[].!?:".indexOf(t.text().charAt(0)) >= 0) {
        break;
      }
      k++;
    }
    return k;
  }

  private static boolean isTitleAbbreviation(String word) {
    return NewsLexicon.spelledOut(word) != null || NewsLexicon.HONORIFICS.contains(word);
  }

  /**
   * The role words right before a name, or "": "Ruritanian President" (Han Jie), "Ruritania’s
   * Foreign Ministry spokesperson" (Ana Lim), "The university’s spokeswoman, Ruth Obi" gives
   * "university’s spokeswoman", and "Britain's industry minister, Dr. Helen Achterberg" gives
   * "Britain's industry minister". The word next to the name must be a title or role noun.
   */
  static String roleBefore(ParagraphTokens p, NameSequence seq) {
    int end = seq.nameFirst();
    int k = end - 1;
    int lead = seq.first();
    // "Minister for Transport Rebecca Thornaby": the office and its portfolio or seat
    int portfolio = portfolioOfficeBefore(p, lead);
    if (portfolio >= 0) {
      // "Dean of Students Dr. Marcia Feldman": the office without the courtesy title
      return p.text(portfolio, lead < end && honorificsOnly(p, lead, end) ? lead : end).strip();
    }
    if (lead < seq.nameFirst()
        && honorificsOnly(p, lead, seq.nameFirst())
        && p.punctAt(lead - 1, ',')
        && p.at(lead - 2) != null
        && NewsLexicon.isRoleNoun(p.at(lead - 2).text())) {
      // "Britain's industry minister, Dr. Helen Achterberg": the role, a comma, a courtesy title
      end = lead - 1;
      k = lead - 2;
    } else if (lead < seq.nameFirst()
        && honorificsOnly(p, lead, seq.nameFirst())
        && p.punctAt(lead - 1, ',')
        && ofPhraseHead(p, lead - 1) >= 0) {
      // "the Minister of Agriculture, Livestock and Fisheries, Dr. Mariela Costanzo"
      end = lead - 1;
      k = ofPhraseHead(p, lead - 1);
    } else if (seq.nameFirst() == seq.first()) {
      if (p.punctAt(k, ',') && p.at(k - 1) != null && NewsLexicon.isRoleNoun(p.at(k - 1).text())) {
        end = k;
        k--;
      } else if (p.punctAt(k, ',') && ofPhraseHead(p, k) >= 0) {
        // "The governor of the Argentine province of Chubut, Hernán Saavedra Quiroga"
        end = k;
        k = ofPhraseHead(p, k);
      }
      Token t = p.at(k);
      if (t == null || !t.isWord() || !NewsLexicon.isRoleNoun(t.text())) return "";
    }
    int sentence = p.get(seq.nameFirst()).sentence();
    int start = k;
    while (start - 1 >= 0 && seq.nameFirst() - (start - 1) <= 7) {
      Token t = p.get(start - 1);
      // "University of Wyoming wildlife biologist": "of" between capitalised words is in the title
      if (t.is("of")
          && p.get(start).capitalized()
          && start - 2 >= 0
          && p.get(start - 2).sentence() == sentence
          && p.get(start - 2).isWord()
          && p.get(start - 2).capitalized()
          && !NewsLexicon.isFunctionWord(p.get(start - 2).text())) {
        start--;
        continue;
      }
      if (t.sentence() != sentence || !t.isWord() || NewsLexicon.isFunctionWord(t.text())) break;
      if (isSpeechVerb(p, start - 1)) break;
      if (Character.isDigit(t.text().charAt(0))) break;
      if (!t.capitalized() && !t.possessive() && !NewsLexicon.isRoleNoun(t.text())) {
        // Lower-case words in a title are modifiers ("former", "deputy") or nouns ("area flood
        // risk manager", "crane operator"); a verb ("met", "joined", "leading") ends it, so the
        // title never reaches back into another clause.
        if (!isRoleModifier(t.lower()) && looksLikeVerb(t.lower())) break;
      }
      start--;
    }
    // "Lead author Dr. Ana Lim": the role is "Lead author"; "Redmarsh Fire Capt." keeps its stop
    int last = end;
    while (true) {
      int word = last > start && p.get(last - 1).isPunct('.') ? last - 1 : last;
      if (word > start && NewsLexicon.HONORIFICS.contains(p.get(word - 1).text())) {
        last = word - 1;
      } else {
        break;
      }
    }
    return last <= start ? "" : p.text(start, last);
  }

  /**
   * Where an office stands before its portfolio or seat and the name at {@code nameStart}
   * ("Minister for Transport Rebecca Thornaby", "Member for Lachlan Plains Sarah Kinnane"): the
   * title or role noun right before "for" or "of", with only capitalised words after it up to the
   * name; -1 when there is none.
   */
  private static int portfolioOfficeBefore(ParagraphTokens p, int nameStart) {
    int k = nameStart - 1;
    int sentence = p.at(nameStart) == null ? -1 : p.at(nameStart).sentence();
    while (k >= 0 && p.get(k).isWord() && p.get(k).capitalized() && p.get(k).sentence() == sentence)
      k--;
    if (k == nameStart - 1 || k < 1) return -1;
    Token linker = p.get(k);
    Token office = p.get(k - 1);
    boolean ok =
        (linker.is("for") || linker.is("of"))
            && office.isWord()
            && office.capitalized()
            && (NewsLexicon.isTitle(office.text()) || NewsLexicon.isRoleNoun(office.text()));
    return ok ? k - 1 : -1;
  }

  /**
   * The role noun that an "of" phrase ending at {@code comma} belongs to ("governor" in "The
   * governor of the Argentine province of Chubut,", "Minister" in "the Minister of Agriculture,
   * Livestock and Fisheries,"): within {@link #MAX_OF_PHRASE} tokens of the same sentence, with
   * only words, commas and "and" between, no speech verb and no figure; -1 when there is none.
   */
  private static int ofPhraseHead(ParagraphTokens p, int comma) {
    int sentence = p.get(comma).sentence();
    for (int k = comma - 1; k > 0 && comma - k <= MAX_OF_PHRASE; k--) {
      Token t = p.get(k);
      if (t.sentence() != sentence || isSpeechVerb(p, k)) return -1;
      if (!t.isWord() && !t.isPunct(',')) return -1;
      if (t.isWord() && Character.isDigit(t.text().charAt(0))) return -1;
      Token head = p.get(k - 1);
      if (t.is("of") && head.isWord() && NewsLexicon.isRoleNoun(head.text())) return k - 1;
    }
    return -1;
  }

  private static final int MAX_OF_PHRASE = 12;

  /**
   * Whether tokens {@code from} to {@code to} are courtesy titles and their stops ("Dr.", "Sir").
   */
  private static boolean honorificsOnly(ParagraphTokens p, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = p.get(k);
      if (!t.isPunct('.') && !NewsLexicon.HONORIFICS.contains(t.text())) return false;
    }
    return true;
  }

  /**
   * A modifier inside a role ("former", "deputy"), or "and" between two ("president and chief").
   */
  private static boolean isRoleModifier(String w) {
    return NewsLexicon.ROLE_MODIFIERS.contains(w) || w.equals("and");
  }

  /**
   * A lower-case word that may be a verb or a preposition rather than part of a title: a past or
   * present participle ("-ed", "-ing"), a common irregular past ("met"), a speech verb, an
   * auxiliary, a preposition ("above").
   */
  private static boolean looksLikeVerb(String w) {
    return w.endsWith("ed")
        || NewsLexicon.LOCATIVES.contains(w)
        || NewsLexicon.OTHER_PREPOSITIONS.contains(w)
        || w.endsWith("ing")
        || NewsLexicon.IRREGULAR_PAST.contains(w)
        || NewsLexicon.SPEECH_VERBS.contains(w)
        || NewsLexicon.FINITE_AUXILIARIES.contains(w);
  }

  /** The description without a disclaimer of kinship: "…, and no relation to the lead author". */
  static String withoutRelation(String text) {
    String t =
        text.replaceAll(
            "(?i)[,;]?\\s*(?:and\\s+|but\\s+|who\\s+is\\s+)?(?:no relation|not related)\\b.*$", "");
    return t.strip();
  }

  /**
   * The relative clause after a name: ", who chairs the Redmarsh Harbour Trust," gives "chairs the
   * Redmarsh Harbour Trust"; ", whose ward includes the site" is kept whole. Up to the next comma
   * or the sentence end, never into a quotation; "" when there is none or when it gives another
   * name (", whom everyone calls “Zé”,").
   */
  static String relativeClause(ParagraphTokens p, int comma) {
    if (!p.punctAt(comma, ',')) return "";
    Token w = p.at(comma + 1);
    if (w == null || !(w.is("who") || w.is("whose") || w.is("whom"))) return "";
    int from = w.is("who") ? comma + 2 : comma + 1;
    int end = segmentEnd(p, comma + 1);
    if (end <= from || end - from > 25) return "";
    for (int k = from; k < end; k++) {
      // "whom everyone calls “Zé”": the clause gives another name, not who they are
      Token t = p.at(k);
      if (t != null && t.isWord() && NewsLexicon.ALIAS_MARKERS.contains(t.lower())) return "";
    }
    return withoutRelation(p.text(from, end));
  }

  /** Where a relative clause ("who has studied …") starts in [from, to), or {@code to}. */
  private static int relativeStart(ParagraphTokens p, int from, int to) {
    for (int k = from; k < to; k++) {
      if (p.wordAt(k, "who") || p.wordAt(k, "that") || p.wordAt(k, "which")) return k;
    }
    return to;
  }

  /** The most words of a body's name that owns a role: "Kessleton Borough Council’s". */
  private static final int MAX_OWNER_WORDS = 4;

  /**
   * Where the role after a body's name in the possessive starts ("Kessleton Borough Council’s
   * cabinet member": the index of "cabinet"), the name being capitalised words from {@code from};
   * -1 when no such name opens there.
   */
  private static int afterOwnerName(ParagraphTokens p, int from) {
    for (int k = from; k < from + MAX_OWNER_WORDS; k++) {
      Token t = p.at(k);
      if (t == null || !t.isWord() || !t.capitalized()) return -1;
      if (t.possessive()) return k + 1;
    }
    return -1;
  }

  private static boolean hasRoleNoun(ParagraphTokens p, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = p.at(k);
      if (t != null && t.isWord() && NewsLexicon.isRoleNoun(t.lower())) return true;
    }
    return false;
  }

  private static boolean hasClauseWord(ParagraphTokens p, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = p.at(k);
      if (t != null && t.isWord() && NewsLexicon.FINITE_AUXILIARIES.contains(t.lower())) {
        return true;
      }
      if (Phrases.isSpeechVerb(p, k)) return true;
    }
    return false;
  }

  private static boolean hasSpeechVerb(ParagraphTokens p, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isSpeechVerb(p, k)) return true;
    }
    return false;
  }

  /** Lower-cases the first letter: "In the past" -> "in the past". */
  static String lowerFirst(String s) {
    if (s.isEmpty()) return s;
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
