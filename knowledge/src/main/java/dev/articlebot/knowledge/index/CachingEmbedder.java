package dev.articlebot.knowledge.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Embeds through a cache: texts seen before (in this run or, with a disk cache, an earlier one) are
 * not embedded again. The model is only needed for what the cache lacks.
 */
public final class CachingEmbedder implements Embedder {
  private final Embedder delegate;
  private final EmbeddingCache cache;

  public CachingEmbedder(Embedder delegate, EmbeddingCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  /** Single texts (questions) go straight to the model and are not stored. */
  @Override
  public float[] embed(String text) {
    float[] cached = cache.get(text);
    return cached != null ? cached : delegate.embed(text);
  }

  /** Single texts (questions) go straight to the model. */
  @Override
  public Encoded encode(String text) {
    return delegate.encode(text);
  }

  @Override
  public List<Encoded> encodeAll(List<String> texts) {
    List<Encoded> out = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (String t : texts) {
      float[] v = cache.get(t);
      TokenVectors tokens = v == null ? null : cache.getTokens(t);
      if (tokens == null) {
        missing.add(t);
        slots.add(out.size());
      }
      out.add(tokens == null ? null : new Encoded(v, tokens));
    }
    if (!missing.isEmpty()) {
      List<Encoded> fresh = delegate.encodeAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        Encoded e = fresh.get(i);
        cache.put(missing.get(i), e.vector());
        cache.putTokens(missing.get(i), e.tokens());
        out.set(slots.get(i), e);
      }
      cache.save();
    }
    return out;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (String t : texts) {
      float[] v = cache.get(t);
      if (v == null) {
        missing.add(t);
        slots.add(out.size());
      }
      out.add(v);
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = delegate.embedAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        cache.put(missing.get(i), fresh.get(i));
        out.set(slots.get(i), fresh.get(i));
      }
      cache.save();
    }
    return out;
  }
}
