package dev.articlebot.bot.platform;

import dev.articlebot.bot.reply.Reply;

/** Told how every reply fared, once its fate is known: for the metrics. */
@FunctionalInterface
public interface ReplyOutcomes {
  ReplyOutcomes NONE = (platform, what, delivery) -> {};

  /**
   * @param platform "discord", "slack"
   * @param what what the reply said (an answer, a refusal, or a notice); null for a question whose
   *     reply failed before it was made, so what it would have said is unknown
   * @param delivery how it fared
   */
  void record(String platform, Reply.Outcome what, Delivery delivery);
}
