package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.bot.config.AppConfig.LogFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** log.format from the loaded configuration switches Logback between TEXT and JSON. */
class LogSetupTest {

  @Test
  void logbackIsSetUpInCodeWithoutReadingAnXmlFile() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(ConfigurationWatchListUtil.getMainWatchURL(context)).isNull();
    assertThat(LogSetup.current()).isNotEmpty();
    assertThat(LoggerFactory.getLogger("ai.djl").isWarnEnabled()).isFalse();
    assertThat(LoggerFactory.getLogger("org.apache.lucene").isInfoEnabled()).isFalse();
  }

  @Test
  void theConfiguratorFollowsThePropertiesAndGivesWayToAFileOfYourOwn() {
    String level = System.getProperty(LogConfigurator.LEVEL_PROPERTY);
    String appender = System.getProperty(LogSetup.APPENDER_PROPERTY);
    try {
      System.setProperty(LogConfigurator.LEVEL_PROPERTY, "WARN");
      System.setProperty(LogSetup.APPENDER_PROPERTY, "JSON");
      LoggerContext fresh = new LoggerContext();
      assertThat(new LogConfigurator().configure(fresh))
          .isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
      Logger root = fresh.getLogger(Logger.ROOT_LOGGER_NAME);
      assertThat(root.getLevel()).isEqualTo(Level.WARN);
      assertThat(root.getAppender("JSON")).isNotNull();
      assertThat(root.getAppender("TEXT")).isNull();

      System.setProperty("logback.configurationFile", "my-logback.xml");
      LoggerContext own = new LoggerContext();
      assertThat(new LogConfigurator().configure(own))
          .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(own.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    } finally {
      System.clearProperty("logback.configurationFile");
      restore(LogConfigurator.LEVEL_PROPERTY, level);
      restore(LogSetup.APPENDER_PROPERTY, appender);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) System.clearProperty(key);
    else System.setProperty(key, value);
  }

  @Test
  void switchesToJsonAndBack() throws Exception {
    String property = System.getProperty(LogSetup.APPENDER_PROPERTY);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      LogSetup.apply(LogFormat.TEXT);
      assertThat(LogSetup.current()).isEqualTo("TEXT");
      assertThat(LogSetup.apply(LogFormat.TEXT)).isFalse();

      // the console appender takes System.err when it starts, so swap it first
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      assertThat(LogSetup.apply(LogFormat.JSON)).isTrue();
      assertThat(LogSetup.current()).isEqualTo("JSON");
      assertThat(System.getProperty(LogSetup.APPENDER_PROPERTY)).isEqualTo("JSON");
      assertThat(LogSetup.apply(LogFormat.JSON)).isFalse();
      LoggerFactory.getLogger(LogSetupTest.class).warn("switched to {}", "json");

      String line =
          captured.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("");
      JsonNode json = new ObjectMapper().readTree(line);
      assertThat(json.get("level").asText()).isEqualTo("WARN");
      assertThat(json.get("message").asText()).isEqualTo("switched to {}");
      assertThat(json.get("formattedMessage").asText()).isEqualTo("switched to json");
      // the library loggers' levels survive the switch
      assertThat(LoggerFactory.getLogger("ai.djl").isWarnEnabled()).isFalse();
    } finally {
      System.setErr(err);
      LogSetup.apply(LogFormat.TEXT);
      if (property == null) {
        System.clearProperty(LogSetup.APPENDER_PROPERTY);
      } else {
        System.setProperty(LogSetup.APPENDER_PROPERTY, property);
      }
    }
    assertThat(LogSetup.current()).isEqualTo("TEXT");
  }

  @Test
  void whileTheConsoleIsOpenTheScreenShowsWarningsOnlyAndTheFileEverything(@TempDir Path dir)
      throws Exception {
    String property = System.getProperty(LogSetup.APPENDER_PROPERTY);
    PrintStream err = System.err;
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    org.slf4j.Logger log = LoggerFactory.getLogger(LogSetupTest.class);
    Path file = dir.resolve("state").resolve("console.log");
    try {
      // a fresh screen appender on a captured standard error
      LogSetup.apply(LogFormat.TEXT);
      System.setErr(new PrintStream(screen, true, StandardCharsets.UTF_8));
      LogSetup.apply(LogFormat.JSON);
      LogSetup.Interactive console = LogSetup.interactive(file);
      log.info("an answer was given");
      log.warn("something to see");
      console.close();
      log.info("after the console");
      String shown = screen.toString(StandardCharsets.UTF_8);
      assertThat(shown)
          .doesNotContain("an answer was given")
          .contains("something to see")
          .contains("after the console");
      assertThat(Files.readString(file))
          .contains("an answer was given")
          .contains("something to see")
          .doesNotContain("after the console");
    } finally {
      System.setErr(err);
      LogSetup.apply(LogFormat.TEXT);
      if (property == null) {
        System.clearProperty(LogSetup.APPENDER_PROPERTY);
      } else {
        System.setProperty(LogSetup.APPENDER_PROPERTY, property);
      }
    }
  }
}
