package dev.articlebot.knowledge.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a writer counts off across paragraphs ("It sent two important signals. First, …" then
 * "<b>Second</b>, despite persistent frictions, …"). A reader asking for "the second signal" wants
 * the paragraph that opens with "Second", though the one announcing the signals shares more of the
 * question's words.
 */
final class Enumeration {
  private static final Pattern ASKED =
      Pattern.compile(
          "\\b(second|third|fourth|fifth|2nd|3rd|4th|5th|last|final)\\b"
              + "(?!\\s+(?:time|day|week|month|year|term))",
          Pattern.CASE_INSENSITIVE);

  /** The words that open the paragraph making the point asked for. */
  private static final Map<String, String> OPENERS =
      Map.of(
          "second", "second|secondly",
          "third", "third|thirdly",
          "fourth", "fourth|fourthly",
          "fifth", "fifth|fifthly",
          "last", "finally|lastly|last",
          "final", "finally|lastly|last");

  /** Ordinals written in figures, read as words. */
  private static final Map<String, String> FIGURES =
      Map.of("2nd", "second", "3rd", "third", "4th", "fourth", "5th", "fifth");

  private Enumeration() {}

  /**
   * Where in the ranking the point asked for ("the second signal") is made: the paragraph right
   * after one of the first {@code reach}, when it opens with that ordinal. -1 when the question
   * asks for no such point or no such paragraph follows that near.
   */
  static int pointAsked(String question, List<HybridRetriever.Candidate> ranked, int reach) {
    Matcher asked = ASKED.matcher(question);
    if (!asked.find()) return -1;
    String ordinal = asked.group(1).toLowerCase(Locale.ROOT);
    String openers = OPENERS.get(FIGURES.getOrDefault(ordinal, ordinal));
    Pattern opens = Pattern.compile("^\\W*(?:" + openers + ")\\s*[,:]", Pattern.CASE_INSENSITIVE);
    for (int j = 0; j < Math.min(reach, ranked.size()); j++) {
      var before = ranked.get(j).passage();
      for (int i = 0; i < ranked.size(); i++) {
        var passage = ranked.get(i).passage();
        boolean next =
            passage.article().id().equals(before.article().id())
                && passage.paragraph().number() == before.paragraph().number() + 1;
        if (next && opens.matcher(passage.text()).find()) return i;
      }
    }
    return -1;
  }
}
