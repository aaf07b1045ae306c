package dev.articlebot.bot.command;

/**
 * Who asked, and where.
 *
 * @param platform "discord", "slack", "console" or "cli" (a one-shot command)
 * @param userId the platform's user id
 * @param channelId the platform's channel id, or "" in the console
 * @param thread the conversation the message belongs to within the channel (a Slack thread's
 *     timestamp, a Discord thread or the first message of a reply chain), or "" when it belongs to
 *     none and stands alone
 * @param message the message's own id, when a later message may name it to continue the thread (a
 *     Discord reply names the message it answers), or ""
 * @param rights what they may do beyond asking; asked only when a command needs it (on Slack it
 *     takes a call to Slack)
 */
public record Caller(
    String platform,
    String userId,
    String channelId,
    String thread,
    String message,
    Rights rights) {
  public Caller {
    if (platform == null || platform.isBlank()) throw new IllegalArgumentException("platform");
    if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId");
    channelId = channelId == null ? "" : channelId;
    thread = thread == null ? "" : thread;
    message = message == null ? "" : message;
    rights = rights == null ? Rights.NONE : rights;
  }

  /** Callers are the same person in the same place whatever their rights were looked up as. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Caller c
        && platform.equals(c.platform)
        && userId.equals(c.userId)
        && channelId.equals(c.channelId)
        && thread.equals(c.thread)
        && message.equals(c.message);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(platform, userId, channelId, thread, message);
  }

  /** Someone whose message belongs to no conversation, who may ask and nothing more. */
  public Caller(String platform, String userId, String channelId) {
    this(platform, userId, channelId, "", "", Rights.NONE);
  }

  /** Someone whose message belongs to no conversation, with {@code rights}. */
  public Caller(String platform, String userId, String channelId, Rights rights) {
    this(platform, userId, channelId, "", "", rights);
  }

  /** Someone who may ask, and nothing more, in {@code thread}. */
  public Caller(String platform, String userId, String channelId, String thread, String message) {
    this(platform, userId, channelId, thread, message, Rights.NONE);
  }

  /** This caller, with the same rights, in {@code thread}, by the message {@code message}. */
  public Caller in(String thread, String message) {
    return new Caller(platform, userId, channelId, thread, message, rights);
  }

  /** What a caller may do beyond asking. */
  @FunctionalInterface
  public interface Rights {
    /** Asking only. */
    Rights NONE = () -> false;

    /** Everything: the person at their own console or command line. */
    Rights ALL = () -> true;

    /**
     * Whether they may change the library: add and remove articles, pin a channel to one (Discord:
     * Manage Server or a configured role; Slack: workspace admins or a configured user group).
     */
    boolean manageLibrary();
  }

  public static final String CONSOLE_PLATFORM = "console";
  public static final String COMMAND_LINE_PLATFORM = "cli";

  /** The person at the interactive console: each line continues the conversation of the last. */
  public static final Caller CONSOLE =
      new Caller(CONSOLE_PLATFORM, "local", "", "console", "", Rights.ALL);

  /** Whoever runs a one-shot command ({@code article-bot ask "…"}). */
  public static final Caller COMMAND_LINE =
      new Caller(COMMAND_LINE_PLATFORM, "local", "", Rights.ALL);
}
