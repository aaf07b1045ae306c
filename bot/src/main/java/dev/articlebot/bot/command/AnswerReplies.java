package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.util.ArrayList;
import java.util.List;

/** Turns an {@link Answer} into a {@link Reply}. */
final class AnswerReplies {
  private final int maxQuestionChars;

  AnswerReplies(int maxQuestionChars) {
    this.maxQuestionChars = maxQuestionChars;
  }

  Reply of(Answer answer) {
    List<Part> parts = new ArrayList<>();
    if (answer.truncated()) parts.add(new Part.Notice(Messages.truncated(maxQuestionChars)));
    if (answer.question().isEmpty()) return Reply.notice(Messages.emptyQuestion());
    if (answer.answered()) {
      parts.add(new Part.Text(answer.text()));
    } else {
      parts.add(
          new Part.Notice(
              answer.citations().isEmpty()
                  ? Messages.notInArticleNoPassages()
                  : Messages.notInArticle(answer.refusal())));
    }
    for (Citation c : answer.citations()) parts.add(passage(c));
    if (!answer.citations().isEmpty()) {
      parts.add(new Part.Footer(Messages.from(answer.citations().get(0).articleTitle())));
    }
    return new Reply(
        parts, false, answer.answered() ? Reply.Outcome.ANSWERED : Reply.Outcome.REFUSED);
  }

  static Part.Passage passage(Citation c) {
    return new Part.Passage(
        new Part.Source(c.articleId(), c.articleTitle(), c.paragraph(), c.section()),
        c.quote(),
        c.text());
  }
}
