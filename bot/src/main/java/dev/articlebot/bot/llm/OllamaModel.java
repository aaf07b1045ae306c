package dev.articlebot.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.knowledge.phrase.Fallback;
import dev.articlebot.knowledge.phrase.LanguageModel;
import dev.articlebot.knowledge.phrase.ModelFailure;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Ollama's own chat API ({@code POST /api/chat}, not streamed) over langchain4j's HTTP client
 * interface: langchain4j's Ollama module is not published for the langchain4j version the project
 * uses. Ollama also serves OpenAI's API at {@code /v1}, which {@code provider = openai} speaks.
 */
final class OllamaModel implements LanguageModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AppConfig.Llm config;
  private final Optional<String> apiKey;
  private final HttpClient http;

  OllamaModel(AppConfig.Llm config, Optional<String> apiKey) {
    this.config = config;
    this.apiKey = apiKey;
    this.http =
        new RetryAfterHttpClient.Builder()
            .connectTimeout(config.timeout())
            .readTimeout(config.timeout())
            .build();
  }

  @Override
  public Reply chat(Request request) throws ModelFailure {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", config.model());
    body.put("stream", false);
    var messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", request.system());
    messages.addObject().put("role", "user").put("content", request.user());
    body.putObject("options")
        .put("temperature", config.temperature())
        .put("num_predict", config.maxTokens());
    HttpRequest.Builder r =
        HttpRequest.builder()
            .method(HttpMethod.POST)
            .url(config.baseUrl() + "/api/chat")
            .addHeader("Content-Type", "application/json")
            .body(body.toString());
    apiKey.ifPresent(k -> r.addHeader("Authorization", "Bearer " + k));
    String text;
    try {
      text = http.execute(r.build()).body();
    } catch (RuntimeException e) {
      throw Failures.of(e);
    }
    JsonNode reply;
    try {
      reply = JSON.readTree(text);
    } catch (IOException e) {
      throw new ModelFailure(Fallback.MALFORMED, "reply is not JSON", null, e);
    }
    JsonNode content = reply == null ? null : reply.path("message").get("content");
    if (content == null || !content.isTextual()) {
      throw new ModelFailure(Fallback.MALFORMED, "no message in the reply");
    }
    return new Reply(
        content.asText(),
        reply.path("prompt_eval_count").asInt(0),
        reply.path("eval_count").asInt(0));
  }
}
