package dev.articlebot.knowledge.phrase;

import java.util.Locale;

/** Why the extractive answer was shown instead of the model's: a metric label each. */
public enum Fallback {
  /** The call took longer than the timeout. */
  TIMEOUT,
  /** The server answered 429, or the bot is waiting out its Retry-After. */
  RATE_LIMITED,
  /** The bot's own requests-per-minute budget is spent; no call was made. */
  BUDGET,
  /** The server answered 5xx. */
  SERVER_ERROR,
  /** The server's reply could not be read (not JSON, no message). */
  MALFORMED,
  /** The server could not be reached. */
  NETWORK,
  /** Any other failed call (a 4xx other than 429, an unexpected error). */
  ERROR,
  /** The model said the passages do not answer, or wrote nothing. */
  REFUSED,
  /** A sentence of the reply cites no passage. */
  UNCITED,
  /** A sentence cites a passage it was not given. */
  UNKNOWN_PASSAGE,
  /** A number in a sentence is not in the passage it cites. */
  NUMBER,
  /** A date (month, weekday) in a sentence is not in the passage it cites. */
  DATE,
  /** A name in a sentence is not in the passage it cites. */
  NAME,
  /** A quotation in a sentence is not verbatim in the passage it cites. */
  QUOTATION;

  /** The metric label: "server_error", "unknown_passage". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
