package dev.articlebot.bot.command;

import dev.articlebot.bot.conversation.Conversations;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.conversation.Exchange;
import dev.articlebot.knowledge.conversation.Reading;
import dev.articlebot.knowledge.conversation.Turn;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.LibraryAnswer;
import dev.articlebot.knowledge.library.LibraryEntry;
import dev.articlebot.knowledge.phrase.Phraser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ask &lt;question&gt;: an answer from the articles, with the passages it stands on, naming the
 * article it comes from (and its link when known).
 */
public final class AskCommand implements BotCommand {
  /** When a question asks about "the article" of several, this many are offered. */
  static final int OFFERED = 5;

  /** Answers a message from a caller, read with the earlier turns of its conversation. */
  @FunctionalInterface
  public interface Asker {
    /** {@code text} from {@code caller}, after {@code earlier} (oldest first; empty: none). */
    Library.Conversed ask(List<Turn> earlier, String text, Caller caller);
  }

  private final Asker asker;
  private final Phraser phraser;
  private final AnswerReplies replies;
  private final Conversations conversations;
  private final Ratings ratings;

  /** Answers from {@code knowledge}, a fixed set of articles. Every question stands alone. */
  public AskCommand(KnowledgeBase knowledge, int maxQuestionChars, Optional<String> example) {
    this(knowledge, Phraser.off(), maxQuestionChars, example, Conversations.OFF, Ratings.OFF);
  }

  /** Answers from {@code knowledge}, a fixed set of articles; the rest as below. */
  public AskCommand(
      KnowledgeBase knowledge,
      Phraser phraser,
      int maxQuestionChars,
      Optional<String> example,
      Conversations conversations,
      Ratings ratings) {
    this(
        (earlier, text, caller) -> {
          Exchange x = knowledge.answerInConversation(earlier, text);
          return new Library.Conversed(
              new LibraryAnswer(
                  x.answer(), Optional.empty(), List.of(), knowledge.articleCount(), false),
              x);
        },
        phraser,
        maxQuestionChars,
        example,
        conversations,
        ratings);
  }

  /**
   * Answers through {@code asker} (the library, for the caller's channel); {@code example} is
   * offered when the question is empty; {@code phraser} words the pipeline's answers ({@link
   * Phraser#off()}: the article's); a question in a thread is read with the thread's earlier turns,
   * kept in {@code conversations}; each answer and refusal carries the 👍 / 👎 controls {@code
   * ratings} gives it.
   */
  public AskCommand(
      Asker asker,
      Phraser phraser,
      int maxQuestionChars,
      Optional<String> example,
      Conversations conversations,
      Ratings ratings) {
    this.asker = asker;
    this.phraser = phraser;
    this.replies = new AnswerReplies(maxQuestionChars, example);
    this.conversations = conversations;
    this.ratings = ratings;
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

  /** What a follow-up was read as: the completed question, or "more on" the question continued. */
  private static String readAs(Reading r) {
    return r.kind() == Reading.Kind.MORE ? "more on “" + r.question() + "”" : r.question();
  }

  @Override
  public Reply run(String argument, Caller caller) {
    if (argument == null || argument.isBlank()) {
      LibraryAnswer blank = asker.ask(List.of(), argument == null ? "" : argument, caller).answer();
      return replies.of(blank.answer(), Surface.of(caller));
    }
    List<Turn> earlier = conversations.before(caller);
    Library.Conversed asked = asker.ask(earlier, argument, caller);
    Exchange exchange = asked.exchange();
    conversations.after(caller, exchange.turn());
    LibraryAnswer a = asked.answer();
    if (a.asksWhich()) return which(a);
    // The model is told what the reader asked before, never what the bot answered.
    List<dev.articlebot.knowledge.phrase.Turn> before =
        earlier.stream()
            .map(
                t ->
                    new dev.articlebot.knowledge.phrase.Turn(
                        dev.articlebot.knowledge.phrase.Turn.Speaker.READER, t.question()))
            .toList();
    Answer answer = phraser.phrase(a.answer(), before);
    Reply reply = replies.of(answer, Surface.of(caller));
    Optional<String> link = a.article().map(LibraryEntry::url).filter(u -> !u.isEmpty());
    if (link.isPresent()) {
      List<Part> parts = new ArrayList<>();
      for (Part p : reply.parts()) {
        parts.add(p instanceof Part.Footer f ? new Part.Footer(f.text() + " — " + link.get()) : p);
      }
      reply = new Reply(parts, reply.ephemeral(), reply.outcome());
    }
    if (exchange.reading().completed()) {
      List<Part> parts = new ArrayList<>();
      parts.add(new Part.ReadAs(readAs(exchange.reading())));
      parts.addAll(reply.parts());
      reply = new Reply(parts, reply.ephemeral(), reply.outcome());
    }
    if (reply.outcome() == Reply.Outcome.INFO) return reply;
    return ratings.register(caller, answer).map(reply::withAnswerId).orElse(reply);
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
