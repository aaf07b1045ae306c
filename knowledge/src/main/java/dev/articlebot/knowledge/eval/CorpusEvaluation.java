package dev.articlebot.knowledge.eval;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Answerer;
import dev.articlebot.knowledge.answer.Question;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.library.Library;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Scores every article of a {@link Corpus} on its own questions, each article indexed alone as a
 * user would load it, and averages the rates over articles: one long article must not hide the
 * others.
 */
public final class CorpusEvaluation {

  /** One article's scores. */
  public record ArticleResult(Corpus.Entry entry, EvalReport report) {}

  /** Every article's scores, in corpus order. */
  public record Report(List<ArticleResult> articles) {
    public Report {
      articles = List.copyOf(articles);
    }

    /** The mean of {@code rate} over the articles that have questions it counts. */
    public double average(ToDoubleFunction<EvalReport> rate, Measure measure) {
      return CorpusEvaluation.average(
          articles.stream().map(ArticleResult::report).toList(), rate, measure);
    }

    /** Only the articles of {@code group} ("news", "squad2", …). */
    public Report group(String group) {
      return new Report(articles.stream().filter(a -> a.entry().group().equals(group)).toList());
    }

    /** The groups of its articles, in order of first appearance. */
    public List<String> groups() {
      return articles.stream().map(a -> a.entry().group()).distinct().toList();
    }

    public double first() {
      return average(EvalReport::firstRightRate, Measure.ANSWERABLE);
    }

    public double topThree() {
      return average(EvalReport::topThreeRate, Measure.ANSWERABLE);
    }

    public double goldInAnswer() {
      return average(EvalReport::goldInAnswerRate, Measure.GOLD);
    }

    public double answerableRefused() {
      return average(EvalReport::wrongRefusalRate, Measure.ANSWERABLE);
    }

    public double unanswerableRefused() {
      return average(EvalReport::rightRefusalRate, Measure.UNANSWERABLE);
    }

    public double offTopicRefused() {
      return average(EvalReport::offTopicRefusalRate, Measure.OFF_TOPIC);
    }
  }

  /**
   * The mean of {@code rate} over the {@code reports} (one per article) that have questions it
   * counts; NaN when none has.
   */
  public static double average(
      List<EvalReport> reports, ToDoubleFunction<EvalReport> rate, Measure measure) {
    double sum = 0;
    int n = 0;
    for (EvalReport r : reports) {
      if (!measure.applies(r)) continue;
      sum += rate.applyAsDouble(r);
      n++;
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Which articles a rate is defined for. */
  public enum Measure {
    ANSWERABLE,
    UNANSWERABLE,
    OFF_TOPIC,
    GOLD;

    boolean applies(EvalReport r) {
      return switch (this) {
        case ANSWERABLE -> r.answerable() > 0;
        case UNANSWERABLE -> r.unanswerable() > 0;
        case OFF_TOPIC -> r.offTopic() > 0;
        case GOLD -> r.withGoldAnswer() > 0;
      };
    }
  }

  private final Function<List<Article>, KnowledgeBase> index;

  /** {@code index} builds a knowledge base of the given articles. */
  public CorpusEvaluation(Function<List<Article>, KnowledgeBase> index) {
    this.index = index;
  }

  /**
   * Every article's questions asked of the whole of {@code library}, which holds the corpus's
   * articles among others (under their corpus ids): a citation counts only when it is the right
   * paragraph of the right article.
   */
  public static Report runAmong(Corpus corpus, Library library) {
    List<ArticleResult> out = new ArrayList<>();
    for (Corpus.Entry e : corpus.entries()) {
      Evaluation evaluation =
          new Evaluation(q -> library.answer(q, Library.Scope.ALL).answer(), e.id());
      out.add(new ArticleResult(e, evaluation.run(e.questions())));
    }
    return new Report(out);
  }

  public Report run(Corpus corpus) {
    return run(corpus, List.of(a -> a)).get(0);
  }

  /**
   * One report per variant of the pipeline ({@code Answerer::without} a rule, say), each article
   * indexed once for all of them.
   */
  public List<Report> run(Corpus corpus, List<UnaryOperator<Answerer>> variants) {
    List<List<ArticleResult>> out = new ArrayList<>();
    for (int v = 0; v < variants.size(); v++) out.add(new ArrayList<>());
    for (Corpus.Entry e : corpus.entries()) {
      Article article;
      try {
        article = e.article().get();
      } catch (KnowledgeException unreadable) {
        // an article the reader cannot read answers none of its questions: it counts, it does not
        // stop the other articles' scores
        EvalReport none = new Evaluation(q -> unread(q, unreadable)).run(e.questions());
        for (List<ArticleResult> results : out) results.add(new ArticleResult(e, none));
        continue;
      }
      KnowledgeBase kb = index.apply(List.of(article));
      Map<String, Question> read = new HashMap<>();
      for (int v = 0; v < variants.size(); v++) {
        Answerer a = variants.get(v).apply(kb.answerer());
        Evaluation evaluation =
            new Evaluation(text -> a.answer(read.computeIfAbsent(text, a::read)));
        out.get(v).add(new ArticleResult(e, evaluation.run(e.questions())));
      }
    }
    return out.stream().map(Report::new).toList();
  }

  /** The refusal of {@code question} by an article that could not be read, saying why. */
  private static Answer unread(String question, KnowledgeException why) {
    return new Answer(
        question,
        false,
        "",
        List.of(),
        0,
        false,
        Answer.Refusal.NOT_IN_ARTICLE,
        "article not read: " + why.getMessage());
  }
}
