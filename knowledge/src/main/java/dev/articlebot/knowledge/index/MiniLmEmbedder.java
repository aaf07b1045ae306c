package dev.articlebot.knowledge.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 in process, run on ONNX Runtime from the files langchain4j ships. The model is
 * copied once out of the jar into a folder on disk and loaded from there, which keeps the 90 MB
 * model off the Java heap (the stock {@code AllMiniLmL6V2EmbeddingModel} reads it into a byte
 * array).
 *
 * <p>One pass of the model gives both what a text means as a whole (the mean of its pieces'
 * vectors, normalised: the same vector as langchain4j's {@code OnnxEmbeddingModel} with mean
 * pooling) and each word piece's vector in context, which {@link LateInteraction} matches piece by
 * piece. langchain4j's model class keeps the pieces' vectors to itself, hence this class.
 */
public final class MiniLmEmbedder implements Embedder {

  static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
  static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";
  public static final String MODEL_ID = "all-minilm-l6-v2";

  /** The model reads 512 positions, two of which hold its start and end markers. */
  static final int MAX_PIECES = 510;

  private static final String UNKNOWN = "[UNK]";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;
  private final long[] markers;
  private final Executor executor;

  private MiniLmEmbedder(
      OrtEnvironment environment,
      OrtSession session,
      HuggingFaceTokenizer tokenizer,
      Executor executor) {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
    this.markers = tokenizer.encode("", true, false).getIds(); // the start and end markers
    if (markers.length != 2) throw new IllegalStateException("unexpected tokenizer markers");
    this.executor = executor;
  }

  /**
   * Loads the model, first copying it from the classpath into {@code modelDir} if it is not there
   * yet or differs from the bundled one ({@link ModelFiles}). {@code executor} runs batch
   * embeddings.
   */
  public static MiniLmEmbedder load(Path modelDir, Executor executor) {
    optOutOfTelemetry();
    Path onnx = ModelFiles.extract(MODEL_RESOURCE, modelDir);
    Path vocabulary = ModelFiles.extract(TOKENIZER_RESOURCE, modelDir);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // ONNX Runtime's worker threads spin after each run, waiting for more work. On a small
      // machine they take the cores the answer's own work needs: with spinning off, p99 latency
      // halves (bench: 15 ms -> 7 ms on 2 cores) for about 0.5 ms more at p50.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      // The memory arena keeps, per thread, the largest buffers a run ever took; for a model this
      // small, allocating them per run costs nothing measurable (p50 unchanged) and peak RSS
      // drops by 35 MB answering 570 questions, 20-60 MB in the benchmark's two-thread run.
      options.setCPUArenaAllocator(false);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(onnx.toString(), options);
      HuggingFaceTokenizer tokenizer =
          HuggingFaceTokenizer.newInstance(
              vocabulary, Map.of("padding", "false", "truncation", "false"));
      return new MiniLmEmbedder(environment, session, tokenizer, executor);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + onnx, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer " + vocabulary, e);
    }
  }

  /**
   * DJL's tokenizer, on loading, asks the EC2 metadata address who is running it and, on EC2,
   * reports the instance to DJL's telemetry. The bot is offline by default, and elsewhere each
   * unanswered probe can hold start-up for a second. DJL's documented switch turns this off, unless
   * the environment sets {@code OPT_OUT_TRACKING} itself.
   */
  static void optOutOfTelemetry() {
    if (System.getenv(OPT_OUT_TRACKING) == null) System.setProperty(OPT_OUT_TRACKING, "true");
  }

  static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public float[] embed(String text) {
    return encode(text).vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (Encoded e : encodeAll(texts)) out.add(e.vector());
    return out;
  }

  @Override
  public List<Encoded> encodeAll(List<String> texts) {
    List<CompletableFuture<Encoded>> pending = new ArrayList<>(texts.size());
    for (String t : texts) pending.add(CompletableFuture.supplyAsync(() -> encode(t), executor));
    List<Encoded> out = new ArrayList<>(texts.size());
    try {
      for (CompletableFuture<Encoded> f : pending) out.add(f.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
    return out;
  }

  /**
   * A text longer than the model reads is cut into parts at word boundaries; its vector is the
   * parts' mean, weighted by their length, as langchain4j does.
   */
  @Override
  public Encoded encode(String text) {
    Encoding encoding = tokenizer.encode(text, false, false);
    long[] ids = encoding.getIds();
    String[] pieces = encoding.getTokens();
    CharSpan[] spans = encoding.getCharTokenSpans();
    if (ids.length == 0) {
      // Nothing the model knows ("\u0001"): its start and end markers alone still give a vector.
      return new Encoded(Vectors.normalized(mean(run(ids))), TokenVectors.NONE);
    }
    float[] sum = null;
    TokenVectors tokens = TokenVectors.NONE;
    for (int from = 0; from < ids.length; ) {
      int to = Math.min(ids.length, from + MAX_PIECES);
      while (to < ids.length && to > from + 1 && pieces[to].startsWith("##")) to--;
      float[][] states = run(Arrays.copyOfRange(ids, from, to));
      float[] mean = mean(states);
      if (sum == null) sum = new float[mean.length];
      for (int d = 0; d < mean.length; d++) sum[d] += mean[d] * (to - from);
      tokens = tokens.followedBy(words(ids, pieces, spans, from, states));
      from = to;
    }
    return new Encoded(Vectors.normalized(sum), tokens);
  }

  /** The model's output for one part: a vector per position, its markers included. */
  private float[][] run(long[] pieces) {
    long[] ids = new long[pieces.length + 2];
    ids[0] = markers[0];
    System.arraycopy(pieces, 0, ids, 1, pieces.length);
    ids[ids.length - 1] = markers[1];
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1);
    long[] shape = {1, ids.length};
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idsTensor);
      inputs.put("attention_mask", maskTensor);
      if (wantsTypeIds) inputs.put("token_type_ids", typeTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        return ((float[][][]) result.get(0).getValue())[0];
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed", e);
    }
  }

  /** The mean of the model's vectors over every position, as mean pooling reads them. */
  private static float[] mean(float[][] states) {
    float[] mean = new float[states[0].length];
    for (float[] s : states) for (int d = 0; d < mean.length; d++) mean[d] += s[d];
    for (int d = 0; d < mean.length; d++) mean[d] /= states.length;
    return mean;
  }

  /**
   * The pieces of one part that hold a letter or digit, each with its vector (normalised); {@code
   * states} has the part's start marker first, so piece {@code from + k} is at {@code k + 1}.
   */
  private static TokenVectors words(
      long[] ids, String[] pieces, CharSpan[] spans, int from, float[][] states) {
    List<Integer> kept = new ArrayList<>();
    for (int k = 0; k + 2 < states.length; k++) {
      String piece = pieces[from + k];
      if (!piece.equals(UNKNOWN) && piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
        kept.add(k);
      }
    }
    int[] keptIds = new int[kept.size()];
    int[] starts = new int[kept.size()];
    float[][] vectors = new float[kept.size()][];
    for (int j = 0; j < kept.size(); j++) {
      int k = kept.get(j);
      keptIds[j] = (int) ids[from + k];
      CharSpan span = from + k < spans.length ? spans[from + k] : null;
      starts[j] = span == null ? -1 : span.getStart();
      vectors[j] = Vectors.normalized(states[k + 1]);
    }
    return new TokenVectors(keptIds, starts, vectors);
  }
}
