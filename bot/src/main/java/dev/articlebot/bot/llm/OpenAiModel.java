package dev.articlebot.bot.llm;

import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.knowledge.phrase.Fallback;
import dev.articlebot.knowledge.phrase.LanguageModel;
import dev.articlebot.knowledge.phrase.ModelFailure;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Optional;

/**
 * Any server speaking OpenAI's chat completions, through langchain4j's {@link OpenAiChatModel}: one
 * attempt per call (no retries), bounded by {@code llm.timeout}.
 */
final class OpenAiModel implements LanguageModel {
  /** What is sent as the key to a server that wants none (local servers ignore it). */
  static final String NO_KEY = "none";

  private final ChatModel chat;

  OpenAiModel(AppConfig.Llm c, Optional<String> apiKey) {
    this.chat =
        OpenAiChatModel.builder()
            .httpClientBuilder(new RetryAfterHttpClient.Builder())
            .baseUrl(c.baseUrl())
            .apiKey(apiKey.orElse(NO_KEY))
            .modelName(c.model())
            .timeout(c.timeout())
            .maxRetries(0)
            .maxTokens(c.maxTokens())
            .temperature(c.temperature())
            .build();
  }

  @Override
  public Reply chat(Request request) throws ModelFailure {
    ChatResponse response;
    try {
      response =
          chat.chat(
              ChatRequest.builder()
                  .messages(SystemMessage.from(request.system()), UserMessage.from(request.user()))
                  .build());
    } catch (RuntimeException e) {
      throw Failures.of(e);
    }
    if (response == null || response.aiMessage() == null || response.aiMessage().text() == null) {
      throw new ModelFailure(Fallback.MALFORMED, "no message in the reply");
    }
    TokenUsage usage = response.tokenUsage();
    return new Reply(
        response.aiMessage().text(),
        usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
        usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
  }
}
