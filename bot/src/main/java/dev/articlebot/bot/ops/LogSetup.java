package dev.articlebot.bot.ops;

import ch.qos.logback.classic.BasicConfigurator;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import dev.articlebot.bot.config.AppConfig;
import java.net.URL;
import java.util.Locale;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code log.format} from the loaded configuration take effect. config/logback.xml picks its
 * root appender from the system property {@code articlebot.log.appender} (TEXT or JSON), which
 * {@code Main} sets early from ARTICLEBOT_LOG_FORMAT only: a config file or {@code --set
 * log.format=json} is known only once the configuration is loaded, after Logback has started. So
 * this sets the property and, if the root appender differs, re-reads the same logback.xml.
 */
public final class LogSetup {
  static final String APPENDER_PROPERTY = "articlebot.log.appender";

  private LogSetup() {}

  /**
   * Switches the logs to {@code format} if they are not in it yet; true if Logback was
   * reconfigured. Does nothing (false) when Logback is not the SLF4J backend or its configuration
   * file cannot be found.
   */
  public static boolean apply(AppConfig.LogFormat format) {
    String appender = format.name().toUpperCase(Locale.ROOT);
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) return false;
    LoggerContext context = (LoggerContext) factory;
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    System.setProperty(APPENDER_PROPERTY, appender);
    if (root.getAppender(appender) != null) return false;
    URL config = configuration(context);
    if (config == null) return false;
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    context.reset();
    try {
      configurator.doConfigure(config);
    } catch (JoranException e) {
      // logback.xml was fine a moment ago; fall back to Logback's own default (console)
      BasicConfigurator basic = new BasicConfigurator();
      basic.setContext(context);
      basic.configure(context);
      return false;
    }
    return true;
  }

  /** The root logger's appender now: "TEXT", "JSON", or "" (something else). */
  public static String current() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) return "";
    Logger root = ((LoggerContext) factory).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    for (AppConfig.LogFormat f : AppConfig.LogFormat.values()) {
      if (root.getAppender(f.name()) != null) return f.name();
    }
    return "";
  }

  private static URL configuration(LoggerContext context) {
    URL url = ConfigurationWatchListUtil.getMainWatchURL(context);
    if (url != null) return url;
    ClassLoader loader = LogSetup.class.getClassLoader();
    URL test = loader.getResource("logback-test.xml");
    return test != null ? test : loader.getResource("logback.xml");
  }
}
