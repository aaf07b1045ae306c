package dev.articlebot.bot.summary;

import dev.articlebot.bot.command.Surface;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.DailySummarySource;
import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.summary.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The summaries the bot shows: on request every article, newest first; for the daily post either
 * every article or only those not summarised in an earlier daily post (recorded in the state
 * folder).
 */
public final class Summaries implements DailySummarySource {
  private final ArticleShelf knowledge;
  private final SummaryReplies replies;
  private final boolean onlyNew;
  private final Path postedFile;

  public Summaries(ArticleShelf knowledge, boolean onlyNew, Path stateDir) {
    this.knowledge = knowledge;
    this.replies = new SummaryReplies(knowledge);
    this.onlyNew = onlyNew;
    this.postedFile = stateDir.resolve("daily-posts").resolve("summarized-articles.txt");
  }

  /**
   * The summaries of the {@link #MOST} most recently added articles, newest first: a library of
   * thousands is not summarised whole.
   */
  public List<Summary> all() {
    List<Summary> out = new ArrayList<>();
    for (Article a : SummaryOrder.newestFirst(knowledge.recentArticles(MOST))) {
      knowledge.summary(a.id()).ifPresent(out::add);
    }
    return out;
  }

  /** At most this many articles are summarised at once. */
  public static final int MOST = 20;

  /** The summary reply for the summary command, read on {@code where}. */
  public Reply reply(Surface where) {
    return replies.of(all(), where);
  }

  /** The daily post for a chat. */
  @Override
  public Reply summaryFor(LocalDate date) throws IOException {
    return summaryFor(date, Surface.CHAT);
  }

  /** The daily post, read on {@code where}. */
  public synchronized Reply summaryFor(LocalDate date, Surface where) throws IOException {
    List<Summary> summaries = all();
    if (!onlyNew) return replies.of(summaries, where);
    Set<String> posted = readPosted();
    List<Summary> fresh = summaries.stream().filter(s -> !posted.contains(s.articleId())).toList();
    for (Summary s : fresh) posted.add(s.articleId());
    writePosted(posted);
    return replies.of(fresh, where);
  }

  private Set<String> readPosted() throws IOException {
    if (!Files.isRegularFile(postedFile)) return new LinkedHashSet<>();
    return new LinkedHashSet<>(Files.readAllLines(postedFile, StandardCharsets.UTF_8));
  }

  private void writePosted(Set<String> ids) throws IOException {
    Files.createDirectories(postedFile.getParent());
    Path tmp = Files.createTempFile(postedFile.getParent(), "summarized", ".part");
    Files.write(tmp, ids, StandardCharsets.UTF_8);
    Files.move(
        tmp, postedFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
