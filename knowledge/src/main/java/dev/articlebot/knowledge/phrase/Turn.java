package dev.articlebot.knowledge.phrase;

/**
 * One earlier message of the conversation, as the model may see it: who spoke (the reader or the
 * bot) and the text, never a user id or a channel.
 */
public record Turn(Speaker speaker, String text) {
  public enum Speaker {
    READER,
    BOT
  }

  public Turn {
    if (speaker == null) throw new IllegalArgumentException("speaker");
    text = text == null ? "" : text.strip();
  }
}
