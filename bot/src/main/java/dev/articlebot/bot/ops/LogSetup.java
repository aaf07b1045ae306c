package dev.articlebot.bot.ops;

import ch.qos.logback.classic.BasicConfigurator;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import dev.articlebot.bot.config.AppConfig;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The logs' set-up ({@link LogConfigurator} applies it at start) and {@code log.format} from the
 * loaded configuration. {@code Main} sets the appender property early from ARTICLEBOT_LOG_FORMAT
 * only: a config file or {@code --set log.format=json} is known once the configuration is loaded,
 * after Logback has started, so {@link #apply} switches the root appender then. With a logback.xml
 * of the user's own, it sets the same property and re-reads that file.
 */
public final class LogSetup {
  static final String APPENDER_PROPERTY = "articlebot.log.appender";
  static final String TEXT = "TEXT";
  static final String JSON = "JSON";

  private static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{24} - %msg%n";

  /**
   * Library noise stays at INFO or above; never log token-bearing requests. Bolt's request parser
   * logs a whole request body at WARN when it does not recognise it: errors only.
   */
  private static final Map<String, Level> LIBRARY_LEVELS =
      Map.of(
          "com.slack.api", Level.INFO,
          "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR,
          "org.eclipse.jetty", Level.WARN,
          "net.dv8tion.jda", Level.INFO,
          "okhttp3", Level.INFO,
          "ai.djl", Level.ERROR,
          "org.apache.lucene", Level.WARN);

  private LogSetup() {}

  /** Logs to standard error through {@code appender} (TEXT or JSON) at {@code level}. */
  static void configure(LoggerContext context, String appender, Level level) {
    LIBRARY_LEVELS.forEach((name, l) -> context.getLogger(name).setLevel(l));
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(level);
    root.addAppender(appender(context, appender));
  }

  /**
   * Switches the logs to {@code format} if they are not in it yet; true if they were switched. Does
   * nothing (false) when Logback is not the SLF4J backend.
   */
  public static boolean apply(AppConfig.LogFormat format) {
    String appender = format.name().toUpperCase(Locale.ROOT);
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) return false;
    LoggerContext context = (LoggerContext) factory;
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    System.setProperty(APPENDER_PROPERTY, appender);
    if (root.getAppender(appender) != null) return false;
    URL own = ConfigurationWatchListUtil.getMainWatchURL(context);
    if (own != null) return reread(context, own);
    root.detachAndStopAllAppenders();
    root.addAppender(appender(context, appender));
    return true;
  }

  /** Undoes {@link #interactive}. */
  public interface Interactive extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Logs for one person typing at the console: the screen (the root logger's appenders) shows
   * warnings and errors only, and {@code file}, rewritten for each session, gets every log line.
   * When the file cannot be written, the screen still shows only warnings. Closing restores the
   * screen. Does nothing when Logback is not the SLF4J backend.
   */
  public static Interactive interactive(Path file) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) return () -> {};
    LoggerContext context = (LoggerContext) factory;
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    List<Appender<ILoggingEvent>> screen = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(screen::add);
    ThresholdFilter warnings = new ThresholdFilter();
    warnings.setContext(context);
    warnings.setLevel(Level.WARN.levelStr);
    warnings.start();
    Map<Appender<ILoggingEvent>, List<Filter<ILoggingEvent>>> before = new HashMap<>();
    for (Appender<ILoggingEvent> a : screen) {
      before.put(a, a.getCopyOfAttachedFiltersList());
      a.addFilter(warnings);
    }
    FileAppender<ILoggingEvent> toFile = fileAppender(context, file);
    if (toFile != null) root.addAppender(toFile);
    return () -> {
      if (toFile != null) {
        root.detachAppender(toFile);
        toFile.stop();
      }
      for (Appender<ILoggingEvent> a : screen) {
        a.clearAllFilters();
        before.get(a).forEach(a::addFilter);
      }
    };
  }

  private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) Files.createDirectories(dir);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Encoder<ILoggingEvent> encoder = text();
    encoder.setContext(context);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("CONSOLE_LOG_FILE");
    appender.setFile(file.toString());
    appender.setAppend(false);
    appender.setEncoder(encoder);
    appender.start();
    return appender.isStarted() ? appender : null;
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

  private static ConsoleAppender<ILoggingEvent> appender(LoggerContext context, String name) {
    Encoder<ILoggingEvent> encoder = JSON.equals(name) ? json() : text();
    encoder.setContext(context);
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName(JSON.equals(name) ? JSON : TEXT);
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  private static Encoder<ILoggingEvent> text() {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setPattern(PATTERN);
    return encoder;
  }

  /** One JSON object per line; "message" is the template, "formattedMessage" has the values. */
  private static Encoder<ILoggingEvent> json() {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    encoder.setWithArguments(false);
    encoder.setWithFormattedMessage(true);
    return encoder;
  }

  /** Re-reads the user's own logback.xml, which picks its appender from the property. */
  private static boolean reread(LoggerContext context, URL config) {
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    context.reset();
    try {
      configurator.doConfigure(config);
    } catch (JoranException e) {
      // the file was fine a moment ago; fall back to Logback's own default (console)
      BasicConfigurator basic = new BasicConfigurator();
      basic.setContext(context);
      basic.configure(context);
      return false;
    }
    return true;
  }
}
