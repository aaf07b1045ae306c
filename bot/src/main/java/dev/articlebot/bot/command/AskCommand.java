package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.answer.Answer;
import java.util.Optional;

/** ask &lt;question&gt;: an answer from the article, with the passages it stands on. */
public final class AskCommand implements BotCommand {
  private final KnowledgeBase knowledge;
  private final AnswerReplies replies;
  private final Ratings ratings;

  /** {@code example} is offered when the question is empty. */
  public AskCommand(KnowledgeBase knowledge, int maxQuestionChars, Optional<String> example) {
    this(knowledge, maxQuestionChars, example, Ratings.OFF);
  }

  /** As above; each answer and refusal carries the 👍 / 👎 controls {@code ratings} gives it. */
  public AskCommand(
      KnowledgeBase knowledge, int maxQuestionChars, Optional<String> example, Ratings ratings) {
    this.knowledge = knowledge;
    this.replies = new AnswerReplies(maxQuestionChars, example);
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

  @Override
  public Reply run(String argument, Caller caller) {
    Answer answer = knowledge.answer(argument);
    Reply reply = replies.of(answer, Surface.of(caller));
    if (reply.outcome() == Reply.Outcome.INFO) return reply;
    return ratings.register(caller, answer).map(reply::withAnswerId).orElse(reply);
  }
}
