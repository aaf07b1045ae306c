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

  static void forEachLine(InputStream in, Consumer<String> action) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) action.accept(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
