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

/** Questions asking for a detail, against a made-up local news story (not the bundled article). */
class AskedDetailTest {
  private static KnowledgeBase harbor;

  @BeforeAll
  static void load() {
    harbor =
        KnowledgeLoader.load(
            new KnowledgeLoader.Settings(
                Path.of("src", "test", "resources", "quotes", "harbor-vote.txt"),
                Path.of("target", "test-state"),
                500));
  }

  @Test
  void aDetailTheStoryGivesIsAnsweredFromThePassageThatGivesIt() {
    for (String q :
        new String[] {
          "How much does the whole cleanup cost?", "how much will the harbor cleanup cost"
        }) {
      Answer cost = harbor.answer(q);
      assertThat(cost.answered()).as(q).isTrue();
      assertThat(cost.citations().get(0).text()).as(q).contains("$40 million");
    }

    Answer phase = harbor.answer("how much will the first phase cost");
    assertThat(phase.answered()).isTrue();
    assertThat(phase.text()).contains("$12 million");
  }

  @Test
  void aDetailTheStoryDoesNotGiveIsRefusedWithTheNearestPassagesShown() {
    for (String q :
        new String[] {"How long will the dredging take?", "how many pilots does the harbor have"}) {
      Answer a = harbor.answer(q);
      assertThat(a.answered()).as(q).isFalse();
      assertThat(a.citations()).as(q).isNotEmpty();
    }
  }

  @Test
  void aDateIsAnsweredFromThePassageWithOne() {
    Answer when = harbor.answer("When did the council vote on the plan?");
    assertThat(when.answered()).isTrue();
    assertThat(when.citations().get(0).text()).contains("on Tuesday");
  }

  @Test
  void theAnswerIsTheSentenceThatGivesTheDetail(@TempDir Path dir) throws IOException {
    Path story = dir.resolve("bridge.txt");
    Files.writeString(
        story,
        """
        A New Bridge for the Old Town

        By Sam Reed

        The new river bridge links the two halves of the old town and was designed by a small \
        local firm of architects. Building it cost the city and the state $30 million in total, \
        officials said.

        Residents had argued for a decade about where the crossing should go.
        """);
    KnowledgeBase bridge =
        KnowledgeLoader.load(
            new KnowledgeLoader.Settings(story, Path.of("target", "test-state"), 500));
    Answer a = bridge.answer("How much did the new river bridge cost?");
    assertThat(a.answered()).isTrue();
    assertThat(a.text()).contains("$30 million");
  }
}
