package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import java.util.ArrayList;
import java.util.List;

/** The last stage of the answer pipeline: the reply's text and citations, verbatim. */
interface Composer {
  /** How many passages an answer cites. */
  int CITATIONS = 3;

  Answer compose(Question q, Ranking ranking, Decider.Decision decision);

  /** The citation of one ranked passage, quoting the sentence that answers in it. */
  Citation cite(Question q, Ranking.Item item);

  /**
   * Quotes, from each of the first {@link #CITATIONS} passages, the sentence the learned sentence
   * model scores highest over {@link Features#SENTENCE}, with its neighbour when it is too short to
   * stand alone.
   */
  final class Sentences implements Composer {
    /** Sentences shorter than this many words are quoted with their neighbour. */
    static final int SHORT_SENTENCE = 8;

    private final Features features;
    private final AnswerModel model;

    Sentences(Features features, AnswerModel model) {
      this.features = features;
      this.model = model;
    }

    @Override
    public Answer compose(Question q, Ranking ranking, Decider.Decision d) {
      List<Citation> citations = new ArrayList<>();
      for (int i = 0; i < Math.min(CITATIONS, ranking.items().size()); i++) {
        citations.add(cite(q, ranking.items().get(i)));
      }
      return new Answer(
          q.text(),
          d.answered(),
          d.answered() ? citations.get(0).quote() : "",
          citations,
          Math.max(0, Math.min(1, d.confidence())),
          false,
          d.refusal(),
          d.decidedBy());
    }

    @Override
    public Citation cite(Question q, Ranking.Item item) {
      Candidate c = item.candidate();
      double[][] x = features.sentences(q, item.evidence());
      int best = 0;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < x.length; i++) {
        double s = model.sentence().score(x[i]);
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      double score = Math.max(0, Math.min(1, c.dense()));
      return Citation.of(
          c.passage().article(),
          c.passage().paragraph(),
          quoted(c.passage().paragraph(), best),
          score);
    }

    /** What an answer quotes for sentence {@code i} of {@code p}: it, and a neighbour if short. */
    static String quoted(Paragraph p, int i) {
      List<Sentence> sentences = p.sentences();
      Sentence s = sentences.get(i);
      int start = s.start();
      int end = s.end();
      boolean shortSentence = s.text().split("\\s+").length < SHORT_SENTENCE;
      if (shortSentence && i > 0) start = sentences.get(i - 1).start();
      else if (shortSentence && i + 1 < sentences.size()) end = sentences.get(i + 1).end();
      return p.text().substring(start, end);
    }
  }
}
