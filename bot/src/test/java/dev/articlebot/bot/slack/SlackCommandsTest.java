package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.ops.StartupException;
import dev.articlebot.bot.platform.Workers;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The slash commands are the catalog's commands (the test kit's: ask, quote, help), each under its
 * own name unless slack.commands renames it, through the real Bolt app against {@link FakeSlack}.
 */
@Timeout(90)
class SlackCommandsTest {
  private FakeSlack fake;
  private SlackTestKit.Stubs stubs;
  private Workers workers;
  private SlackAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    fake = FakeSlack.start();
    stubs = new SlackTestKit.Stubs();
    workers = new Workers(1, 32); // in order: a later answer means earlier work is done
    adapter =
        SlackAdapter.create(
            SlackTestKit.settings(
                fake, AppConfig.SlackMode.SOCKET, 3000, Map.of("ask", "/article-ask")),
            SlackTestKit.secrets(),
            stubs.services(Clock.systemUTC(), workers));
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close(Duration.ofSeconds(5));
    workers.drain(Duration.ofSeconds(5));
    fake.close();
  }

  @Test
  void everyCatalogCommandIsASlashCommandAndHelpIsOne() {
    fake.sendSlashCommand("/help", "", "U123", "C1", "h1");
    FakeSlack.Call help = fake.awaitCalls("response:h1", 1).get(0);
    assertThat(help.param("text")).contains("quote &lt;text&gt;").contains("help");
    assertThat(help.param("response_type")).isEqualTo("ephemeral");

    fake.sendSlashCommand("/quote", "Wu Xinbo", "U123", "C1", "q1");
    fake.awaitCalls("response:q1", 1);
    assertThat(stubs.asked("quote"))
        .singleElement()
        .extracting(a -> a.argument())
        .isEqualTo("Wu Xinbo");
  }

  @Test
  void aRenamedCommandAnswersOnlyToItsNewName() {
    // Bolt leaves a command it has no handler for unanswered (no ack, no reply).
    fake.sendSlashCommand("/ask", "by the old name", "U123", "C1", "old");
    fake.sendSlashCommand("/article-ask", "by the new name", "U123", "C1", "new");
    FakeSlack.Call answer = fake.awaitCalls("response:new", 1).get(0);
    assertThat(answer.param("text")).contains("You asked: by the new name");
    assertThat(stubs.asked("ask"))
        .singleElement()
        .extracting(a -> a.argument())
        .isEqualTo("by the new name");
    assertThat(fake.calls("response:old")).isEmpty();
  }

  @Test
  void renamingACommandTheBotDoesNotHaveStopsTheStartWithTheFix() {
    assertThatThrownBy(
            () ->
                SlackAdapter.create(
                    SlackTestKit.settings(
                        fake, AppConfig.SlackMode.SOCKET, 3000, Map.of("asks", "/asks")),
                    SlackTestKit.secrets(),
                    stubs.services(Clock.systemUTC(), workers)))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("slack.commands names asks")
        .hasMessageContaining("ask, quote, help");
  }
}
