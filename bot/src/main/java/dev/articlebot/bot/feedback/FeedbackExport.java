package dev.articlebot.bot.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ratings as an {@code eval} question set (JSON Lines, {@code {"id", "question", "paragraphs",
 * "answerable", "kind", "article"}}), so that what readers said becomes test cases:
 *
 * <ul>
 *   <li>👎 naming the right paragraph: answerable, from that paragraph;
 *   <li>👎 "not in the article": not answerable (the bot should refuse);
 *   <li>👍 on an answer: answerable from the paragraph it led with; 👍 on a refusal: not
 *       answerable;
 *   <li>a 👎 with no paragraph and another reason says what is wrong but not what is right: left
 *       out, and counted.
 * </ul>
 *
 * Only answers whose question was kept ({@code feedback.keep-questions}) can become questions.
 * Where readers disagree on one answer, a 👎 with a paragraph wins over "not in the article", which
 * wins over a 👍; each question is exported once.
 *
 * @param lines the question set, one JSON object a line
 * @param withoutQuestion ratings left out because the question's text was not kept
 * @param withoutGold 👎 left out because they say neither the right paragraph nor "not in the
 *     article"
 */
public record FeedbackExport(List<String> lines, int withoutQuestion, int withoutGold) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The export of {@code snapshot}; {@code downOnly}: 👎 only. */
  public static FeedbackExport of(FeedbackStore.Snapshot snapshot, boolean downOnly) {
    Map<String, AnswerRecord> answers = snapshot.answersById();
    Map<String, Candidate> best = new LinkedHashMap<>();
    int withoutQuestion = 0;
    int withoutGold = 0;
    for (FeedbackRecord r : snapshot.ratings()) {
      AnswerRecord a = answers.get(r.answerId());
      if (a == null) continue;
      if (downOnly && r.vote() == Rating.Vote.UP) continue;
      if (a.question().isEmpty()) {
        withoutQuestion++;
        continue;
      }
      Candidate c = candidate(a, r);
      if (c == null) {
        withoutGold++;
        continue;
      }
      String key = a.articleId() + "|" + a.question().get().strip().toLowerCase(Locale.ROOT);
      Candidate held = best.get(key);
      if (held == null || c.rank > held.rank) best.put(key, c);
    }
    List<String> lines = new ArrayList<>();
    for (Candidate c : best.values()) lines.add(c.line.toString());
    return new FeedbackExport(List.copyOf(lines), withoutQuestion, withoutGold);
  }

  private record Candidate(ObjectNode line, int rank) {}

  private static Candidate candidate(AnswerRecord a, FeedbackRecord r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", "fb-" + a.id());
    n.put("question", a.question().orElseThrow());
    if (r.vote() == Rating.Vote.DOWN && r.rightParagraph().isPresent()) {
      n.putArray("paragraphs").add(r.rightParagraph().getAsInt());
      n.put("answerable", true);
      n.put("kind", "feedback-" + r.reason().map(Rating.Reason::code).orElse("down"));
      return new Candidate(withArticle(n, a), 3);
    }
    if (r.vote() == Rating.Vote.DOWN && r.reason().orElse(null) == Rating.Reason.NOT_IN_ARTICLE) {
      n.putArray("paragraphs");
      n.put("answerable", false);
      n.put("kind", "feedback-notin");
      return new Candidate(withArticle(n, a), 2);
    }
    if (r.vote() == Rating.Vote.DOWN) return null;
    if (a.answered()) {
      if (a.paragraph() < 0) return null;
      n.putArray("paragraphs").add(a.paragraph());
      n.put("answerable", true);
    } else {
      n.putArray("paragraphs");
      n.put("answerable", false);
    }
    n.put("kind", "feedback-up");
    return new Candidate(withArticle(n, a), 1);
  }

  private static ObjectNode withArticle(ObjectNode n, AnswerRecord a) {
    if (!a.articleId().isEmpty()) n.put("article", a.articleId());
    return n;
  }
}
