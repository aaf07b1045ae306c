package dev.articlebot.knowledge.answer;

import java.util.List;

/**
 * The first stage of the answer pipeline: the passages worth a closer look for a question, best
 * first. Cheap enough to run over every passage; the closer look ({@link Reranker}) runs on these
 * alone.
 */
public interface Retriever {
  List<Candidate> retrieve(Question question);
}
