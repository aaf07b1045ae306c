package dev.articlebot.knowledge.library;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which article a question names, when it names one: by what it is about ("in the article
 * about the summit, who spoke first?", "who spoke first in the story on the summit?"), by its
 * headline in quotation marks ("in “Rail fares to rise”, …"), or by its place in the list the bot
 * shows, newest first ("what does the second article say about fares?", "in the latest article,
 * …"). The question is then asked of that article with the reference taken out ("who spoke first?")
 * or read as "the article" ("what does the article say about fares?").
 */
final class ArticleReference {
  private static final String ARTICLE = "(?:article|story|piece|report|news item)";
  private static final String ABOUT =
      "(?:about|on|regarding|called|titled|entitled|headlined|named|covering|that covers)";
  private static final String IN = "(?:in|from|according to|per|within)";
  private static final String THE = "(?:the|that|this)";

  /** "In the article about the summit, who spoke first?" */
  private static final Pattern LEADING_TOPIC =
      Pattern.compile(
          "^\\s*"
              + IN
              + "\\s+"
              + THE
              + "\\s+"
              + ARTICLE
              + "\\s+"
              + ABOUT
              + "\\s+(.+?)\\s*[,:;]\\s*(.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** "Who spoke first in the article about the summit?" */
  private static final Pattern TRAILING_TOPIC =
      Pattern.compile(
          "^(.+?)[\\s,]+"
              + IN
              + "\\s+"
              + THE
              + "\\s+"
              + ARTICLE
              + "\\s+"
              + ABOUT
              + "\\s+(.+?)\\s*([?.!]*)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** "Who wrote the article about the town library?", "what does the story on X say about Y?" */
  private static final Pattern INNER_TOPIC =
      Pattern.compile(
          "\\b"
              + THE
              + "\\s+"
              + ARTICLE
              + "\\s+"
              + ABOUT
              + "\\s+(.+?)(?=\\s+(?:say|says|said|mention|mentions|mentioned|tell|tells|report"
              + "|reports|claim|claims|write|writes|have|has|do|does|is|was|argue|argues)\\b"
              + "|\\s*[,;:?.!]|\\s*$)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** "In “Rail fares to rise”, …", "in 'Rail fares to rise': …". */
  private static final Pattern LEADING_TITLE =
      Pattern.compile(
          "^\\s*"
              + IN
              + "\\s+(?:"
              + THE
              + "\\s+"
              + ARTICLE
              + "\\s+)?[“\"‘']([^”\"’']{3,})[”\"’']\\s*[,:;]?\\s*(.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** "the second article", "the latest story", "article 3", "the 2nd piece". */
  private static final Pattern ORDINAL =
      Pattern.compile(
          "\\b(?:(?:the|that)\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|\\d{1,3}(?:st|nd|rd|th)|latest|newest|last|most recent|oldest)\\s+"
              + ARTICLE
              + "|"
              + ARTICLE
              + "\\s+(?:no\\.?\\s*|number\\s+|#)?(\\d{1,3}))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("latest", 1),
          Map.entry("newest", 1),
          Map.entry("last", 1),
          Map.entry("most recent", 1));

  /** What a question refers to, and the question to ask of it. */
  record Resolved(LibraryEntry entry, String question) {}

  private ArticleReference() {}

  /**
   * The article {@code question} names among {@code newestFirst}, and the question to ask it;
   * {@code byTopic} finds the article a phrase describes.
   */
  static Optional<Resolved> resolve(
      String question,
      List<LibraryEntry> newestFirst,
      Function<String, Optional<LibraryEntry>> byTopic) {
    if (newestFirst.isEmpty()) return Optional.empty();
    Matcher m = LEADING_TITLE.matcher(question);
    if (m.matches()) {
      String title = m.group(1);
      Optional<LibraryEntry> e = byTitle(title, newestFirst).or(() -> byTopic.apply(title));
      if (e.isPresent()) return Optional.of(new Resolved(e.get(), m.group(2).strip()));
    }
    m = LEADING_TOPIC.matcher(question);
    if (m.matches()) {
      String topic = m.group(1);
      String rest = m.group(2).strip();
      Optional<LibraryEntry> e = byTitle(topic, newestFirst).or(() -> byTopic.apply(topic));
      if (e.isPresent()) return Optional.of(new Resolved(e.get(), rest));
    }
    m = TRAILING_TOPIC.matcher(question);
    if (m.matches()) {
      String rest = m.group(1).strip() + (m.group(3).isEmpty() ? "?" : m.group(3));
      String topic = m.group(2);
      Optional<LibraryEntry> e = byTitle(topic, newestFirst).or(() -> byTopic.apply(topic));
      if (e.isPresent()) return Optional.of(new Resolved(e.get(), rest));
    }
    m = INNER_TOPIC.matcher(question);
    if (m.find()) {
      String topic = m.group(1);
      Optional<LibraryEntry> e = byTitle(topic, newestFirst).or(() -> byTopic.apply(topic));
      if (e.isPresent()) {
        String rest =
            question.substring(0, m.start()) + "the article" + question.substring(m.end());
        return Optional.of(new Resolved(e.get(), rest.strip()));
      }
    }
    m = ORDINAL.matcher(question);
    if (m.find()) {
      Optional<LibraryEntry> e = byPlace(m, newestFirst);
      if (e.isPresent()) {
        String rest =
            (question.substring(0, m.start()) + "the article" + question.substring(m.end()));
        rest = rest.replaceFirst("(?i)^\\s*" + IN + "\\s+the article\\s*[,:;]?\\s*", "");
        return Optional.of(new Resolved(e.get(), rest.strip()));
      }
    }
    return Optional.empty();
  }

  private static Optional<LibraryEntry> byPlace(Matcher m, List<LibraryEntry> newestFirst) {
    String word = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : null;
    int place;
    if (word == null) {
      place = Integer.parseInt(m.group(2));
    } else if (word.equals("oldest")) {
      place = newestFirst.size();
    } else if (ORDINALS.containsKey(word)) {
      place = ORDINALS.get(word);
    } else {
      place = Integer.parseInt(word.replaceAll("\\D", ""));
    }
    return place >= 1 && place <= newestFirst.size()
        ? Optional.of(newestFirst.get(place - 1))
        : Optional.empty();
  }

  /** The article whose headline is {@code text}, ignoring case, quotes and punctuation. */
  private static Optional<LibraryEntry> byTitle(String text, List<LibraryEntry> entries) {
    String wanted = plain(text);
    if (wanted.isEmpty()) return Optional.empty();
    for (LibraryEntry e : entries) if (plain(e.title()).equals(wanted)) return Optional.of(e);
    for (LibraryEntry e : entries) if (plain(e.id()).equals(wanted)) return Optional.of(e);
    return Optional.empty();
  }

  private static String plain(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
