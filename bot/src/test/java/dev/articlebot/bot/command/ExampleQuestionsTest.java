package dev.articlebot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.App;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.article.Paragraph;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help's example questions come from the loaded article: the bundled one and news pages of the
 * development corpus, each loaded alone as a user's own article would be.
 */
class ExampleQuestionsTest {
  private static final Path NEWS = Path.of("..", "knowledge", "corpus", "news");

  private static App app(String article) {
    Map<String, String> settings = new HashMap<>();
    settings.put("state.dir", Path.of("target", "test-state").toAbsolutePath().toString());
    if (!article.isEmpty()) {
      settings.put("knowledge.articles", NEWS.resolve(article).toAbsolutePath().toString());
    }
    AppConfig config =
        new ConfigLoader(Map.of(), new Secrets(Map.of(), Path.of("no-secrets")))
            .load(null, settings);
    return new App(config, Clock.systemUTC());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "wire-port-strike.txt", "bbc-flood-defences.txt"})
  void examplesNameTheLoadedArticlesOwnThingsAndAreAnswered(String article) {
    App app = app(article);
    KnowledgeBase kb = app.knowledge();
    ExampleQuestions examples = app.examples();
    assertThat(examples.all()).isNotEmpty();
    String text =
        kb.articles().stream()
            .flatMap(a -> a.paragraphs().stream())
            .map(Paragraph::text)
            .collect(Collectors.joining("\n"));
    examples
        .topic()
        .ifPresent(
            q -> {
              String name = q.replace("What does the article say about ", "").replace("?", "");
              assertThat(text).contains(name);
            });
    examples
        .speakerName()
        .ifPresent(n -> assertThat(kb.quotes().speakers()).anyMatch(s -> s.name().equals(n)));
    Dispatcher dispatcher = app.dispatcher();
    for (String q : examples.all()) {
      assertThat(dispatcher.handleText(Caller.CONSOLE, q).outcome())
          .as(q)
          .isEqualTo(Reply.Outcome.ANSWERED);
    }
    String help = dispatcher.handleText(Caller.CONSOLE, "help").plainText();
    examples.all().forEach(q -> assertThat(help).contains(q));
    if (!article.isEmpty()) {
      List<String> bundled = app("").examples().all();
      bundled.forEach(q -> assertThat(help).doesNotContain(q));
      assertThat(help).doesNotContain("Kuala Lumpur").doesNotContain("Wu Xinbo");
    }
    String empty = dispatcher.handleText(Caller.CONSOLE, "ask").plainText();
    assertThat(empty).contains(examples.all().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"discord", "slack"})
  void chatWordingStaysInChats(String platform) {
    Dispatcher dispatcher = app("").dispatcher();
    Caller member = new Caller(platform, "u1", "c1");
    assertThat(dispatcher.handleText(member, "help").plainText()).contains("mention me");
    assertThat(dispatcher.handleText(Caller.CONSOLE, "help").plainText())
        .doesNotContain("mention me")
        .contains("show <paragraph>");
    assertThat(dispatcher.handleText(member, "summary").plainText())
        .contains(Messages.inviteQuestions(Surface.CHAT));
    assertThat(dispatcher.handleText(Caller.CONSOLE, "summary").plainText())
        .contains(Messages.inviteQuestions(Surface.CONSOLE))
        .doesNotContain("mention me");
  }
}
