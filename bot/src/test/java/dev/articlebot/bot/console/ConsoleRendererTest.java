package dev.articlebot.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
  private final ConsoleRenderer renderer = new ConsoleRenderer(40);

  @Test
  void showsTheAnswerThenEachPassageWithItsLabel() {
    Part.Source source = new Part.Source("a", "Title", 14, "De-escalation");
    String out =
        renderer.render(
            Reply.of(
                new Part.Text("The answer."),
                new Part.Passage(source, "quote", "The whole paragraph of the article."),
                new Part.Footer("From “Title”")));
    assertThat(out)
        .contains("The answer.")
        .contains("[¶14 · De-escalation]")
        .contains("The whole paragraph")
        .contains("From “Title”");
  }

  @Test
  void wrapsAtTheWidthWithoutCuttingWords() {
    String out = renderer.render(Reply.of(new Part.Text("word ".repeat(30).strip())));
    for (String line : out.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(40);
      assertThat(line).doesNotContain("wor ").doesNotEndWith("wo");
    }
  }
}
