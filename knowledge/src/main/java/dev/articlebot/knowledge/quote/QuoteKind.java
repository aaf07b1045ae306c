package dev.articlebot.knowledge.quote;

/** Whether a quote gives the speaker's own words or the article's report of them. */
public enum QuoteKind {
  /** The speaker's words, verbatim, as the article puts them between quotation marks. */
  DIRECT,
  /** Reported speech ("Da said that the US could ...", "According to Lim, ..."). */
  PARAPHRASE
}
