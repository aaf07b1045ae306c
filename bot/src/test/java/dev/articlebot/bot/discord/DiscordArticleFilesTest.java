package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.library.ArticleCommand;
import dev.articlebot.bot.library.ChannelPins;
import dev.articlebot.bot.library.PageFetcher;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.library.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file attached to a message that mentions the bot is what "article add" reads on Discord:
 * downloaded through JDA's attachment proxy, for people with Manage Server only. Through the real
 * JDA against {@link FakeDiscord}, with the real library.
 */
@Timeout(120)
class DiscordArticleFilesTest {
  private static final KnowledgeLoader.Embedders EMBEDDERS =
      KnowledgeLoader.Embedders.open(Path.of("target", "test-state"));

  private static final String HARBOUR =
      """
      ---
      title: Harbour pilots vote to strike over night shifts
      ---

      The harbour pilots of Port Allenby voted on Tuesday to strike for two days next month, \
      after talks on night shifts broke down.

      "We cannot guide tankers through the channel on four hours of sleep," said Mara Quist, \
      who chairs the pilots' association.
      """;

  @TempDir Path temp;
  private FakeDiscord discord;
  private Workers workers;
  private Library library;
  private DiscordAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    workers = new Workers(2, 32);
    library =
        Library.open(
            Library.Settings.in(temp.resolve("library"), 500, 1 << 20),
            EMBEDDERS.passages(),
            EMBEDDERS.questions(),
            Clock.systemUTC());
    CommandCatalog catalog =
        new CommandCatalog(
            List.of(
                new TestBot().ask(),
                new ArticleCommand(
                    library,
                    new PageFetcher(
                        new PageFetcher.Limits(1 << 20, Duration.ofSeconds(5), 3, false)),
                    new ChannelPins(temp.resolve("pins.properties")),
                    1 << 20)));
    Dispatcher dispatcher =
        new Dispatcher(
            catalog,
            new TextRouter(catalog, q -> Optional.empty()),
            new RateLimiter(1000, Duration.ofMinutes(1), Clock.systemUTC()),
            500);
    adapter =
        DiscordAdapter.create(
            new dev.articlebot.bot.config.AppConfig.Discord(
                dev.articlebot.bot.config.AppConfig.Toggle.TRUE,
                FakeDiscord.GUILD_ID,
                false,
                discord.restUrl(),
                discord.gatewayUrl()),
            FakeDiscord.TOKEN,
            new BotServices(
                dispatcher,
                (prefix, max) -> List.of(),
                (articleId, n) -> Optional.empty(),
                workers,
                Clock.systemUTC()),
            Duration.ofSeconds(20));
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close(Duration.ofSeconds(5));
    workers.drain(Duration.ofSeconds(5));
    library.close();
    discord.close();
  }

  private String reply() {
    JsonNode m =
        discord.awaitRequest("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages").json();
    return m.toString();
  }

  @Test
  void theServerOwnersMentionWithAFileAddsIt() {
    String url = discord.shareFile("harbour.md", HARBOUR.getBytes(StandardCharsets.UTF_8));
    // The guild's owner has every permission, Manage Server among them.
    discord.guildMessageWithFile(
        "<@" + FakeDiscord.BOT_ID + "> article add",
        FakeDiscord.user(FakeDiscord.USER_ID, "owner", false),
        "harbour.md",
        url);

    assertThat(reply()).contains("Added: Harbour pilots vote to strike over night shifts");
    assertThat(library.size()).isEqualTo(1);
    assertThat(discord.fileDownloads()).containsExactly("harbour.md");
  }

  @Test
  void aMemberWithoutManageServerIsRefusedAndTheFileIsNeverDownloaded() {
    String url = discord.shareFile("harbour.md", HARBOUR.getBytes(StandardCharsets.UTF_8));
    discord.guildMessageWithFile(
        "<@" + FakeDiscord.BOT_ID + "> article add",
        FakeDiscord.user("900000000000000777", "reader", false),
        "harbour.md",
        url);

    assertThat(reply()).contains("Only people who manage the library");
    assertThat(library.size()).isZero();
    assertThat(discord.fileDownloads()).isEmpty();
  }
}
