package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which paragraphs of a page, as the reader read it, hold which gold paragraphs: page paragraph j
 * holds gold paragraph i when, normalised (lower case, quotation marks dropped, white space
 * collapsed), one contains the other, or when at least 80 % of the words of one of them (of five
 * words or more) are words of the other. A gold paragraph the reader split maps to each piece; two
 * the reader glued map to the same page paragraph; one the reader lost maps to none.
 */
final class ParagraphAlignment {

  private final Map<Integer, Set<Integer>> pageOf = new HashMap<>();

  private ParagraphAlignment() {}

  static ParagraphAlignment of(List<String> gold, Article page) {
    ParagraphAlignment out = new ParagraphAlignment();
    List<String> pageTexts = new ArrayList<>();
    for (Paragraph p : page.paragraphs()) pageTexts.add(normalize(p.text()));
    for (int i = 0; i < gold.size(); i++) {
      String g = normalize(gold.get(i));
      Set<Integer> pages = new HashSet<>();
      for (int j = 0; j < pageTexts.size(); j++) {
        if (holds(g, pageTexts.get(j))) pages.add(page.paragraphs().get(j).number());
      }
      out.pageOf.put(i + 1, pages);
    }
    return out;
  }

  /** Whether page paragraph {@code pageNumber} holds gold paragraph {@code goldNumber}. */
  boolean maps(int goldNumber, int pageNumber) {
    return pageOf.getOrDefault(goldNumber, Set.of()).contains(pageNumber);
  }

  private static boolean holds(String gold, String page) {
    if (gold.isEmpty() || page.isEmpty()) return false;
    if (gold.contains(page) || page.contains(gold)) return true;
    List<String> g = words(gold);
    List<String> p = words(page);
    int shared = shared(g, p);
    return (g.size() >= 5 && shared >= 0.8 * g.size())
        || (p.size() >= 5 && shared >= 0.8 * p.size());
  }

  private static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[“”\"‘’'„«»]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String t : s.split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  /** Words of {@code b} found in {@code a}, each word of {@code a} used once. */
  private static int shared(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : a) counts.merge(t, 1, Integer::sum);
    int n = 0;
    for (String t : b) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        n++;
        counts.put(t, c - 1);
      }
    }
    return n;
  }
}
