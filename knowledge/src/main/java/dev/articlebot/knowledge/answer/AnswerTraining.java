package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.eval.EvalQuestion;
import dev.articlebot.knowledge.eval.EvalReport;
import dev.articlebot.knowledge.eval.Evaluation;
import dev.articlebot.knowledge.eval.GoldAnswers;
import dev.articlebot.knowledge.learn.LinearModel;
import dev.articlebot.knowledge.learn.Residual;
import dev.articlebot.knowledge.learn.Scorer;
import dev.articlebot.knowledge.learn.Trainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Learns the {@link AnswerModel} from articles with questions written about them, and measures it
 * the honest way: articles are split into folds, and each article's questions are answered by the
 * whole pipeline with a model trained on the other folds only (cross-validation with articles held
 * out). The model it returns is trained on every article; the report is what to expect on articles
 * it has never seen.
 *
 * <p>Every article weighs the same, whatever its number of questions: the measure is the average
 * over articles. The threshold for answering is the one that refuses the most unanswerable
 * questions while, on average over articles, refusing at most {@code maxAnswerableRefused} of the
 * answerable ones (out of fold).
 */
public final class AnswerTraining {

  /**
   * One article's pipeline and the questions asked about it.
   *
   * @param news whether the article reads as news (a byline, a date or a dateline): it gets the
   *     news threshold
   */
  public record Trial(String id, Answerer answerer, List<EvalQuestion> questions, boolean news) {
    /** A trial of an answerer over one article, news or not as that article reads. */
    public Trial(String id, Answerer answerer, List<EvalQuestion> questions) {
      this(id, answerer, questions, answerer.articles().stream().anyMatch(Features::news));
    }
  }

  /**
   * Settings.
   *
   * @param trees whether the answer-or-refuse model is boosted trees (else linear)
   * @param rankerTrees whether the passage ranker's linear model is corrected by boosted trees
   * @param pickerTrees whether the sentence picker's linear model is corrected by boosted trees
   */
  public record Settings(
      int folds,
      double l2,
      int iterations,
      double maxAnswerableRefused,
      boolean trees,
      boolean rankerTrees,
      boolean pickerTrees,
      int borrowed) {
    public static final Settings DEFAULT = new Settings(10, 1e-3, 400, 0.03, true, true, true, 30);
  }

  /**
   * The model trained on everything, each article's scores out of fold, and per question its
   * answer-or-refuse features, label and out-of-fold probability (for study).
   */
  public record Result(AnswerModel model, List<ArticleScore> outOfFold, List<String> decisions) {}

  /** One article's scores with a model that never saw it. */
  public record ArticleScore(String id, EvalReport report) {}

  /** What one question gives the learners. */
  private record Sample(
      int article,
      boolean borrowed,
      boolean answerable,
      double[][] passage,
      boolean[] gold,
      double[][] answerableOf,
      double[][] sentences,
      boolean[] sentenceGold) {}

  private final Settings settings;
  private final Consumer<String> progress;

