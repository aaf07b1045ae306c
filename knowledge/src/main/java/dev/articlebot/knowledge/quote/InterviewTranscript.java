package dev.articlebot.knowledge.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interview printed as questions and answers: two or more paragraphs that open with a question
 * marker ("Q:", "Question:") and two or more that open with an answer marker ("A:", "Answer:").
 * Each answer, after its marker, is the interviewee's own words. The interviewee is the one person
 * the introduction (the paragraphs before the first question) names; when it names nobody or more
 * than one person, the answers are nobody's. An article without such paragraphs has no answers.
 */
final class InterviewTranscript {

  private static final Pattern QUESTION = Pattern.compile("^(?:Q|Question|QUESTION)\\s*:\\s*\\S");
  private static final Pattern ANSWER = Pattern.compile("^(?:A|Answer|ANSWER)\\s*:\\s*(\\S.*)$");

  /** The number of the first question paragraph, or 0 when the article is no transcript. */
  private final int firstQuestion;

  /** Answer paragraphs by number: the words after the marker. */
  private final Map<Integer, String> answers;

  private InterviewTranscript(int firstQuestion, Map<Integer, String> answers) {
    this.firstQuestion = firstQuestion;
    this.answers = answers;
  }

  static InterviewTranscript of(List<ParagraphTokens> paragraphs) {
    int first = 0;
    int questions = 0;
    Map<Integer, String> answers = new HashMap<>();
    for (ParagraphTokens p : paragraphs) {
      String text = p.text().strip();
      if (QUESTION.matcher(text).find()) {
        questions++;
        if (first == 0) first = p.number();
        continue;
      }
      Matcher a = ANSWER.matcher(text);
      if (first != 0 && a.find()) answers.put(p.number(), a.group(1).strip());
    }
    if (questions < 2 || answers.size() < 2) return new InterviewTranscript(0, Map.of());
    return new InterviewTranscript(first, Map.copyOf(answers));
  }

  /** Whether paragraph {@code number} comes before the first question of a transcript. */
  boolean introduces(int number) {
    return firstQuestion > 0 && number < firstQuestion;
  }

  /** The answer that paragraph {@code number} gives, without its marker, or null. */
  String answer(int number) {
    return answers.get(number);
  }
}
