package dev.articlebot.bot.discord;

import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.HelpCommand;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A tiny bot for adapter tests: a real {@link Dispatcher} (routing, rate limit) over hand-written
 * commands that return fixed replies with passages and record what they were asked.
 */
final class TestBot {
  static final String ARTICLE = "an-inevitable-peace";
  static final String TITLE = "An ‘Inevitable Peace’?";
  static final Part.Source P14 = new Part.Source(ARTICLE, TITLE, 14, "De-escalation");
  static final Part.Source P3 = new Part.Source(ARTICLE, TITLE, 3, "");

  /** One question a command was asked. */
  record Asked(String command, String argument, Caller caller) {}

  final List<Asked> asked = new CopyOnWriteArrayList<>();
  final List<String> speakers = new ArrayList<>();
  volatile Function<String, Reply> answer = TestBot::answerFor;
  volatile CountDownLatch gate;

  TestBot() {
    speakers.add("Wu Xinbo");
    speakers.add("Wang Yi");
    for (int i = 1; i <= 40; i++) speakers.add(String.format(Locale.ROOT, "Wang %02d", i));
  }

  static Reply answerFor(String question) {
    return Reply.of(
        new Part.Text("You asked: " + question),
        new Part.Passage(P14, "Both sides agreed to keep talking.", "Paragraph 14 in full."),
        new Part.Passage(P3, "Talks resumed in Kuala Lumpur.", "Paragraph 3 in full."),
        new Part.Footer("From “" + TITLE + "”"));
  }

  /** The ask command alone, recording what it is asked: for tests that build their own catalog. */
  BotCommand ask() {
    return new Ask();
  }

  BotServices services(Workers workers) {
    return services(workers, 1_000);
  }

  BotServices services(Workers workers, int questionsPerMinute) {
    List<BotCommand> commands = new ArrayList<>();
    commands.add(new Ask());
    commands.add(new Quote());
    commands.add(new Fixed("speakers", "Who is quoted in the article.", speakersReply()));
    commands.add(new Fixed("summary", "The article in a few lines.", summaryReply()));
    commands.add(new HelpCommand(List.copyOf(commands), TITLE, List.of()));
    CommandCatalog catalog = new CommandCatalog(commands);
    Dispatcher dispatcher =
        new Dispatcher(
            catalog,
            new TextRouter(catalog, text -> java.util.Optional.empty()),
            new RateLimiter(questionsPerMinute, Duration.ofMinutes(1), Clock.systemUTC()),
            500);
    return new BotServices(
        dispatcher,
        (prefix, max) ->
            speakers.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)))
                .limit(max)
                .toList(),
        (articleId, n) ->
            articleId.equals(ARTICLE) && n >= 1 && n <= 30
                ? Optional.of(
                    new Reply(
                        List.of(
                            new Part.Passage(
                                new Part.Source(ARTICLE, TITLE, n, ""),
                                "Paragraph " + n + " in full, with *stars*.",
                                "Paragraph " + n + " in full, with *stars*.")),
                        true))
                : Optional.empty(),
        workers,
        Clock.systemUTC());
  }

  List<Asked> asked(String command) {
    return asked.stream().filter(a -> a.command().equals(command)).toList();
  }

  static Reply summaryReply() {
    return Reply.of(
        new Part.Heading(TITLE),
        new Part.Bullets(
            List.of(
                new Part.Bullet("Both sides agreed to keep talking.", P14),
                new Part.Bullet("Talks resumed in Kuala Lumpur.", P3))),
        new Part.Footer("From “" + TITLE + "”"));
  }

  static Reply speakersReply() {
    return Reply.of(new Part.Heading("People quoted"), new Part.Text("Wu Xinbo, Wang Yi"));
  }

  private final class Ask implements BotCommand {
    @Override
    public String name() {
      return "ask";
    }

    @Override
    public String description() {
      return "Ask a question about the article; the answer cites its paragraphs.";
    }

    @Override
    public Optional<Option> option() {
      return Optional.of(new Option("question", "Your question about the article", true, false));
    }

    @Override
    public Reply run(String argument, Caller caller) {
      asked.add(new Asked(name(), argument, caller));
      CountDownLatch g = gate;
      if (g != null) {
        try {
          if (!g.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("gate stayed shut");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return answer.apply(argument);
    }
  }

  private final class Quote implements BotCommand {
    @Override
    public String name() {
      return "quote";
    }

    @Override
    public String description() {
      return "What a person quoted in the article said.";
    }

    @Override
    public Optional<Option> option() {
      return Optional.of(new Option("speaker", "Whose words", true, true));
    }

    @Override
    public Reply run(String argument, Caller caller) {
      asked.add(new Asked(name(), argument, caller));
      return Reply.of(
          new Part.Heading(argument),
          new Part.Quotation(argument, "It will hold.", P14, "Fudan University", false));
    }
  }

  private final class Fixed implements BotCommand {
    private final String name;
    private final String description;
    private final Reply reply;

    Fixed(String name, String description, Reply reply) {
      this.name = name;
      this.description = description;
      this.reply = reply;
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
      return Optional.empty();
    }

    @Override
    public Reply run(String argument, Caller caller) {
      asked.add(new Asked(name, argument, caller));
      return reply;
    }
  }
}
