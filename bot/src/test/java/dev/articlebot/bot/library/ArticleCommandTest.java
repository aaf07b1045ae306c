package dev.articlebot.bot.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.articlebot.bot.command.AskCommand;
import dev.articlebot.bot.command.Attachment;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.LibraryEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /article add|list|remove|use through the dispatcher, with and without the rights to manage. */
class ArticleCommandTest {
  private static final String ORCHARD_PAGE =
      """
      <html><head><title>Frost ruins half of the valley's apricot crop</title></head><body>
      <article><h1>Frost ruins half of the valley's apricot crop</h1>
      <p>A late frost on Sunday night killed the blossom in most apricot orchards of the Siel \
      valley, growers said, cutting the expected harvest by half.</p>
      <p>"It was minus four at dawn, and the buds were already open," said Ines Calder, who \
      grows apricots near Morn.</p>
      <p>The growers' union asked the region for emergency aid.</p></article></body></html>
      """;

  @TempDir Path temp;
  private Library library;
  private HttpServer server;
  private Dispatcher dispatcher;
  private ChannelPins pins;

  private static final Caller MANAGER =
      new Caller("discord", "u-manager", "c-news", Caller.Rights.ALL);
  private static final Caller READER = new Caller("discord", "u-reader", "c-news");

  @BeforeEach
  void setUp() throws IOException {
    library = LibraryTestKit.library(temp.resolve("library"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/frost",
        ex -> {
          byte[] b = ORCHARD_PAGE.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, b.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
          }
        });
    server.start();
    pins = new ChannelPins(temp.resolve("pins.properties"));
    dispatcher = dispatcher(true);
  }

  private Dispatcher dispatcher(boolean allowPrivate) {
    PageFetcher fetcher =
        new PageFetcher(new PageFetcher.Limits(1 << 20, Duration.ofSeconds(5), 3, allowPrivate));
    CommandCatalog catalog =
        new CommandCatalog(
            List.of(
                new AskCommand(
                    (earlier, q, c) ->
                        library.answerInConversation(
                            earlier,
                            q,
                            pins.pinned(c.platform(), c.channelId())
                                .map(Library.Scope::article)
                                .orElse(Library.Scope.ALL)),
                    dev.articlebot.knowledge.phrase.Phraser.off(),
                    500,
                    Optional.empty(),
                    dev.articlebot.bot.conversation.Conversations.OFF,
                    dev.articlebot.bot.command.Ratings.OFF),
                new ArticleCommand(library, fetcher, pins, 1 << 20)));
    return new Dispatcher(
        catalog,
        new TextRouter(catalog, q -> Optional.empty()),
        new RateLimiter(1000, Duration.ofMinutes(1), Clock.systemUTC()),
        500);
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
    library.close();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static Attachment file(String name, byte[] bytes) {
    return new Attachment(name, bytes.length, "text/markdown", max -> bytes);
  }

  private static List<Attachment> harbourFile() {
    return List.of(file("harbour.md", LibraryTestKit.HARBOUR.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void onlyManagersMayAddRemoveOrPin() {
    Reply add = dispatcher.handleCommand(READER, "article", "add", harbourFile());
    assertThat(add.plainText()).contains("Only people who manage the library");
    assertThat(library.size()).isZero();

    dispatcher.handleCommand(MANAGER, "article", "add", harbourFile());
    assertThat(library.size()).isEqualTo(1);
    assertThat(dispatcher.handleCommand(READER, "article", "remove harbour").plainText())
        .contains("Only people who manage the library");
    assertThat(dispatcher.handleCommand(READER, "article", "use harbour").plainText())
        .contains("Only people who manage the library");
    assertThat(library.size()).isEqualTo(1);
    assertThat(pins.pinned("discord", "c-news")).isEmpty();
    // Anyone may list.
    assertThat(dispatcher.handleCommand(READER, "article", "list").plainText())
        .contains("Harbour pilots vote to strike over night shifts (harbour)");
  }

  @Test
  void addedArticlesAreListedNewestFirstAndAnswersNameTheirArticle() {
    Reply fromFile = dispatcher.handleCommand(MANAGER, "article", "add", harbourFile());
    assertThat(fromFile.plainText()).contains("Added: Harbour pilots vote to strike");
    Reply fromUrl = dispatcher.handleCommand(MANAGER, "article", "add " + url("/frost"), List.of());
    assertThat(fromUrl.plainText()).contains("Frost ruins half of the valley's apricot crop");

    String listed = dispatcher.handleText(READER, "which articles do you know?").plainText();
    assertThat(listed.indexOf("Frost ruins")).isLessThan(listed.indexOf("Harbour pilots"));
    assertThat(listed).contains(url("/frost"));

    Reply answer = dispatcher.handleCommand(READER, "ask", "How cold was it at dawn?");
    assertThat(answer.outcome()).isEqualTo(Reply.Outcome.ANSWERED);
    assertThat(answer.plainText())
        .contains("Frost ruins half of the valley's apricot crop")
        .contains(url("/frost"));
  }

  @Test
  void aPinnedChannelIsAnsweredFromItsArticleOnly() {
    dispatcher.handleCommand(MANAGER, "article", "add", harbourFile());
    dispatcher.handleCommand(MANAGER, "article", "add " + url("/frost"), List.of());
    String frost =
        library.entries().stream()
            .filter(e -> e.title().startsWith("Frost"))
            .map(LibraryEntry::id)
            .findFirst()
            .orElseThrow();

    assertThat(dispatcher.handleCommand(MANAGER, "article", "use " + frost).plainText())
        .contains("only");
    Reply pinned = dispatcher.handleCommand(READER, "ask", "Who chairs the pilots' association?");
    assertThat(pinned.plainText()).doesNotContain("Mara Quist");
    assertThat(new ChannelPins(temp.resolve("pins.properties")).pinned("discord", "c-news"))
        .contains(frost);

    dispatcher.handleCommand(MANAGER, "article", "use all");
    Reply all = dispatcher.handleCommand(READER, "ask", "Who chairs the pilots' association?");
    assertThat(all.plainText()).contains("Mara Quist").contains("Harbour pilots");
  }

  @Test
  void aRemovedArticleIsNoLongerListedOrAnswered() {
    dispatcher.handleCommand(MANAGER, "article", "add", harbourFile());
    assertThat(dispatcher.handleCommand(MANAGER, "article", "remove harbour").plainText())
        .contains("Removed");
    assertThat(library.size()).isZero();
    assertThat(dispatcher.handleCommand(MANAGER, "article", "remove harbour").plainText())
        .contains("No article “harbour”");
  }

  @Test
  void aFileThatCannotBeReadIsNamedAndNothingIsAdded() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2};
    Reply binary =
        dispatcher.handleCommand(MANAGER, "article", "add", List.of(file("photo.txt", png)));
    assertThat(binary.plainText()).contains("photo.txt");
    Reply wrongKind =
        dispatcher.handleCommand(MANAGER, "article", "add", List.of(file("photo.png", png)));
    assertThat(wrongKind.plainText()).contains("photo.png").contains("not an article file");
    assertThat(library.size()).isZero();
  }

  @Test
  void aUrlOnAPrivateAddressIsRefusedUnlessConfigured() {
    Reply refused =
        dispatcher(false).handleCommand(MANAGER, "article", "add " + url("/frost"), List.of());
    assertThat(refused.plainText()).contains("private or local network");
    assertThat(dispatcher(false).handleCommand(MANAGER, "article", "add ftp://x/a", List.of()))
        .extracting(Reply::plainText)
        .asString()
        .contains("Only http and https");
    assertThat(library.size()).isZero();
  }
}
