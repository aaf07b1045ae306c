package dev.articlebot.bot.config;

import java.util.List;

/** The configuration is invalid; one line per problem, each naming the key and the fix. */
public final class ConfigProblemsException extends RuntimeException {
  private final List<String> problems;

  public ConfigProblemsException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
