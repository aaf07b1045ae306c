package dev.articlebot.bot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.Main;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.ConfigProblemsException;
import dev.articlebot.bot.config.Secrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The llm section: off by default, validated with the rest, and {@code config check --probe}. */
class LanguageModelConfigTest {
  // An obviously fake value, shaped so no secret scanner takes it.
  private static final String KEY = "llm_test_value_not_a_key_0123456789";

  @TempDir Path dir;
  private ModelStandIn standIn;

  @BeforeEach
  void start() throws Exception {
    standIn = new ModelStandIn();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private List<String> problems(Map<String, String> env, Map<String, String> flags) {
    try {
      load(env, flags);
      return List.of();
    } catch (ConfigProblemsException e) {
      return e.problems();
    }
  }

  private AppConfig load(Map<String, String> env, Map<String, String> flags) {
    return new ConfigLoader(env, new Secrets(env, dir.resolve("no-secrets"))).load(null, flags);
  }

  @Test
  void offByDefaultWithEachProvidersServerAndModel() {
    AppConfig.Llm llm = load(Map.of(), Map.of()).llm();
    assertThat(llm.enabled()).isFalse();
    assertThat(llm.provider()).isEqualTo(AppConfig.LlmProvider.OPENAI);
    assertThat(llm.baseUrl()).isEqualTo("https://api.openai.com/v1");
    assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(10));
    AppConfig.Llm ollama = load(Map.of("ARTICLEBOT_LLM_PROVIDER", "ollama"), Map.of()).llm();
    assertThat(ollama.baseUrl()).isEqualTo("http://localhost:11434");
    assertThat(ollama.model()).isEqualTo("llama3.2");
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    Map<String, String> flags = new HashMap<>();
    flags.put("llm.provider", "claude");
    flags.put("llm.base-url", "localhost:11434");
    flags.put("llm.timeout", "0s");
    flags.put("llm.max-tokens", "5");
    flags.put("llm.temperature", "hot");
    flags.put("llm.requests-per-minute", "0");
    flags.put("llm.judge-from", "0.8");
    flags.put("llm.judge-to", "0.4");
    flags.put("llm.enabled", "maybe");

    List<String> problems = problems(Map.of(), flags);

    assertThat(problems)
        .anyMatch(p -> p.startsWith("llm.provider must be one of openai, ollama"))
        .anyMatch(p -> p.startsWith("llm.base-url must be an http or https URL"))
        .anyMatch(p -> p.startsWith("llm.timeout must be more than zero"))
        .anyMatch(p -> p.startsWith("llm.max-tokens must be between 16 and 8192"))
        .anyMatch(p -> p.startsWith("llm.temperature must be a number"))
        .anyMatch(p -> p.startsWith("llm.requests-per-minute must be between"))
        .anyMatch(p -> p.startsWith("llm.judge-from (0.8) must not be above llm.judge-to"))
        .anyMatch(p -> p.startsWith("llm.enabled must be true or false"));
  }

  @Test
  void openAisServiceNeedsAKeyFromTheEnvironmentOrSecretsButALocalServerDoesNot() {
    Map<String, String> on = Map.of("llm.enabled", "true");
    assertThat(problems(Map.of(), on))
        .containsExactly(
            "llm.enabled is true with OpenAI's service but LLM_API_KEY is not set: set it in the"
                + " environment or /run/secrets/llm_api_key, or point llm.base-url at your own"
                + " server");
    assertThat(load(Map.of("LLM_API_KEY", KEY), on).llm().enabled()).isTrue();
    assertThat(
            load(
                    Map.of(),
                    Map.of("llm.enabled", "true", "llm.base-url", "http://127.0.0.1:8000/v1"))
                .llm()
                .enabled())
        .isTrue();
  }

  @Test
  void theKeyIsNeverAConfigurationKey() {
    assertThat(problems(Map.of(), Map.of("llm.api-key", KEY)))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("unknown key llm.api-key").doesNotContain(KEY));
  }

  record Run(int code, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            new Secrets(env, dir.resolve("no-secrets")));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String[] probe(String provider) {
    return new String[] {
      "config",
      "check",
      "--probe",
      "--set",
      "llm.enabled=true",
      "--set",
      "llm.provider=" + provider,
      "--set",
      "llm.base-url=" + standIn.baseUrl(provider),
      "--set",
      "llm.model=stand-in"
    };
  }

  @Test
  void probeMakesOneCallAndSaysHowItWent() {
    for (String provider : List.of("openai", "ollama")) {
      standIn.then(new ModelStandIn.Says("ready"));
      Run r = run(Map.of("LLM_API_KEY", KEY), probe(provider));
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out())
          .contains("Language model: on, " + provider + " stand-in at " + standIn.baseUrl(provider))
          .contains("LLM_API_KEY")
          .doesNotContain(KEY)
          .containsPattern(
              "Language model: stand-in replied in \\d+ ms \\(321 tokens in, 45 out\\): \"ready\"");
    }
    assertThat(standIn.received()).hasSize(2);
    assertThat(standIn.received().get(0).authorization()).isEqualTo("Bearer " + KEY);
  }

  @Test
  void aFailedProbeNamesTheCauseAndExitsOne() {
    standIn.then(new ModelStandIn.Status(500, null));
    Run r = run(Map.of(), probe("ollama"));
    assertThat(r.code()).isEqualTo(Main.EXIT_FAILURE);
    assertThat(r.err().strip())
        .isEqualTo(
            "config: llm: the test call to "
                + standIn.baseUrl("ollama")
                + " failed (server_error): check llm.base-url, llm.model, and that the server is"
                + " running");
  }

  @Test
  void probeWithTheModelOffSaysSo() {
    Run r = run(Map.of(), "config", "check", "--probe");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Language model: off (llm.enabled = false), nothing to probe.");
    assertThat(standIn.received()).isEmpty();
  }
}
