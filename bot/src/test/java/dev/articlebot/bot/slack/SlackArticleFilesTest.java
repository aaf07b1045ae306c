package dev.articlebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.util.http.SlackHttpClient;
import com.sun.net.httpserver.HttpServer;
import dev.articlebot.bot.command.Attachment;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.library.LibraryTestKit;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.knowledge.library.Library;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file shared with a mention or a direct message is what "article add" reads on Slack: fetched
 * from Slack's file host with the bot token, by workspace admins only (asked of users.info), and
 * the token never goes to a host that is not Slack's. Through the real Bolt app against {@link
 * FakeSlack}, with the real library.
 */
@Timeout(120)
class SlackArticleFilesTest {
  private static final String ADMIN = "U_ADMIN";
  private static final String READER = "U_READER";

  @TempDir Path temp;
  private FakeSlack fake;
  private Workers workers;
  private Library library;
  private SlackAdapter adapter;
  private final AtomicInteger events = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    fake = FakeSlack.start();
    fake.makeAdmin(ADMIN);
    workers = new Workers(1, 32);
    library = LibraryTestKit.library(temp.resolve("library"));
    Dispatcher dispatcher =
        LibraryTestKit.dispatcher(
            new SlackTestKit.Stubs().ask(), library, temp.resolve("pins.properties"));
    adapter =
        SlackAdapter.create(
            SlackTestKit.settings(fake, AppConfig.SlackMode.SOCKET, 3000),
            SlackTestKit.secrets(),
            new BotServices(
                dispatcher,
                (prefix, max) -> List.of(),
                (articleId, n) -> Optional.empty(),
                workers,
                Clock.systemUTC()));
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close(Duration.ofSeconds(5));
    workers.drain(Duration.ofSeconds(5));
    library.close();
    fake.close();
  }

  private ObjectNode mentionWithFile(String user, String name, String url) {
    String ts = "1700000000.00" + (1000 + events.incrementAndGet());
    ObjectNode e = FakeSlack.JSON.createObjectNode();
    e.put("type", "app_mention");
    e.put("user", user);
    e.put("text", "<@" + FakeSlack.BOT_USER_ID + "> article add");
    e.put("ts", ts);
    e.put("channel", "C1");
    e.put("event_ts", ts);
    withFile(e, name, url);
    return e;
  }

  private static void withFile(ObjectNode e, String name, String url) {
    ArrayNode files = e.putArray("files");
    ObjectNode f = files.addObject();
    f.put("id", "F1");
    f.put("name", name);
    f.put("title", name);
    f.put("mimetype", "text/markdown");
    f.put("filetype", "markdown");
    f.put("size", LibraryTestKit.HARBOUR.length());
    f.put("url_private", url);
    f.put("url_private_download", url);
  }

  /** The one reply, public or private (notices go only to the person who asked). */
  private String reply() {
    fake.awaitCondition(() -> sent().size() == 1, "a reply");
    FakeSlack.Call c = sent().get(0);
    return SlackTestKit.allText(c.blocks()) + c.param("text");
  }

  private List<FakeSlack.Call> sent() {
    return java.util.stream.Stream.concat(
            fake.calls("chat.postMessage").stream(), fake.calls("chat.postEphemeral").stream())
        .toList();
  }

  /** The harbour story, served as "harbour.md" by the stand-in's file host; its URL. */
  private String shareHarbour() {
    return fake.shareFile("harbour.md", LibraryTestKit.HARBOUR.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anAdminsMentionWithAFileAddsItFetchedWithTheBotToken() {
    String url = shareHarbour();
    fake.sendEvent(mentionWithFile(ADMIN, "harbour.md", url), "EvAdd", 0);

    assertThat(reply()).contains("Added: Harbour pilots vote to strike over night shifts");
    assertThat(library.size()).isEqualTo(1);
    assertThat(fake.calls("file:harbour.md"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.headers().get("authorization"))
                    .isEqualTo("Bearer " + FakeSlack.BOT_TOKEN));
  }

  @Test
  void aReadersFileIsRefusedAndNeverDownloaded() {
    String url = shareHarbour();
    fake.sendEvent(mentionWithFile(READER, "harbour.md", url), "EvReader", 0);

    assertThat(reply()).contains("Only people who manage the library");
    assertThat(library.size()).isZero();
    assertThat(fake.calls("file:harbour.md")).isEmpty();
  }

  @Test
  void aDirectMessageSharingAFileAddsIt() {
    String url = shareHarbour();
    ObjectNode dm = FakeSlack.JSON.createObjectNode();
    dm.put("type", "message");
    dm.put("subtype", "file_share");
    dm.put("channel", "D1");
    dm.put("channel_type", "im");
    dm.put("user", ADMIN);
    dm.put("text", "article add");
    dm.put("ts", "1700000000.000900");
    dm.put("event_ts", "1700000000.000900");
    withFile(dm, "harbour.md", url);
    fake.sendEvent(dm, "EvDmFile", 0);

    assertThat(reply()).contains("Added: Harbour pilots");
    assertThat(library.size()).isEqualTo(1);
  }

  @Test
  void theTokenIsNeverSentToAHostThatIsNotSlacks() throws Exception {
    HttpServer elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger reached = new AtomicInteger();
    elsewhere.createContext(
        "/",
        ex -> {
          reached.incrementAndGet();
          ex.sendResponseHeaders(404, -1);
          ex.close();
        });
    elsewhere.start();
    try {
      String url = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/harbour.md";
      fake.sendEvent(mentionWithFile(ADMIN, "harbour.md", url), "EvElsewhere", 0);

      assertThat(reply()).contains("could not download");
      assertThat(reached).hasValue(0);
      assertThat(library.size()).isZero();
    } finally {
      elsewhere.stop(0);
    }
  }

  @Test
  void aFileSlackDoesNotServeIsReportedByNameAndNothingIsAdded() {
    String url = shareHarbour();
    String gone = url.replace("harbour.md", "deleted.md");
    fake.sendEvent(mentionWithFile(ADMIN, "deleted.md", gone), "EvGone", 0);
    assertThat(reply()).contains("could not download").contains("deleted.md");
    assertThat(library.size()).isZero();
  }

  @Test
  void theSlashCommandWithNothingToAddSaysHowToShareAFileOnSlack() {
    fake.sendSlashCommand("/article", "add", ADMIN, "C1", "add1");
    String text = fake.awaitCalls("response:add1", 1).get(0).param("text");
    assertThat(text).contains("share a .txt, .md or .html file in a message to me");
    assertThat(library.size()).isZero();
  }

  @Test
  void aDownloadSlackRedirectsIsRefusedNamingTheScopeToCheck() {
    // Slack sends a token that may not read files (no files:read) to a sign-in page instead.
    String url = shareHarbour();
    SlackFiles withoutScope =
        new SlackFiles(
            new SlackHttpClient(), FakeSlack.BOT_TOKEN_WITHOUT_FILES_READ, fake.apiBaseUrl());
    com.slack.api.model.File shared = new com.slack.api.model.File();
    shared.setName("harbour.md");
    shared.setUrlPrivateDownload(url);
    Attachment a = withoutScope.of(List.of(shared)).get(0);
    assertThatThrownBy(() -> a.download().fetch(1 << 20))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("files:read");
  }
}
