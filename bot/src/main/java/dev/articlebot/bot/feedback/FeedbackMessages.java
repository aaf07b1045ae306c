package dev.articlebot.bot.feedback;

import java.time.Duration;
import java.util.OptionalInt;

/** What the bot says about ratings. */
final class FeedbackMessages {
  private FeedbackMessages() {}

  static String thanks() {
    return "Thanks for rating the answer.";
  }

  static String whatWasWrong() {
    return "Thanks. What was wrong with the answer?";
  }

  static String noted(Rating.Reason reason, OptionalInt paragraph) {
    String where =
        paragraph.isPresent() ? " The right paragraph: ¶" + paragraph.getAsInt() + "." : "";
    return "Noted: "
        + reason.label().toLowerCase(java.util.Locale.ROOT)
        + "."
        + where
        + " Thank you, this helps improve the answers.";
  }

  static String unknownAnswer() {
    return "That answer can no longer be rated (it is from an earlier session or has been"
        + " deleted). Ask the question again to rate the new answer.";
  }

  static String expired(Duration expiry) {
    long days = expiry.toDays();
    String age = days >= 1 ? days + (days == 1 ? " day" : " days") : expiry.toHours() + " hours";
    return "That answer is more than "
        + age
        + " old and can no longer be rated. Ask the question"
        + " again to rate the new answer.";
  }

  static String notSaved() {
    return "Sorry, your rating could not be saved. Please try again later.";
  }

  static String off() {
    return "Rating answers is switched off.";
  }
}
