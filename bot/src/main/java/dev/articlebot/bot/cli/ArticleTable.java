package dev.articlebot.bot.cli;

import dev.articlebot.knowledge.eval.CorpusEvaluation;
import dev.articlebot.knowledge.eval.CorpusEvaluation.Measure;
import dev.articlebot.knowledge.eval.EvalReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The per-article table {@code eval --corpus} and {@code train} print: a row per article, then rows
 * of averages over articles (each article weighing the same). A rate no article has questions for
 * is shown as "-". "off-ref" counts only the unanswerable questions marked off-topic (the news sets
 * mark them), which issue 15 judges apart from the on-topic ones.
 */
final class ArticleTable {
  private final PrintStream out;
  private final String format;

  /** A table on {@code out} whose first column is {@code width} characters wide. */
  ArticleTable(PrintStream out, int width) {
    this.out = out;
    this.format = "%-" + width + "s %5s %6s %6s %6s %7s %5s %7s %7s%n";
  }

  void header() {
    out.printf(
        Locale.ROOT,
        format,
        "article",
        "ans",
        "first",
        "top3",
        "gold",
        "ans-ref",
        "unans",
        "un-ref",
        "off-ref");
  }

  void row(String name, EvalReport e) {
    out.printf(
        Locale.ROOT,
        format,
        name,
        e.answerable(),
        rate(e.firstRightRate()),
        rate(e.topThreeRate()),
        e.withGoldAnswer() == 0 ? "-" : rate(e.goldInAnswerRate()),
        rate(e.wrongRefusalRate()),
        e.unanswerable(),
        e.unanswerable() == 0 ? "-" : rate(e.rightRefusalRate()),
        e.offTopic() == 0 ? "-" : rate(e.offTopicRefusalRate()));
  }

  /** The averages over {@code reports}, one per article, under {@code label}. */
  void average(String label, List<EvalReport> reports) {
    out.printf(
        Locale.ROOT,
        format,
        label,
        "",
        rate(CorpusEvaluation.average(reports, EvalReport::firstRightRate, Measure.ANSWERABLE)),
        rate(CorpusEvaluation.average(reports, EvalReport::topThreeRate, Measure.ANSWERABLE)),
        rate(CorpusEvaluation.average(reports, EvalReport::goldInAnswerRate, Measure.GOLD)),
        rate(CorpusEvaluation.average(reports, EvalReport::wrongRefusalRate, Measure.ANSWERABLE)),
        "",
        rate(CorpusEvaluation.average(reports, EvalReport::rightRefusalRate, Measure.UNANSWERABLE)),
        rate(
            CorpusEvaluation.average(reports, EvalReport::offTopicRefusalRate, Measure.OFF_TOPIC)));
  }

  private static String rate(double r) {
    return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.3f", r);
  }
}
