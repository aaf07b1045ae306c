package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.index.Embedder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the last few texts it embedded: a question weighed against several articles is read by
 * each, and embedded once.
 */
final class RecentEmbeddings implements Embedder {
  private final Embedder model;
  private final Map<String, Encoded> recent;

  RecentEmbeddings(Embedder model, int size) {
    this.model = model;
    this.recent =
        new LinkedHashMap<>(size * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Encoded> eldest) {
            return size() > size;
          }
        };
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public float[] embed(String text) {
    return encode(text).vector();
  }

  @Override
  public Encoded encode(String text) {
    synchronized (recent) {
      Encoded e = recent.get(text);
      if (e != null) return e;
    }
    Encoded e = model.encode(text); // outside the lock: two threads may both embed; both right
    synchronized (recent) {
      recent.put(text, e);
    }
    return e;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return model.embedAll(texts);
  }

  @Override
  public List<Encoded> encodeAll(List<String> texts) {
    return model.encodeAll(texts);
  }
}
