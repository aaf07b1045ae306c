package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interview printed as questions and answers: two or more paragraphs that open with a question
 * marker ("Q:", "Question:") and two or more answers after them. An answer opens with an answer
 * marker: "A:", "Answer:", or a label the transcript gives the interviewee in two answers or more,
 * their initials ("MR:") or one of their names ("Reyes:"). The paragraphs that follow an answer up
 * to the next question go on with it while they quote no one and speak in the first person or
 * report no one speaking (the story's narrative, back after the transcript, does), and are not the
 * editor's note on the transcript ("This interview has been edited for length and clarity."). Each
 * answer, after its marker, is the interviewee's own words.
 *
 * <p>The interviewee is the person the label names (their initials or a name of theirs); with a
 * bare "A:", the one person the introduction (the paragraphs before the first question) names. When
 * neither tells who, the answers are nobody's. An article without such paragraphs has no answers.
 */
final class InterviewTranscript {

  private static final Pattern QUESTION = Pattern.compile("^(?:Q|Question|QUESTION)\\s*:\\s*\\S");
  private static final Pattern MARKED =
      Pattern.compile("^(A|Answer|ANSWER|\\p{Lu}{2,3}|\\p{Lu}[\\p{Ll}'’-]+)\\s*:\\s*(\\S.*)$");
  private static final Pattern EDITOR_NOTE =
      Pattern.compile(
          "\\b(?:interview|conversation|transcript)\\b.*\\b(?:edited|condensed)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The number of the first question paragraph, or 0 when the article is no transcript. */
  private final int firstQuestion;

  /** Answer paragraphs by number: the words after the marker. */
  private final Map<Integer, String> answers;

  /** The interviewee's label ("MR", "Reyes"), or "" for a bare answer marker. */
  private final String label;

  private InterviewTranscript(int firstQuestion, Map<Integer, String> answers, String label) {
    this.firstQuestion = firstQuestion;
    this.answers = answers;
    this.label = label;
  }

  static InterviewTranscript of(List<ParagraphTokens> paragraphs) {
    Map<String, Integer> labels = new HashMap<>();
    boolean afterQuestion = false;
    for (ParagraphTokens p : paragraphs) {
      String text = p.text().strip();
      if (QUESTION.matcher(text).find()) {
        afterQuestion = true;
        continue;
      }
      Matcher m = MARKED.matcher(text);
      if (afterQuestion && m.find()) labels.merge(answerLabel(m.group(1)), 1, Integer::sum);
      afterQuestion = false;
    }
    String label =
        labels.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    if (label == null) return none();
    int first = 0;
    int questions = 0;
    boolean inAnswer = false;
    Map<Integer, String> answers = new HashMap<>();
    for (ParagraphTokens p : paragraphs) {
      String text = p.text().strip();
      if (QUESTION.matcher(text).find()) {
        questions++;
        if (first == 0) first = p.number();
        inAnswer = false;
        continue;
      }
      if (first == 0) continue;
      Matcher m = MARKED.matcher(text);
      if (m.find() && answerLabel(m.group(1)).equals(label)) {
        answers.put(p.number(), m.group(2).strip());
        inAnswer = true;
      } else if (inAnswer && goesOn(p)) {
        answers.put(p.number(), text);
      } else {
        inAnswer = false;
      }
    }
    if (questions < 2 || answers.size() < 2) return none();
    return new InterviewTranscript(first, Map.copyOf(answers), label);
  }

  private static InterviewTranscript none() {
    return new InterviewTranscript(0, Map.of(), "");
  }

  /** "A" and "Answer" say only that an answer follows: the label is "". */
  private static String answerLabel(String marker) {
    String m = marker.toLowerCase(Locale.ROOT);
    return m.equals("a") || m.equals("answer") ? "" : marker;
  }

  /**
   * A paragraph after an answer goes on with it when it quotes no one, speaks in the first person
   * or reports no one speaking, and is not the editor's note.
   */
  private static boolean goesOn(ParagraphTokens p) {
    if (!p.spans().isEmpty() || isEditorNote(p.text())) return false;
    boolean firstPerson = false;
    boolean reports = false;
    for (String w : p.text().toLowerCase(Locale.ROOT).split("[^\\p{L}’']+")) {
      String bare = w.replaceAll("[’'].*$", "");
      firstPerson |= NewsLexicon.FIRST_PERSON_PRONOUNS.contains(bare);
      reports |= NewsLexicon.SPEECH_VERBS.contains(w);
    }
    return firstPerson || !reports;
  }

  /** "This interview has been edited for length and clarity.": the editor's, not an answer. */
  private static boolean isEditorNote(String text) {
    return text.split("\\s+").length <= 25 && EDITOR_NOTE.matcher(text).find();
  }

  /** Whether paragraph {@code number} comes before the first question of a transcript. */
  boolean introduces(int number) {
    return firstQuestion > 0 && number < firstQuestion;
  }

  /** The answer that paragraph {@code number} gives, without its marker, or null. */
  String answer(int number) {
    return answers.get(number);
  }

  /**
   * The interviewee among {@code people}: the one whose initials or one of whose names the label
   * is; for a bare answer marker, the one person of {@code introduced}; else null.
   */
  Person interviewee(Collection<Person> people, Collection<Person> introduced) {
    if (label.isEmpty()) return introduced.size() == 1 ? introduced.iterator().next() : null;
    Person found = null;
    for (Person p : people) {
      if (!isLabelOf(label, p.name())) continue;
      if (found != null) return null; // two people answer to the label: nobody is sure
      found = p;
    }
    return found;
  }

  private static boolean isLabelOf(String label, String name) {
    String[] words = name.strip().split("\\s+");
    if (label.chars().allMatch(Character::isUpperCase)) {
      StringBuilder initials = new StringBuilder();
      for (String w : words) if (!w.isEmpty()) initials.append(Character.toUpperCase(w.charAt(0)));
      String all = initials.toString();
      String firstLast = words.length >= 2 ? "" + all.charAt(0) + all.charAt(all.length() - 1) : "";
      return label.equals(all) || label.equals(firstLast);
    }
    for (String w : words) if (w.equals(label)) return true;
    return false;
  }
}
