package dev.articlebot.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import dev.articlebot.knowledge.conversation.Exchange;
import dev.articlebot.knowledge.conversation.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores conversations: threads of turns about one article each, every turn answered with the turns
 * of its thread before it, as a chat thread or {@code ask --json --threads} would. First turns and
 * follow-ups are reported apart: the right passage first for those the article answers, refusals
 * for those it does not. With {@code alone}, every turn is answered as if it were the first (what
 * the bot did before it read threads): the baseline.
 */
public final class ConversationEvaluation {

  /**
   * One line of a conversation set.
   *
   * @param thread the thread it belongs to
   * @param turn its place in the thread, from 1
   * @param article the article's id
   * @param kind "first", "followup" or "more"
   * @param resolved the question as its writer meant it, standing alone ("" when not given)
   */
  public record Line(
      String thread,
      int turn,
      String article,
      EvalQuestion question,
      String kind,
      String resolved) {
    /** Whether it leans on the turns before it. */
    public boolean followUp() {
      return !kind.equals("first") && turn > 1;
    }
  }

  /** The scores of one group of turns (an article's first turns, say). */
  public static final class Score {
    int answerable;
    int first;
    int unanswerable;
    int refused;
    int wronglyRefused;
    final List<String> misses = new ArrayList<>();

    public int answerable() {
      return answerable;
    }

    public int unanswerable() {
      return unanswerable;
    }

    /** Right passage first, over the turns the article answers. */
    public double firstRate() {
      return answerable == 0 ? Double.NaN : first / (double) answerable;
    }

    /** Refused, over the turns the article does not answer. */
    public double refusedRate() {
      return unanswerable == 0 ? Double.NaN : refused / (double) unanswerable;
    }

    /** Refused, over the turns the article answers. */
    public double wrongRefusalRate() {
      return answerable == 0 ? Double.NaN : wronglyRefused / (double) answerable;
    }

    public List<String> misses() {
      return List.copyOf(misses);
    }

    void add(Score o) {
      answerable += o.answerable;
      first += o.first;
      unanswerable += o.unanswerable;
      refused += o.refused;
      wronglyRefused += o.wronglyRefused;
      misses.addAll(o.misses);
    }
  }

  /** An article's scores: its first turns and its follow-ups. */
  public record ArticleScore(String article, Score firstTurns, Score followUps) {}

  /** Reads a conversation set: JSON Lines, one turn a line, in any order. */
  public static List<Line> read(InputStream in) {
    return JsonLines.read(in, ConversationEvaluation::line);
  }

  private static Line line(JsonNode j, int n) {
    if (!j.path("thread").isValueNode() || !j.path("question").isTextual()) {
      throw new IllegalArgumentException(
          "line " + n + ": a conversation line has \"thread\" and \"question\"");
    }
    List<Integer> paragraphs = new ArrayList<>();
    j.path("paragraphs").forEach(p -> paragraphs.add(p.asInt()));
    boolean answerable = j.path("answerable").asBoolean(!paragraphs.isEmpty());
    List<String> answers = new ArrayList<>();
    if (answerable) j.path("answers").forEach(a -> answers.add(a.asText()));
    String thread = j.path("thread").asText();
    int turn = j.path("turn").asInt(0);
    String id = thread + "#" + (turn == 0 ? "line" + n : turn);
    String kind = j.path("kind").asText(turn <= 1 ? "first" : "followup");
    EvalQuestion q =
        new EvalQuestion(
            id,
            j.path("question").asText().strip(),
            answerable ? paragraphs : List.of(),
            answerable,
            answers,
            kind);
    return new Line(
        thread, turn, j.path("article").asText(""), q, kind, j.path("resolved").asText(""));
  }

  /** Whether {@code in}'s first line is a conversation line (it names a thread). */
  public static boolean isConversationSet(String firstLine) {
    try {
      JsonNode j = new ObjectMapper().readTree(firstLine);
      return j != null && j.has("thread");
    } catch (IOException e) {
      return false;
    }
  }

  private final Function<String, KnowledgeBase> articles;
  private final boolean alone;

  /**
   * {@code articles} gives the knowledge base to answer an article's threads from (by the article's
   * id); with {@code alone}, every turn is answered without its thread.
   */
  public ConversationEvaluation(Function<String, KnowledgeBase> articles, boolean alone) {
    this.articles = articles;
    this.alone = alone;
  }

  /** The scores, article by article, in the order the set first names them. */
  public List<ArticleScore> run(List<Line> lines) {
    Map<String, Map<String, List<Line>>> byArticle = new LinkedHashMap<>();
    for (Line l : lines) {
      byArticle
          .computeIfAbsent(l.article(), a -> new LinkedHashMap<>())
          .computeIfAbsent(l.thread(), t -> new ArrayList<>())
          .add(l);
    }
    List<ArticleScore> out = new ArrayList<>();
    for (var e : byArticle.entrySet()) {
      KnowledgeBase kb = articles.apply(e.getKey());
      Score first = new Score();
      Score follow = new Score();
      for (List<Line> thread : e.getValue().values()) {
        List<Line> ordered = new ArrayList<>(thread);
        ordered.sort(java.util.Comparator.comparingInt(Line::turn));
        List<Turn> before = new ArrayList<>();
        for (Line l : ordered) {
          Exchange ex =
              kb.answerInConversation(
                  alone ? List.of() : List.copyOf(before), l.question().question());
          before.add(ex.turn());
          score(l, ex, l.followUp() ? follow : first);
        }
      }
      out.add(new ArticleScore(e.getKey(), first, follow));
    }
    return out;
  }

  /** Every article's scores together. */
  public static ArticleScore total(List<ArticleScore> scores) {
    Score first = new Score();
    Score follow = new Score();
    for (ArticleScore s : scores) {
      first.add(s.firstTurns());
      follow.add(s.followUps());
    }
    return new ArticleScore("all", first, follow);
  }

  private static void score(Line l, Exchange ex, Score s) {
    Answer a = ex.answer();
    EvalQuestion q = l.question();
    List<Integer> cited = a.citations().stream().map(Citation::paragraph).toList();
    String read =
        ex.reading().completed() ? " (read as: " + ex.reading().question() + ")" : " (as asked)";
    String decided = a.decidedBy().isEmpty() ? "" : " [" + a.decidedBy() + "]";
    if (!q.answerable()) {
      s.unanswerable++;
      if (!a.answered()) s.refused++;
      else {
        s.misses.add(
            q.id() + " answered, should refuse: " + q.question() + read + " -> " + cited + decided);
      }
      return;
    }
    s.answerable++;
    boolean right = !cited.isEmpty() && q.paragraphs().contains(cited.get(0));
    if (right) s.first++;
    if (!a.answered()) s.wronglyRefused++;
    if (!right || !a.answered()) {
      s.misses.add(
          q.id()
              + (a.answered() ? "" : " refused;")
              + " want "
              + q.paragraphs()
              + " got "
              + cited
              + ": "
              + q.question()
              + read
              + (l.resolved().isEmpty() ? "" : " {meant: " + l.resolved() + "}")
              + decided);
    }
  }

  /** The knowledge bases of a corpus's articles, each indexed alone, built on first use. */
  public static Function<String, KnowledgeBase> cached(Function<String, KnowledgeBase> build) {
    Map<String, KnowledgeBase> built = new HashMap<>();
    return id -> built.computeIfAbsent(id, build);
  }
}
