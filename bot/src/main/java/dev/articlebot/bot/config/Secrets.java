package dev.articlebot.bot.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens and other secrets: from the environment, else from a file named like the variable in lower
 * case under {@code /run/secrets} (Docker and Kubernetes secrets). Never from config files; never
 * logged.
 */
public final class Secrets {
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";
  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";

  /** The language model server's API key (llm.*), when it needs one. */
  public static final String LLM_API_KEY = "LLM_API_KEY";

  private final Map<String, String> env;
  private final Path secretsDir;

  public Secrets(Map<String, String> env, Path secretsDir) {
    this.env = Map.copyOf(env);
    this.secretsDir = secretsDir;
  }

  public static Secrets fromSystem() {
    return new Secrets(System.getenv(), Path.of("/run/secrets"));
  }

  public Optional<String> get(String name) {
    String v = env.get(name);
    if (v != null && !v.isBlank()) return Optional.of(v.strip());
    Path file = secretsDir.resolve(name.toLowerCase(Locale.ROOT));
    try {
      if (Files.isRegularFile(file)) {
        String s = Files.readString(file).strip();
        if (!s.isEmpty()) return Optional.of(s);
      }
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  public boolean has(String name) {
    return get(name).isPresent();
  }

  /** "xoxb…(57 chars)" style, for showing that a secret is set without showing it. */
  public static String mask(String secret) {
    if (secret == null || secret.isEmpty()) return "(not set)";
    String head = secret.length() > 8 ? secret.substring(0, 4) : "";
    return head + "…(" + secret.length() + " chars)";
  }
}
