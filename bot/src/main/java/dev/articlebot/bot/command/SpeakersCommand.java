package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** speakers: everyone quoted, with their role and how often they are quoted. */
public final class SpeakersCommand implements BotCommand {
  private final KnowledgeBase knowledge;

  public SpeakersCommand(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public String name() {
    return "speakers";
  }

  @Override
  public String description() {
    return "Everyone quoted in the article, with their role.";
  }

  @Override
  public Optional<Option> option() {
    return Optional.empty();
  }

  @Override
  public Reply run(String argument, Caller caller) {
    List<Speaker> speakers = knowledge.quotes().speakers();
    if (speakers.isEmpty()) return Reply.notice(Messages.noQuotesInArticle());
    List<Part.Bullet> bullets = new ArrayList<>();
    for (Speaker s : speakers) {
      List<Quote> quotes = knowledge.quotes().quotesBy(s);
      long direct = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count();
      long paraphrased = quotes.size() - direct;
      bullets.add(
          new Part.Bullet(Messages.speakerLine(s.name(), s.role(), direct, paraphrased), null));
    }
    return Reply.of(new Part.Heading(Messages.speakersHeading()), new Part.Bullets(bullets));
  }
}
