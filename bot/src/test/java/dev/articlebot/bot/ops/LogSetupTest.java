package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.bot.config.AppConfig.LogFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** log.format from the loaded configuration switches Logback between TEXT and JSON. */
class LogSetupTest {

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
      // the library loggers' levels from logback.xml survive the reconfiguration
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
}
