package dev.articlebot.bot.feedback;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What an editor should add or clarify, over a period: the questions refused most (similar
 * questions grouped by their embeddings), the answers with the most 👎, and counts per article.
 * Made from the {@link FeedbackStore}; refused questions can be listed only when {@code
 * feedback.keep-questions} kept their text.
 *
 * @param from the start of the period (inclusive)
 * @param to its end (exclusive)
 * @param answers answers given in the period
 * @param refused of them, refusals
 * @param up 👍 on them
 * @param down 👎 on them
 * @param refusedWithoutText refusals whose question text was not kept
 * @param refusedGroups refused questions, similar ones together, most asked first
 * @param disliked answers with at least one 👎, most 👎 first (then fewest 👍)
 * @param articles counts per article, most refusals and 👎 first
 */
public record FeedbackReport(
    Instant from,
    Instant to,
    int answers,
    int refused,
    int up,
    int down,
    int refusedWithoutText,
    List<QuestionGroup> refusedGroups,
    List<Disliked> disliked,
    List<ArticleCounts> articles) {

  /**
   * Two questions whose embeddings' cosine is at least this are counted as one. Measured with
   * all-MiniLM-L6-v2: the same question in other words 0.79-0.96 ("how tall is trump?" / "What is
   * Trump's height?", "recipe for pancakes" / "how do I make pancakes"), other questions about the
   * same person 0.54-0.66 ("how tall is trump?" / "how old is Trump?").
   */
  public static final double SIMILAR = 0.72;

  /** How many groups and answers a report lists. */
  public static final int TOP = 10;

  /** Refused questions asked in similar words: the first asked, how many, a few others. */
  public record QuestionGroup(String question, int count, List<String> others) {}

  /** An answer readers rated 👎, with why. */
  public record Disliked(AnswerRecord answer, int down, int up, Map<String, Integer> reasons) {}

  /** One article's numbers ("" for answers that cited no passage). */
  public record ArticleCounts(String articleId, int answers, int refused, int up, int down) {}

  /**
   * The report on {@code snapshot} for answers given in [{@code from}, {@code to}).
   *
   * @param embed a question's embedding (unit length or not), for grouping
   */
  public static FeedbackReport of(
      FeedbackStore.Snapshot snapshot, Instant from, Instant to, Function<String, float[]> embed) {
    Map<String, AnswerRecord> inPeriod = new LinkedHashMap<>();
    for (AnswerRecord a : snapshot.answers()) {
      if (!a.at().isBefore(from) && a.at().isBefore(to)) inPeriod.put(a.id(), a);
    }
    Map<String, int[]> votes = new LinkedHashMap<>(); // answer id -> {up, down}
    Map<String, Map<String, Integer>> reasons = new LinkedHashMap<>();
    int up = 0;
    int down = 0;
    for (FeedbackRecord r : snapshot.ratings()) {
      if (!inPeriod.containsKey(r.answerId())) continue;
      int[] v = votes.computeIfAbsent(r.answerId(), k -> new int[2]);
      if (r.vote() == Rating.Vote.UP) {
        v[0]++;
        up++;
      } else {
        v[1]++;
        down++;
        String why = r.reason().map(x -> x.label().toLowerCase(Locale.ROOT)).orElse("not said");
        reasons
            .computeIfAbsent(r.answerId(), k -> new LinkedHashMap<>())
            .merge(why, 1, Integer::sum);
      }
    }
    int refused = 0;
    int withoutText = 0;
    List<String> refusedQuestions = new ArrayList<>();
    Map<String, int[]> perArticle = new LinkedHashMap<>(); // {answers, refused, up, down}
    for (AnswerRecord a : inPeriod.values()) {
      int[] c = perArticle.computeIfAbsent(a.articleId(), k -> new int[4]);
      c[0]++;
      int[] v = votes.getOrDefault(a.id(), new int[2]);
      c[2] += v[0];
      c[3] += v[1];
      if (!a.answered()) {
        refused++;
        c[1]++;
        if (a.question().isPresent()) refusedQuestions.add(a.question().get());
        else withoutText++;
      }
    }
    List<Disliked> disliked = new ArrayList<>();
    for (Map.Entry<String, int[]> e : votes.entrySet()) {
      if (e.getValue()[1] == 0) continue;
      disliked.add(
          new Disliked(
              inPeriod.get(e.getKey()),
              e.getValue()[1],
              e.getValue()[0],
              Map.copyOf(reasons.getOrDefault(e.getKey(), Map.of()))));
    }
    disliked.sort(
        Comparator.comparingInt(Disliked::down).reversed().thenComparingInt(Disliked::up));
    List<ArticleCounts> articles = new ArrayList<>();
    perArticle.forEach((id, c) -> articles.add(new ArticleCounts(id, c[0], c[1], c[2], c[3])));
    articles.sort(
        Comparator.comparingInt((ArticleCounts a) -> a.refused() + a.down())
            .reversed()
            .thenComparing(ArticleCounts::articleId));
    return new FeedbackReport(
        from,
        to,
        inPeriod.size(),
        refused,
        up,
        down,
        withoutText,
        group(refusedQuestions, embed),
        List.copyOf(disliked.subList(0, Math.min(TOP, disliked.size()))),
        List.copyOf(articles));
  }

  /**
   * Similar questions together: each question joins the first group whose first question is at
   * least {@link #SIMILAR} alike (the same text, ignoring case and spacing, always joins), else
   * starts one. Groups are listed by size, then by first asked.
   */
  static List<QuestionGroup> group(List<String> questions, Function<String, float[]> embed) {
    List<String> heads = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    for (String q : questions) {
      String norm = normal(q);
      int joined = -1;
      for (int i = 0; i < heads.size() && joined < 0; i++) {
        if (normal(heads.get(i)).equals(norm)) joined = i;
      }
      float[] v = null;
      if (joined < 0) {
        v = embed.apply(q);
        double best = SIMILAR;
        for (int i = 0; i < heads.size(); i++) {
          double c = cosine(v, vectors.get(i));
          if (c >= best) {
            best = c;
            joined = i;
          }
        }
      }
      if (joined >= 0) {
        members.get(joined).add(q);
      } else {
        heads.add(q);
        vectors.add(v);
        members.add(new ArrayList<>(List.of(q)));
      }
    }
    List<QuestionGroup> out = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      List<String> others = new ArrayList<>();
      for (String m : members.get(i)) {
        if (others.size() < 3 && !normal(m).equals(normal(heads.get(i))) && !others.contains(m)) {
          others.add(m);
        }
      }
      out.add(new QuestionGroup(heads.get(i), members.get(i).size(), List.copyOf(others)));
    }
    out.sort(Comparator.comparingInt(QuestionGroup::count).reversed());
    return List.copyOf(out.subList(0, Math.min(TOP, out.size())));
  }

  private static String normal(String q) {
    return q.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** The report as a reply, for the console, the command line and the weekly post. */
  public Reply reply(Function<String, String> articleTitle) {
    DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    List<Part> parts = new ArrayList<>();
    parts.add(
        new Part.Heading(
            "What readers asked: " + day.format(from) + " to " + day.format(to.minusSeconds(1))));
    parts.add(
        new Part.Text(
            answers + " answers, " + refused + " refused; " + up + " 👍, " + down + " 👎."));
    parts.add(new Part.Text("Questions refused most (what the articles do not answer):"));
    if (!refusedGroups.isEmpty()) {
      List<Part.Bullet> items = new ArrayList<>();
      for (QuestionGroup g : refusedGroups) {
        String also = g.others().isEmpty() ? "" : " (also: " + String.join(" / ", g.others()) + ")";
        items.add(new Part.Bullet(g.count() + "× " + g.question() + also, null));
      }
      parts.add(new Part.Bullets(items));
    }
    if (refusedWithoutText > 0) {
      parts.add(
          new Part.Notice(
              refusedWithoutText
                  + " refused questions were not kept (feedback.keep-questions is off)."));
    } else if (refusedGroups.isEmpty()) {
      parts.add(new Part.Notice("None."));
    }
    parts.add(new Part.Text("Answers with the most 👎:"));
    if (disliked.isEmpty()) {
      parts.add(new Part.Notice("None."));
    } else {
      List<Part.Bullet> items = new ArrayList<>();
      for (Disliked d : disliked) {
        AnswerRecord a = d.answer();
        String what = a.question().map(q -> "“" + q + "”").orElse("answer " + a.id());
        String cited =
            a.paragraph() < 0
                ? "no passage"
                : (a.paragraph() == 0 ? "headline" : "¶" + a.paragraph())
                    + " of "
                    + articleTitle.apply(a.articleId());
        List<String> why = new ArrayList<>();
        d.reasons().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .forEach(e -> why.add(e.getKey() + " " + e.getValue()));
        items.add(
            new Part.Bullet(
                d.down()
                    + " 👎, "
                    + d.up()
                    + " 👍: "
                    + what
                    + (a.answered() ? ", answered from " : ", refused near ")
                    + cited
                    + (why.isEmpty() ? "" : " (" + String.join(", ", why) + ")"),
                null));
      }
      parts.add(new Part.Bullets(items));
    }
    parts.add(new Part.Text("Per article:"));
    if (articles.isEmpty()) {
      parts.add(new Part.Notice("No answers in this period."));
    } else {
      List<Part.Bullet> items = new ArrayList<>();
      for (ArticleCounts a : articles) {
        String name =
            a.articleId().isEmpty() ? "(no passage near)" : articleTitle.apply(a.articleId());
        items.add(
            new Part.Bullet(
                name
                    + ": "
                    + a.answers()
                    + " answers, "
                    + a.refused()
                    + " refused, "
                    + a.up()
                    + " 👍, "
                    + a.down()
                    + " 👎",
                null));
      }
      parts.add(new Part.Bullets(items));
    }
    return new Reply(parts, false);
  }
}
