package dev.articlebot.bot.console;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Dispatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** A chat in the terminal: each line is a message to the bot, as on any platform. */
public final class ConsoleAdapter {
  private static final Set<String> EXIT = Set.of("exit", "quit", ":q", "bye");

  private final Dispatcher dispatcher;
  private final ConsoleRenderer renderer;

  public ConsoleAdapter(Dispatcher dispatcher, ConsoleRenderer renderer) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
  }

  /** Reads lines until end of input or "exit". */
  public void run(InputStream in, PrintStream out, String greeting) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    out.println(greeting);
    out.print("> ");
    out.flush();
    String line;
    while ((line = reader.readLine()) != null) {
      String t = line.strip();
      if (EXIT.contains(t.toLowerCase(Locale.ROOT))) break;
      if (!t.isEmpty()) {
        out.println();
        out.print(renderer.render(dispatcher.handleText(Caller.CONSOLE, t)));
        out.println();
      }
      out.print("> ");
      out.flush();
    }
    out.println();
  }
}
