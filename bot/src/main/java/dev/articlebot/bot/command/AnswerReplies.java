package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.article.SentenceSplitter;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.phrase.Guard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an {@link Answer} into a {@link Reply}: the answer first, in at most {@link
 * #ANSWER_SENTENCES} sentences, with the paragraphs it is quoted from; then the other cited
 * passages near the question ({@link #NEAR}) as short excerpts, the words the question asks about
 * marked; the article last. Nothing is said twice: a cited sentence already in the answer is not
 * shown again. A refusal shows at most {@link #REFUSAL_PASSAGES} passages, only those near the
 * question, and none when nothing is.
 */
final class AnswerReplies {
  /** The answer is at most this many of its sentences; the rest is behind "Show full paragraph". */
  static final int ANSWER_SENTENCES = 2;

  /** A refusal shows at most this many of the nearest passages. */
  static final int REFUSAL_PASSAGES = 2;

  /**
   * A cited passage is near the question when its citation score is at least this. Off-topic
   * questions' nearest passages score below it; those of questions on the article's subject that it
   * does not answer, and answers' own passages, mostly above.
   */
  static final double NEAR = 0.35;

  private static final SentenceSplitter SENTENCES = new SentenceSplitter();

  private final int maxQuestionChars;
  private final Optional<String> example;
  private final Excerpts excerpts;

  /** {@code example} is offered when a question is empty. */
  AnswerReplies(int maxQuestionChars, Optional<String> example) {
    this.maxQuestionChars = maxQuestionChars;
    this.example = example;
    this.excerpts = new Excerpts(new TextAnalysis());
  }

  /** The reply to {@code answer}, read on {@code where}. */
  Reply of(Answer answer, Surface where) {
    if (answer.question().isEmpty()) return Reply.notice(Messages.emptyQuestion(where, example));
    List<Part> parts = new ArrayList<>();
    if (answer.truncated()) {
      parts.add(new Part.Notice(Messages.truncated(maxQuestionChars, answer.question())));
    }
    Set<String> terms = excerpts.terms(answer.question());
    List<Citation> shown;
    if (answer.answered() && answer.phrased()) {
      shown = phrased(answer, terms, parts);
    } else if (answer.answered()) {
      shown = answer.citations();
      answered(answer, terms, parts);
    } else {
      shown = near(answer.citations());
      parts.add(
          new Part.Notice(
              shown.isEmpty()
                  ? Messages.notInArticleNoPassages(answer.refusal())
                  : Messages.notInArticle(answer.refusal())));
      for (Citation c : shown) parts.add(passage(c, c.quote(), terms));
    }
    if (!shown.isEmpty()) {
      parts.add(new Part.Footer(Messages.from(shown.get(0).articleTitle())));
    }
    return new Reply(
        parts, false, answer.answered() ? Reply.Outcome.ANSWERED : Reply.Outcome.REFUSED);
  }

  /** The answer with the passages it is quoted from, then the rest of the evidence. */
  private void answered(Answer answer, Set<String> terms, List<Part> parts) {
    String said = firstSentences(answer.text(), ANSWER_SENTENCES);
    String saidFlat = flat(said);
    List<Part.Source> sources = new ArrayList<>();
    List<Part> evidence = new ArrayList<>();
    for (Citation c : answer.citations()) {
      boolean first = c == answer.citations().get(0);
      List<String> unsaid = new ArrayList<>();
      for (Sentence s : SENTENCES.split(c.quote())) {
        if (!saidFlat.contains(flat(s.text()))) unsaid.add(s.text());
      }
      if (unsaid.isEmpty()) sources.add(source(c));
      else if (first || c.score() >= NEAR)
        evidence.add(passage(c, String.join(" ", unsaid), terms));
    }
    parts.add(new Part.Answer(said, sources));
    parts.addAll(evidence);
  }

  /**
   * The language model's answer, whole (it is short, and every sentence cites its passage), then
   * each passage it cites with the sentence the pipeline found in it: the reader sees what the
   * wording stands on.
   */
  private List<Citation> phrased(Answer answer, Set<String> terms, List<Part> parts) {
    Set<Integer> cited = Guard.citedIn(answer.text());
    List<Citation> shown =
        answer.citations().stream().filter(c -> cited.contains(c.paragraph())).toList();
    if (shown.isEmpty()) shown = answer.citations();
    parts.add(new Part.Answer(answer.text(), List.of())); // the passages below carry the controls
    for (Citation c : shown) parts.add(passage(c, c.quote(), terms));
    return shown;
  }

  /** The passages near the question, nearest first, at most REFUSAL_PASSAGES. */
  private static List<Citation> near(List<Citation> citations) {
    return citations.stream()
        .filter(c -> c.score() >= NEAR)
        .sorted(Comparator.comparingDouble(Citation::score).reversed())
        .limit(REFUSAL_PASSAGES)
        .toList();
  }

  private Part.Passage passage(Citation c, String text, Set<String> terms) {
    return new Part.Passage(source(c), excerpts.of(text, terms), c.text());
  }

  private static Part.Source source(Citation c) {
    return new Part.Source(c.articleId(), c.articleTitle(), c.paragraph(), c.section());
  }

  /** The first {@code n} sentences of {@code text}, verbatim. */
  static String firstSentences(String text, int n) {
    List<Sentence> sentences = SENTENCES.split(text.strip());
    if (sentences.size() <= n) return text.strip();
    return text.strip().substring(0, sentences.get(n - 1).end()).strip();
  }

  /** Whitespace collapsed, for comparing sentences shown in different places. */
  private static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
