package dev.articlebot.bot.command;

/**
 * Who asked, and where.
 *
 * @param platform "discord", "slack", "console" or "cli" (a one-shot command)
 * @param userId the platform's user id
 * @param channelId the platform's channel id, or "" in the console
 * @param rights what they may do beyond asking; asked only when a command needs it (on Slack it
 *     takes a call to Slack)
 */
public record Caller(String platform, String userId, String channelId, Rights rights) {
  public Caller {
    if (platform == null || platform.isBlank()) throw new IllegalArgumentException("platform");
    if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId");
    channelId = channelId == null ? "" : channelId;
    rights = rights == null ? Rights.NONE : rights;
  }

  /** Callers are the same person in the same channel whatever their rights were looked up as. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Caller c
        && platform.equals(c.platform)
        && userId.equals(c.userId)
        && channelId.equals(c.channelId);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(platform, userId, channelId);
  }

  /** Someone who may ask, and nothing more. */
  public Caller(String platform, String userId, String channelId) {
    this(platform, userId, channelId, Rights.NONE);
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

  /** The person at the interactive console. */
  public static final Caller CONSOLE = new Caller(CONSOLE_PLATFORM, "local", "", Rights.ALL);

  /** Whoever runs a one-shot command ({@code article-bot ask "…"}). */
  public static final Caller COMMAND_LINE =
      new Caller(COMMAND_LINE_PLATFORM, "local", "", Rights.ALL);
}
