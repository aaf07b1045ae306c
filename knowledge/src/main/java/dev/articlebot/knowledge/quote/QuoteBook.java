package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.article.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the articles' people said, and lookup by name, alias, title or role. Built once;
 * immutable and safe to share between threads.
 */
public final class QuoteBook {

  /**
   * The people one article quotes.
   *
   * @param articleId the article
   * @param speakers everyone it quotes or paraphrases, in order of first mention, with that
   *     article's paragraphs; never a place or an organisation
   */
  public record ArticleSpeakers(String articleId, List<Speaker> speakers) {
    public ArticleSpeakers {
      if (articleId == null || articleId.isBlank()) {
        throw new IllegalArgumentException("articleId must not be blank");
      }
      speakers = List.copyOf(speakers);
    }
  }

  private final List<Quote> quotes;
  private final List<Speaker> speakers;
  private final List<ArticleSpeakers> speakersByArticle;
  private final List<Speaker> unquotedPeople;

  // Worked out at the first look-up: a library reads many articles to answer about them, and most
  // are never asked about a person.
  private volatile SpeakerIndex index;
  private volatile SpeakerIndex unquoted;

  private QuoteBook(
      List<Quote> quotes,
      List<Speaker> speakers,
      List<ArticleSpeakers> speakersByArticle,
      List<Speaker> unquoted) {
    this.unquotedPeople = List.copyOf(unquoted);
    this.quotes = List.copyOf(quotes);
    this.speakers = List.copyOf(speakers);
    this.speakersByArticle = List.copyOf(speakersByArticle);
  }

  private SpeakerIndex speakerIndex() {
    SpeakerIndex i = index;
    if (i == null) index = i = new SpeakerIndex(speakers);
    return i;
  }

  private SpeakerIndex unquotedIndex() {
    SpeakerIndex i = unquoted;
    if (i == null) unquoted = i = new SpeakerIndex(unquotedPeople);
    return i;
  }

  public static QuoteBook of(List<Article> articles) {
    return of(articles, new QuoteExtractor());
  }

  /**
   * The quotes of all {@code articles}. A person quoted in several articles under the same full
   * name is one speaker.
   */
  public static QuoteBook of(List<Article> articles, QuoteExtractor extractor) {
    List<ArticleQuotes> extracted = new ArrayList<>();
    for (Article article : articles) extracted.add(extractor.extract(article));
    return ofExtracted(extracted);
  }

  /**
   * The quote book of articles whose quotes were extracted before (and kept, as the library keeps
   * them beside each article), in the order given; the same book {@link #of} builds from the
   * articles.
   */
  public static QuoteBook ofExtracted(List<ArticleQuotes> extracted) {
    List<Quote> quotes = new ArrayList<>();
    Map<String, List<Speaker>> byName = new LinkedHashMap<>();
    List<ArticleSpeakers> byArticle = new ArrayList<>();
    Map<String, Speaker> unquoted = new LinkedHashMap<>();
    for (ArticleQuotes found : extracted) {
      for (Speaker s : found.unquoted()) unquoted.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s);
      quotes.addAll(found.quotes());
      byArticle.add(new ArticleSpeakers(found.articleId(), found.speakers()));
      for (Speaker s : found.speakers()) {
        byName.computeIfAbsent(s.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
      }
    }
    List<Speaker> speakers = new ArrayList<>();
    for (List<Speaker> same : byName.values()) speakers.add(merge(same));
    unquoted.keySet().removeAll(byName.keySet());
    return new QuoteBook(quotes, speakers, byArticle, List.copyOf(unquoted.values()));
  }

  /** Everyone quoted directly or paraphrased, in order of first appearance. */
  public List<Speaker> speakers() {
    return speakers;
  }

  /** The people quoted in one article, with that article's paragraph numbers. */
  public List<Speaker> speakersIn(String articleId) {
    for (ArticleSpeakers a : speakersByArticle) {
      if (a.articleId().equals(articleId)) return a.speakers();
    }
    return List.of();
  }

  /**
   * The people quoted, article by article in the order the articles were given, each article's
   * speakers in order of first mention; an article that quotes nobody has an empty list.
   */
  public List<ArticleSpeakers> speakersByArticle() {
    return speakersByArticle;
  }

