package dev.articlebot.bot.summary;

import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.command.Surface;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.summary.Summary;
import java.util.ArrayList;
import java.util.List;

/** Turns summaries into one {@link Reply}: per article a heading, bullets and key quotes. */
public final class SummaryReplies {
  private final ArticleShelf knowledge;

  public SummaryReplies(ArticleShelf knowledge) {
    this.knowledge = knowledge;
  }

  /** One reply for {@code summaries}, inviting questions in the way {@code where} allows. */
  public Reply of(List<Summary> summaries, Surface where) {
    List<Part> parts = new ArrayList<>();
    for (Summary s : summaries) {
      Article article = knowledge.article(s.articleId()).orElseThrow();
      parts.add(new Part.Heading(s.title()));
      List<Part.Bullet> bullets = new ArrayList<>();
      for (Summary.Bullet b : s.bullets()) {
        bullets.add(new Part.Bullet(b.text(), source(article, b.paragraph())));
      }
      parts.add(new Part.Bullets(bullets));
      for (Summary.KeyQuote q : s.quotes()) {
        parts.add(
            new Part.Quotation(q.speaker(), q.text(), source(article, q.paragraph()), "", false));
      }
    }
    if (parts.isEmpty()) return Reply.notice(Messages.noNewArticles());
    parts.add(new Part.Footer(Messages.inviteQuestions(where)));
    return new Reply(parts, false);
  }

  private static Part.Source source(Article article, int paragraph) {
    String section = article.paragraph(paragraph).map(p -> p.section()).orElse("");
    return new Part.Source(article.id(), article.displayTitle(), paragraph, section);
  }
}
