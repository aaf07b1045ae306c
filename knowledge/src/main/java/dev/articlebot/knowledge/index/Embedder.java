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

  /**
   * A text's vector and its word pieces' vectors, from one pass of the model. A model that does not
   * expose its pieces gives {@link TokenVectors#NONE}, and the ranking that uses them stands aside.
   */
  default Encoded encode(String text) {
    return new Encoded(embed(text), TokenVectors.NONE);
  }

  /** {@link #encode} for many texts, in order. */
  default List<Encoded> encodeAll(List<String> texts) {
    List<Encoded> out = new ArrayList<>(texts.size());
    for (String t : texts) out.add(encode(t));
    return out;
  }

  /** What {@link #encode} gives. */
  record Encoded(float[] vector, TokenVectors tokens) {
    public Encoded {
      java.util.Objects.requireNonNull(vector, "vector");
      java.util.Objects.requireNonNull(tokens, "tokens");
    }
  }
}
