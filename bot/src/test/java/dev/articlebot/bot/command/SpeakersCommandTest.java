package dev.articlebot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakersCommandTest {

  @TempDir static Path articles;
  private static KnowledgeBase kb;

  @BeforeAll
  static void load() throws Exception {
    Files.writeString(
        articles.resolve("a-ferry.md"),
        "---\ntitle: Ferry service resumes after storm\n---\n\n"
            + "Ferries to Inchmore resumed on Monday, the operator said, after three days of"
            + " gales.\n\n"
            + "“We lost three days of trade,” said Mayor Ada Lintz. Edinburgh said it would pay"
            + " for repairs to the pier.\n\n"
            + "Harbour master Colm Devlin said the pier was safe. “It held,” Devlin said.\n");
    Files.writeString(
        articles.resolve("b-library.md"),
        "---\ntitle: Library to open on Sundays\n---\n\n"
            + "The town library will open on Sundays from March, the council said.\n\n"
            + "Librarian Rosa Quint said visits had doubled. “People want somewhere warm,” she"
            + " said.\n\n"
            + "“It is money well spent,” said Mayor Ada Lintz.\n");
    kb =
        KnowledgeLoader.load(
            new KnowledgeLoader.Settings(articles, Path.of("target", "test-state"), 500));
  }

  @Test
  void withSeveralArticlesEachGroupIsTitledWithItsArticleAndCountsItsOwnQuotes() {
    Reply r = new SpeakersCommand(kb).run("", Caller.CONSOLE);
    List<Part> parts = r.parts();
    assertThat(parts).hasSize(5);
    assertThat(parts.get(0).plainText()).isEqualTo(Messages.speakersByArticleHeading());
    assertThat(parts.get(1).plainText()).isEqualTo("Ferry service resumes after storm");
    assertThat(lines(parts.get(2)))
        .containsExactly(
            Messages.speakerLine("Ada Lintz", "Mayor", 1, 0),
            Messages.speakerLine("Colm Devlin", "Harbour master", 1, 1));
    assertThat(parts.get(3).plainText()).isEqualTo("Library to open on Sundays");
    assertThat(lines(parts.get(4)))
        .containsExactly(
            Messages.speakerLine("Rosa Quint", "Librarian", 1, 1),
            Messages.speakerLine("Ada Lintz", "Mayor", 1, 0));
    assertThat(r.plainText()).doesNotContain("Edinburgh", "People quoted in the article");
  }

  private static List<String> lines(Part part) {
    assertThat(part).isInstanceOf(Part.Bullets.class);
    return ((Part.Bullets) part).items().stream().map(Part.Bullet::text).toList();
  }
}
