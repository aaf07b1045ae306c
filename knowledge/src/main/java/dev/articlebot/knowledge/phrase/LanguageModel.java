package dev.articlebot.knowledge.phrase;

/**
 * A chat model, as the phrasing needs it: one system instruction and one user message in, one text
 * reply out. Implementations bound every call by their own timeout and do not retry.
 */
public interface LanguageModel {
  /**
   * The model's reply.
   *
   * @throws ModelFailure when there is no usable reply (timeout, rate limit, server error,
   *     unreadable reply, network); never for what the reply says
   */
  Reply chat(Request request) throws ModelFailure;

  /**
   * What the model is sent: nothing else reaches it.
   *
   * @param system the instruction
   * @param user the question, the conversation so far and the numbered passages
   */
  record Request(String system, String user) {}

  /**
   * The model's reply.
   *
   * @param text what it wrote
   * @param inputTokens tokens read, as the server counts them (0 when it does not say)
   * @param outputTokens tokens written (0 when the server does not say)
   */
  record Reply(String text, int inputTokens, int outputTokens) {
    public Reply {
      text = text == null ? "" : text;
    }
  }
}
