package dev.articlebot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.reply.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRouterTest {
  /** A command that answers with its own name and argument. */
  record Echo(String name, boolean takesArgument) implements BotCommand {
    @Override
    public String description() {
      return name;
    }

    @Override
    public Optional<Option> option() {
      return takesArgument
          ? Optional.of(new Option("text", "text", true, false))
          : Optional.empty();
    }

    @Override
    public Reply run(String argument, Caller caller) {
      return Reply.notice(name + ":" + argument);
    }
  }

  private final CommandCatalog catalog =
      new CommandCatalog(
          List.of(
              new Echo("ask", true),
              new Echo("quote", true),
              new Echo("speakers", false),
              new Echo("summary", false),
              new Echo("help", false)));

  /** Stands for the knowledge core's reading: only "what did Wu Xinbo say?" asks Wu's words. */
  private final TextRouter router =
      new TextRouter(
          catalog,
          text ->
              text.equalsIgnoreCase("What did Wu Xinbo say?")
                  ? java.util.Optional.of("Wu Xinbo")
                  : java.util.Optional.empty());

  private String route(String text) {
    TextRouter.Route r = router.route(text);
    return r.command().name() + ":" + r.argument();
  }

  @Test
  void commandWordsSelectTheirCommand() {
    assertThat(route("help")).isEqualTo("help:");
    assertThat(route("/speakers")).isEqualTo("speakers:");
    assertThat(route("quote Victor Gao")).isEqualTo("quote:Victor Gao");
    assertThat(route("ask what is the G2?")).isEqualTo("ask:what is the G2?");
  }

  @Test
  void argumentlessCommandWordsFollowedByTextAreQuestions() {
    assertThat(route("summary of the trade measures?"))
        .isEqualTo("ask:summary of the trade measures?");
  }

  @Test
  void askingWhatAQuotedPersonSaidGoesToQuotes() {
    assertThat(route("What did Wu Xinbo say?")).isEqualTo("quote:Wu Xinbo");
    assertThat(route("quotes from wu")).isEqualTo("quote:wu");
    assertThat(route("What did Joe Biden say?")).isEqualTo("ask:What did Joe Biden say?");
    assertThat(route("What did Wu Xinbo say about the G2?"))
        .isEqualTo("ask:What did Wu Xinbo say about the G2?");
  }

  @Test
  void askingForTheArticleInShortGoesToSummary() {
    for (String text :
        List.of(
            "tl;dr",
            "TLDR please",
            "summarize the article",
            "Can you summarise it?",
            "give me a quick recap",
            "What's this article about?",
            "what is it all about")) {
      assertThat(route(text)).as(text).isEqualTo("summary:");
    }
    assertThat(route("summarize what Wu said about the G2"))
        .isEqualTo("ask:summarize what Wu said about the G2");
    assertThat(route("what is the G2 about?")).isEqualTo("ask:what is the G2 about?");
  }

  @Test
  void everythingElseIsAQuestion() {
    assertThat(route("Who wrote this?")).isEqualTo("ask:Who wrote this?");
    assertThat(route("")).isEqualTo("ask:");
  }
}
