package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSmallPartsTest {

  @Test
  void paragraphButtonIdsRoundTripAndRejectStrangers() {
    ParagraphButton b = new ParagraphButton("an-inevitable-peace", 14);
    assertThat(b.customId()).contains("para:an-inevitable-peace:14");
    assertThat(ParagraphButton.parse("para:an-inevitable-peace:14")).contains(b);
    assertThat(ParagraphButton.parse("para:with:colons:3"))
        .contains(new ParagraphButton("with:colons", 3));
    assertThat(ParagraphButton.parse("para::3")).isEmpty();
    assertThat(ParagraphButton.parse("para:x:0")).isEmpty();
    assertThat(ParagraphButton.parse("para:x:")).isEmpty();
    assertThat(ParagraphButton.parse("para:x:y")).isEmpty();
    assertThat(ParagraphButton.parse("vote:x:3")).isEmpty();
    assertThat(ParagraphButton.parse(null)).isEmpty();
    assertThat(new ParagraphButton("a".repeat(95), 1).customId()).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> new ParagraphButton("a", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mentionsOfTheBotAreFoundAndStripped() {
    String bot = "42";
    assertThat(DiscordAdapter.mentions("<@42> hi", bot)).isTrue();
    assertThat(DiscordAdapter.mentions("hi <@!42>", bot)).isTrue();
    assertThat(DiscordAdapter.mentions("hi <@420>", bot)).isFalse();
    assertThat(DiscordAdapter.mentions(null, bot)).isFalse();
    assertThat(DiscordAdapter.stripMention("<@42> what did Xi say? <@!42>", bot))
        .isEqualTo("what did Xi say?");
    assertThat(DiscordAdapter.stripMention("ask <@7> about <@42>", bot))
        .isEqualTo("ask <@7> about");
  }

  @Test
  void nonceOfEachMessageOfAPostFitsDiscord() {
    assertThat(DiscordPoster.nonceFor("sum-20260330", 0)).isEqualTo("sum-20260330");
    assertThat(DiscordPoster.nonceFor("sum-20260330", 1)).isEqualTo("sum-20260330-2");
    assertThat(DiscordPoster.nonceFor("x".repeat(25), 2)).hasSize(25).endsWith("-3");
    assertThat(DiscordPoster.nonceFor("", 0)).isNull();
  }

  @Test
  void gatewayControllerPointsJdaAtTheConfiguredUrl() {
    GatewayController c = new GatewayController(" ws://127.0.0.1:1 ");
    assertThat(c.getGateway()).isEqualTo("ws://127.0.0.1:1");
    assertThat(c.getShardedGateway(null).getUrl()).isEqualTo("ws://127.0.0.1:1");
    assertThat(c.getShardedGateway(null).getShardTotal()).isEqualTo(1);
    assertThatThrownBy(() -> new GatewayController(" "))
        .hasMessageContaining("discord.gateway-url");
  }
}