  /** What {@code speaker} said in one article, in reading order. */
  public List<Quote> quotesBy(Speaker speaker, String articleId) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotesBy(speaker)) {
      if (q.articleId().equals(articleId)) out.add(q);
    }
    return out;
  }

  /** All quotes, article by article in reading order. */
  public List<Quote> all() {
    return quotes;
  }

  /** What {@code speaker} said, in reading order. */
  public List<Quote> quotesBy(Speaker speaker) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.speakerName().equalsIgnoreCase(speaker.name())) out.add(q);
    }
    return out;
  }

  /**
   * Who the reader means and what they said. Accepts names, parts of names, aliases, titles and
   * roles, any case, wrapped in a question ("What did Ana Lim say?", "quote Ivo Grant"). A near
   * miss ("Ana Lin") that is close to exactly one speaker is found and flagged as {@link
   * QuoteLookup.Found#corrected()}; a query that fits several speakers equally ("Lim" for Ana Lim
   * and Jo Lim, two people who share a surname; "Harlow professor") is {@link
   * QuoteLookup.Ambiguous}, never a guess; anything else is {@link QuoteLookup.NotFound} with close
   * names, if any, and the list of everyone quoted. Never throws for odd input.
   */
  public QuoteLookup lookup(String query) {
    LookupQuery q = LookupQuery.of(query);
    SpeakerIndex.Match match = speakerIndex().find(q);
    if (match.speakers().size() == 1) {
      Speaker s = match.speakers().get(0);
      return new QuoteLookup.Found(s, directFirst(quotesBy(s)), match.corrected() ? q.typed() : "");
    }
    if (match.speakers().size() > 1) return new QuoteLookup.Ambiguous(q.typed(), match.speakers());
    return new QuoteLookup.NotFound(q.typed(), match.suggestions(), speakers);
  }

  /**
   * {@link #lookup}, and when that finds nobody, the speaker whose description is closest in
   * meaning to the query ({@link ClosestDescription}), found as a near miss.
   */
  public QuoteLookup lookup(String query, ClosestDescription meaning) {
    QuoteLookup asked = lookup(query);
    return asked instanceof QuoteLookup.NotFound
        ? closestInMeaning(query, meaning).orElse(asked)
        : asked;
  }

  /**
   * The speaker {@code query} describes in words of its own, found as a near miss ({@link
   * QuoteLookup.Found#corrected()}), or empty.
   */
  public java.util.Optional<QuoteLookup> closestInMeaning(
      String query, ClosestDescription meaning) {
    LookupQuery q = LookupQuery.of(query);
    return meaning
        .closest(q.subject(), speakers)
        .map(s -> new QuoteLookup.Found(s, directFirst(quotesBy(s)), q.typed()));
  }

  /** Everyone the articles name but never quote or paraphrase. */
  public List<Speaker> unquoted() {
    return unquotedPeople;
  }

  /** Everyone the articles name: those they quote, then those they only name. */
  public List<Speaker> everyone() {
    List<Speaker> all = new java.util.ArrayList<>(speakers());
    all.addAll(unquotedPeople);
    return all;
  }

  /**
   * The one person the articles name but never quote or paraphrase whom {@code query} means
   * ("Bergsten" when the article only says he coined a term), or empty.
   */
  public java.util.Optional<Speaker> namedButNotQuoted(String query) {
    SpeakerIndex.Match match = unquotedIndex().find(LookupQuery.of(query));
    return match.speakers().size() == 1 && !match.corrected()
        ? java.util.Optional.of(match.speakers().get(0))
        : java.util.Optional.empty();
  }

  /** Up to {@code max} (at most 25) names and aliases for autocomplete. */
  public List<String> suggest(String prefix, int max) {
    return speakerIndex().suggest(prefix, max);
  }

  private static List<Quote> directFirst(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes);
    out.sort(Comparator.comparing(q -> q.kind() == QuoteKind.DIRECT ? 0 : 1));
    return out;
  }

  private static Speaker merge(List<Speaker> same) {
    if (same.size() == 1) return same.get(0);
    Set<String> aliases = new LinkedHashSet<>();
    Set<Integer> paragraphs = new TreeSet<>();
    Set<String> descriptions = new LinkedHashSet<>();
    String role = "";
    for (Speaker s : same) {
      aliases.addAll(s.aliases());
      paragraphs.addAll(s.paragraphs());
      descriptions.addAll(s.descriptions());
      if (role.isEmpty()) role = s.role();
    }
    return new Speaker(
        same.get(0).name(),
        List.copyOf(aliases),
        role,
        List.copyOf(paragraphs),
        List.copyOf(descriptions));
  }
}
