package dev.articlebot.bot.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import dev.articlebot.bot.schedule.ScheduleParsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads {@link AppConfig}: built-in defaults (config/article-bot.conf, inside the jar) &lt; a
 * config file &lt; environment (ARTICLEBOT_…) &lt; command-line overrides. Validates everything at
 * once and reports every problem in one {@link ConfigProblemsException}.
 */
public final class ConfigLoader {
  static final String DEFAULTS = "article-bot.conf";

  /**
   * A map whose keys the user names (command → slash command), so its keys are not among the
   * defaults: slack.commands.ask, ARTICLEBOT_SLACK_COMMANDS_ASK.
   */
  public static final String SLACK_COMMANDS = "slack.commands";

  /** A Discord server id (a "snowflake"): digits only. */
  static final String DISCORD_ID = "\\d{5,25}";

  /** A Discord channel id: digits only, where a channel's name has letters or a #. */
  static final String DISCORD_CHANNEL_ID = "\\d{1,25}";

  /**
   * A Slack conversation id: C (channel), G (private channel) or D (direct message), then upper
   * case letters and digits, where channel names are lower case.
   */
  static final String SLACK_CHANNEL_ID = "[CGD][A-Z0-9]+";

  private static final Set<String> SPECIAL_ENV = Set.of(EnvNames.CONFIG_FILE);

  private final Map<String, String> env;
  private final Secrets secrets;

  public ConfigLoader(Map<String, String> env, Secrets secrets) {
    this.env = Map.copyOf(env);
    this.secrets = secrets;
  }

  /** The defaults, as shipped. */
  public static Config defaults() {
    return ConfigFactory.parseResources(
        ConfigLoader.class.getClassLoader(),
        DEFAULTS,
        ConfigParseOptions.defaults().setAllowMissing(false));
  }

  /** The merged configuration, before validation, with where each key came from. */
  public record Layers(Config merged, Map<String, String> origins) {}

  /**
   * Loads and validates. {@code file} may be null (then ARTICLEBOT_CONFIG, else none); {@code
   * overrides} maps keys to values from command-line flags.
   */
  public AppConfig load(Path file, Map<String, String> overrides) {
    List<String> problems = new ArrayList<>();
    Layers layers = layers(file, overrides, problems);
    AppConfig config = new Typed(layers.merged(), problems).build();
    if (config != null) checkPlatforms(config, problems);
    if (!problems.isEmpty()) throw new ConfigProblemsException(problems);
    return config;
  }

  /** The layers merged, collecting file, key and environment problems. */
  public Layers layers(Path file, Map<String, String> overrides, List<String> problems) {
    Config defaults = defaults();
    Set<String> keys = new TreeSet<>();
    defaults.entrySet().forEach(e -> keys.add(e.getKey()));
    Map<String, String> origins = new LinkedHashMap<>();
    keys.forEach(k -> origins.put(k, "default"));

    Config fileConfig = ConfigFactory.empty();
    Path configFile = file != null ? file : envFile();
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        problems.add(
            "config file "
                + configFile
                + " does not exist: check --config or "
                + EnvNames.CONFIG_FILE);
      } else {
        try {
          fileConfig =
              ConfigFactory.parseFile(
                  configFile.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
          for (var e : fileConfig.entrySet()) {
            if (!keys.contains(e.getKey()) && !inMap(e.getKey())) {
              problems.add(
                  "unknown key "
                      + e.getKey()
                      + " in "
                      + configFile
                      + DidYouMean.hint(e.getKey(), keys));
            } else {
              origins.put(e.getKey(), "file " + configFile.getFileName());
            }
          }
        } catch (ConfigException e) {
          problems.add("config file " + configFile + " cannot be read: " + e.getMessage());
        }
      }
    }

    Map<String, Object> envValues = new HashMap<>();
    Map<String, String> envToKey = new HashMap<>();
    keys.forEach(k -> envToKey.put(EnvNames.of(k), k));
    for (var e : env.entrySet()) {
      String name = e.getKey();
      if (!name.startsWith(EnvNames.PREFIX) || SPECIAL_ENV.contains(name)) continue;
      String key = envToKey.getOrDefault(name, mapKey(name));
      if (key == null) {
        problems.add(
            "unknown environment variable " + name + DidYouMean.hint(name, envToKey.keySet()));
        continue;
      }
      envValues.put(
          key, inMap(key) ? e.getValue().strip() : envValue(defaults.getValue(key), e.getValue()));
      origins.put(key, "env " + name);
    }

