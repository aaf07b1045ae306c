package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;

/** Finds runs of capitalised words in the narrative of a paragraph and splits off titles. */
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
        if (p.spacedFromNext(j - 1)
            && p.at(j) != null
            && p.at(j).isWord()
            && NewsLexicon.NAME_PARTICLES.contains(p.at(j).text())
            && p.spacedFromNext(j)
            && startsName(p.at(j + 1))) {
          at.add(j);
          words.add(p.at(j).text());
          j++;
          continue;
        }
        break;
      }
      NameSequence seq = split(words, at, j, possessive);
      if (seq != null) out.add(seq);
      i = j;
    }
    return out;
  }

  private static boolean startsName(Token t) {
    return t != null && t.capitalized() && (!t.acronym() || NewsLexicon.isTitle(t.text()));
  }

  private static boolean isInitialOrAbbreviation(String word) {
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || NewsLexicon.TITLE_ABBREVIATIONS.contains(word);
  }

  /** Drops leading function words ("As John Thorton") and separates titles from the name. */
  private static NameSequence split(
      List<String> words, List<Integer> at, int end, boolean possessive) {
    int from = 0;
    while (from < words.size() && NewsLexicon.isFunctionWord(words.get(from))) from++;
    if (from == words.size()) return null;
    int lastTitle = -1;
    for (int k = from; k < words.size() - 1; k++) {
      if (NewsLexicon.isTitle(words.get(k))) lastTitle = k;
    }
    int nameFrom = lastTitle + 1 > from ? lastTitle + 1 : from;
    if (nameFrom >= words.size()) return null;
    boolean onlyTitles = true;
    for (int k = nameFrom; k < words.size(); k++) {
      if (!NewsLexicon.isTitle(words.get(k))) onlyTitles = false;
    }
    if (onlyTitles) return null;
    return new NameSequence(
        at.get(from),
        at.get(nameFrom),
        end,
        words.subList(from, nameFrom),
        words.subList(nameFrom, words.size()),
        possessive);
  }
}
