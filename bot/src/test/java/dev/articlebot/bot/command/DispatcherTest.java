package dev.articlebot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  private final AtomicReference<String> seen = new AtomicReference<>();

  private final BotCommand ask =
      new BotCommand() {
        @Override
        public String name() {
          return "ask";
        }

        @Override
        public String description() {
          return "ask";
        }

        @Override
        public Optional<Option> option() {
          return Optional.of(new Option("question", "q", true, false));
        }

        @Override
        public Reply run(String argument, Caller caller) {
          seen.set(argument);
          if (argument.contains("boom")) throw new IllegalStateException("secret detail");
          return Reply.notice("ok");
        }
      };

  private Dispatcher dispatcher(int limit) {
    CommandCatalog catalog = new CommandCatalog(List.of(ask));
    return new Dispatcher(
        catalog,
        new TextRouter(catalog, text -> java.util.Optional.empty()),
        new RateLimiter(limit, Duration.ofMinutes(1), new RateLimiterTest.StepClock()),
        100);
  }

  private final Caller caller = new Caller("test", "u1", "c1");

  @Test
  void failuresBecomeAFriendlyReplyWithoutDetails() {
    Reply r = dispatcher(5).handleText(caller, "boom");
    assertThat(r.plainText()).isEqualTo(Messages.failed()).doesNotContain("secret");
  }

  @Test
  void rateLimitedUsersAreToldWhenToComeBack() {
    Dispatcher d = dispatcher(1);
    d.handleText(caller, "first");
    Reply r = d.handleText(caller, "second");
    assertThat(r.ephemeral()).isTrue();
    assertThat(r.parts()).singleElement().isInstanceOf(Part.Notice.class);
    assertThat(r.plainText()).contains("try again in 60 s");
  }

  @Test
  void floodsAreCutBeforeAnyWork() {
    dispatcher(5).handleText(caller, "x".repeat(100_000));
    assertThat(seen.get()).hasSize(400);
  }

  @Test
  void unknownSlashCommandsAreNamed() {
    assertThat(dispatcher(5).handleCommand(caller, "dance", "").plainText())
        .contains("dance")
        .contains("ask");
  }

  @Test
  void theConsoleAndTheCommandLineAreNotRateLimited() {
    Dispatcher d = dispatcher(1);
    for (int i = 0; i < 5; i++) {
      assertThat(d.handleText(Caller.CONSOLE, "question " + i).plainText()).isEqualTo("ok");
      assertThat(d.handleCommand(Caller.COMMAND_LINE, "ask", "question " + i).plainText())
          .isEqualTo("ok");
    }
    assertThat(d.handleText(caller, "first").plainText()).isEqualTo("ok");
    assertThat(d.handleText(caller, "second").plainText()).contains("try again");
  }
}
