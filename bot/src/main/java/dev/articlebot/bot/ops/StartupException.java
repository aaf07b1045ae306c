package dev.articlebot.bot.ops;

/**
 * The bot cannot start for a reason the person running it can fix (a port in use, ...). Its message
 * is one line for them: what is wrong, with the setting that changes it.
 */
public final class StartupException extends RuntimeException {
  public StartupException(String problem, Throwable cause) {
    super(problem, cause);
  }

  /** The line to show. */
  public String problem() {
    return getMessage();
  }
}
