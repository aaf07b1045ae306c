package dev.articlebot.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.HelpCommand;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.Surface;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hand-written commands with fixed replies, and the services and settings around them. */
final class SlackTestKit {
  static final String ARTICLE_ID = "an-inevitable-peace";
  static final String TITLE = "An ‘Inevitable Peace’?";
  static final Part.Source SOURCE = new Part.Source(ARTICLE_ID, TITLE, 20, "‘Co-Equals’");
  static final String LABEL = "¶20 · ‘Co-Equals’";
  static final String QUOTE = "Both sides agreed to pause the new tariffs for 90 days.";
  static final String PARAGRAPH = "The whole of paragraph twenty, with every word of it.";

  private SlackTestKit() {}

  /** What a stub command was asked. */
  record Asked(String command, String argument, Caller caller) {}

  /** ask: echoes the question, cites ¶20; quote: a fixed quotation. Records every call. */
  static final class Stubs {
    final List<Asked> asked = new CopyOnWriteArrayList<>();

    BotCommand ask() {
      return new Stub("ask", "Ask a question", true) {
        @Override
        public Reply run(String argument, Caller caller) {
          asked.add(new Asked("ask", argument, caller));
          if (argument.isBlank())
            return Reply.notice(Messages.emptyQuestion(Surface.CHAT, Optional.empty()));
          return new Reply(
              List.of(
                  new Part.Text("You asked: " + argument),
                  new Part.Passage(SOURCE, QUOTE, PARAGRAPH),
                  new Part.Footer(Messages.from(TITLE))),
              false);
        }
      };
    }

    BotCommand quote() {
      return new Stub("quote", "Quotes by a person", true) {
        @Override
        public Reply run(String argument, Caller caller) {
          asked.add(new Asked("quote", argument, caller));
          return Reply.of(
              new Part.Heading("Wu Xinbo"),
              new Part.Quotation(
                  "Wu Xinbo", "Peace is not inevitable.", SOURCE, "professor", false));
        }
      };
    }

    Dispatcher dispatcher(Clock clock) {
      List<BotCommand> commands = new ArrayList<>(List.of(ask(), quote()));
      commands.add(new HelpCommand(List.copyOf(commands), TITLE, List.of()));
      CommandCatalog catalog = new CommandCatalog(commands);
      return new Dispatcher(
          catalog,
          new TextRouter(catalog, text -> java.util.Optional.empty()),
          new RateLimiter(1000, Duration.ofMinutes(1), clock),
          500);
    }

    BotServices services(Clock clock, Workers workers) {
      return new BotServices(
          dispatcher(clock),
          (prefix, max) -> List.of("Wu Xinbo"),
          (articleId, n) ->
              ARTICLE_ID.equals(articleId)
                  ? Optional.of(
                      Reply.of(new Part.Heading(SOURCE.label()), new Part.Text(PARAGRAPH)))
                  : Optional.empty(),
          workers,
          clock);
    }

    List<Asked> asked(String command) {
      return asked.stream().filter(a -> a.command().equals(command)).toList();
    }
  }

  private abstract static class Stub implements BotCommand {
    private final String name;
    private final String description;
    private final boolean takesText;

    Stub(String name, String description, boolean takesText) {
      this.name = name;
      this.description = description;
      this.takesText = takesText;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public Optional<Option> option() {
      return takesText ? Optional.of(new Option("text", "text", true, false)) : Optional.empty();
    }
  }

  static AppConfig.Slack settings(FakeSlack slack, AppConfig.SlackMode mode, int httpPort) {
    return settings(slack, mode, httpPort, Map.of());
  }

  /** With {@code renames} as slack.commands. */
  static AppConfig.Slack settings(
      FakeSlack slack, AppConfig.SlackMode mode, int httpPort, Map<String, String> renames) {
    return new AppConfig.Slack(AppConfig.Toggle.TRUE, mode, httpPort, slack.apiBaseUrl(), renames);
  }

  static Secrets secrets() {
    return new Secrets(
        Map.of(
            Secrets.SLACK_BOT_TOKEN, FakeSlack.BOT_TOKEN,
            Secrets.SLACK_APP_TOKEN, FakeSlack.APP_TOKEN,
            Secrets.SLACK_SIGNING_SECRET, FakeSlack.SIGNING_SECRET),
        Path.of("/nonexistent-secrets"));
  }

  /** Every text in {@code blocks}, joined: what a reader could see. */
  static String allText(JsonNode blocks) {
    StringBuilder sb = new StringBuilder();
    blocks
        .findValues("text")
        .forEach(t -> sb.append(t.isTextual() ? t.asText() : t.path("text").asText()).append('\n'));
    return sb.toString();
  }
}
