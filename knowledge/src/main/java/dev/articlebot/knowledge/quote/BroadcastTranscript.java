package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A broadcast's transcript: paragraphs that open with a speaker's label in capitals ("MARTA
 * OYELOWO:", "GRANT HOLLOWAY, HOST:", "KASPRZAK:"), three or more in the article. The words after a
 * label are that speaker's own, each run of them between bracketed cues ("(LAUGHTER)") one
 * quotation. A host's or a reporter's words (a label with the role HOST, BYLINE, ANCHOR,
 * CORRESPONDENT, REPORTER or NARRATOR, and later labels of their surname) are the story's
 * narration, nobody's quotation.
 *
 * <p>Guarantee: words are given only to the one person whose name the label spells in full, or
 * whose surname it is when nobody else has that surname; else they are nobody's. An article with
 * fewer than three labelled paragraphs has no transcript.
 */
final class BroadcastTranscript {

  private static final Pattern LABEL =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3})"
              + "(?:, (\\p{Lu}[\\p{Lu} '’-]{1,40}))?:\\s+(\\S.*)$");

  private static final Set<String> NARRATOR_ROLES =
      Set.of("HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER", "NARRATOR");

  /** A sound cue in brackets, in capitals: "(LAUGHTER)", "(SOUNDBITE OF MUSIC)". */
  private static final Pattern CUE = Pattern.compile("\\s*\\((?:\\p{Lu}[\\p{Lu} ,'’-]*)\\)\\s*");

  private record Labelled(String name, List<String> words) {}

  private final Map<Integer, Labelled> byParagraph;

  private BroadcastTranscript(Map<Integer, Labelled> byParagraph) {
    this.byParagraph = byParagraph;
  }

  static BroadcastTranscript of(List<ParagraphTokens> paragraphs) {
    Map<Integer, Matcher> labelled = new HashMap<>();
    for (ParagraphTokens p : paragraphs) {
      Matcher m = LABEL.matcher(p.text().strip());
      if (m.matches()) labelled.put(p.number(), m);
    }
    if (labelled.size() < 3) return new BroadcastTranscript(Map.of());
    Set<String> narrators = new HashSet<>();
    Map<Integer, Labelled> out = new HashMap<>();
    for (ParagraphTokens p : paragraphs) {
      Matcher m = labelled.get(p.number());
      if (m == null) continue;
      String name = m.group(1);
      String[] words = name.split(" ");
      String surname = words[words.length - 1];
      if (m.group(2) != null && isNarratorRole(m.group(2))) {
        narrators.add(name);
        narrators.add(surname);
        continue;
      }
      if (narrators.contains(name)) continue;
      List<String> said = new ArrayList<>();
      for (String part : CUE.split(m.group(3))) {
        if (!part.isBlank()) said.add(part.strip());
      }
      out.put(p.number(), new Labelled(name, said));
    }
    return new BroadcastTranscript(Map.copyOf(out));
  }

  private static boolean isNarratorRole(String role) {
    for (String w : role.split("[ ,]+")) if (NARRATOR_ROLES.contains(w)) return true;
    return false;
  }

  /** The quotations of paragraph {@code number}'s speaker, in order; empty when it has none. */
  List<String> words(int number) {
    Labelled l = byParagraph.get(number);
    return l == null ? List.of() : l.words();
  }

  /** Who speaks in paragraph {@code number}, among {@code people}, or null. */
  Person speaker(int number, Collection<Person> people) {
    Labelled l = byParagraph.get(number);
    if (l == null) return null;
    String label = l.name().toLowerCase(Locale.ROOT);
    boolean full = label.contains(" ");
    Person found = null;
    for (Person person : people) {
      String name = person.name().toLowerCase(Locale.ROOT);
      String[] parts = name.split(" ");
      boolean fits = full ? name.equals(label) : parts[parts.length - 1].equals(label);
      if (!fits) continue;
      if (found != null) return null; // two people of that surname: nobody is sure
      found = person;
    }
    return found;
  }
}
