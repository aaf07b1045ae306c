package dev.articlebot.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
  private final ConsoleRenderer renderer = new ConsoleRenderer(40);

  @Test
  void showsTheAnswerThenEachPassageWithItsLabel() {
    Part.Source source = new Part.Source("a", "Title", 14, "De-escalation");
    Part.Source other = new Part.Source("a", "Title", 3, "");
    String out =
        renderer.render(
            Reply.of(
                new Part.Answer("The answer.", List.of(source)),
                new Part.Passage(other, "An excerpt", "The whole paragraph of the article."),
                new Part.Footer("From “Title”")));
    assertThat(out)
        .startsWith("The answer. [¶14 · De-escalation]")
        .contains("[¶3] An excerpt")
        .doesNotContain("The whole paragraph")
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
