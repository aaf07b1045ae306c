package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordTextTest {

  @Test
  void escapesMarkdownFromArticleText() {
    assertThat(DiscordText.escape("a **bold** claim, snake_case and 5*3"))
        .isEqualTo("a \\*\\*bold\\*\\* claim, snake\\_case and 5\\*3");
    assertThat(DiscordText.escape("`code` ~~gone~~ ||secret||"))
        .isEqualTo("\\`code\\` \\~\\~gone\\~\\~ \\|\\|secret\\|\\|");
    assertThat(DiscordText.escape("> quoted")).isEqualTo("\\> quoted");
  }

  @Test
  void escapesLineStartMarkupAndMaskedLinks() {
    assertThat(DiscordText.escape("# Big\n- item\n1. first"))
        .isEqualTo("\\# Big\n\\- item\n1\\. first");
    assertThat(DiscordText.escape("[safe](https://evil.example)"))
        .isEqualTo("[safe]\\(https://evil.example)");
  }

  @Test
  void defusesMentions() {
    String out = DiscordText.escape("hi @everyone and @here and <@123> <@&45> <#67>");
    assertThat(out).doesNotContain("@everyone", "@here", "<@123>", "<@&45>", "<#67>");
    assertThat(out.replace("\u200B", ""))
        .isEqualTo("hi @everyone and @here and <@123> <@&45> <#67>");
    assertThat(DiscordText.plain("**x** @everyone")).isEqualTo("**x** @\u200Beveryone");
  }
}
