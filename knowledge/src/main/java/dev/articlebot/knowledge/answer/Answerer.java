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
   * Where a follow-up stands in its thread.
   *
   * @param articleId the article the thread's last answer came from ("" when none)
   * @param lead the paragraphs of that article the last answer led with: a follow-up is most often
   *     answered there or next to it
   * @param skip paragraphs of that article to go past ("more", "what else")
   * @param more whether the next passage is given whatever the decision ("more" asks to go on)
   * @param context the thread's last question, read with this one, or null: what the follow-up
   *     leaves unsaid
   */
  public record Thread(
      String articleId,
      java.util.Collection<Integer> lead,
      java.util.Collection<Integer> skip,
      boolean more,
      Question context) {
    public Thread {
      lead = List.copyOf(lead);
      skip = List.copyOf(skip);
    }
  }

  /**
   * How much a passage's nearness to the thread's last answer counts, against the model's score.
   */
  static final double NEAR_LAST_ANSWER = 1.0;

  /** For "more", how much lying right after the last paragraph shown counts. */
  static final double MORE_IN_ORDER = 3.0;

  /** How much the passage's score for the question read with the last one counts. */
  static final double WITH_CONTEXT = 0.35;

  /**
   * The answer to {@code q} asked in a thread: the candidates ordered by the model's score for the
   * question, plus its score for the question read with the thread's last question, plus a bonus
   * for lying at or next to the paragraph the last answer led with; paragraphs to skip left out.
   * Direct answers come first, as for any question, unless passages are to be skipped.
   */
  public Answer answer(Question q, Thread t) {
    if (q.text().isEmpty()) return refusedWithoutPassages(q, "nothing asked");
    if (t.skip().isEmpty()) {
      for (DirectAnswer d : direct) {
        Optional<Answer> a = d.answer(q);
        if (a.isPresent()) return q.truncated() ? a.get().truncatedQuestion() : a.get();
      }
    }
    if (q.isEmpty()) return refusedWithoutPassages(q, "nothing to search for");
    Ranking ranking = rank(q);
    java.util.Map<Integer, Double> withContext = new java.util.HashMap<>();
    if (t.context() != null && !t.context().isEmpty()) {
      for (Ranking.Item i : rank(t.context()).items()) {
        withContext.put(i.candidate().passage().id(), i.score());
      }
    }
    double floor = withContext.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    java.util.Map<Ranking.Item, Double> fused = new java.util.IdentityHashMap<>();
    List<Ranking.Item> rest = new java.util.ArrayList<>();
    for (Ranking.Item i : ranking.items()) {
      var passage = i.candidate().passage();
      boolean sameArticle = passage.article().id().equals(t.articleId());
      int n = passage.paragraph().number();
      if (sameArticle && t.skip().contains(n)) continue;
      double near = 0;
      if (sameArticle && t.more()) {
        // "more" goes on in reading order: the paragraph after the last one shown first.
        int after = t.skip().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        near = MORE_IN_ORDER * Math.exp(-Math.abs(n - after));
      } else if (sameArticle) {
        // Readers go on through the article: a paragraph after the last answer's counts more
        // than one before it.
        for (int l : t.lead()) near = Math.max(near, Math.exp(n >= l ? l - n : 2 * (n - l)));
      }
      double ctx = withContext.isEmpty() ? 0 : withContext.getOrDefault(passage.id(), floor);
      fused.put(i, i.score() + WITH_CONTEXT * ctx + NEAR_LAST_ANSWER * near);
      rest.add(i);
    }
    if (rest.isEmpty()) return refusedWithoutPassages(q, "no passages past those shown");
    rest.sort(java.util.Comparator.comparingDouble(i -> -fused.get(i)));
    List<String> steps = new java.util.ArrayList<>(ranking.steps());
    if (rest.get(0) != ranking.top()) steps.add("thread: nearer the last answer");
    Ranking next = new Ranking(rest, steps, ranking.aboutPerson());
    Decider.Decision d = decider.decide(q, next);
    if (t.more() && !d.answered()) {
      d =
          new Decider.Decision(
              Answer.Refusal.NONE,
              Math.max(0, Math.min(1, next.top().candidate().dense())),
              "more: the next passage past " + t.skip());
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
  public boolean answeredDirectly(Question q) {
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
