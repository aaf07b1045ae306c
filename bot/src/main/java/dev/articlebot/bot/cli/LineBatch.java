package dev.articlebot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** One item per input line, in order, none lost: N lines in, N calls out. */
final class LineBatch {
  private LineBatch() {}

  /** The words as one item when given, else one item per line of {@code in}. */
  static void argumentOrLines(
      java.util.List<String> words, InputStream in, Consumer<String> action) {
    if (!words.isEmpty()) action.accept(String.join(" ", words));
    else forEachLine(in, action);
  }

  static void forEachLine(InputStream in, Consumer<String> action) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) action.accept(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
