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
 * OYELOWO:", "GRANT HOLLOWAY, HOST:", "KASPRZAK:", "MAYOR HOLLIS:"), three or more in the article.
 * The words after a label are that speaker's own, each run of them between bracketed cues
 * ("(LAUGHTER)", "[Crosstalk]") one quotation, and so are the paragraphs without a label that go on
 * with the turn. A label's titles ("MAYOR", "DR.") are no part of the name it spells. A host's or a
 * reporter's words (a label with the role HOST, BYLINE, ANCHOR, CORRESPONDENT, REPORTER or
 * NARRATOR, and later labels of their surname) are the story's narration, nobody's quotation.
 *
 * <p>Guarantee: words are given only to the one person whose name the label spells in full, or
 * whose surname it is when nobody else has that surname and no other label spells a full name of
 * that surname that no person bears; else they are nobody's. An article with fewer than three
 * labelled paragraphs has no transcript.
 */
final class BroadcastTranscript {

  private static final Pattern LABEL =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3})"
              + "(?:, (\\p{Lu}[\\p{Lu} '’-]{1,40}))?:\\s+(\\S.*)$");

  private static final Set<String> NARRATOR_ROLES =
      Set.of("HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER", "NARRATOR");

  /**
   * A sound cue in brackets, in capitals: "(LAUGHTER)", "(SOUNDBITE OF MUSIC)"; or a transcriber's
   * mark in square brackets: "[Crosstalk]", "[Inaudible]".
   */
  private static final Pattern CUE =
      Pattern.compile("\\s*(?:\\((?:\\p{Lu}[\\p{Lu} ,'’-]*)\\)|\\[\\p{Lu}[\\p{L} ,'’-]*\\])\\s*");

  private record Labelled(String name, List<String> words) {}

  private final Map<Integer, Labelled> byParagraph;

  /** The full names the labels spell ("CAROLYN HOLLIS"), in lower case. */
  private final Set<String> fullNames;

  private BroadcastTranscript(Map<Integer, Labelled> byParagraph) {
    this.byParagraph = byParagraph;
    Set<String> full = new HashSet<>();
    for (Labelled l : byParagraph.values()) {
      if (l.name().contains(" ")) full.add(l.name().toLowerCase(Locale.ROOT));
    }
    this.fullNames = Set.copyOf(full);
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
    Labelled turn = null; // the turn a paragraph without a label goes on with
    for (ParagraphTokens p : paragraphs) {
      Matcher m = labelled.get(p.number());
      if (m == null) {
        // a turn that runs over paragraphs: the next ones, without a label, are the same speaker's
        if (turn != null && !MARK.matcher(p.text().strip()).matches()) {
          out.put(p.number(), new Labelled(turn.name(), spoken(p.text().strip())));
        } else {
          turn = null;
        }
        continue;
      }
      turn = null;
      String name = withoutTitles(m.group(1));
      String[] words = name.split(" ");
      String surname = words[words.length - 1];
      if (m.group(2) != null && isNarratorRole(m.group(2))) {
        narrators.add(name);
        narrators.add(surname);
        continue;
      }
      if (narrators.contains(name)) continue;
      turn = new Labelled(name, spoken(m.group(3)));
      out.put(p.number(), turn);
    }
    return new BroadcastTranscript(Map.copyOf(out));
  }

  /** A line that only marks the transcript: "[END OF TRANSCRIPT]", "###", "(BREAK)". */
  private static final Pattern MARK = Pattern.compile("^(?:\\[[^\\]]*\\]|\\([^)]*\\)|#+|-+)$");

  /** The runs of words between cues, each one quotation. */
  private static List<String> spoken(String words) {
    List<String> said = new ArrayList<>();
    for (String part : CUE.split(words)) {
      if (!part.isBlank()) said.add(part.strip());
    }
    return said;
  }

  /**
   * A label's name without the titles and roles before it: "MAYOR CAROLYN HOLLIS" is CAROLYN
   * HOLLIS, "COMMISSIONER AKINYEMI" is AKINYEMI, "DR. RUTH LANGE" is RUTH LANGE.
   */
  private static String withoutTitles(String label) {
    String[] words = label.split(" ");
    int k = 0;
    while (k < words.length - 1
        && dev.articlebot.knowledge.lexicon.NewsLexicon.isTitleOrRoleInAnyCase(words[k])) {
      k++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
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
    // a surname whose full name another label spells, and nobody of the story bears: the words
    // are that speaker's, whom the story never names in running text; nobody here can be sure
    if (!full) {
      for (String n : fullNames) {
        boolean known = people.stream().anyMatch(p -> p.name().equalsIgnoreCase(n));
        if (n.endsWith(" " + label) && !known) return null;
      }
    }
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
