package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.library.LibraryAnswer;
import dev.articlebot.knowledge.library.LibraryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * ask &lt;question&gt;: an answer from the articles, with the passages it stands on, naming the
 * article it comes from (and its link when known).
 */
public final class AskCommand implements BotCommand {
  /** When a question asks about "the article" of several, this many are offered. */
  static final int OFFERED = 5;

  private final BiFunction<String, Caller, LibraryAnswer> asker;
  private final AnswerReplies replies;

  /**
   * Answers through {@code asker} (the library, for the caller's channel); {@code example} is
   * offered when the question is empty.
   */
  public AskCommand(
      BiFunction<String, Caller, LibraryAnswer> asker,
      int maxQuestionChars,
      Optional<String> example) {
    this.asker = asker;
    this.replies = new AnswerReplies(maxQuestionChars, example);
  }

  /** Answers from {@code knowledge}, a fixed set of articles. */
  public AskCommand(KnowledgeBase knowledge, int maxQuestionChars, Optional<String> example) {
    this(
        (q, c) -> {
          var a = knowledge.answer(q);
          return new LibraryAnswer(a, Optional.empty(), List.of(), knowledge.articleCount(), false);
        },
        maxQuestionChars,
        example);
  }

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public String description() {
    return "Ask a question about the articles; the answer cites its paragraphs.";
  }

  @Override
  public Optional<Option> option() {
    return Optional.of(new Option("question", "Your question about the articles", true, false));
  }

  @Override
  public Reply run(String argument, Caller caller) {
    LibraryAnswer a = asker.apply(argument, caller);
    if (a.asksWhich()) return which(a);
    Reply reply = replies.of(a.answer(), Surface.of(caller));
    Optional<String> link = a.article().map(LibraryEntry::url).filter(u -> !u.isEmpty());
    if (link.isEmpty()) return reply;
    List<Part> parts = new ArrayList<>();
    for (Part p : reply.parts()) {
      parts.add(p instanceof Part.Footer f ? new Part.Footer(f.text() + " — " + link.get()) : p);
    }
    return new Reply(parts, reply.ephemeral(), reply.outcome());
  }

  /** The question is about "the article" and several are loaded: which one? */
  private static Reply which(LibraryAnswer a) {
    List<Part.Bullet> offered = new ArrayList<>();
    for (LibraryEntry e : a.consulted().subList(0, Math.min(OFFERED, a.consulted().size()))) {
      offered.add(new Part.Bullet(e.title() + " (" + e.id() + ")", null));
    }
    List<Part> parts = new ArrayList<>();
    parts.add(
        new Part.Notice(
            "I know "
                + a.libraryArticles()
                + " articles: which one do you mean? Name it (“in the article about …”), or pin"
                + " this channel to one with article use <id>."));
    if (!offered.isEmpty()) parts.add(new Part.Bullets(offered));
    return new Reply(parts, false, Reply.Outcome.REFUSED);
  }
}
