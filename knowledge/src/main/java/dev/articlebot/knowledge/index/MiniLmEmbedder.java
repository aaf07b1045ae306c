package dev.articlebot.knowledge.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 in process, through langchain4j's ONNX runtime. The model ships inside the jar;
 * it is copied once into a folder on disk and loaded from there, which keeps the 90 MB model off
 * the Java heap (the stock {@code AllMiniLmL6V2EmbeddingModel} reads it into a byte array).
 */
public final class MiniLmEmbedder implements Embedder {

  static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
  static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";
  public static final String MODEL_ID = "all-minilm-l6-v2";

  private final OnnxEmbeddingModel model;

  private MiniLmEmbedder(OnnxEmbeddingModel model) {
    this.model = model;
  }

  /**
   * Loads the model, first copying it from the classpath into {@code modelDir} if it is not there
   * yet. {@code executor} runs batch embeddings.
   */
  public static MiniLmEmbedder load(Path modelDir, Executor executor) {
    Path onnx = extract(MODEL_RESOURCE, modelDir);
    Path tokenizer = extract(TOKENIZER_RESOURCE, modelDir);
    return new MiniLmEmbedder(new OnnxEmbeddingModel(onnx, tokenizer, PoolingMode.MEAN, executor));
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) segments.add(TextSegment.from(t));
    List<float[]> out = new ArrayList<>(texts.size());
    model.embedAll(segments).content().forEach(e -> out.add(e.vector()));
    return out;
  }

  /** Copies a classpath resource into {@code dir} unless an identical-size copy is there. */
  private static Path extract(String resource, Path dir) {
    Path target = dir.resolve(resource);
    ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
    try {
      long expected = resourceSize(loader, resource);
      if (Files.isRegularFile(target) && Files.size(target) == expected) return target;
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, resource, ".part");
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null)
          throw new IllegalStateException(resource + " is missing from the classpath");
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the embedding model into " + dir, e);
    }
  }

  private static long resourceSize(ClassLoader loader, String resource) throws IOException {
    var url = loader.getResource(resource);
    if (url == null) throw new IllegalStateException(resource + " is missing from the classpath");
    var connection = url.openConnection();
    connection.setUseCaches(false);
    try (InputStream in = connection.getInputStream()) { // opened once, closed: frees the jar
      return connection.getContentLengthLong();
    }
  }
}
