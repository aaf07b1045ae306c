package dev.articlebot.bot.command;

import dev.articlebot.bot.conversation.Conversations;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** quote &lt;speaker&gt;: a person's own words, verbatim, with paragraph and how it was said. */
public final class QuoteCommand implements BotCommand {
  private final ArticleShelf knowledge;

  private final Optional<String> exampleName;
  private final Conversations conversations;

  /** {@code exampleName}, someone the articles quote, is offered when no name is given. */
  public QuoteCommand(ArticleShelf knowledge, Optional<String> exampleName) {
    this(knowledge, exampleName, Conversations.OFF);
  }

  /**
   * As above; a person quoted in a thread becomes who the thread is about ("why does he think
   * so?"), kept in {@code conversations}.
   */
  public QuoteCommand(
      ArticleShelf knowledge, Optional<String> exampleName, Conversations conversations) {
    this.knowledge = knowledge;
    this.exampleName = exampleName;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "quote";
  }

  @Override
  public String description() {
    return "What a person in the article said, in their own words (name, surname, alias or role).";
  }

  @Override
  public Optional<Option> option() {
    return Optional.of(new Option("speaker", "Who: a name, surname or role", true, true));
  }

  @Override
  public Reply run(String argument, Caller caller) {
    if (argument == null || argument.isBlank()) {
      return Reply.notice(Messages.emptySpeaker(Surface.of(caller), exampleName));
    }
    QuoteLookup result = knowledge.lookupQuotes(argument);
    if (result instanceof QuoteLookup.Found found) {
      conversations.after(caller, knowledge.quotedTurn(argument, found.speaker(), found.quotes()));
      return found(found);
    }
    if (result instanceof QuoteLookup.Ambiguous ambiguous) {
      return Reply.notice(Messages.ambiguous(ambiguous.query(), names(ambiguous.candidates())));
    }
    QuoteLookup.NotFound notFound = (QuoteLookup.NotFound) result;
    List<Part> parts = new ArrayList<>();
    Optional<Speaker> named = knowledge.quotes().namedButNotQuoted(argument);
    if (named.isPresent()) {
      Speaker person = named.get();
      parts.add(
          new Part.Notice(
              Messages.namedButNotQuoted(
                  person.name(), person.role(), person.paragraphs(), names(notFound.quoted()))));
    } else if (notFound.quoted().isEmpty()) {
      parts.add(new Part.Notice(Messages.noQuotesInArticle()));
    } else {
      parts.add(new Part.Notice(Messages.nobodyQuoted(notFound.query(), names(notFound.quoted()))));
    }
    if (!notFound.suggestions().isEmpty()) {
      parts.add(new Part.Notice(Messages.didYouMean(notFound.suggestions())));
    }
    return new Reply(parts, false, Reply.Outcome.REFUSED);
  }

  private Reply found(QuoteLookup.Found found) {
    Speaker s = found.speaker();
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Heading(s.role().isEmpty() ? s.name() : s.name() + ", " + s.role()));
    if (found.corrected())
      parts.add(new Part.Notice(Messages.correctedSpeaker(found.correctedFrom(), s.name())));
    String title = "";
    for (Quote q : found.quotes()) {
      var article = knowledge.article(q.articleId()).orElseThrow();
      title = article.displayTitle();
      String section = article.paragraph(q.paragraph()).map(p -> p.section()).orElse("");
      parts.add(
          new Part.Quotation(
              s.name(),
              q.text(),
              new Part.Source(q.articleId(), title, q.paragraph(), section),
              q.context(),
              q.kind() == QuoteKind.PARAPHRASE));
    }
    if (!title.isEmpty()) parts.add(new Part.Footer(Messages.from(title)));
    return new Reply(parts, false, Reply.Outcome.ANSWERED);
  }

  private static List<String> names(List<Speaker> speakers) {
    return speakers.stream().map(Speaker::name).toList();
  }
}
