package dev.articlebot.bot.cli;

import dev.articlebot.bot.App;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.Secrets;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What every subcommand shares: streams, environment, and the application built on demand. */
public final class CliContext {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Secrets secrets;
  private Path configFile;
  private Map<String, String> overrides = Map.of();
  private App app;

  public CliContext(
      InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Secrets secrets) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.secrets = secrets;
  }

  void configure(Path configFile, Map<String, String> overrides) {
    this.configFile = configFile;
    this.overrides = Map.copyOf(overrides);
  }

  public InputStream in() {
    return in;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public Secrets secrets() {
    return secrets;
  }

  public ConfigLoader loader() {
    return new ConfigLoader(env, secrets);
  }

  public Path configFile() {
    return configFile;
  }

  public Map<String, String> overrides() {
    return overrides;
  }

  /** Loads and validates the configuration (throws ConfigProblemsException). */
  public AppConfig config() {
    return loader().load(configFile, overrides);
  }

  public synchronized App app() {
    if (app == null) app = new App(config(), Clock.systemDefaultZone(), secrets);
    return app;
  }
}
