package dev.articlebot.knowledge.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
    return throughCache(
        texts,
        this::cachedEncoding,
        delegate::encodeAll,
        (text, e) -> {
          cache.put(text, e.vector());
          cache.putTokens(text, e.tokens());
        });
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return throughCache(texts, cache::get, delegate::embedAll, cache::put);
  }

  /** A text's vector and pieces from the cache, or null unless both are there. */
  private Encoded cachedEncoding(String text) {
    float[] vector = cache.get(text);
    TokenVectors tokens = vector == null ? null : cache.getTokens(text);
    return tokens == null ? null : new Encoded(vector, tokens);
  }

  /**
   * {@code texts}' results in order: each from the cache ({@code cached} gives null when it lacks
   * one), the rest from one {@code compute} call, then stored and the cache saved.
   */
  private <T> List<T> throughCache(
      List<String> texts,
      Function<String, T> cached,
      Function<List<String>, List<T>> compute,
      BiConsumer<String, T> store) {
    List<T> out = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (String t : texts) {
      T hit = cached.apply(t);
      if (hit == null) {
        missing.add(t);
        slots.add(out.size());
      }
      out.add(hit);
    }
    if (!missing.isEmpty()) {
      List<T> fresh = compute.apply(missing);
      for (int i = 0; i < missing.size(); i++) {
        store.accept(missing.get(i), fresh.get(i));
        out.set(slots.get(i), fresh.get(i));
      }
      cache.save();
    }
    return out;
  }
}
