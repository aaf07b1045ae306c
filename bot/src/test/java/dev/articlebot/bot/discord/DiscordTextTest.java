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

  @Test
  void splitsAtParagraphsThenSentencesThenSpacesWithinTheLimit() {
    String first = "First paragraph, short. ".repeat(10).strip();
    String second = "Second paragraph with more words in it. ".repeat(30).strip();
    java.util.List<String> pieces = DiscordText.split(first + "\n\n" + second, 500);
    assertThat(pieces.get(0)).isEqualTo(first);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(500));
    assertThat(pieces.subList(1, pieces.size()))
        .allSatisfy(p -> assertThat(p).startsWith("Second").endsWith("."));
    assertThat(String.join(" ", pieces).replaceAll("\\s+", " "))
        .isEqualTo((first + " " + second).replaceAll("\\s+", " "));
  }

  @Test
  void cutsAWordLongerThanTheLimitOnlyBetweenWholeCharactersAndEscapes() {
    String word = "\\*😀".repeat(200); // escaped stars and surrogate pairs, no space
    java.util.List<String> pieces = DiscordText.split(word, 99);
    assertThat(String.join("", pieces)).isEqualTo(word);
    for (String p : pieces) {
      assertThat(p.length()).isLessThanOrEqualTo(99);
      assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
      assertThat(p).doesNotEndWith("\\");
    }
    assertThat(DiscordText.split("  ", 10)).isEmpty();
  }
}
