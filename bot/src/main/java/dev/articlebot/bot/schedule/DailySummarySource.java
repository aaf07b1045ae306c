package dev.articlebot.bot.schedule;

import dev.articlebot.bot.reply.Reply;
import java.time.LocalDate;

/** Supplies the daily summary to post; the summarizer lives elsewhere. */
@FunctionalInterface
public interface DailySummarySource {

  /**
   * The summary for {@code date} (the local date of the run). Called at most once per run for all
   * channels, and again on a retry only if it failed.
   *
   * @throws Exception if it cannot be made now; the post is retried like a failed post
   */
  Reply summaryFor(LocalDate date) throws Exception;
}
