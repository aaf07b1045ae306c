package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.library.LibraryTestKit;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
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
  @TempDir Path temp;
  private FakeDiscord discord;
  private Workers workers;
  private Library library;
  private DiscordAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    workers = new Workers(2, 32);
    library = LibraryTestKit.library(temp.resolve("library"));
    Dispatcher dispatcher =
        LibraryTestKit.dispatcher(new TestBot().ask(), library, temp.resolve("pins.properties"));
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

  /** The harbour story, served as "harbour.md" by the stand-in's file host; its URL. */
  private String shareHarbour() {
    return discord.shareFile("harbour.md", LibraryTestKit.HARBOUR.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theServerOwnersMentionWithAFileAddsIt() {
    String url = shareHarbour();
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
    String url = shareHarbour();
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
