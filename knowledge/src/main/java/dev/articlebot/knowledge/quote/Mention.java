package dev.articlebot.knowledge.quote;

/**
 * A reference to a person in the narrative: a name ("Ana Lim", "Lim", "President Lim"), a pronoun
 * ("he", "her") or a role ("the spokesperson").
 *
 * @param first index of the first token
 * @param end index after the last token
 * @param person who it refers to, or null when it could not be resolved
 * @param kind how the person is referred to
 */
record Mention(int first, int end, Person person, Kind kind) {

  enum Kind {
    NAME,
    PRONOUN,
    ROLE
  }

  boolean resolved() {
    return person != null;
  }
}
