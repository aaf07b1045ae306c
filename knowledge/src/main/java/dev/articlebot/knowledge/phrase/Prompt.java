package dev.articlebot.knowledge.phrase;

import java.util.List;
import java.util.Map;

/**
 * The two requests the model gets. Each holds only the question, the conversation so far (the
 * reader's and the bot's words, no names or ids) and the numbered passages the pipeline chose.
 */
final class Prompt {
  /** What the model writes when the passages do not answer. */
  static final String NOT_ANSWERED = "NOT IN PASSAGES";

  private static final String PHRASE =
      "You answer a reader's question about a news article, using only the numbered passages"
          + " given. Write one to three short sentences in plain English. End every sentence with"
          + " the passage it comes from, as [¶N] (several as [¶N][¶M]). Use only names, numbers,"
          + " dates and quotations that appear in the passage you cite, and copy quotations"
          + " word for word. Add nothing the passages do not say. If the passages do not answer"
          + " the question, reply exactly: "
          + NOT_ANSWERED;

  private static final String JUDGE =
      "You decide whether numbered passages of a news article answer a reader's question."
          + " Reply with one word: yes if the passages state the answer, no if they do not.";

  private Prompt() {}

  /** The request to write the answer from {@code passages} (number → text). */
  static LanguageModel.Request phrase(
      String question, List<Turn> conversation, Map<Integer, String> passages) {
    return new LanguageModel.Request(PHRASE, body(question, conversation, passages));
  }

  /** The request to judge whether {@code passages} answer the question. */
  static LanguageModel.Request judge(
      String question, List<Turn> conversation, Map<Integer, String> passages) {
    return new LanguageModel.Request(JUDGE, body(question, conversation, passages));
  }

  private static String body(
      String question, List<Turn> conversation, Map<Integer, String> passages) {
    StringBuilder out = new StringBuilder();
    if (!conversation.isEmpty()) {
      out.append("Conversation so far:\n");
      for (Turn t : conversation) {
        out.append(t.speaker() == Turn.Speaker.READER ? "Reader: " : "Bot: ")
            .append(oneLine(t.text()))
            .append('\n');
      }
      out.append('\n');
    }
    out.append("Passages:\n");
    passages.forEach(
        (n, text) -> out.append("[¶").append(n).append("] ").append(oneLine(text)).append('\n'));
    out.append("\nQuestion: ").append(oneLine(question));
    return out.toString();
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
