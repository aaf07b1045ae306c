package dev.articlebot.knowledge.quote;

import java.util.List;

/**
 * A person the article quotes or paraphrases.
 *
 * @param name canonical full name as the article introduces it ("Han Jie")
 * @param aliases other ways the article refers to them ("Jack Han", "Han", "President Han")
 * @param role the description the article gives ("China’s Foreign Ministry spokesperson"), or ""
 * @param paragraphs body paragraphs where they are mentioned or quoted, ascending
 * @param descriptions everything the article says about who they are, the role first ("a land use
 *     attorney at Harlow Grant LLP", "runs a hardware shop on Mere Street", "biologist"); what
 *     lookup by role reads
 */
public record Speaker(
    String name,
    List<String> aliases,
    String role,
    List<Integer> paragraphs,
    List<String> descriptions) {
  public Speaker {
    if (name == null || name.isBlank())
      throw new IllegalArgumentException("name must not be blank");
    aliases = List.copyOf(aliases);
    role = role == null ? "" : role;
    paragraphs = List.copyOf(paragraphs);
    for (int p : paragraphs) {
      if (p < 1) throw new IllegalArgumentException("paragraph numbers start at 1");
    }
    descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
    if (descriptions.isEmpty() && !role.isEmpty()) descriptions = List.of(role);
  }

  /** A speaker whose only description is the role. */
  public Speaker(String name, List<String> aliases, String role, List<Integer> paragraphs) {
    this(name, aliases, role, paragraphs, List.of());
  }

  /** The full name, then the aliases: every way the article names them. */
  public List<String> allNames() {
    List<String> out = new java.util.ArrayList<>(aliases.size() + 1);
    out.add(name);
    out.addAll(aliases);
    return out;
  }
}
