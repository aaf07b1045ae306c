package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.TokenVectors;
import dev.articlebot.knowledge.index.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the embedding model that needs no model: each word a fixed random direction (from
 * its lower-case form), a text the normalised sum of its words, each word a piece. Texts sharing
 * words are near, as the model's are; it counts every text it is asked to embed.
 */
final class HashingEmbedder implements Embedder {
  static final int WIDTH = 64;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  final AtomicInteger texts = new AtomicInteger();

  @Override
  public String modelId() {
    return "hashing";
  }

  @Override
  public float[] embed(String text) {
    return encode(text).vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>();
    for (String t : texts) out.add(embed(t));
    return out;
  }

  @Override
  public Encoded encode(String text) {
    texts.incrementAndGet();
    float[] sum = new float[WIDTH];
    List<Integer> ids = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      float[] v = direction(w);
      for (int d = 0; d < WIDTH; d++) sum[d] += v[d];
      ids.add(Math.floorMod(w.hashCode(), 30_000));
      starts.add(m.start());
      vectors.add(v);
    }
    if (vectors.isEmpty()) sum[0] = 1;
    int[] i = ids.stream().mapToInt(Integer::intValue).toArray();
    int[] s = starts.stream().mapToInt(Integer::intValue).toArray();
    return new Encoded(
        Vectors.normalized(sum),
        vectors.isEmpty()
            ? TokenVectors.NONE
            : new TokenVectors(i, s, vectors.toArray(new float[0][])));
  }

  @Override
  public List<Encoded> encodeAll(List<String> texts) {
    List<Encoded> out = new ArrayList<>();
    for (String t : texts) out.add(encode(t));
    return out;
  }

  private static float[] direction(String word) {
    Random r = new Random(word.hashCode());
    float[] v = new float[WIDTH];
    for (int d = 0; d < WIDTH; d++) v[d] = (float) r.nextGaussian();
    return Vectors.normalized(v);
  }
}
