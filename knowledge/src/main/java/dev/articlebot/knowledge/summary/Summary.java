package dev.articlebot.knowledge.summary;

import java.util.List;

/**
 * An extractive summary of one article: its own sentences, each citing its paragraph.
 *
 * @param articleId the article's id
 * @param title the article's title
 * @param bullets 3 to 7 sentences, in reading order
 * @param quotes one or two key quotations with their speakers
 */
public record Summary(String articleId, String title, List<Bullet> bullets, List<KeyQuote> quotes) {
  public Summary {
    bullets = List.copyOf(bullets);
    quotes = List.copyOf(quotes);
    if (bullets.isEmpty()) throw new IllegalArgumentException("a summary has bullets");
  }

  /** A sentence of the article and the paragraph it comes from. */
  public record Bullet(String text, int paragraph) {
    public Bullet {
      if (text == null || text.isBlank()) throw new IllegalArgumentException("text");
      if (paragraph < 1) throw new IllegalArgumentException("paragraph >= 1");
    }
  }

  /** A direct quotation: who said it, the words, where. */
  public record KeyQuote(String speaker, String text, int paragraph) {
    public KeyQuote {
      if (speaker == null || speaker.isBlank()) throw new IllegalArgumentException("speaker");
      if (text == null || text.isBlank()) throw new IllegalArgumentException("text");
      if (paragraph < 1) throw new IllegalArgumentException("paragraph >= 1");
    }
  }

  /** Characters in the bullets, the part that must stay short. */
  public int bulletChars() {
    return bullets.stream().mapToInt(b -> b.text().length()).sum();
  }
}
