package dev.articlebot.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a question set through the answerer and scores it the way the held-out set is judged: the
 * first citation must be a right paragraph (top 3 counts too), refusals only for questions the
 * article does not answer.
 */
public final class Evaluation {
  /** The question set bundled for the bundled article. */
  public static final String BUNDLED = "eval/questions.jsonl";

  /** A second set, written separately, for checking that tuning generalises. */
  public static final String BUNDLED_HOLDOUT = "eval/holdout.jsonl";

  /** A third set in plain reader's wording, written last, after the method was settled. */
  public static final String BUNDLED_NATURAL = "eval/natural.jsonl";

  /**
   * A fourth set in chat wording, written by someone who saw only the numbered article after the
   * answer checks were in place: the closest stand-in for questions nobody has seen (see the README
   * for the changes made after reading its misses).
   */
  public static final String BUNDLED_FRESH = "eval/fresh.jsonl";

  /**
   * A fifth set, written last by someone else again, as twenty different readers would ask: the one
   * the method was not shaped by (see the README for the one change made after reading it).
   */
  public static final String BUNDLED_UNSEEN = "eval/unseen.jsonl";

  /**
   * A sixth set, written blind by someone who saw only the numbered article, after every other
   * change: how the method fares on questions it was not shaped by (its numbers on arrival are in
   * the README).
   */
  public static final String BUNDLED_BLIND = "eval/blind.jsonl";

  /** A seventh set, written blind like the sixth, as a reading club's members would ask. */
  public static final String BUNDLED_BLIND2 = "eval/blind2.jsonl";

  /** An eighth, written blind like the sixth, as a company's news channel would ask. */
  public static final String BUNDLED_BLIND3 = "eval/blind3.jsonl";

  /** A ninth, written blind like the sixth, as a gaming server's news channel would ask. */
  public static final String BUNDLED_BLIND4 = "eval/blind4.jsonl";

  /** Every bundled set, in the order the eval command reports them. */
  public static final java.util.List<String> ALL_BUNDLED =
      java.util.List.of(
          BUNDLED,
          BUNDLED_HOLDOUT,
          BUNDLED_NATURAL,
          BUNDLED_FRESH,
          BUNDLED_UNSEEN,
          BUNDLED_BLIND,
          BUNDLED_BLIND2,
          BUNDLED_BLIND3,
          BUNDLED_BLIND4);

  private final java.util.function.Function<String, Answer> answerer;
  private final String articleId;

  public Evaluation(KnowledgeBase knowledge) {
    this(knowledge::answer);
  }

  /** Scores the answers {@code answerer} gives. */
  public Evaluation(java.util.function.Function<String, Answer> answerer) {
    this(answerer, null);
  }

  /**
   * Scores the answers {@code answerer} gives from a library of many articles, the questions being
   * about article {@code articleId}: a citation of the right paragraph number in another article is
   * not right.
   */
  public Evaluation(java.util.function.Function<String, Answer> answerer, String articleId) {
    this.answerer = answerer;
    this.articleId = articleId;
  }

  /** The paragraph a citation stands for: -1 when it is another article's. */
  private int paragraphOf(Citation c) {
    return articleId == null || articleId.equals(c.articleId()) ? c.paragraph() : -1;
  }

  /**
   * Reads JSON Lines, one question a line, in either of two shapes: the project's own sets, {@code
   * {"id", "question", "paragraphs": [..], "kind"}} (answerable when it names paragraphs, or as
   * {@code "answerable"} says, with optional {@code "answers"}), or the development corpus's SQuAD
   * shape, {@code {"id", "question", "paragraph", "answerable", "answers"}}.
   */
  public static List<EvalQuestion> read(InputStream in) {
    return JsonLines.read(in, (line, n) -> question(line, "line " + n));
  }

  private static EvalQuestion question(JsonNode q, String where) {
    List<Integer> paragraphs = new ArrayList<>();
    q.path("paragraphs").forEach(p -> paragraphs.add(p.asInt()));
    if (q.has("paragraph") && !q.path("paragraph").isNull())
      paragraphs.add(q.path("paragraph").asInt());
    boolean answerable = q.path("answerable").asBoolean(!paragraphs.isEmpty());
    List<String> answers = new ArrayList<>();
    if (answerable) q.path("answers").forEach(a -> answers.add(a.asText()));
    String kind = q.path("kind").asText(answerable ? "" : "unanswerable");
    return new EvalQuestion(
        q.path("id").asText(where),
        q.path("question").asText().strip(),
        answerable ? paragraphs : List.of(),
        answerable,
        answers,
        kind);
  }

  /** The kind of a question that has nothing to do with the article. */
  static final String OFF_TOPIC = "offtopic";

  private static String decided(Answer a) {
    return a.decidedBy().isEmpty() ? "" : " [" + a.decidedBy() + "]";
  }

  /** Reads a bundled question set from the classpath. */
  public static List<EvalQuestion> bundled(String resource) {
    InputStream in = Evaluation.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalArgumentException("no bundled question set " + resource);
    return read(in);
  }

  public EvalReport run(List<EvalQuestion> questions) {
    int answerable = 0;
    int first = 0;
    int top3 = 0;
    double rr = 0;
    int wrongRefusals = 0;
    int unanswerable = 0;
    int rightRefusals = 0;
    int offTopic = 0;
    int offTopicRefused = 0;
    int withGold = 0;
    int goldInAnswer = 0;
    List<String> misses = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer a = answerer.apply(q.question());
      List<Integer> cited = a.citations().stream().map(this::paragraphOf).toList();
      if (!q.answerable()) {
        unanswerable++;
        boolean offTopicAsked = q.kind().equals(OFF_TOPIC);
        if (offTopicAsked) offTopic++;
        if (!a.answered()) {
          rightRefusals++;
          if (offTopicAsked) offTopicRefused++;
        } else {
          misses.add(
              q.id() + " answered, should refuse: " + q.question() + " -> " + cited + decided(a));
        }
        continue;
      }
      answerable++;
      int rank = -1;
      for (int i = 0; i < cited.size(); i++) {
        if (q.paragraphs().contains(cited.get(i))) {
          rank = i;
          break;
        }
      }
      if (rank == 0) first++;
      if (rank >= 0 && rank < 3) top3++;
      if (rank >= 0) rr += 1.0 / (rank + 1);
      if (!a.answered()) wrongRefusals++;
      boolean holdsGold = false;
      if (!q.answers().isEmpty()) {
        withGold++;
        holdsGold =
            a.answered()
                && (articleId == null || paragraphOf(a.citations().get(0)) >= 0)
                && GoldAnswers.holds(a.text(), q.answers());
        if (holdsGold) goldInAnswer++;
      }
      if (rank != 0 || !a.answered()) {
        misses.add(
            q.id()
                + (a.answered() ? "" : " refused;")
                + " want "
                + q.paragraphs()
                + " got "
                + cited
                + ": "
                + q.question()
                + decided(a));
      } else if (!q.answers().isEmpty() && !holdsGold) {
        misses.add(q.id() + " quoted answer lacks " + q.answers().get(0) + ": " + q.question());
      }
    }
    return new EvalReport(
        answerable,
        first,
        top3,
        rr,
        wrongRefusals,
        unanswerable,
        rightRefusals,
        offTopic,
        offTopicRefused,
        withGold,
        goldInAnswer,
        misses);
  }
}
