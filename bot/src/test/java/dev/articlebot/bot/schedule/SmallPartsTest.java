package dev.articlebot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

  @Test
  void consolePosterPrintsPlainText() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsolePoster poster = new ConsolePoster(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String first =
        poster.post("out", Reply.of(new Part.Heading("Today"), new Part.Text("Calm.")), "sum-1");
    String second = poster.post("out", Reply.of(new Part.Text("Again.")), "sum-2");
    assertThat(poster.platform()).isEqualTo("console");
    assertThat(first).isNotEqualTo(second);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("Today\nCalm." + System.lineSeparator() + "Again." + System.lineSeparator());
  }

  @Test
  void retryPolicyDoublesUpToItsCap() {
    RetryPolicy p = RetryPolicy.DEFAULT;
    assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(p.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(p.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(p.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(p.delayAfter(1000)).isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initial retry delay must be positive");
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max retry delay");
  }
}
