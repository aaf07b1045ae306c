package dev.articlebot.knowledge.quote;

import java.util.List;

/** The answer to "who is this, and what did they say?" for a reader's query. */
public sealed interface QuoteLookup {

  /**
   * One speaker matched.
   *
   * @param speaker who
   * @param quotes what they said, direct quotes first, each group in article order
   * @param correctedFrom the query as typed when it only matched after correcting a typo ("Ana Lin"
   *     for Ana Lim), otherwise ""
   */
  record Found(Speaker speaker, List<Quote> quotes, String correctedFrom) implements QuoteLookup {
    public Found {
      if (speaker == null) throw new IllegalArgumentException("speaker must not be null");
      quotes = List.copyOf(quotes);
      correctedFrom = correctedFrom == null ? "" : correctedFrom;
    }

    /**
     * True when the query was a near miss and this is the closest speaker: a name misspelt, or a
     * description in words the article does not use ({@link ClosestDescription}).
     */
    public boolean corrected() {
      return !correctedFrom.isEmpty();
    }
  }

  /**
   * Several speakers fit the query ("Lim", "Harlow professor"); the reader should pick one.
   *
   * @param query the query as typed
   * @param candidates the speakers that fit, in order of first appearance
   */
  record Ambiguous(String query, List<Speaker> candidates) implements QuoteLookup {
    public Ambiguous {
      query = query == null ? "" : query;
      candidates = List.copyOf(candidates);
      if (candidates.size() < 2) throw new IllegalArgumentException("ambiguous needs two or more");
    }
  }

  /**
   * Nobody quoted in the articles fits the query.
   *
   * @param query the query as typed
   * @param suggestions names of quoted people that are close to the query, best first; may be empty
   * @param quoted everyone who is quoted, in order of first appearance
   */
  record NotFound(String query, List<String> suggestions, List<Speaker> quoted)
      implements QuoteLookup {
    public NotFound {
      query = query == null ? "" : query;
      suggestions = List.copyOf(suggestions);
      quoted = List.copyOf(quoted);
    }
  }
}
