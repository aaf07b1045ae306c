package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** help: generated from the commands themselves. */
public final class HelpCommand implements BotCommand {
  private final List<BotCommand> commands;
  private final String articleTitle;
  private final List<String> examples;

  /**
   * {@code commands} are the other commands; help lists them and itself, with {@code examples}
   * (questions made from the loaded articles).
   */
  public HelpCommand(List<BotCommand> commands, String articleTitle, List<String> examples) {
    this.commands = List.copyOf(commands);
    this.articleTitle = articleTitle;
    this.examples = List.copyOf(examples);
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String description() {
    return "What I can do.";
  }

  @Override
  public Optional<Option> option() {
    return Optional.empty();
  }

  @Override
  public Reply run(String argument, Caller caller) {
    List<Part.Bullet> bullets = new ArrayList<>();
    for (BotCommand c : commands) {
      bullets.add(new Part.Bullet(c.usage() + " — " + c.description(), null));
    }
    bullets.add(new Part.Bullet(usage() + " — " + description(), null));
    Surface where = Surface.of(caller);
    if (where == Surface.CONSOLE) {
      Messages.consoleCommands().forEach(line -> bullets.add(new Part.Bullet(line, null)));
    }
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Heading("I answer questions about “" + articleTitle + "”"));
    parts.add(new Part.Text(Messages.howToAsk(where)));
    if (!examples.isEmpty()) parts.add(new Part.Text(Messages.examples(examples)));
    parts.add(new Part.Bullets(bullets));
    return new Reply(parts, true);
  }
}
