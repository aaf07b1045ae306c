package dev.articlebot.knowledge.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Loads the model in the background from the moment it is created, so start-up work (parsing,
 * reading caches, building the lexical index) overlaps with it. The first call waits for it.
 */
public final class LazyEmbedder implements Embedder {
  private final String modelId;
  private final CompletableFuture<Embedder> model;

  public LazyEmbedder(String modelId, Supplier<Embedder> loader) {
    this.modelId = modelId;
    this.model = CompletableFuture.supplyAsync(loader, LazyEmbedder::startDaemon);
  }

  private static void startDaemon(Runnable r) {
    Thread t = new Thread(r, "model-loader");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public float[] embed(String text) {
    return model().embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return model().embedAll(texts);
  }

  @Override
  public Encoded encode(String text) {
    return model().encode(text);
  }

  @Override
  public List<Encoded> encodeAll(List<String> texts) {
    return model().encodeAll(texts);
  }

  /** Waits for the model; rethrows what loading it threw. */
  public Embedder model() {
    try {
      return model.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }
}
