package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * speakers: everyone quoted, with their role and how often they are quoted. With several articles,
 * one group per article, titled with the article, each counting that article's quotes only.
 */
public final class SpeakersCommand implements BotCommand {
  private final ArticleShelf knowledge;

  public SpeakersCommand(ArticleShelf knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public String name() {
    return "speakers";
  }

  @Override
  public String description() {
    return "Everyone quoted in the articles, with their role.";
  }

  @Override
  public Optional<Option> option() {
    return Optional.empty();
  }

  @Override
  public Reply run(String argument, Caller caller) {
    QuoteBook book = knowledge.quotes();
    List<QuoteBook.ArticleSpeakers> groups = new ArrayList<>();
    for (QuoteBook.ArticleSpeakers g : book.speakersByArticle()) {
      if (!g.speakers().isEmpty()) groups.add(g);
    }
    if (groups.isEmpty()) return Reply.notice(Messages.noQuotesInArticle());
    List<Part> parts = new ArrayList<>();
    if (knowledge.articleCount() == 1) {
      parts.add(new Part.Heading(Messages.speakersHeading()));
      parts.add(bullets(book, groups.get(0)));
    } else {
      parts.add(new Part.Heading(Messages.speakersByArticleHeading()));
      for (QuoteBook.ArticleSpeakers g : groups) {
        String title = knowledge.article(g.articleId()).map(Article::displayTitle).orElse("");
        parts.add(new Part.Heading(title.isEmpty() ? g.articleId() : title));
        parts.add(bullets(book, g));
      }
    }
    return Reply.of(parts.toArray(Part[]::new));
  }

  private static Part.Bullets bullets(QuoteBook book, QuoteBook.ArticleSpeakers group) {
    List<Part.Bullet> bullets = new ArrayList<>();
    for (Speaker s : group.speakers()) {
      List<Quote> quotes = book.quotesBy(s, group.articleId());
      long direct = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count();
      long paraphrased = quotes.size() - direct;
      bullets.add(
          new Part.Bullet(Messages.speakerLine(s.name(), s.role(), direct, paraphrased), null));
    }
    return new Part.Bullets(bullets);
  }
}
