package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds runs of capitalised words in the narrative of a paragraph and splits off titles. A nickname
 * in quotation marks or in brackets between two name words (Samuel “Sam” Teller, Ruth ‘Red’ Obi,
 * Augustine (Gus) Ferrell) is part of the name, not a quotation, and is kept as {@link
 * NameSequence#nickname()}.
 */
final class NameSpotter {

  List<NameSequence> find(ParagraphTokens p) {
    List<NameSequence> out = new ArrayList<>();
    int i = 0;
    while (i < p.size()) {
      Token t = p.get(i);
      if (!startsName(t)) {
        i++;
        continue;
      }
      List<String> words = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      boolean possessive = false;
      String nickname = "";
      int j = i;
      while (true) {
        Token w = p.get(j);
        String word = w.withoutPossessive();
        at.add(j);
        if (!w.possessive()
            && isInitialOrAbbreviation(word)
            && p.punctAt(j + 1, '.')
            && p.gluedToNext(j)) {
          word = word + ".";
          j++;
        }
        words.add(word);
        if (w.possessive()) {
          possessive = true;
          j++;
          break;
        }
        j++;
        if (p.spacedFromNext(j - 1) && startsName(p.at(j))) continue;
        if (nickname.isEmpty() && isNickname(p, j)) {
          nickname = p.spans().get(p.get(j).span()).words(p.text());
          j++;
          continue;
        }
        int close = bracketedNicknameEnd(p, j);
        if (nickname.isEmpty() && close > 0) {
          StringBuilder nick = new StringBuilder();
          for (int k = j + 1; k < close; k++)
            nick.append(k > j + 1 ? " " : "").append(p.at(k).text());
          nickname = nick.toString();
          j = close + 1;
          continue;
        }
        int particles = particlesAt(p, j);
        if (particles > 0) {
          for (int k = 0; k < particles; k++) {
            at.add(j);
            words.add(p.at(j).text());
            j++;
          }
          continue;
        }
        break;
      }
      // "Davies' front lawn": a plural-style possessive is an apostrophe token after the name
      if (!possessive
          && p.gluedToNext(j - 1)
          && p.at(j) != null
          && (p.punctAt(j, '’') || p.punctAt(j, '\''))
          && p.get(j - 1).text().endsWith("s")) {
        possessive = true;
      }
      // "Minister for Transport Rebecca Thornaby", "Member for Lachlan Plains Sarah Kinnane": after
      // an office's "for" or "of", the run opens with the portfolio or the seat; a title in the
      // run ("Students Dr. Marcia Feldman") already sets the name apart
      if (words.size() > PORTFOLIO_NAME_WORDS
          && !possessive
          && nickname.isEmpty()
          && afterAnOfficesPortfolio(p, i)
          && words.stream().noneMatch(NewsLexicon::isTitle)) {
        int cut = portfolioEnd(words);
        words = new ArrayList<>(words.subList(cut, words.size()));
        at = new ArrayList<>(at.subList(cut, at.size()));
      }
      NameSequence seq = split(words, at, j, possessive, nickname);
      if (seq != null) out.add(seq);
      i = j;
    }
    return out;
  }

  /** The fewest words of a person's name after an office's portfolio, and its words by default. */
  private static final int PORTFOLIO_NAME_WORDS = 2;

  /**
   * Where the name starts in a run after an office's portfolio: after the portfolio's last word of
   * a place or an organisation ("Minister for National Development Tan Kok Leong"), else at the
   * run's last {@link #PORTFOLIO_NAME_WORDS} words.
   */
  private static int portfolioEnd(List<String> words) {
    int cut = words.size() - PORTFOLIO_NAME_WORDS;
    for (int k = 0; k < words.size() - PORTFOLIO_NAME_WORDS; k++) {
      if (NewsLexicon.notPerson(words.get(k))) cut = k + 1;
    }
    return cut;
  }

  /** The most words of an office's portfolio before a name: "Energy and Networks". */
  private static final int MAX_PORTFOLIO_WORDS = 5;

  /**
   * Whether the words at {@code i} follow "for" or "of" right after a title or a role noun
   * ("Minister for", "Member for", "Secretary of"), past capitalised words of the portfolio and
   * their "and" ("Commissioner for Energy and Networks Henrik Lind").
   */
  static boolean afterAnOfficesPortfolio(ParagraphTokens p, int i) {
    int b = i - 1;
    for (int words = 0;
        b > 0
            && words < MAX_PORTFOLIO_WORDS
            && p.get(b).isWord()
            && (p.get(b).capitalized() || p.get(b).is("and"));
        words++) {
      b--;
    }
    Token linker = p.at(b);
    Token office = p.at(b - 1);
    return linker != null
        && office != null
        && (linker.is("for") || linker.is("of"))
        && office.isWord()
        && office.capitalized()
        && (NewsLexicon.isTitle(office.text()) || NewsLexicon.isRoleNoun(office.text()));
  }

  /**
   * A quoted passage of one to three capitalised words, set off by spaces between two name words:
   * the “Sam” of Samuel “Sam” Teller.
   */
  static boolean isNickname(ParagraphTokens p, int q) {
    Token t = p.at(q);
    if (t == null || !t.isQuote() || !p.spans().get(t.span()).closed()) return false;
    Token before = p.at(q - 1);
    if (before == null || !before.capitalized() || before.possessive()) return false;
    if (!p.spacedFromNext(q - 1) || !p.spacedFromNext(q) || !startsName(p.at(q + 1))) return false;
    return Phrases.isShortName(p.spans().get(t.span()).words(p.text()));
  }

  /**
   * A nickname in brackets between two name words, the “(Gus)” of Augustine (Gus) Ferrell: one or
   * two capitalised words in round brackets right after a name word and before the next. Returns
   * the index of the closing bracket, or -1.
   */
  static int bracketedNicknameEnd(ParagraphTokens p, int j) {
    if (!p.punctAt(j, '(') || !p.spacedFromNext(j - 1)) return -1;
    Token before = p.at(j - 1);
    if (before == null || !before.capitalized() || before.possessive()) return -1;
    int k = j + 1;
    while (k < j + 3 && startsName(p.at(k))) k++;
    if (k == j + 1 || !p.punctAt(k, ')') || !p.spacedFromNext(k)) return -1;
    return startsName(p.at(k + 1)) ? k : -1;
  }

  /**
   * How many lower-case particles ("de", "von der") start at {@code j} inside a name, followed by a
   * name word; 0 when none.
   */
  private static int particlesAt(ParagraphTokens p, int j) {
    if (!p.spacedFromNext(j - 1)) return 0;
    int k = j;
    while (k < j + 2
        && p.at(k) != null
        && p.at(k).isWord()
        && NewsLexicon.NAME_PARTICLES.contains(p.at(k).text())
        && p.spacedFromNext(k)) {
      k++;
    }
    return k > j && startsName(p.at(k)) ? k - j : 0;
  }

  /**
   * A capitalised word that can be part of a name: not an acronym unless a title, and not a
   * compound adjective ("Leeds-based Harlow Systems" names Harlow Systems).
   */
  private static boolean startsName(Token t) {
    return t != null
        && t.capitalized()
        && (!t.acronym() || NewsLexicon.isTitle(t.text()))
        && NewsLexicon.compoundAdjectiveTail(t.text()).isEmpty()
        && !LOWER_CASE_TAIL.matcher(t.text()).find();
  }

  /**
   * "Candle-maker", "Co-founder", "Ex-mayor": a compound whose part after the hyphen is a noun of a
   * doer in lower case is a noun capitalised to open a sentence, not a name ("Varga-Holm" is, and
   * so are given names such as "Jae-sung" and "Hyun-woo").
   */
  private static final java.util.regex.Pattern LOWER_CASE_TAIL =
      java.util.regex.Pattern.compile("-\\p{Ll}{2,}(?:er|or)$");

  private static boolean isInitialOrAbbreviation(String word) {
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || NewsLexicon.TITLE_ABBREVIATIONS.containsKey(word);
  }

  /** Drops leading function words ("As Ana Lim") and separates titles from the name. */
  private static NameSequence split(
      List<String> words, List<Integer> at, int end, boolean possessive, String nickname) {
    int from = 0;
    while (from < words.size() && NewsLexicon.isFunctionWord(words.get(from))) from++;
    if (from == words.size()) return null;
    // A title needs a name word after it ("Mayor Lim"); a capitalised role noun needs two
    // ("Harlow Chief Executive Ana Lim", "Co-author Ruth Obi"), so a surname that is
    // also a noun ("Minnie Driver") stays a name.
    int lastTitle = -1;
    for (int k = from; k < words.size() - 1; k++) {
      String w = words.get(k);
      if (NewsLexicon.isTitle(w) || (k < words.size() - 2 && NewsLexicon.isRoleNoun(w))) {
        lastTitle = k;
      }
    }
    // "Delhi Assembly Vikram Singh Chauhan": a person's name holds no word of an organisation or a
    // place, so two or more name words after such a word that ends a longer name are the name, and
    // that name is their title ("American Red Cross" is one name)
    for (int k = Math.max(from + 1, lastTitle + 1); k < words.size() - 2; k++) {
      if (NewsLexicon.notPerson(words.get(k))) lastTitle = k;
    }
    int nameFrom = lastTitle + 1 > from ? lastTitle + 1 : from;
    if (nameFrom >= words.size()) return null;
    // "Ogun State Governor": a run that ends with an office's title names the office, no one
    if (words.size() - from >= 2
        && NewsLexicon.OFFICE_TITLES.contains(words.get(words.size() - 1))) {
      return null;
    }
    // "Senior Minister", "Deputy Mayor": titles and their modifiers alone name an office, no one
    boolean onlyTitles = true;
    for (int k = nameFrom; k < words.size(); k++) {
      String w = words.get(k);
      boolean modifier = NewsLexicon.ROLE_MODIFIERS.contains(w.toLowerCase(java.util.Locale.ROOT));
      if (!NewsLexicon.isTitle(w) && !(modifier && k < words.size() - 1)) onlyTitles = false;
    }
    if (onlyTitles) return null;
    return new NameSequence(
        at.get(from),
        at.get(nameFrom),
        end,
        words.subList(from, nameFrom),
        words.subList(nameFrom, words.size()),
        possessive,
        nickname);
  }
}
