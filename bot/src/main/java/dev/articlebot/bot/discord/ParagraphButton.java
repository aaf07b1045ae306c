package dev.articlebot.bot.discord;

import java.util.Optional;

/**
 * The "Show full paragraph" button's custom id: {@code para:<articleId>:<n>}, at most 100
 * characters. The id is all the button carries, so a click can be answered from it alone, even
 * after a restart.
 */
record ParagraphButton(String articleId, int paragraph) {
  static final String PREFIX = "para:";

  ParagraphButton {
    if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("articleId");
    if (paragraph < 1) throw new IllegalArgumentException("paragraph must be >= 1");
  }

  /** The custom id, or empty when the article id is too long to fit one. */
  Optional<String> customId() {
    String id = PREFIX + articleId + ":" + paragraph;
    return id.length() <= DiscordLimits.CUSTOM_ID ? Optional.of(id) : Optional.empty();
  }

  String label() {
    return "Show full paragraph ¶" + paragraph;
  }

  /** The button a custom id names, or empty if it is not one of ours. */
  static Optional<ParagraphButton> parse(String customId) {
    if (customId == null || !customId.startsWith(PREFIX)) return Optional.empty();
    int colon = customId.lastIndexOf(':');
    if (colon <= PREFIX.length() - 1 || colon == customId.length() - 1) return Optional.empty();
    String article = customId.substring(PREFIX.length(), colon);
    try {
      int n = Integer.parseInt(customId.substring(colon + 1));
      if (article.isBlank() || n < 1) return Optional.empty();
      return Optional.of(new ParagraphButton(article, n));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
