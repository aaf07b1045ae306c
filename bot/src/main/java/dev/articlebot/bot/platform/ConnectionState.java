package dev.articlebot.bot.platform;

/** Where a platform connection stands, for health checks and logs. */
public enum ConnectionState {
  STARTING,
  CONNECTED,
  RECONNECTING,
  DISCONNECTED,
  FAILED;

  public boolean healthy() {
    return this == CONNECTED;
  }
}
