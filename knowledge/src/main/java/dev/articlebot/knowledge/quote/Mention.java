package dev.articlebot.knowledge.quote;

/**
 * A reference to a person in the narrative: a name ("Ana Lim", "Lim", "President Lim"), a pronoun
 * ("he", "her") or a role ("the spokesperson").
 *
 * @param first index of the first token
 * @param end index after the last token
 * @param person who it refers to, or null when it could not be resolved
 * @param kind how the person is referred to
 * @param sure whether the text settles who it is well enough to give them words
 */
record Mention(int first, int end, Person person, Kind kind, boolean sure) {

  Mention(int first, int end, Person person, Kind kind) {
    this(first, end, person, kind, true);
  }

  enum Kind {
    NAME,
    PRONOUN,
    ROLE
  }

  /** Who is meant, surely enough to give them words: a pronoun two people may take is not. */
  boolean resolved() {
    return person != null && sure;
  }

  /** Whoever the mention most likely means, sure or not: who the paragraph is about. */
  boolean known() {
    return person != null;
  }
}
