package dev.articlebot.bot.discord;

/**
 * Discord's size limits for what the bot sends (characters unless noted). The renderer splits and
 * trims to stay within them; Discord rejects a message that breaks any of them.
 */
public final class DiscordLimits {
  private DiscordLimits() {}

  /** Message content. */
  public static final int CONTENT = 2_000;

  /** Embeds in one message. */
  public static final int EMBEDS_PER_MESSAGE = 10;

  public static final int EMBED_TITLE = 256;
  public static final int EMBED_DESCRIPTION = 4_096;
  public static final int FIELD_NAME = 256;
  public static final int FIELD_VALUE = 1_024;
  public static final int FIELDS_PER_EMBED = 25;
  public static final int FOOTER = 2_048;

  /**
   * Title, description, field names and values, footer and author of all embeds in one message
   * together.
   */
  public static final int EMBED_TOTAL = 6_000;

  /** Buttons in one action row. */
  public static final int BUTTONS_PER_ROW = 5;

  public static final int BUTTON_LABEL = 80;
  public static final int CUSTOM_ID = 100;

  /** Autocomplete choices per response, and each choice's name and value. */
  public static final int CHOICES = 25;

  public static final int CHOICE_TEXT = 100;

  /** Slash command and option descriptions. */
  public static final int COMMAND_DESCRIPTION = 100;

  /** A message nonce. */
  public static final int NONCE = 25;
}
