package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/** Runs the extractor and the quote book on gold articles and scores them ({@link QuoteScore}). */
final class QuoteScoring {

  private QuoteScoring() {}

  /** A news story of the corpus's gold format, built from its gold paragraphs. */
  static QuoteScore score(NewsGold gold) {
    return score(gold, gold.article(), QuoteScore::overlaps);
  }

  /**
   * A news story of the corpus's gold format, its page read by the page reader: a found quote
   * matches a gold one when its paragraph holds the gold paragraph's text or part of it ({@link
   * ParagraphAlignment}) and their texts match by {@link QuoteScore}'s rule.
   */
  static QuoteScore scorePage(NewsGold gold) {
    Article page = gold.page();
    ParagraphAlignment alignment = ParagraphAlignment.of(gold.paragraphs(), page);
    return score(
        gold,
        page,
        (g, q) -> alignment.maps(g.paragraph(), q.paragraph()) && QuoteScore.sameText(g, q));
  }

  private static QuoteScore score(
      NewsGold gold, Article article, BiPredicate<NewsGold.GoldQuote, Quote> sameText) {
    ArticleQuotes result = new QuoteExtractor().extract(article);
    QuoteBook book = QuoteBook.of(List.of(article));
    List<String> lookupProblems = new ArrayList<>();
    for (NewsGold.Lookup l : gold.lookups()) {
      QuoteLookup answer = book.lookup(l.query());
      String got = "not found";
      if (answer instanceof QuoteLookup.Found f) got = f.speaker().name();
      if (answer instanceof QuoteLookup.Ambiguous a) {
        got = "ambiguous " + a.candidates().stream().map(Speaker::name).toList();
      }
      if (!sameSpeaker(gold, l.speaker(), got)) {
        lookupProblems.add("lookup \"" + l.query() + "\" gave " + got + ", gold " + l.speaker());
      }
    }
    return QuoteScore.of(
        gold.id(),
        gold.quotes(),
        result.quotes(),
        sameText,
        (g, f) -> sameSpeaker(gold, g, f),
        gold.lookups().size(),
        lookupProblems,
        notPeopleListed(gold, book.everyone()));
  }

  /** One of the hand-written fixtures ({@link TestArticles}): gold quotes by their first words. */
  static QuoteScore score(String fixture) {
    List<NewsGold.GoldQuote> gold = new ArrayList<>();
    for (TestArticles.Gold g : TestArticles.gold(fixture)) {
      gold.add(new NewsGold.GoldQuote(g.paragraph(), g.speaker(), g.kind(), g.start()));
    }
    List<Quote> found = new QuoteExtractor().extract(TestArticles.article(fixture)).quotes();
    return QuoteScore.of(
        fixture,
        gold,
        found,
        (g, q) ->
            TestArticles.sameQuote(
                new TestArticles.Gold(g.paragraph(), g.speaker(), g.kind(), g.text()), q),
        String::equals,
        0,
        List.of(),
        List.of());
  }

  /**
   * The found speaker is the gold one: the same full name, or another name that the gold gives that
   * person and no other ("Okafor" when only one Okafor is in the story).
   */
  static boolean sameSpeaker(NewsGold gold, String goldName, String found) {
    if (goldName.equalsIgnoreCase(found)) return true;
    NewsGold.Person p = gold.person(goldName);
    if (p == null) return false;
    boolean alias = p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(found));
    boolean shared =
        gold.people().stream()
            .filter(o -> o != p)
            .anyMatch(
                o ->
                    o.name().equalsIgnoreCase(found)
                        || o.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(found)));
    return alias && !shared;
  }

  /**
   * Gold not-people listed as people: a listed name that is the not-person's name, or a whole-word
   * part of it ("Coastal Lines" of "Meridian Coastal Lines"), or contains it ("Beijing Said").
   */
  static List<String> notPeopleListed(NewsGold gold, List<Speaker> listed) {
    List<String> out = new ArrayList<>();
    for (Speaker s : listed) {
      // a person of the gold is one, whatever organisation is named after them
      if (gold.person(s.name()) != null) continue;
      String name = " " + words(s.name()) + " ";
      for (String n : gold.notPeople()) {
        String np = " " + words(n).replaceFirst("^the ", "") + " ";
        if (np.isBlank()) continue;
        if (np.contains(name) || name.contains(np)) out.add(s.name() + " (" + n + ")");
      }
    }
    return out;
  }

  private static String words(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** A table row per article, then the average over articles. */
  static String table(List<QuoteScore> scores) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-30s %6s %6s %5s %5s %5s %7s %s%n",
            "article", "recall", "prec", "wrong", "spur", "gold", "lookups", "not-people listed"));
    double r = 0;
    double p = 0;
    double l = 0;
    int wrong = 0;
    int spurious = 0;
    int lookups = 0;
    for (QuoteScore s : scores) {
      out.append(
          String.format(
              "%-30s %6.3f %6.3f %5d %5d %5d %7s %s%n",
              s.article(),
              s.recall(),
              s.precision(),
              s.wrong(),
              s.spurious(),
              s.gold(),
              s.lookups() == 0 ? "-" : s.lookupsRight() + "/" + s.lookups(),
              s.notPeopleListed().isEmpty() ? "" : s.notPeopleListed()));
      r += s.recall();
      p += s.precision();
      wrong += s.wrong();
      spurious += s.spurious();
      if (s.lookups() > 0) {
        l += s.lookupAccuracy();
        lookups++;
      }
    }
    int n = Math.max(1, scores.size());
    out.append(
        String.format(
            "%-30s %6.3f %6.3f %5d %5d %5s %7s%n",
            "average over " + scores.size(),
            r / n,
            p / n,
            wrong,
            spurious,
            "",
            lookups == 0 ? "-" : String.format("%.3f", l / lookups)));
    return out.toString();
  }
}
