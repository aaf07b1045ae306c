package dev.articlebot.bot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole configuration, typed, immutable and validated. Built by {@link ConfigLoader}; secrets
 * are not part of it (see {@link Secrets}).
 */
public record AppConfig(
    Knowledge knowledge,
    Path stateDir,
    Limits limits,
    Summary summary,
    Discord discord,
    Slack slack,
    Health health,
    LogFormat logFormat,
    Duration shutdownTimeout,
    Llm llm,
    Conversations conversations,
    Feedback feedback,
    Library library) {

  /**
   * Follow-up questions in a thread.
   *
   * @param enabled whether replies in a thread are read with the thread's earlier turns
   * @param turns how many of a thread's last turns are kept
   * @param idle a thread untouched this long is forgotten
   */
  public record Conversations(boolean enabled, int turns, Duration idle) {
    public Conversations {
      if (turns < 1) throw new IllegalArgumentException("turns >= 1");
      if (idle == null || idle.isNegative() || idle.isZero())
        throw new IllegalArgumentException("idle > 0");
    }
  }

  /**
   * Changing the library from a chat.
   *
   * @param fetchTimeout a URL given to article add must arrive within this
   * @param fetchMaxRedirects redirects followed at most
   * @param fetchPrivateAddresses whether URLs on loopback, private or link-local addresses may be
   *     fetched (an intranet)
   * @param slackManagerGroup the id of a Slack user group whose members may manage the library,
   *     besides workspace admins; "" for admins only
   */
  public record Library(
      Duration fetchTimeout,
      int fetchMaxRedirects,
      boolean fetchPrivateAddresses,
      String slackManagerGroup) {}

  /** {@code articles} is empty for the bundled article. */
  public record Knowledge(String articles, int maxQuestionChars, long maxArticleBytes) {
    public Knowledge {
      if (maxQuestionChars < 20) throw new IllegalArgumentException("maxQuestionChars >= 20");
      if (maxArticleBytes < 1) throw new IllegalArgumentException("maxArticleBytes >= 1");
    }
  }

  public record Limits(int perUserQuestions, Duration perUserWindow) {}

  public enum SummaryArticles {
    ALL,
    NEW
  }

  public record Summary(SummaryArticles articles, Daily daily) {}

  public record Daily(
      boolean enabled,
      LocalTime time,
      ZoneId zone,
      Set<java.time.DayOfWeek> days,
      Duration grace,
      List<String> discordChannels,
      List<String> slackChannels) {
    public Daily {
      days = Set.copyOf(days);
      discordChannels = List.copyOf(discordChannels);
      slackChannels = List.copyOf(slackChannels);
    }
  }

  /** auto: on when the platform's token is present. */
  public enum Toggle {
    AUTO,
    TRUE,
    FALSE
  }

  public record Discord(
      Toggle enabled,
      String guildId,
      boolean messageContent,
      String restBaseUrl,
      String gatewayUrl) {}

  public enum SlackMode {
    SOCKET,
    HTTP
  }

  /**
   * @param commands other names for the slash commands: command name → slash command ("ask" →
   *     "/article-ask"); a command not in it is "/" + its name
   */
  public record Slack(
      Toggle enabled,
      SlackMode mode,
      int httpPort,
      String apiBaseUrl,
      Map<String, String> commands) {
    public Slack {
      commands = Map.copyOf(commands);
    }

    /** The slash command for the bot's command {@code name}. */
    public String slashCommand(String name) {
      return commands.getOrDefault(name, "/" + name);
    }
  }

  public record Health(boolean enabled, int port) {}

  /**
   * The 👍 / 👎 buttons under answers, what is kept of them, and the weekly report.
   *
   * @param enabled whether answers carry the buttons (and anything is recorded)
   * @param keepQuestions whether the question's text is stored with its answer and feedback
   * @param retention records older than this are deleted
   * @param answerExpiry an answer older than this can no longer be rated
   * @param weekly the weekly report post
   */
  public record Feedback(
      boolean enabled,
      boolean keepQuestions,
      Duration retention,
      Duration answerExpiry,
      WeeklyReport weekly) {}

  /** A report posted once a week, on {@code day} at {@code time} in {@code zone}. */
  public record WeeklyReport(
      boolean enabled,
      java.time.DayOfWeek day,
      LocalTime time,
      ZoneId zone,
      Duration grace,
      List<String> discordChannels,
      List<String> slackChannels) {
    public WeeklyReport {
      discordChannels = List.copyOf(discordChannels);
      slackChannels = List.copyOf(slackChannels);
    }
  }

  public enum LogFormat {
    TEXT,
    JSON
  }

  public enum LlmProvider {
    /** Any server speaking OpenAI's chat completions: OpenAI, vLLM, llama.cpp, LM Studio, … */
    OPENAI,
    /** Ollama's own /api/chat. */
    OLLAMA
  }

  /**
   * The optional language model that phrases answers (off by default). The API key is a secret
   * ({@link Secrets#LLM_API_KEY}), not part of this.
   *
   * @param baseUrl the server, with the provider's default filled in
   * @param model the model's name, with the provider's default filled in
   * @param judgeFrom answers whose confidence is from this …
   * @param judgeTo … up to (not including) this are first put to the model as yes/no
   */
  public record Llm(
      boolean enabled,
      LlmProvider provider,
      String baseUrl,
      String model,
      Duration timeout,
      int maxTokens,
      double temperature,
      int requestsPerMinute,
      double judgeFrom,
      double judgeTo) {
    /** The provider's server when llm.base-url is empty. */
    public static String defaultBaseUrl(LlmProvider p) {
      return p == LlmProvider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
    }

    /** The provider's model when llm.model is empty. */
    public static String defaultModel(LlmProvider p) {
      return p == LlmProvider.OLLAMA ? "llama3.2" : "gpt-4o-mini";
    }

    /** Whether this is OpenAI's own service, which needs a key (local servers do not). */
    public boolean hostedByOpenAi() {
      return provider == LlmProvider.OPENAI && baseUrl.contains("://api.openai.com");
    }
  }
}
