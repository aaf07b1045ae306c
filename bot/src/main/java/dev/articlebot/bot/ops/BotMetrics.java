package dev.articlebot.bot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * The bot's metrics, in Prometheus form for {@code GET /metrics}.
 *
 * <ul>
 *   <li>{@code articlebot_questions_total{platform, outcome="answered|refused|error"}}; the refusal
 *       rate is {@code refused / (answered + refused)}, e.g. in PromQL {@code
 *       sum(rate(articlebot_questions_total{outcome="refused"}[1h])) /
 *       sum(rate(articlebot_questions_total{outcome=~"answered|refused"}[1h]))}
 *   <li>{@code articlebot_answer_seconds{platform}}: answer latency, a histogram ({@code _bucket})
 *   <li>{@code articlebot_posts_total{platform, outcome="ok|failed"}}: messages sent
 *   <li>{@code articlebot_errors_total{where}}: failures worth an alert
 *   <li>{@code articlebot_in_flight}: answers queued or running (once {@link #trackInFlight} is
 *       called), plus JVM memory, threads, CPU and uptime
 * </ul>
 *
 * Tag values must come from a small fixed set ("discord", "slack", "console"; "daily-post",
 * "answer", ...), never from user input. Thread-safe.
 */
public final class BotMetrics {
  /** The content type of {@link #scrape()}. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  static final String QUESTIONS = "articlebot.questions";
  static final String LATENCY = "articlebot.answer";
  static final String POSTS = "articlebot.posts";
  static final String ERRORS = "articlebot.errors";

  private final PrometheusMeterRegistry registry;

  /** A fresh registry with JVM and process metrics bound. */
  public BotMetrics() {
    this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Records into {@code registry} as is (nothing else bound). */
  public BotMetrics(PrometheusMeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** A question answered ({@code answered}) or honestly refused ("not in the article"). */
  public void recordAnswer(String platform, boolean answered, Duration took) {
    questions(platform, answered ? "answered" : "refused").increment();
    latency(platform).record(took);
  }

  /** A question that failed with an error (the user saw an apology). */
  public void recordQuestionError(String platform, Duration took) {
    questions(platform, "error").increment();
    latency(platform).record(took);
  }

  /** A message sent to a platform (answer, daily post), or a failed attempt. */
  public void recordPost(String platform, boolean ok) {
    Counter.builder(POSTS)
        .description("Messages sent to chat platforms")
        .tag("platform", platform)
        .tag("outcome", ok ? "ok" : "failed")
        .register(registry)
        .increment();
  }

  /** A failure somewhere ("answer", "daily-post", "discord-gateway", ...). */
  public void recordError(String where) {
    Counter.builder(ERRORS)
        .description("Failures, by where they happened")
        .tag("where", where)
        .register(registry)
        .increment();
  }

  /**
   * Publishes {@code inFlight} (e.g. {@code workers::inFlight}) as {@code articlebot_in_flight}.
   */
  public void trackInFlight(IntSupplier inFlight) {
    Gauge.builder("articlebot.in_flight", inFlight, s -> s.getAsInt())
        .description("Answers queued or running")
        .strongReference(true)
        .register(registry);
  }

  /** Refused / (answered + refused) since start, over every platform; 0 with no questions. */
  public double refusalRate() {
    double answered = count("answered");
    double refused = count("refused");
    return answered + refused == 0 ? 0 : refused / (answered + refused);
  }

  /** The Prometheus text exposition format, version 0.0.4 (see {@link #CONTENT_TYPE}). */
  public String scrape() {
    return registry.scrape();
  }

  /** For binding further meters. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  private Counter questions(String platform, String outcome) {
    return Counter.builder(QUESTIONS)
        .description("Questions, by platform and outcome (answered, refused, error)")
        .tag("platform", platform)
        .tag("outcome", outcome)
        .register(registry);
  }

  private Timer latency(String platform) {
    return Timer.builder(LATENCY)
        .description("Time to answer a question, from receipt to reply ready")
        .tag("platform", platform)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
  }

  private double count(String outcome) {
    return registry.find(QUESTIONS).tag("outcome", outcome).counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
