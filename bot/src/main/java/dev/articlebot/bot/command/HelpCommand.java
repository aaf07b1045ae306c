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

  /** {@code commands} are the other commands; help lists them and itself. */
  public HelpCommand(List<BotCommand> commands, String articleTitle) {
    this.commands = List.copyOf(commands);
    this.articleTitle = articleTitle;
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
    return new Reply(
        List.of(
            new Part.Heading("I answer questions about “" + articleTitle + "”"),
            new Part.Text(
                "Ask in plain words (mention me, DM me, or use a command). Every answer cites the"
                    + " paragraphs it comes from; when the article doesn’t say, I tell you."),
            new Part.Bullets(bullets)),
        true);
  }
}
