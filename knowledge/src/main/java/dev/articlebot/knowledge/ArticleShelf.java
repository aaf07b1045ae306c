package dev.articlebot.knowledge;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.conversation.Turn;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import dev.articlebot.knowledge.summary.Summary;
import java.util.List;
import java.util.Optional;

/**
 * What the commands beyond asking read of the articles: the articles themselves, what their people
 * said, and their summaries. A {@link KnowledgeBase} over a fixed list of articles is one; the
 * on-disk {@link dev.articlebot.knowledge.library.Library}, whose articles change while it runs, is
 * another (it reads an article in full only when asked for it).
 */
public interface ArticleShelf {
  /** How many articles there are now. */
  int articleCount();

  /** At most {@code max} articles, the most recently added first (a fixed list: as loaded). */
  List<Article> recentArticles(int max);

  /** The article with this id. */
  Optional<Article> article(String id);

  /** What everyone in the articles said. */
  QuoteBook quotes();

  /** What {@code who} said, reading a name the articles spell out as well as the name itself. */
  QuoteLookup lookupQuotes(String who);

  /** The summary of the article with this id. */
  Optional<Summary> summary(String id);

  /** The turn a quote lookup leaves: the conversation is now about {@code speaker}. */
  default Turn quotedTurn(String asked, Speaker speaker, List<Quote> shown) {
    String article = shown.isEmpty() ? "" : shown.get(0).articleId();
    List<Integer> paragraphs =
        shown.stream()
            .filter(q -> q.articleId().equals(article))
            .map(Quote::paragraph)
            .distinct()
            .toList();
    return new Turn(
        "What did " + speaker.name() + " say?",
        article,
        List.of(speaker.name()),
        "",
        paragraphs,
        !shown.isEmpty());
  }
}
