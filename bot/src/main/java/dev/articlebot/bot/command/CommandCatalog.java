package dev.articlebot.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The commands the bot offers, in help order. */
public final class CommandCatalog {
  private final List<BotCommand> commands;

  public CommandCatalog(List<BotCommand> commands) {
    this.commands = List.copyOf(commands);
  }

  public List<BotCommand> all() {
    return commands;
  }

  public Optional<BotCommand> find(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("^/", "");
    return commands.stream().filter(c -> c.name().equals(n)).findFirst();
  }

  public BotCommand require(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("no command " + name));
  }

  public List<String> names() {
    List<String> out = new ArrayList<>();
    commands.forEach(c -> out.add(c.name()));
    return out;
  }
}
