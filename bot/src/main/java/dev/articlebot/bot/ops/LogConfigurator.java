package dev.articlebot.bot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's set-up, found by Logback through {@code META-INF/services}: logs on standard error (so
 * command output on standard out stays clean), TEXT or JSON as the system property {@code
 * articlebot.log.appender} says, at the level {@code articlebot.log.level} gives (INFO unless set).
 * Written in code because reading a logback.xml loads an XML parser and Logback's Joran
 * interpreter, about a quarter of a second of every start. A file named by {@code
 * -Dlogback.configurationFile} (config/logback.xml is a starting point) still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
  static final String LEVEL_PROPERTY = "articlebot.log.level";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    String appender = System.getProperty(LogSetup.APPENDER_PROPERTY, LogSetup.TEXT);
    Level level = Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.INFO);
    LogSetup.configure(context, appender, level);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
