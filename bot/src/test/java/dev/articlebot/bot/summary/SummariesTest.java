package dev.articlebot.bot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.command.Surface;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummariesTest {
  private static final KnowledgeBase KB =
      KnowledgeLoader.load(
          new KnowledgeLoader.Settings(null, Path.of("target", "test-state"), 500));
  @TempDir Path state;

  @Test
  void theReplyHasHeadingCitedBulletsKeyQuotesAndAnInvitation() {
    Reply r = new Summaries(KB, false, state).reply(Surface.CHAT);
    assertThat(r.parts().get(0)).isInstanceOf(Part.Heading.class);
    Part.Bullets bullets = (Part.Bullets) r.parts().get(1);
    assertThat(bullets.items()).allSatisfy(b -> assertThat(b.source().paragraph()).isPositive());
    assertThat(r.parts()).anySatisfy(p -> assertThat(p).isInstanceOf(Part.Quotation.class));
    assertThat(r.parts().get(r.parts().size() - 1).plainText())
        .isEqualTo(Messages.inviteQuestions(Surface.CHAT));
  }

  @Test
  void onlyNewArticlesArePostedOnce() throws Exception {
    Summaries daily = new Summaries(KB, true, state);
    assertThat(daily.summaryFor(LocalDate.of(2025, 11, 3)).plainText())
        .contains("Inevitable Peace");
    Summaries afterRestart = new Summaries(KB, true, state);
    assertThat(afterRestart.summaryFor(LocalDate.of(2025, 11, 4)).plainText())
        .isEqualTo(Messages.noNewArticles());
  }

  @Test
  void everyArticleEachDayWhenConfiguredSo() throws Exception {
    Summaries daily = new Summaries(KB, false, state);
    daily.summaryFor(LocalDate.of(2025, 11, 3));
    assertThat(daily.summaryFor(LocalDate.of(2025, 11, 4)).plainText())
        .contains("Inevitable Peace");
  }

  @Test
  void datesAreReadForNewestFirst() {
    assertThat(SummaryOrder.date("2025-11-02")).contains(LocalDate.of(2025, 11, 2));
    assertThat(SummaryOrder.date("November 2, 2025")).contains(LocalDate.of(2025, 11, 2));
    assertThat(SummaryOrder.date("Updated Nov 2, 2025")).contains(LocalDate.of(2025, 11, 2));
    assertThat(SummaryOrder.date("Jan.1")).isEmpty();
  }
}
