package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "How did X hit back?" against a made-up story whose cause shares more words than the answer. */
class RespondersTest {
  private static KnowledgeBase dispute;

  @BeforeAll
  static void load(@TempDir Path dir) throws IOException {
    Path story = dir.resolve("fishing-dispute.txt");
    Files.writeString(
        story,
        """
        A Row Over Fish

        By Sam Reed

        In March, Oslo closed its northern waters to foreign trawlers and tripled the licence \
        fees that foreign fishing fleets pay to land their catch in Norwegian ports.

        Iceland retaliated within a week, barring Norwegian ships from its harbours and \
        suspending a joint research programme on cod stocks.

        The two governments are due to meet in Bergen in the autumn to discuss quotas.
        """);
    dispute =
        KnowledgeLoader.load(
            new KnowledgeLoader.Settings(story, Path.of("target", "test-state"), 500));
  }

  @Test
  void theAnswerIsWhereTheOneAskedAboutActs() {
    for (String q :
        new String[] {
          "How did Iceland hit back at the closed waters and higher licence fees for foreign fleets?",
          "how did iceland respond to norway's new fees on foreign fishing fleets",
          "What did Iceland do to get back at Norway over the licence fees?"
        }) {
      Answer a = dispute.answer(q);
      assertThat(a.citations().get(0).text()).as(q).startsWith("Iceland retaliated");
    }
  }

  @Test
  void aQuestionAboutWhatProvokedItStillGetsTheCause() {
    Answer a = dispute.answer("What did Norway do to foreign fishing fleets?");
    assertThat(a.citations().get(0).text()).startsWith("In March, Oslo closed");
  }
}
