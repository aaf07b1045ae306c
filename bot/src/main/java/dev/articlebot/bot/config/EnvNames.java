package dev.articlebot.bot.config;

import java.util.Locale;

/** The environment variable that overrides a key: ARTICLEBOT_ + key, upper case, . and - as _. */
public final class EnvNames {
  public static final String PREFIX = "ARTICLEBOT_";

  /** Names the config file; not a key. */
  public static final String CONFIG_FILE = PREFIX + "CONFIG";

  private EnvNames() {}

  public static String of(String key) {
    return PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
