package dev.articlebot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MiniLmEmbedderTest {
  private static final Path MODELS = Path.of("target", "test-state", "models");
  private static ExecutorService pool;
  private static MiniLmEmbedder model;

  /** What DJL's EC2 probe logs, from before the model is loaded. */
  private static final ListAppender<ILoggingEvent> PROBES = new ListAppender<>();

  @BeforeAll
  static void load() {
    Logger ec2 = (Logger) LoggerFactory.getLogger("ai.djl.util.Ec2Utils");
    ec2.setLevel(Level.DEBUG);
    PROBES.start();
    ec2.addAppender(PROBES);
    pool = Executors.newFixedThreadPool(2);
    model = MiniLmEmbedder.load(MODELS, pool);
  }

  @Test
  void loadingTheModelDoesNotProbeForACloudHostOrReportToDjl() {
    assumeTrue(System.getenv(MiniLmEmbedder.OPT_OUT_TRACKING) == null, "the environment decides");
    assertThat(System.getProperty(MiniLmEmbedder.OPT_OUT_TRACKING)).isEqualTo("true");
    assertThat(PROBES.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void givesLangchain4jsVectorFromTheSamePass() {
    OnnxEmbeddingModel stock =
        new OnnxEmbeddingModel(
            MODELS.resolve(MiniLmEmbedder.MODEL_RESOURCE),
            MODELS.resolve(MiniLmEmbedder.TOKENIZER_RESOURCE),
            PoolingMode.MEAN);
    for (String text :
        List.of(
            "How long did the two leaders talk?",
            "Economist C. Fred Bergsten said the “truce” would hold. 😀 ¿Qué pasó?")) {
      float[] ours = model.encode(text).vector();
      float[] theirs = stock.embed(text).content().vector();
      assertThat(ours).hasSameSizeAs(theirs);
      for (int d = 0; d < ours.length; d++) {
        assertThat(ours[d]).isCloseTo(theirs[d], org.assertj.core.data.Offset.offset(1e-5f));
      }
      assertThat(model.embed(text)).containsExactly(ours);
    }
  }

  @Test
  void keepsWordPiecesNotPunctuation() {
    TokenVectors t = model.encode("Hello, world!").tokens();
    assertThat(t.size()).isEqualTo(2); // "hello", "world"
    for (float[] v : t.vectors()) {
      assertThat(Vectors.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void theSameWordReadsDifferentlyInDifferentPlaces() {
    TokenVectors alone = model.encode("bank").tokens();
    TokenVectors inSentence = model.encode("They sat on the river bank fishing.").tokens();
    int bank = -1;
    for (int k = 0; k < inSentence.size(); k++) {
      if (inSentence.ids()[k] == alone.ids()[0]) bank = k;
    }
    assertThat(bank).isNotNegative();
    assertThat(Vectors.dot(alone.vectors()[0], inSentence.vectors()[bank])).isLessThan(0.99);
  }

  @Test
  void aTextLongerThanTheModelReadsIsEncodedInParts() {
    String longText = "The city council met again. ".repeat(150); // 900 pieces with the stops
    Embedder.Encoded e = model.encode(longText);
    assertThat(e.tokens().size()).isEqualTo(150 * 5); // the city council met again
    assertThat(Vectors.dot(e.vector(), e.vector()))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void textWithNothingTheModelKnowsStillGetsAVector() {
    for (String odd : List.of("   ", "\u0001\u0002", "")) {
      Embedder.Encoded e = model.encode(odd);
      assertThat(e.tokens().isEmpty()).isTrue();
      assertThat(Vectors.dot(e.vector(), e.vector()))
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void batchesKeepTheirOrder() {
    List<String> texts = List.of("first text", "a second one", "third");
    List<Embedder.Encoded> all = model.encodeAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all.get(i).vector()).containsExactly(model.encode(texts.get(i)).vector());
    }
  }
}
