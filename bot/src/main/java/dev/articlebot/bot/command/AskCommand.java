package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import java.util.Optional;

/** ask &lt;question&gt;: an answer from the article, with the passages it stands on. */
public final class AskCommand implements BotCommand {
  private final KnowledgeBase knowledge;
  private final AnswerReplies replies;

  /** {@code example} is offered when the question is empty. */
  public AskCommand(KnowledgeBase knowledge, int maxQuestionChars, Optional<String> example) {
    this.knowledge = knowledge;
    this.replies = new AnswerReplies(maxQuestionChars, example);
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
    return replies.of(knowledge.answer(argument), Surface.of(caller));
  }
}
