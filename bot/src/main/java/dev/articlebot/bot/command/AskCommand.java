package dev.articlebot.bot.command;

import dev.articlebot.bot.conversation.Conversations;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.conversation.Exchange;
import dev.articlebot.knowledge.conversation.Reading;
import dev.articlebot.knowledge.phrase.Phraser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ask &lt;question&gt;: an answer from the article, with the passages it stands on. */
public final class AskCommand implements BotCommand {
  private final KnowledgeBase knowledge;
  private final Phraser phraser;
  private final AnswerReplies replies;
  private final Conversations conversations;
  private final Ratings ratings;

  /** {@code example} is offered when the question is empty. Every question stands alone. */
  public AskCommand(KnowledgeBase knowledge, int maxQuestionChars, Optional<String> example) {
    this(knowledge, Phraser.off(), maxQuestionChars, example, Conversations.OFF, Ratings.OFF);
  }

  /**
   * {@code example} is offered when the question is empty; {@code phraser} words the pipeline's
   * answers ({@link Phraser#off()}: the article's); a question in a thread is read with the
   * thread's earlier turns, kept in {@code conversations}; each answer and refusal carries the 👍 /
   * 👎 controls {@code ratings} gives it.
   */
  public AskCommand(
      KnowledgeBase knowledge,
      Phraser phraser,
      int maxQuestionChars,
      Optional<String> example,
      Conversations conversations,
      Ratings ratings) {
    this.knowledge = knowledge;
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
    return "Ask a question about the article; the answer cites its paragraphs.";
  }

  @Override
  public Optional<Option> option() {
    return Optional.of(new Option("question", "Your question about the article", true, false));
  }

  /** What a follow-up was read as: the completed question, or "more on" the question continued. */
  private static String readAs(Reading r) {
    return r.kind() == Reading.Kind.MORE ? "more on “" + r.question() + "”" : r.question();
  }

  @Override
  public Reply run(String argument, Caller caller) {
    if (argument == null || argument.isBlank()) {
      return replies.of(knowledge.answer(argument == null ? "" : argument), Surface.of(caller));
    }
    List<dev.articlebot.knowledge.conversation.Turn> earlier = conversations.before(caller);
    Exchange exchange = knowledge.answerInConversation(earlier, argument);
    conversations.after(caller, exchange.turn());
    // The model is told what the reader asked before, never what the bot answered.
    List<dev.articlebot.knowledge.phrase.Turn> asked =
        earlier.stream()
            .map(
                t ->
                    new dev.articlebot.knowledge.phrase.Turn(
                        dev.articlebot.knowledge.phrase.Turn.Speaker.READER, t.question()))
            .toList();
    Answer answer = phraser.phrase(exchange.answer(), asked);
    Reply reply = replies.of(answer, Surface.of(caller));
    if (exchange.reading().completed()) {
      List<Part> parts = new ArrayList<>();
      parts.add(new Part.ReadAs(readAs(exchange.reading())));
      parts.addAll(reply.parts());
      reply = new Reply(parts, reply.ephemeral(), reply.outcome());
    }
    if (reply.outcome() == Reply.Outcome.INFO) return reply;
    return ratings.register(caller, answer).map(reply::withAnswerId).orElse(reply);
  }
}