  public AnswerTraining(Settings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public Result train(List<Trial> trials, String provenance) {
    long start = System.nanoTime();
    List<Sample> samples = new ArrayList<>();
    List<java.util.Map<String, Question>> read = new ArrayList<>();
    for (int a = 0; a < trials.size(); a++) {
      Trial t = trials.get(a);
      java.util.Map<String, Question> questions = new java.util.HashMap<>();
      read.add(questions);
      for (EvalQuestion q : t.questions()) {
        Question question = questions.computeIfAbsent(q.question(), t.answerer()::read);
        Sample s = sample(a, false, t.answerer(), question, q);
        if (s != null) samples.add(s);
      }
      for (EvalQuestion q : borrowed(trials, a)) {
        Sample s = sample(a, true, t.answerer(), t.answerer().read(q.question()), q);
        if (s != null) samples.add(s);
      }
      progress.accept(
          "read "
              + (a + 1)
              + "/"
              + trials.size()
              + " "
              + t.id()
              + " after "
              + (System.nanoTime() - start) / 1_000_000_000
              + " s");
    }
    int folds = Math.min(settings.folds(), trials.size());
    int[] fold = new int[trials.size()];
    for (int a = 0; a < fold.length; a++) fold[a] = a % folds;
    double[] articleWeight = articleWeights(samples, trials.size());

    // Out-of-fold ranking scores, and from them the answer-or-refuse features.
    Scorer[] rankers = new Scorer[folds];
    for (int f = 0; f < folds; f++) rankers[f] = ranker(samples, fold, f, articleWeight);
    double[][] answerableX = new double[samples.size()][];
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      answerableX[i] = answerableFeatures(s, rankers[fold[s.article()]]);
    }
    Scorer[] deciders = new Scorer[folds];
    for (int f = 0; f < folds; f++) {
      deciders[f] = decider(samples, answerableX, fold, f, articleWeight);
    }
    double[] p = new double[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      p[i] = deciders[fold[samples.get(i).article()]].probability(answerableX[i]);
    }
    boolean[] news = new boolean[trials.size()];
    for (int a = 0; a < news.length; a++) news[a] = trials.get(a).news();
    double threshold = threshold(samples, p, trials.size(), a -> !news[a]);
    double newsThreshold = threshold(samples, p, trials.size(), a -> news[a]);
    progress.accept(
        String.format(
            java.util.Locale.ROOT,
            "thresholds %.3f, news %.3f after %d s",
            threshold,
            newsThreshold,
            (System.nanoTime() - start) / 1_000_000_000));
    Scorer[] pickers = new Scorer[folds];
    for (int f = 0; f < folds; f++) pickers[f] = picker(samples, fold, f, articleWeight);

    // The whole pipeline, article by article, with the model of the other folds.
    progress.accept("sentence models after " + (System.nanoTime() - start) / 1_000_000_000 + " s");
    List<ArticleScore> outOfFold = new ArrayList<>();
    for (int a = 0; a < trials.size(); a++) {
      int f = fold[a];
      AnswerModel m =
          new AnswerModel(rankers[f], deciders[f], threshold, newsThreshold, pickers[f], "fold");
      Trial t = trials.get(a);
      Answerer answerer = t.answerer().withModel(m);
      java.util.Map<String, Question> questions = read.get(a);
      outOfFold.add(
          new ArticleScore(
              t.id(),
              new Evaluation(
                      text -> answerer.answer(questions.computeIfAbsent(text, answerer::read)))
                  .run(t.questions())));
    }

    progress.accept("cross-validated after " + (System.nanoTime() - start) / 1_000_000_000 + " s");
    Scorer ranker = ranker(samples, fold, -1, articleWeight);
    Scorer decider = decider(samples, answerableX, fold, -1, articleWeight);
    Scorer picker = picker(samples, fold, -1, articleWeight);
    List<String> decisions = new ArrayList<>();
    decisions.add("article\tanswerable\tp\t" + String.join("\t", Features.ANSWERABLE));
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      if (s.borrowed()) continue;
      StringBuilder line =
          new StringBuilder(trials.get(s.article()).id())
              .append('\t')
              .append(s.answerable() ? 1 : 0)
              .append('\t')
              .append(p[i]);
      for (double v : answerableX[i]) line.append('\t').append((float) v);
      decisions.add(line.toString());
    }
    return new Result(
        new AnswerModel(ranker, decider, threshold, newsThreshold, picker, provenance),
        outOfFold,
        decisions);
  }

  private Sample sample(
      int article, boolean borrowed, Answerer answerer, Question q, EvalQuestion eq) {
    if (q.isEmpty() || answerer.answeredDirectly(q)) return null;
    Reranker.Observation o = answerer.observe(q);
    int n = o.evidence().size();
    if (n == 0) return null;
    boolean[] gold = new boolean[n];
    double[][] answerableOf = new double[n][];
    double[][] sentences = null;
    boolean[] sentenceGold = null;
    for (int i = 0; i < n; i++) {
      var passage = o.evidence().get(i).candidate().passage();
      gold[i] = eq.answerable() && eq.paragraphs().contains(passage.paragraph().number());
      answerableOf[i] = answerer.answerableOf(o, i);
      if (gold[i] && sentences == null && !eq.answers().isEmpty()) {
        sentences = answerer.sentencesOf(o, i);
        sentenceGold = new boolean[sentences.length];
        for (int k = 0; k < sentences.length; k++) {
          sentenceGold[k] =
              GoldAnswers.holds(Composer.Sentences.quoted(passage.paragraph(), k), eq.answers());
        }
      }
    }
    return new Sample(
        article,
        borrowed,
        eq.answerable(),
        o.features(),
        gold,
        answerableOf,
        sentences,
        sentenceGold);
  }

  /**
   * Questions of other articles, asked of article {@code a}: what a chat throws at the bot besides
   * questions about its article. They teach the answer-or-refuse model what off-topic looks like
   * (the corpus's own sets hold few such questions), never the threshold or the scores. The same
   * ones every run.
   */
  private List<EvalQuestion> borrowed(List<Trial> trials, int a) {
    java.util.Random random = new java.util.Random(a);
    List<EvalQuestion> offTopic = new ArrayList<>();
    List<EvalQuestion> others = new ArrayList<>();
    for (int b = 0; b < trials.size(); b++) {
      if (b == a) continue;
      for (EvalQuestion q : trials.get(b).questions()) {
        (q.kind().equals("offtopic") ? offTopic : others).add(q);
      }
    }
    List<EvalQuestion> out = new ArrayList<>();
    for (List<EvalQuestion> from : List.of(offTopic, others)) {
      for (int k = 0; k < settings.borrowed() / 2 && !from.isEmpty(); k++) {
        EvalQuestion q = from.get(random.nextInt(from.size()));
        out.add(new EvalQuestion(q.id(), q.question(), List.of(), false, List.of(), "borrowed"));
      }
    }
    return out;
  }

  /** Per article, the weight of each of its questions: every article weighs the same. */
  private static double[] articleWeights(List<Sample> samples, int articles) {
    int[] count = new int[articles];
    for (Sample s : samples) if (!s.borrowed()) count[s.article()]++;
    double[] w = new double[articles];
    for (int a = 0; a < articles; a++) w[a] = count[a] == 0 ? 0 : 1.0 / count[a];
    return w;
  }

  private boolean training(int article, int[] fold, int held) {
    return held < 0 || fold[article] != held;
  }

  private Scorer ranker(List<Sample> samples, int[] fold, int held, double[] weight) {
    List<Trainer.Group> groups = new ArrayList<>();
    for (Sample s : samples) {
      if (!training(s.article(), fold, held) || !any(s.gold())) continue;
      groups.add(new Trainer.Group(s.passage(), s.gold(), weight[s.article()]));
    }
    return rankOrPick(Features.PASSAGE, groups, settings.rankerTrees());
  }

  private Scorer decider(
      List<Sample> samples, double[][] x, int[] fold, int held, double[] weight) {
    List<Trainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      if (!training(s.article(), fold, held)) continue;
      examples.add(new Trainer.Example(x[i], s.answerable(), weight[s.article()]));
    }
    return settings.trees()
        ? trainer().boosted(Features.ANSWERABLE, examples, Trainer.Boosting.DEFAULT)
        : trainer().logistic(Features.ANSWERABLE, examples);
  }

  private Scorer picker(List<Sample> samples, int[] fold, int held, double[] weight) {
    List<Trainer.Group> groups = new ArrayList<>();
    for (Sample s : samples) {
      if (!training(s.article(), fold, held) || s.sentences() == null) continue;
      if (s.sentences().length < 2 || !any(s.sentenceGold())) continue;
      groups.add(new Trainer.Group(s.sentences(), s.sentenceGold(), weight[s.article()]));
    }
    return rankOrPick(Features.SENTENCE, groups, settings.pickerTrees());
  }

  /** A linear listwise model, corrected by trees grown on its residual when {@code trees}. */
  private Scorer rankOrPick(List<String> features, List<Trainer.Group> groups, boolean trees) {
    LinearModel linear = trainer().listwise(features, groups);
    if (!trees) return linear;
    return new Residual(
        linear, trainer().boostedListwise(features, groups, Trainer.Boosting.DEFAULT, linear));
  }

  private Trainer trainer() {
    return new Trainer(settings.l2(), settings.iterations());
  }

  /** The answer-or-refuse features of a sample whose candidates {@code ranker} orders. */
  private static double[] answerableFeatures(Sample s, Scorer ranker) {
    int n = s.passage().length;
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) scores[i] = ranker.score(s.passage()[i]);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) sorted[i] = scores[order[i]];
    return Features.answerable(sorted, s.answerableOf()[order[0]]);
  }

  /**
   * The threshold that refuses the most unanswerable questions, averaged over articles, while the
   * average share of answerable questions refused stays within the setting.
   */
  private double threshold(
      List<Sample> samples, double[] p, int articles, java.util.function.IntPredicate among) {
    double best = 0;
    double bestRefused = -1;
    for (int step = 0; step <= 400; step++) {
      double t = step / 400.0;
      double[] ansRefused = new double[articles];
      double[] ans = new double[articles];
      double[] unRefused = new double[articles];
      double[] un = new double[articles];
      for (int i = 0; i < samples.size(); i++) {
        Sample s = samples.get(i);
        if (s.borrowed() || !among.test(s.article())) continue;
        boolean refused = p[i] < t;
        if (s.answerable()) {
          ans[s.article()]++;
          if (refused) ansRefused[s.article()]++;
        } else {
          un[s.article()]++;
          if (refused) unRefused[s.article()]++;
        }
      }
      double wrong = mean(ansRefused, ans);
      double right = mean(unRefused, un);
      if (wrong <= settings.maxAnswerableRefused() && right > bestRefused) {
        bestRefused = right;
        best = t;
      }
    }
    return best;
  }

  private static double mean(double[] n, double[] of) {
    double sum = 0;
    int count = 0;
    for (int a = 0; a < n.length; a++) {
      if (of[a] == 0) continue;
      sum += n[a] / of[a];
      count++;
    }
    return count == 0 ? 0 : sum / count;
  }

  private static boolean any(boolean[] b) {
    for (boolean x : b) if (x) return true;
    return false;
  }
}
