package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.answer.Answer;
import java.util.Optional;
import java.util.OptionalInt;

/** The 👍 / 👎 under answers: ids for answers given, and what a click does. */
public interface Ratings {
  /** No controls, and a click is told that rating is off. */
  Ratings OFF =
      new Ratings() {
        @Override
        public Optional<String> register(Caller caller, Answer answer) {
          return Optional.empty();
        }

        @Override
        public Reply rate(Caller caller, RatingControl control, OptionalInt rightParagraph) {
          return Reply.notice("Rating answers is switched off.");
        }
      };

  /** The id for the controls of {@code answer}, given to {@code caller}; empty for none. */
  Optional<String> register(Caller caller, Answer answer);

  /** A click by {@code caller}; the reply is shown to them privately. */
  Reply rate(Caller caller, RatingControl control, OptionalInt rightParagraph);
}
