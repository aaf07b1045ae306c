package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who is Wu Xinbo?", "who's the spokesperson": people the article quotes are introduced where they
 * first appear, with their role. That paragraph answers, through the speaker directory (names,
 * aliases, roles, near misses).
 */
final class PersonFacts {
  private static final Pattern WHO =
      Pattern.compile(
          "^(?:who\\s+(?:is|was)|who's|whos|who’s)\\s+(.+?)(?:\\s+and\\s+.*)?\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  private final QuoteBook quotes;
  private final Map<String, Article> articles;

  PersonFacts(QuoteBook quotes, List<Article> articles) {
    this.quotes = quotes;
    this.articles =
        articles.stream()
            .collect(java.util.stream.Collectors.toMap(Article::id, a -> a, (a, b) -> a));
  }

  /** The paragraph introducing the person asked about, with the sentence that names them. */
  Optional<Citation> introduction(String question) {
    Matcher m = WHO.matcher(question.strip());
    if (!m.matches()) return Optional.empty();
    String who = m.group(1).strip();
    if (who.isEmpty() || who.split("\\s+").length > 6) return Optional.empty();
    if (!(quotes.lookup(who) instanceof QuoteLookup.Found found)) return Optional.empty();
    Speaker speaker = found.speaker();
    for (var q : found.quotes()) {
      Article article = articles.get(q.articleId());
      if (article == null) continue;
      for (Speaker s : quotes.speakersIn(article.id())) {
        if (!s.name().equals(speaker.name()) || s.paragraphs().isEmpty()) continue;
        Paragraph p = article.paragraph(s.paragraphs().get(0)).orElse(null);
        if (p == null) continue;
        return Optional.of(
            new Citation(
                article.id(),
                article.displayTitle(),
                p.number(),
                p.section(),
                p.text(),
                naming(p, s),
                1.0));
      }
    }
    return Optional.empty();
  }

  /** The first sentence of the paragraph that names the person. */
  private static String naming(Paragraph p, Speaker s) {
    String last = s.name().substring(s.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    String first = s.name().split("\\s+")[0].toLowerCase(Locale.ROOT);
    for (Sentence sentence : p.sentences()) {
      String t = sentence.text().toLowerCase(Locale.ROOT);
      if (t.contains(first) || t.contains(last)) return sentence.text();
    }
    return p.sentences().get(0).text();
  }
}
