package dev.articlebot.knowledge.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into unit-length vectors. The port behind which the in-process MiniLM model sits; a
 * remote embedding service could slot in the same way.
 */
public interface Embedder {

  /** Identifies the model and its version; part of every cache key. */
  String modelId();

  /** The vector for one text, normalised to unit length. */
  float[] embed(String text);

  /** The vectors for many texts, in order. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) out.add(embed(t));
    return out;
  }
}
