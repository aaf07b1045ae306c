package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.phrase.Phraser;
import java.util.List;
import java.util.Optional;

/** ask &lt;question&gt;: an answer from the article, with the passages it stands on. */
public final class AskCommand implements BotCommand {
  private final KnowledgeBase knowledge;
  private final Phraser phraser;
  private final AnswerReplies replies;

  /** {@code example} is offered when the question is empty; answers are worded by the article. */
  public AskCommand(KnowledgeBase knowledge, int maxQuestionChars, Optional<String> example) {
    this(knowledge, Phraser.off(), maxQuestionChars, example);
  }

  /** {@code phraser} words the pipeline's answers ({@link Phraser#off()}: the article's). */
  public AskCommand(
      KnowledgeBase knowledge, Phraser phraser, int maxQuestionChars, Optional<String> example) {
    this.knowledge = knowledge;
    this.phraser = phraser;
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
    // The conversation so far is not known here yet: follow-up questions will pass it.
    return replies.of(phraser.phrase(knowledge.answer(argument), List.of()), Surface.of(caller));
  }
}
