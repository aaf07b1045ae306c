package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.lexicon.WordRarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a reader may use for names the articles spell out: "MAGA" for "Make America Great
 * Again", "CCG" for "Center for China and Globalization". A question using one is searched with the
 * name spelled out in its place, so the article's own words find its passages.
 *
 * <p>An acronym is the initials of a run of at least three capitalised words (small linking words
 * such as "for" and "of" may sit between them; a hyphenated word gives one initial per part). A
 * question's word counts as one when written in capitals, or when it is no English word and not a
 * word of the articles ("maga").
 */
final class Acronyms {
  private static final int SHORTEST = 3;
  private static final int LONGEST = 8;

  /** A run of capitalised words, with linking words between them. */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|for|and|the|on|de)\\s+)*\\p{Lu}[\\p{L}-]*)+");

  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}-])\\p{Lu}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private final List<Article> articles;
  private final WordRarity rarity;

  /** What the articles name, worked out when a question first has a word that may be an acronym. */
  private volatile Named named;

  /**
   * @param names acronym in upper case -> the names it stands for
   * @param articleWords every word of the articles, lower case
   */
  private record Named(Map<String, Set<String>> names, Set<String> articleWords) {}

  private Acronyms(List<Article> articles, WordRarity rarity) {
    this.articles = articles;
    this.rarity = rarity;
  }

  static Acronyms of(List<Article> articles, WordRarity rarity) {
    return new Acronyms(List.copyOf(articles), rarity);
  }

  private Named named() {
    Named n = named;
    if (n == null) named = n = find(articles);
    return n;
  }

  private static Named find(List<Article> articles) {
    Map<String, Set<String>> names = new HashMap<>();
    Set<String> words = new java.util.HashSet<>();
    for (Article a : articles) {
      List<String> texts = new ArrayList<>(List.of(a.title(), a.dek()));
      for (Paragraph p : a.paragraphs()) texts.add(p.text());
      for (String text : texts) {
        Matcher w = WORD.matcher(text);
        while (w.find()) words.add(w.group().toLowerCase(Locale.ROOT));
        Matcher m = NAME.matcher(text);
        while (m.find()) {
          // Every tail that starts with a capital: a sentence's first word may have joined the run
          // ("Officials of the World Trade Organization").
          Matcher word = CAPITALISED.matcher(m.group());
          while (word.find()) {
            String name = m.group().substring(word.start());
            String acronym = initials(name);
            if (acronym.length() >= SHORTEST && acronym.length() <= LONGEST) {
              names.computeIfAbsent(acronym, k -> new LinkedHashSet<>()).add(name);
            }
          }
        }
      }
    }
    return new Named(Map.copyOf(names), Set.copyOf(words));
  }

  /** The capitalised words' first letters, one per part of a hyphenated word, in upper case. */
  private static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("\\s+")) {
      for (String part : word.split("-")) {
        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) out.append(part.charAt(0));
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * {@code question} with its acronyms spelled out as the articles name them: "what is Make America
   * Great Again" for "what is MAGA". Unchanged when it uses none.
   */
  String spelledOut(String question) {
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(question);
    int last = 0;
    while (m.find()) {
      String word = m.group();
      if (!readsAsAcronym(word)) continue;
      Set<String> spelled = named().names().get(word.toUpperCase(Locale.ROOT));
      if (spelled == null) continue;
      out.append(question, last, m.start()).append(String.join(" or ", spelled));
      last = m.end();
    }
    return last == 0 ? question : out.append(question.substring(last)).toString();
  }

  private boolean readsAsAcronym(String word) {
    if (word.length() < SHORTEST || word.length() > LONGEST) return false;
    if (word.equals(word.toUpperCase(Locale.ROOT))) return true;
    String lower = word.toLowerCase(Locale.ROOT);
    return word.equals(lower) && rarity.isUnknown(lower) && !named().articleWords().contains(lower);
  }
}
