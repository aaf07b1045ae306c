package dev.articlebot.bot.feedback;

import java.util.Locale;
import java.util.Optional;

/** What a reader says of an answer: 👍 or 👎, and after a 👎 what was wrong. */
public final class Rating {
  private Rating() {}

  /** 👍 or 👎. */
  public enum Vote {
    UP,
    DOWN;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Vote> parse(String code) {
      for (Vote v : values()) if (v.code().equals(code)) return Optional.of(v);
      return Optional.empty();
    }
  }

  /** What was wrong with an answer rated 👎. */
  public enum Reason {
    WRONG_PASSAGE("wrong", "Wrong passage"),
    NOT_IN_ARTICLE("notin", "Not in the article"),
    SHOULD_HAVE_ANSWERED("should", "Should have answered"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Reason(String code, String label) {
      this.code = code;
      this.label = label;
    }

    /** A short id, for button ids and records ("wrong", "notin", "should", "other"). */
    public String code() {
      return code;
    }

    /** What the button says. */
    public String label() {
      return label;
    }

    public static Optional<Reason> parse(String code) {
      for (Reason r : values()) if (r.code.equals(code)) return Optional.of(r);
      return Optional.empty();
    }
  }
}
