package dev.articlebot.bot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.phrase.Fallback;
import dev.articlebot.knowledge.phrase.LanguageModel;
import dev.articlebot.knowledge.phrase.ModelFailure;
import dev.articlebot.knowledge.phrase.Phraser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrasing through the real adapters (langchain4j's OpenAiChatModel; Ollama's /api/chat over
 * langchain4j's HTTP client interface) against {@link ModelStandIn} on 127.0.0.1, on passages of
 * the bundled article: the good reply is shown with its citations, every bad one falls back to the
 * extractive answer and is counted by its cause.
 */
class LanguageModelStandInTest {
  private static final String QUESTION = "What did the US and China agree after the Busan meeting?";

  private static Citation truce;
  private static Citation tariffs;
  private static Answer extractive;

  private ModelStandIn standIn;
  private final Recorder recorder = new Recorder();

  /** What the phraser reported. */
  static final class Recorder implements Phraser.Observer {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Fallback> fallbacks = new CopyOnWriteArrayList<>();
    final List<Boolean> verdicts = new CopyOnWriteArrayList<>();
    volatile int tokens;

    @Override
    public void called(String kind, Duration took, boolean replied, int in, int out) {
      calls.add(kind + (replied ? ":replied" : ":failed"));
      tokens += in + out;
    }

    @Override
    public void fellBack(Fallback why) {
      fallbacks.add(why);
    }

    @Override
    public void judged(boolean answers) {
      verdicts.add(answers);
    }
  }

  @BeforeAll
  static void passages() {
    Article article = new ArticleLoader(new ArticleParser()).loadBundled();
    truce = cite(article, paragraphWith(article, "Kuala"), "Both countries agreed");
    tariffs = cite(article, paragraphWith(article, "fentanyl tariffs"), "The US announced");
    extractive =
        new Answer(
            QUESTION,
            true,
            truce.quote(),
            List.of(truce, tariffs),
            0.7,
            false,
            Answer.Refusal.NONE,
            "model: p=0.70 >= 0.34");
  }

  private static Paragraph paragraphWith(Article a, String words) {
    return a.paragraphs().stream().filter(p -> p.text().contains(words)).findFirst().orElseThrow();
  }

  private static Citation cite(Article a, Paragraph p, String sentenceStart) {
    String quote =
        p.sentences().stream()
            .map(s -> s.text())
            .filter(s -> s.startsWith(sentenceStart))
            .findFirst()
            .orElseThrow();
    return new Citation(a.id(), a.displayTitle(), p.number(), p.section(), p.text(), quote, 0.6);
  }

  @BeforeEach
  void start() throws Exception {
    standIn = new ModelStandIn();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private static AppConfig.Llm config(String provider, String baseUrl, Duration timeout) {
    AppConfig.LlmProvider p = AppConfig.LlmProvider.valueOf(provider.toUpperCase());
    return new AppConfig.Llm(true, p, baseUrl, "stand-in", timeout, 300, 0.0, 60, 0.0, 0.0);
  }

  private Phraser phraser(String provider, Duration timeout, double judgeTo, int perMinute) {
    LanguageModel model =
        LlmProvider.create(config(provider, standIn.baseUrl(provider), timeout), Optional.empty());
    return new Phraser(
        model, new Phraser.Settings(0.0, judgeTo, perMinute), recorder, System::nanoTime);
  }

  private Phraser phraser(String provider) {
    return phraser(provider, Duration.ofSeconds(10), 0.0, 60);
  }

  private String good() {
    return "After officials met in Kuala Lumpur, both countries agreed to suspend, reduce or remove"
        + " their tit-for-tat measures [¶"
        + truce.paragraph()
        + "]. The US said it would halve the fentanyl tariffs on China to 10 percent, and both"
        + " sides suspended the 24 percent “reciprocal tariffs” for a year [¶"
        + tariffs.paragraph()
        + "].";
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void aGoodReplyIsShownWithItsCitations(String provider) {
    standIn.then(new ModelStandIn.Says(good()));

    Answer a = phraser(provider).phrase(extractive);

    assertThat(a.phrased()).isTrue();
    assertThat(a.answered()).isTrue();
    assertThat(a.text()).isEqualTo(good());
    assertThat(a.citations()).containsExactly(truce, tariffs);
    assertThat(a.decidedBy()).contains("phrased by the language model");
    assertThat(recorder.calls).containsExactly("phrase:replied");
    assertThat(recorder.fallbacks).isEmpty();
    assertThat(recorder.tokens).isEqualTo(366);
    ModelStandIn.Received sent = standIn.received().get(0);
    assertThat(sent.path())
        .isEqualTo(provider.equals("openai") ? "/v1/chat/completions" : "/api/chat");
    assertThat(sent.body().path("model").asText()).isEqualTo("stand-in");
    // only the question and the numbered passages the pipeline chose
    assertThat(sent.messages())
        .contains("Question: " + QUESTION)
        .contains("[¶" + truce.paragraph() + "] " + truce.text().strip().replaceAll("\\s+", " "))
        .contains("[¶" + tariffs.paragraph() + "] ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void eachBadReplyFallsBackToTheExtractiveAnswer(String provider) {
    int t = truce.paragraph();
    int f = tariffs.paragraph();
    int notGiven = Math.max(t, f) + 20;
    List<String> bad =
        List.of(
            "The US cut the fentanyl tariffs on China to 5 percent [¶" + f + "].",
            "Both countries agreed to suspend their tit-for-tat measures [¶" + notGiven + "].",
            "Both sides suspended the 24 percent “mutual tariffs” for a year [¶" + f + "].",
            "Both countries agreed to remove their measures, Janet Yellen said [¶" + t + "].",
            "Both countries agreed to remove their measures. [¶" + t + "] That was overdue.");
    List<Fallback> causes =
        List.of(
            Fallback.NUMBER,
            Fallback.UNKNOWN_PASSAGE,
            Fallback.QUOTATION,
            Fallback.NAME,
            Fallback.UNCITED);
    Phraser phraser = phraser(provider);
    for (String reply : bad) standIn.then(new ModelStandIn.Says(reply));

    for (int i = 0; i < bad.size(); i++) {
      Answer a = phraser.phrase(extractive);
      assertThat(a).as(bad.get(i)).isEqualTo(extractive);
      assertThat(recorder.fallbacks).as(bad.get(i)).last().isEqualTo(causes.get(i));
    }
    assertThat(recorder.calls).hasSize(bad.size()).allMatch(c -> c.equals("phrase:replied"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void malformedJsonFallsBack(String provider) {
    standIn.then(new ModelStandIn.Malformed());

    assertThat(phraser(provider).phrase(extractive)).isEqualTo(extractive);
    assertThat(recorder.fallbacks).containsExactly(Fallback.MALFORMED);
    assertThat(recorder.calls).containsExactly("phrase:failed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void aServerErrorFallsBack(String provider) {
    standIn.then(new ModelStandIn.Status(500, null));

    assertThat(phraser(provider).phrase(extractive)).isEqualTo(extractive);
    assertThat(recorder.fallbacks).containsExactly(Fallback.SERVER_ERROR);
    assertThat(standIn.received()).hasSize(1); // no retry
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void aRateLimitFallsBackAndHoldsOffForRetryAfter(String provider) {
    standIn.then(new ModelStandIn.Status(429, "120"), new ModelStandIn.Says(good()));
    Phraser phraser = phraser(provider);

    assertThat(phraser.phrase(extractive)).isEqualTo(extractive);
    assertThat(phraser.phrase(extractive)).isEqualTo(extractive);

    assertThat(recorder.fallbacks).containsExactly(Fallback.RATE_LIMITED, Fallback.RATE_LIMITED);
    assertThat(standIn.received()).hasSize(1); // the second question waited out Retry-After
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void theAdapterPassesRetryAfterOn(String provider) {
    standIn.then(new ModelStandIn.Status(429, "7"));
    LanguageModel model =
        LlmProvider.create(
            config(provider, standIn.baseUrl(provider), Duration.ofSeconds(10)), Optional.empty());

    assertThatThrownBy(() -> model.chat(new LanguageModel.Request("s", "u")))
        .isInstanceOfSatisfying(
            ModelFailure.class,
            e -> {
              assertThat(e.fallback()).isEqualTo(Fallback.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void aReplySlowerThanTheTimeoutFallsBack(String provider) throws Exception {
    standIn.then(new ModelStandIn.Hangs());

    Answer a = phraser(provider, Duration.ofMillis(500), 0.0, 60).phrase(extractive);

    assertThat(standIn.awaitHanging()).isTrue();
    assertThat(a).isEqualTo(extractive);
    assertThat(recorder.fallbacks).containsExactly(Fallback.TIMEOUT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void theModelsNoTurnsAnUnsureAnswerIntoARefusalWithTheSamePassages(String provider) {
    standIn.then(new ModelStandIn.Says("No."));

    Answer a = phraser(provider, Duration.ofSeconds(10), 1.0, 60).phrase(extractive);

    assertThat(a.answered()).isFalse();
    assertThat(a.refusal()).isEqualTo(Answer.Refusal.NOT_IN_ARTICLE);
    assertThat(a.citations()).containsExactly(truce, tariffs);
    assertThat(recorder.verdicts).containsExactly(false);
    assertThat(standIn.received()).hasSize(1);
    assertThat(standIn.received().get(0).messages()).contains("one word: yes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void theModelsYesLetsItWordTheAnswer(String provider) {
    standIn.then(new ModelStandIn.Says("Yes"), new ModelStandIn.Says(good()));

    Answer a = phraser(provider, Duration.ofSeconds(10), 1.0, 60).phrase(extractive);

    assertThat(a.phrased()).isTrue();
    assertThat(recorder.verdicts).containsExactly(true);
    assertThat(recorder.calls).containsExactly("judge:replied", "phrase:replied");
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void answersOutsideTheBandAreNotJudgedAndRefusalsNeverReachTheModel(String provider) {
    standIn.then(new ModelStandIn.Says(good()));
    Phraser phraser = phraser(provider, Duration.ofSeconds(10), 0.5, 60); // 0.7 is outside
    Answer refusal = extractive.refused(Answer.Refusal.NOT_IN_ARTICLE, "test");

    assertThat(phraser.phrase(refusal)).isEqualTo(refusal);
    assertThat(phraser.phrase(extractive).phrased()).isTrue();
    assertThat(recorder.verdicts).isEmpty();
    assertThat(standIn.received()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void beyondTheRequestBudgetNoCallIsMade(String provider) {
    standIn.then(new ModelStandIn.Says(good()), new ModelStandIn.Says(good()));
    Phraser phraser = phraser(provider, Duration.ofSeconds(10), 0.0, 1);

    assertThat(phraser.phrase(extractive).phrased()).isTrue();
    assertThat(phraser.phrase(extractive)).isEqualTo(extractive);
    assertThat(recorder.fallbacks).containsExactly(Fallback.BUDGET);
    assertThat(standIn.received()).hasSize(1);
  }
}
