package dev.articlebot.bot;

import dev.articlebot.knowledge.library.IndexingProgress;
import dev.articlebot.knowledge.library.Library;
import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far indexing has come: a log line every {@link #LOG_EVERY_NANOS} (articles done of
 * total, rate, time left) and, on a terminal, a progress bar redrawn in place.
 */
final class IndexingLog {
  private static final Logger log = LoggerFactory.getLogger("dev.articlebot.library");

  static final long LOG_EVERY_NANOS = 5_000_000_000L;
  private static final int BAR = 30;

  private final PrintStream bar;
  private long lastLog;

  private IndexingLog(PrintStream bar) {
    this.bar = bar;
  }

  /** Reports {@code library}'s indexing in the log, and as a bar on {@code bar} when not null. */
  static void attach(Library library, PrintStream bar) {
    IndexingLog l = new IndexingLog(bar);
    library.onProgress(l::update);
  }

  private synchronized void update(IndexingProgress p) {
    if (p.total() == 0) return;
    long now = System.nanoTime();
    boolean finished = !p.indexing();
    if (p.done() == 0 || finished || now - lastLog >= LOG_EVERY_NANOS) {
      lastLog = now;
      if (finished) log.info("Indexing done: {} in {}", p.describe(), seconds(p));
      else log.info("Indexing: {}", p.describe());
    }
    if (bar != null) {
      int filled = (int) Math.round(BAR * (double) p.done() / p.total());
      bar.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(BAR - filled)
              + "] "
              + p.describe()
              + "    "
              + (finished ? "\n" : ""));
      bar.flush();
    }
  }

  private static String seconds(IndexingProgress p) {
    return String.format(Locale.ROOT, "%.1f s", p.elapsed().toMillis() / 1000.0);
  }
}
