package dev.articlebot.bot.command;

import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.lexicon.NewsLexicon;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Example questions for help and hints, made from the loaded articles rather than written for one:
 * one about what the first article's opening is about (the name from its headline, standfirst or
 * first paragraphs that the article repeats most), and one asking what its most quoted person said.
 *
 * @param topic "What does the article say about Long Beach?", or empty
 * @param speakerName the most quoted person's name, or empty when nobody is quoted
 */
public record ExampleQuestions(Optional<String> topic, Optional<String> speakerName) {

  /** Paragraphs of the opening read for names, besides the headline and standfirst. */
  private static final int OPENING_PARAGRAPHS = 3;

  /**
   * Capitalised words in a row: "Long Beach", "Port of Long Beach" is read as "Port", "Long Beach".
   */
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}’'.&]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'.&]*)*");

  private static final Set<String> NOT_TOPICS = notTopics();

  /** Dates and page furniture: capitalised, but never what an article is about. */
  private static Set<String> notTopics() {
    Set<String> out = new java.util.HashSet<>();
    out.addAll(NewsLexicon.MONTHS);
    out.addAll(NewsLexicon.WEEKDAYS);
    out.addAll(NewsLexicon.MONTH_ABBREVIATIONS);
    out.addAll(List.of("updated", "published", "by", "photo", "image"));
    return Set.copyOf(out);
  }

  public ExampleQuestions {
    topic = topic == null ? Optional.empty() : topic;
    speakerName = speakerName == null ? Optional.empty() : speakerName;
  }

  /** Examples for the articles in {@code kb}. */
  public static ExampleQuestions of(ArticleShelf kb) {
    QuoteBook quotes = kb.quotes();
    Optional<String> speaker =
        quotes.speakers().stream()
            .max(Comparator.comparingInt((Speaker s) -> quotes.quotesBy(s).size()))
            .map(Speaker::name);
    Set<String> people = new LinkedHashSet<>();
    for (Speaker s : quotes.everyone()) {
      for (String name : s.allNames()) {
        for (String part : name.split("\\s+")) people.add(part.toLowerCase(Locale.ROOT));
      }
    }
    Optional<String> topic =
        kb.recentArticles(1).isEmpty()
            ? Optional.empty()
            : topicOf(kb.recentArticles(1).get(0), people);
    return new ExampleQuestions(
        topic.map(t -> "What does the article say about " + t + "?"), speaker);
  }

  /** "What did Wu Xinbo say?", or empty when nobody is quoted. */
  public Optional<String> speakerQuestion() {
    return speakerName.map(n -> "What did " + n + " say?");
  }

  /** The examples, the topic first; empty only for an article without names or quotations. */
  public List<String> all() {
    List<String> out = new ArrayList<>();
    topic.ifPresent(out::add);
    speakerQuestion().ifPresent(out::add);
    return out;
  }

  /**
   * The name from the opening of {@code article} found in the most paragraphs, at least two and at
   * most half of them (a name in nearly every paragraph is the whole article, not one thing in it);
   * never a person's.
   */
  static Optional<String> topicOf(Article article, Set<String> people) {
    StringBuilder opening = new StringBuilder(article.title()).append(".\n").append(article.dek());
    List<Paragraph> paragraphs = article.paragraphs();
    for (int i = 0; i < Math.min(OPENING_PARAGRAPHS, paragraphs.size()); i++) {
      opening.append(".\n").append(paragraphs.get(i).text());
    }
    String best = null;
    long bestCount = 1;
    for (String name : names(opening.toString(), people)) {
      Pattern word =
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
      long count = paragraphs.stream().filter(p -> word.matcher(p.text()).find()).count();
      if (count > bestCount && count * 2 <= paragraphs.size()) {
        best = name;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Names in {@code text}: capitalised runs not opening a sentence, nor people, dates or labels.
   */
  private static Set<String> names(String text, Set<String> people) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String name = m.group().replaceAll("[’'.&]+$", "").replaceAll("’s$|'s$", "").strip();
      if (name.length() < 3 || opensSentence(text, m.start()) && !name.contains(" ")) continue;
      boolean bad = false;
      for (String word : name.split("\\s+")) {
        String w = word.toLowerCase(Locale.ROOT);
        if (people.contains(w) || NOT_TOPICS.contains(w)) bad = true;
      }
      if (!bad) out.add(name);
    }
    return out;
  }

  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) || "“‘\"'(".indexOf(text.charAt(i)) >= 0)) i--;
    return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
  }
}
