package dev.articlebot.knowledge.answer;

import java.util.List;
import java.util.Optional;

/**
 * Question in, {@link Answer} out, in five stages that each take the {@link Question} as read once
 * by the {@link QuestionReader}:
 *
 * <ol>
 *   <li><b>direct answers</b> ({@link DirectAnswer}): questions about the article itself and about
 *       who a quoted person is or what they said are answered without searching;
 *   <li><b>retrieve</b> ({@link Retriever}): candidate passages;
 *   <li><b>rerank</b> ({@link Reranker}): the learned ranking model orders them, then the {@link
 *       RankRule}s may move one to the front;
 *   <li><b>decide</b> ({@link Decider}): the {@link RefusalRule}s may refuse; otherwise the learned
 *       model answers when its probability reaches its threshold;
 *   <li><b>compose</b> ({@link Composer}): the learned sentence model picks the sentence of each
 *       cited passage that answers.
 * </ol>
 *
 * Every text it returns is verbatim from an article; {@link Answer#decidedBy()} names what decided.
 * {@link Answerers} puts it together.
 */
public final class Answerer {
  /** How many passages an answer cites. */
  public static final int CITATIONS = Composer.CITATIONS;

  private final Answerers.Parts parts;
  private final AnswerModel model;
  private final List<DirectAnswer> direct;
  private final Reranker.Learned reranker;
  private final Decider decider;
  private final Composer composer;

  Answerer(
      Answerers.Parts parts,
      AnswerModel model,
      List<DirectAnswer> direct,
      Reranker.Learned reranker,
      Decider decider,
      Composer composer) {
    this.parts = parts;
    this.model = model;
    this.direct = List.copyOf(direct);
    this.reranker = reranker;
    this.decider = decider;
    this.composer = composer;
  }

  /** The same pipeline deciding with {@code other}: for cross-validation. */
  public Answerer withModel(AnswerModel other) {
    return Answerers.assemble(parts, other);
  }

  /** The names of its direct answers and rules, in the order they run. */
  public List<String> ruleNames() {
    List<String> out = new java.util.ArrayList<>();
    direct.forEach(d -> out.add(d.name()));
    parts.rankRules().forEach(r -> out.add(r.name()));
    parts.refusalRules().forEach(r -> out.add(r.name()));
    return out;
  }

  /** The same pipeline without the direct answer or rule called {@code name}: what it is worth. */
  public Answerer without(String name) {
    return Answerers.assemble(parts.without(name), model);
  }

  /** The articles it answers from. */
  List<dev.articlebot.knowledge.article.Article> articles() {
    return parts.articles();
  }

  /** The model this pipeline decides with. */
  public AnswerModel model() {
    return model;
  }

  /** Reads a question as every stage will read it. */
  public Question read(String raw) {
    return parts.reader().read(raw);
  }

  public Answer answer(String raw) {
    return answer(read(raw));
  }

  public Answer answer(Question q) {
    Answer a = answerRead(q);
    return q.truncated() ? a.truncatedQuestion() : a;
  }

  /**
   * The answer to {@code q} from the passages other than paragraphs {@code shown} of article {@code
   * articleId}, which an earlier answer led with. With {@code more}, the next passage is given
   * whatever the decision ("more" asks to go on, not whether the article answers); otherwise it is
   * decided as any question. Direct answers are not taken: they have no next passage.
   */
  public Answer answerPast(
      Question q, String articleId, java.util.Collection<Integer> shown, boolean more) {
    if (q.isEmpty()) return refusedWithoutPassages(q, "nothing to search for");
    Ranking ranking = rank(q);
    List<Ranking.Item> rest =
        ranking.items().stream()
            .filter(
                i ->
                    !(i.candidate().passage().article().id().equals(articleId)
                        && shown.contains(i.candidate().passage().paragraph().number())))
            .toList();
    if (rest.isEmpty()) return refusedWithoutPassages(q, "no passages past those shown");
    Ranking next = new Ranking(rest, ranking.steps(), ranking.aboutPerson());
    Decider.Decision d = decider.decide(q, next);
    if (more && !d.answered()) {
      d =
          new Decider.Decision(
              Answer.Refusal.NONE,
              Math.max(0, Math.min(1, next.top().candidate().dense())),
              "more: the next passage past " + shown);
    }
    Answer a = composer.compose(q, next, d);
    return q.truncated() ? a.truncatedQuestion() : a;
  }

  private Answer answerRead(Question q) {
    if (q.text().isEmpty()) return refusedWithoutPassages(q, "nothing asked");
    for (DirectAnswer d : direct) {
      Optional<Answer> a = d.answer(q);
      if (a.isPresent()) return a.get();
    }
    if (q.isEmpty()) return refusedWithoutPassages(q, "nothing to search for");
    Ranking ranking = rank(q);
    if (ranking.isEmpty()) return refusedWithoutPassages(q, "no passages");
    return composer.compose(q, ranking, decider.decide(q, ranking));
  }

  private static Answer refusedWithoutPassages(Question q, String why) {
    return new Answer(q.text(), false, "", List.of(), 0, false, Answer.Refusal.NOT_IN_ARTICLE, why);
  }

  /** Whether a direct answer takes the question: then no later stage ever sees it. */
  boolean answeredDirectly(Question q) {
    return direct.stream().anyMatch(d -> d.answer(q).isPresent());
  }

  /** The candidates, retrieved and reranked. */
  Ranking rank(Question q) {
    return reranker.rerank(q, parts.retriever().retrieve(q));
  }

  /** The citation of a ranked passage, as an answer would quote it. */
  Citation cite(Question q, Ranking.Item item) {
    return composer.cite(q, item);
  }

  /** What the learned stages read of a question, before any decision: what {@code train} reads. */
  Reranker.Observation observe(Question q) {
    return reranker.observe(q, parts.retriever().retrieve(q));
  }

  /** The {@link Features#ANSWERABLE} values after the ranking scores, with {@code i} on top. */
  double[] answerableOf(Reranker.Observation o, int i) {
    return parts
        .features()
        .answerableOf(o.question(), o.evidence().get(i), o.features()[i], o.aboutPerson());
  }

  /** The {@link Features#SENTENCE} values of each sentence of candidate {@code i}. */
  double[][] sentencesOf(Reranker.Observation o, int i) {
    return parts.features().sentences(o.question(), o.evidence().get(i));
  }
}
