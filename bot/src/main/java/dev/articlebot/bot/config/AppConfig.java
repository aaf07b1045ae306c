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
    Library library) {

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

  public enum LogFormat {
    TEXT,
    JSON
  }
}
