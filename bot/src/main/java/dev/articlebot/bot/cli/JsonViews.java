package dev.articlebot.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;

/** The JSON shapes of the command-line contract (DESIGN.md). */
public final class JsonViews {
  private final ObjectMapper mapper;

  public JsonViews(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * {question, answered, answer, citations[article, paragraph, section, text, quote, score],
   * took_ms}.
   */
  public ObjectNode answer(Answer a, double tookMs) {
    ObjectNode o = mapper.createObjectNode();
    o.put("question", a.question());
    o.put("answered", a.answered());
    o.put("answer", a.text());
    ArrayNode citations = o.putArray("citations");
    for (Citation c : a.citations()) {
      ObjectNode n = citations.addObject();
      n.put("article", c.articleId());
      n.put("paragraph", c.paragraph());
      n.put("section", c.section());
      n.put("text", c.text());
      n.put("quote", c.quote());
      n.put("score", round(c.score(), 3));
    }
    o.put("took_ms", round(tookMs, 2));
    return o;
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