    Map<String, Object> flagValues = new HashMap<>();
    for (var e : overrides.entrySet()) {
      if (inMap(e.getKey())) {
        flagValues.put(e.getKey(), e.getValue().strip());
        origins.put(e.getKey(), "command line");
        continue;
      }
      if (!keys.contains(e.getKey())) {
        problems.add("unknown key " + e.getKey() + DidYouMean.hint(e.getKey(), keys));
        continue;
      }
      flagValues.put(e.getKey(), envValue(defaults.getValue(e.getKey()), e.getValue()));
      origins.put(e.getKey(), "command line");
    }

    Config merged =
        ConfigFactory.parseMap(flagValues)
            .withFallback(ConfigFactory.parseMap(envValues))
            .withFallback(fileConfig)
            .withFallback(defaults);
    try {
      merged = merged.resolve(ConfigResolveOptions.defaults().setUseSystemEnvironment(false));
    } catch (ConfigException e) {
      problems.add(e.getMessage());
      merged = defaults;
    }
    return new Layers(merged, origins);
  }

  /** Whether {@code key} is an entry of a map the user names (slack.commands.ask). */
  public static boolean inMap(String key) {
    return key.startsWith(SLACK_COMMANDS + ".") && key.length() > SLACK_COMMANDS.length() + 1;
  }

  /** The map entry an environment variable sets (ARTICLEBOT_SLACK_COMMANDS_ASK), or null. */
  private static String mapKey(String envName) {
    String prefix = EnvNames.of(SLACK_COMMANDS) + "_";
    if (!envName.startsWith(prefix) || envName.length() == prefix.length()) return null;
    return SLACK_COMMANDS + "." + envName.substring(prefix.length()).toLowerCase(Locale.ROOT);
  }

  private Path envFile() {
    String f = env.get(EnvNames.CONFIG_FILE);
    return f == null || f.isBlank() ? null : Path.of(f);
  }

  /** A string from the environment or the command line, typed like the key's default. */
  private static Object envValue(ConfigValue defaultValue, String raw) {
    if (defaultValue.valueType() == ConfigValueType.LIST) {
      List<String> items = new ArrayList<>();
      for (String s : raw.split(",")) if (!s.isBlank()) items.add(s.strip());
      return ConfigValueFactory.fromIterable(items).unwrapped();
    }
    return raw.strip();
  }

  private void checkPlatforms(AppConfig c, List<String> problems) {
    if (c.discord().enabled() == AppConfig.Toggle.TRUE && !secrets.has(Secrets.DISCORD_TOKEN)) {
      problems.add(
          "discord.enabled is true but DISCORD_TOKEN is not set: set it in the environment or"
              + " /run/secrets/discord_token, or set discord.enabled = auto");
    }
    if (c.slack().enabled() == AppConfig.Toggle.TRUE && !secrets.has(Secrets.SLACK_BOT_TOKEN)) {
      problems.add(
          "slack.enabled is true but SLACK_BOT_TOKEN is not set: set it in the environment or"
              + " /run/secrets/slack_bot_token, or set slack.enabled = auto");
    }
    boolean slackOn = slackEnabled(c);
    if (slackOn
        && c.slack().mode() == AppConfig.SlackMode.SOCKET
        && !secrets.has(Secrets.SLACK_APP_TOKEN)) {
      problems.add(
          "slack.mode is socket but SLACK_APP_TOKEN (xapp-…, connections:write) is not set: set it,"
              + " or set slack.mode = http with SLACK_SIGNING_SECRET");
    }
    if (slackOn
        && c.slack().mode() == AppConfig.SlackMode.SOCKET
        && secrets.get(Secrets.SLACK_APP_TOKEN).filter(t -> !t.startsWith("xapp-")).isPresent()) {
      problems.add(
          "SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write, from the"
              + " app's Basic Information page");
    }
    if (slackOn
        && c.slack().mode() == AppConfig.SlackMode.HTTP
        && !secrets.has(Secrets.SLACK_SIGNING_SECRET)) {
      problems.add(
          "slack.mode is http but SLACK_SIGNING_SECRET is not set: copy it from the app's Basic"
              + " Information page");
    }
    if (slackOn
        && c.slack().mode() == AppConfig.SlackMode.HTTP
        && c.health().enabled()
        && c.health().port() != 0
        && c.health().port() == c.slack().httpPort()) {
      problems.add(
          "slack.http-port and health.port are both "
              + c.health().port()
              + ": the Slack endpoint and the health endpoint need a port each; change one of"
              + " them");
    }
    if (c.llm().enabled() && c.llm().hostedByOpenAi() && !secrets.has(Secrets.LLM_API_KEY)) {
      problems.add(
          "llm.enabled is true with OpenAI's service but LLM_API_KEY is not set: set it in the"
              + " environment or /run/secrets/llm_api_key, or point llm.base-url at your own server");
    }
    var daily = c.summary().daily();
    if (daily.enabled() && daily.discordChannels().isEmpty() && daily.slackChannels().isEmpty()) {
      problems.add(
          "summary.daily.enabled is true but no channels are set: list channel ids in"
              + " summary.daily.discord-channels or summary.daily.slack-channels");
    }
  }

  /** Whether Discord runs: on, or auto with a token. */
  public boolean discordEnabled(AppConfig c) {
    return switch (c.discord().enabled()) {
      case TRUE -> true;
      case FALSE -> false;
      case AUTO -> secrets.has(Secrets.DISCORD_TOKEN);
    };
  }

  /** Whether Slack runs: on, or auto with a bot token. */
  public boolean slackEnabled(AppConfig c) {
    return switch (c.slack().enabled()) {
      case TRUE -> true;
      case FALSE -> false;
      case AUTO -> secrets.has(Secrets.SLACK_BOT_TOKEN);
    };
  }

  /** MON, Monday, mon: one day of the week. */
  static java.time.DayOfWeek dayOfWeek(String text) {
    String t = text.strip().toUpperCase(java.util.Locale.ROOT);
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      if (t.length() >= 3 && d.name().startsWith(t)) return d;
    }
    throw new IllegalArgumentException("not a day: " + text);
  }

  /** Reads typed values, recording a problem (and using the default) for each bad one. */
  private static final class Typed {
    private final Config c;
    private final Config defaults = defaults();
    private final List<String> problems;

    Typed(Config c, List<String> problems) {
      this.c = c;
      this.problems = problems;
    }

    AppConfig build() {
      var knowledge =
          new AppConfig.Knowledge(
              str("knowledge.articles"),
              intIn("knowledge.max-question-chars", 20, 100_000),
              bytesIn("knowledge.max-article-bytes", 1024, 1L << 30));
      Path stateDir = path("state.dir");
      var limits =
          new AppConfig.Limits(
              intIn("limits.per-user-questions", 1, 10_000),
              positive(duration("limits.per-user-window"), "limits.per-user-window"));
      var daily =
          new AppConfig.Daily(
              bool("summary.daily.enabled"),
              parsed("summary.daily.time", ScheduleParsers::parseTime, "a time such as 09:00"),
              zone("summary.daily.zone"),
              parsed(
                  "summary.daily.days",
                  ScheduleParsers::parseDays,
                  "days such as MON-FRI, MON,WED,FRI or MON-SUN"),
              nonNegative(duration("summary.daily.grace"), "summary.daily.grace"),
              list("summary.daily.discord-channels"),
              list("summary.daily.slack-channels"));
      discordChannelIds("summary.daily.discord-channels", daily.discordChannels());
      slackChannelIds("summary.daily.slack-channels", daily.slackChannels());
      var summary =
          new AppConfig.Summary(enumOf("summary.articles", AppConfig.SummaryArticles.class), daily);
      var discord =
          new AppConfig.Discord(
              enumOf("discord.enabled", AppConfig.Toggle.class),
              str("discord.guild-id"),
              bool("discord.message-content"),
              url("discord.rest-base-url", "http", "https"),
              url("discord.gateway-url", "ws", "wss"));
      if (!discord.guildId().isEmpty() && !discord.guildId().matches(DISCORD_ID)) {
        problems.add(
            "discord.guild-id must be the server's id, a number, not \""
                + discord.guildId()
                + "\": in Discord turn on Developer Mode (User Settings > Advanced), right-click"
                + " the server's icon and Copy Server ID; or leave it empty for global commands");
      }
      var slack =
          new AppConfig.Slack(
              enumOf("slack.enabled", AppConfig.Toggle.class),
              enumOf("slack.mode", AppConfig.SlackMode.class),
              intIn("slack.http-port", 1, 65535),
              url("slack.api-base-url", "http", "https"),
              slashCommands());
      var health = new AppConfig.Health(bool("health.enabled"), intIn("health.port", 0, 65535));
      var log = enumOf("log.format", AppConfig.LogFormat.class);
      Duration shutdown = positive(duration("shutdown.timeout"), "shutdown.timeout");
      var llm = llm();
      var feedback = feedback();
      boolean followUps = bool("conversations.enabled");
      int turns = intIn("conversations.turns", 1, 50);
      Duration idle = positive(duration("conversations.idle"), "conversations.idle");
      var library =
          new AppConfig.Library(
              positive(duration("library.fetch-timeout"), "library.fetch-timeout"),
              intIn("library.fetch-max-redirects", 0, 20),
              bool("library.fetch-private-addresses"),
              str("library.slack-manager-group"));
      if (!problems.isEmpty()) return null;
      return new AppConfig(
          knowledge,
          stateDir,
          limits,
          summary,
          discord,
          slack,
          health,
          log,
          shutdown,
          llm,
          new AppConfig.Conversations(followUps, turns, idle),
          feedback,
          library);
    }

    /** The llm section: read and checked whether or not it is enabled. */
    private AppConfig.Llm llm() {
      var provider = enumOf("llm.provider", AppConfig.LlmProvider.class);
      String base = str("llm.base-url");
      if (base.isEmpty()) base = AppConfig.Llm.defaultBaseUrl(provider);
      else if (!base.matches("(?i)https?://\\S+")) {
        problems.add(
            "llm.base-url must be an http or https URL such as http://localhost:11434, not \""
                + base
                + "\"; or leave it empty for the provider's own");
      }
      String model = str("llm.model");
      if (model.isEmpty()) model = AppConfig.Llm.defaultModel(provider);
      Duration timeout = positive(duration("llm.timeout"), "llm.timeout");
      if (timeout.compareTo(Duration.ofMinutes(5)) > 0) {
        problems.add(
            "llm.timeout must be at most 5m: a reader is waiting, not " + raw("llm.timeout"));
      }
      double from = doubleIn("llm.judge-from", 0, 1);
      double to = doubleIn("llm.judge-to", 0, 1);
      if (from > to) {
        problems.add(
            "llm.judge-from ("
                + from
                + ") must not be above llm.judge-to ("
                + to
                + "); set both equal to never ask the model to judge");
      }
      return new AppConfig.Llm(
          bool("llm.enabled"),
          provider,
          base.replaceAll("/+$", ""),
          model,
          timeout,
          intIn("llm.max-tokens", 16, 8192),
          doubleIn("llm.temperature", 0, 2),
          intIn("llm.requests-per-minute", 1, 100_000),
          Math.min(from, to),
          to);
    }

    private double doubleIn(String key, double min, double max) {
      double v;
      try {
        v = c.getDouble(key);
      } catch (ConfigException e) {
        problems.add(key + " must be a number, not \"" + raw(key) + "\"");
        return defaults.getDouble(key);
      }
      if (!(v >= min && v <= max)) {
        problems.add(key + " must be between " + min + " and " + max + ", not " + v);
        return defaults.getDouble(key);
      }
      return v;
    }

    private AppConfig.Feedback feedback() {
      Duration retention = positive(duration("feedback.retention"), "feedback.retention");
      Duration expiry = positive(duration("feedback.answer-expiry"), "feedback.answer-expiry");
      if (expiry.compareTo(retention) > 0) {
        problems.add(
            "feedback.answer-expiry ("
                + expiry.toDays()
                + " days) must not be longer than feedback.retention ("
                + retention.toDays()
                + " days): an answer is deleted after feedback.retention, so it cannot be rated"
                + " after that");
      }
      var weekly =
          new AppConfig.WeeklyReport(
              bool("feedback.report.weekly"),
              parsed("feedback.report.day", ConfigLoader::dayOfWeek, "a day such as MON"),
              parsed("feedback.report.time", ScheduleParsers::parseTime, "a time such as 09:00"),
              zone("feedback.report.zone"),
              nonNegative(duration("feedback.report.grace"), "feedback.report.grace"),
              list("feedback.report.discord-channels"),
              list("feedback.report.slack-channels"));
      discordChannelIds("feedback.report.discord-channels", weekly.discordChannels());
      slackChannelIds("feedback.report.slack-channels", weekly.slackChannels());
      boolean enabled = bool("feedback.enabled");
      if (weekly.enabled()
          && weekly.discordChannels().isEmpty()
          && weekly.slackChannels().isEmpty()) {
        problems.add(
            "feedback.report.weekly is true but no channels are set: list channel ids in"
                + " feedback.report.discord-channels or feedback.report.slack-channels");
      }
      if (weekly.enabled() && !enabled) {
        problems.add(
            "feedback.report.weekly is true but feedback.enabled is false: the report is made of"
                + " what feedback records; set feedback.enabled = true or"
                + " feedback.report.weekly = false");
      }
      return new AppConfig.Feedback(
          enabled, bool("feedback.keep-questions"), retention, expiry, weekly);
    }

    /** Discord names channels by number; "#news" or "news" is a channel's name. */
    private void discordChannelIds(String key, List<String> channels) {
      for (String ch : channels) {
        if (ch.matches(DISCORD_CHANNEL_ID)) continue;
        problems.add(
            key
                + ": \""
                + ch
                + "\" is not a channel id; Discord needs the channel's id, a number: turn on"
                + " Developer Mode (User Settings > Advanced), right-click the channel and Copy"
                + " Channel ID");
      }
    }

    /** Slack channel ids are C…, G… (private) or D… (direct); "#general" is a channel's name. */
    private void slackChannelIds(String key, List<String> channels) {
      for (String ch : channels) {
        if (ch.matches(SLACK_CHANNEL_ID)) continue;
        problems.add(
            key
                + ": \""
                + ch
                + "\" is not a channel id; Slack needs the channel's id (C0123ABCDEF): open the"
                + " channel, click its name, and copy the Channel ID at the bottom of the About"
                + " tab; the bot must be a member (/invite it)");
      }
    }

    private String str(String key) {
      try {
        return c.getString(key).strip();
      } catch (ConfigException e) {
        problems.add(key + " must be a string (" + brief(e) + ")");
        return defaults.getString(key);
      }
    }

    private Path path(String key) {
      String s = str(key);
      if (s.isEmpty()) {
        problems.add(key + " must not be empty: give a folder, e.g. state or /data");
        return Path.of(defaults.getString(key));
      }
      return Path.of(s);
    }

    private boolean bool(String key) {
      try {
        return c.getBoolean(key);
      } catch (ConfigException e) {
        problems.add(key + " must be true or false, not \"" + raw(key) + "\"");
        return defaults.getBoolean(key);
      }
    }

    private int intIn(String key, int min, int max) {
      int v;
      try {
        v = c.getInt(key);
      } catch (ConfigException e) {
        problems.add(key + " must be a whole number, not \"" + raw(key) + "\"");
        return defaults.getInt(key);
      }
      if (v < min || v > max) {
        problems.add(key + " must be between " + min + " and " + max + ", not " + v);
        return defaults.getInt(key);
      }
      return v;
    }

    private long bytesIn(String key, long min, long max) {
      long v;
      try {
        v = c.getBytes(key);
      } catch (ConfigException e) {
        problems.add(
            key + " must be a size such as 512KiB, 1MiB or 2000000, not \"" + raw(key) + "\"");
        return defaults.getBytes(key);
      }
      if (v < min || v > max) {
        problems.add(
            key + " must be between " + binary(min) + " and " + binary(max) + ", not " + raw(key));
        return defaults.getBytes(key);
      }
      return v;
    }

    /** 1024 as "1KiB", 1073741824 as "1GiB"; other sizes in bytes. */
    private static String binary(long bytes) {
      String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
      int unit = 0;
      while (unit < units.length - 1 && bytes >= 1024 && bytes % 1024 == 0) {
        bytes /= 1024;
        unit++;
      }
      return unit == 0 ? Long.toString(bytes) : bytes + units[unit];
    }

    private Duration duration(String key) {
      try {
        return c.getDuration(key);
      } catch (ConfigException e) {
        problems.add(key + " must be a duration such as 30s, 5m or 2h, not \"" + raw(key) + "\"");
        return defaults.getDuration(key);
      }
    }

    private Duration positive(Duration d, String key) {
      if (d.isNegative() || d.isZero()) {
        problems.add(key + " must be more than zero");
        return defaults.getDuration(key);
      }
      return d;
    }

    private Duration nonNegative(Duration d, String key) {
      if (d.isNegative()) {
        problems.add(key + " must not be negative");
        return defaults.getDuration(key);
      }
      return d;
    }

    private List<String> list(String key) {
      try {
        List<String> out = new ArrayList<>();
        for (String s : c.getStringList(key)) if (!s.isBlank()) out.add(s.strip());
        return out;
      } catch (ConfigException e) {
        problems.add(key + " must be a list such as [\"123\", \"456\"] (" + brief(e) + ")");
        return List.of();
      }
    }

    private <E extends Enum<E>> E enumOf(String key, Class<E> type) {
      String v = raw(key).toUpperCase(Locale.ROOT);
      try {
        return Enum.valueOf(type, v);
      } catch (IllegalArgumentException e) {
        List<String> allowed =
            Arrays.stream(type.getEnumConstants())
                .map(x -> x.name().toLowerCase(Locale.ROOT))
                .toList();
        problems.add(
            key + " must be one of " + String.join(", ", allowed) + ", not \"" + raw(key) + "\"");
        return Enum.valueOf(type, defaults.getString(key).toUpperCase(Locale.ROOT));
      }
    }

    private ZoneId zone(String key) {
      String v = raw(key);
      try {
        return ZoneId.of(v);
      } catch (DateTimeException e) {
        problems.add(
            key + " must be an IANA time zone such as UTC or Europe/Berlin, not \"" + v + "\"");
        return ZoneId.of(defaults.getString(key));
      }
    }

    private <T> T parsed(String key, java.util.function.Function<String, T> parser, String what) {
      String v = raw(key);
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException | DateTimeException e) {
        problems.add(key + " must be " + what + ", not \"" + v + "\"");
        return parser.apply(defaults.getString(key));
      }
    }

    private String url(String key, String... schemes) {
      String v = str(key);
      Optional<String> scheme =
          Arrays.stream(schemes)
              .filter(s -> v.toLowerCase(Locale.ROOT).startsWith(s + "://"))
              .findFirst();
      if (scheme.isEmpty()) {
        problems.add(
            key + " must be a " + String.join(" or ", schemes) + " URL, not \"" + v + "\"");
        return defaults.getString(key);
      }
      return v;
    }

    /** slack.commands: command name → its slash command, each valid and none used twice. */
    private Map<String, String> slashCommands() {
      Map<String, String> out = new TreeMap<>();
      Config map;
      try {
        map = c.getConfig(SLACK_COMMANDS);
      } catch (ConfigException e) {
        problems.add(
            SLACK_COMMANDS
                + " must map commands to slash commands, such as { ask = \"/article-ask\" }");
        return out;
      }
      Map<String, String> byName = new HashMap<>();
      for (var e : map.entrySet()) {
        String key = SLACK_COMMANDS + "." + e.getKey();
        String command = e.getKey();
        Object raw = e.getValue().unwrapped();
        String v = raw == null ? "" : String.valueOf(raw).strip();
        if (!command.matches("[a-z][a-z0-9-]*")) {
          problems.add(key + ": \"" + command + "\" is not a command name such as ask or quote");
        } else if (!v.matches("/[a-z0-9_-]{1,31}")) {
          problems.add(
              key + " must be a slash command such as /ask (lower case), not \"" + v + "\"");
        } else if (byName.containsKey(v)) {
          problems.add(
              key
                  + " and "
                  + SLACK_COMMANDS
                  + "."
                  + byName.get(v)
                  + " are both "
                  + v
                  + ": give each command its own slash command");
        } else {
          byName.put(v, command);
          out.put(command, v);
        }
      }
      return out;
    }

    private String raw(String key) {
      try {
        ConfigValue v = c.getValue(key);
        Object u = v.unwrapped();
        return u == null ? "" : String.valueOf(u).strip();
      } catch (ConfigException e) {
        return "";
      }
    }

    private static String brief(ConfigException e) {
      String m = e.getMessage();
      int colon = m.lastIndexOf(": ");
      return colon >= 0 ? m.substring(colon + 2) : m;
    }
  }
}
