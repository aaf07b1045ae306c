package dev.articlebot.bot.llm;

import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.knowledge.phrase.LanguageModel;
import java.util.Optional;

/** Builds the configured language model: the one way in to this package. */
public final class LlmProvider {
  private LlmProvider() {}

  /**
   * The model {@code config} names, speaking with {@code apiKey} when there is one (local servers
   * need none).
   */
  public static LanguageModel create(AppConfig.Llm config, Optional<String> apiKey) {
    return switch (config.provider()) {
      case OPENAI -> new OpenAiModel(config, apiKey);
      case OLLAMA -> new OllamaModel(config, apiKey);
    };
  }
}
