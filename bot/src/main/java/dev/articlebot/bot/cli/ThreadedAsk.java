package dev.articlebot.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.knowledge.conversation.Exchange;
import dev.articlebot.knowledge.conversation.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ask --json --threads}: one {@code {"thread", "question"}} line in, one answer object out,
 * each question read with the earlier lines of its thread (the last {@code turns} of them). A line
 * that is not such an object gets {@code {"line", "error"}} and leaves every thread as it was.
 */
final class ThreadedAsk {
  /** Answers a thread's next question, read with its earlier turns (oldest first). */
  interface Conversing {
    Exchange answer(List<Turn> before, String question);
  }

  private final Conversing conversing;
  private final JsonViews views;
  private final int turns;
  private final Map<String, List<Turn>> threads = new HashMap<>();
  private int lineNumber;

  ThreadedAsk(Conversing conversing, JsonViews views, int turns) {
    this.conversing = conversing;
    this.views = views;
    this.turns = Math.max(1, turns);
  }

  ObjectNode answer(String line) {
    lineNumber++;
    if (line.isBlank()) return error("an empty line: expected {\"thread\", \"question\"}");
    JsonNode in;
    try {
      in = views.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return error("not JSON: expected {\"thread\", \"question\"}");
    }
    if (in == null
        || !in.isObject()
        || !in.path("question").isTextual()
        || !(in.path("thread").isTextual() || in.path("thread").isNumber())) {
      return error("expected an object with \"thread\" and \"question\" (text)");
    }
    String thread = in.path("thread").asText();
    String question = in.path("question").asText();
    List<Turn> before = threads.getOrDefault(thread, List.of());
    long start = System.nanoTime();
    Exchange ex = conversing.answer(before, question);
    double ms = (System.nanoTime() - start) / 1e6;
    List<Turn> after = new ArrayList<>(before);
    after.add(ex.turn());
    while (after.size() > turns) after.remove(0);
    threads.put(thread, List.copyOf(after));
    ObjectNode o = views.answer(ex.answer(), ms);
    o.put("question", question);
    ObjectNode out = views.mapper().createObjectNode();
    out.put("thread", thread);
    out.setAll(o);
    out.put("read_as", ex.reading().question());
    return out;
  }

  private ObjectNode error(String message) {
    ObjectNode o = views.mapper().createObjectNode();
    o.put("line", lineNumber);
    o.put("error", "line " + lineNumber + ": " + message);
    return o;
  }
}
