package dev.articlebot.bot.ops;

import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.platform.DeliveryCause;
import dev.articlebot.bot.reply.Reply;
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
 *   <li>{@code articlebot_questions_total{platform, outcome="answered|refused|error|undelivered"}}:
 *       answered and refused count once the reply has reached the user; undelivered when it never
 *       did; error when answering failed. The refusal rate is {@code refused / (answered +
 *       refused)}, e.g. in PromQL {@code
 *       sum(rate(articlebot_questions_total{outcome="refused"}[1h])) /
 *       sum(rate(articlebot_questions_total{outcome=~"answered|refused"}[1h]))}
 *   <li>{@code articlebot_answer_seconds{platform}}: answer latency, a histogram ({@code _bucket})
 *   <li>{@code articlebot_replies_total{platform, outcome="delivered|delivered_late|failed",
 *       cause}}: every reply (answers and notices) once its fate is known; late means it took a
 *       retry or a fallback; {@code cause} says why one failed (rate_limited, server_error,
 *       network, rejected, timed_out, expired, no_response, internal, shutdown; none when
 *       delivered)
 *   <li>{@code articlebot_feedback_total{platform, vote="up|down", reason}}: ratings recorded (a
 *       repeat of the same rating is not counted; a reason after a 👎 counts once more)
 *   <li>{@code articlebot_posts_total{platform, outcome="ok|failed"}}: daily posts sent
 *   <li>{@code articlebot_errors_total{where="reply|answer|daily-post"}}: failures worth an alert:
 *       a reply that was not delivered (other than at shutdown), a command that failed, a daily
 *       post attempt that failed
 *   <li>with {@code llm.enabled}: {@code articlebot_llm_calls_total{kind="phrase|judge",
 *       outcome="replied|failed"}}, {@code articlebot_llm_seconds{kind}} (call latency, a
 *       histogram), {@code articlebot_llm_fallbacks_total{cause}} (the extractive answer kept: the
 *       {@link dev.articlebot.knowledge.phrase.Fallback} labels), {@code
 *       articlebot_llm_tokens_total{direction="input|output"}}, {@code
 *       articlebot_llm_judged_total{verdict="answers|does_not_answer"}}
 *   <li>{@code articlebot_in_flight}: questions and notices taken in whose reply is not yet
 *       delivered or failed, including those waiting on a retry (once {@link #trackInFlight} is
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
  static final String REPLIES = "articlebot.replies";
  static final String FEEDBACK = "articlebot.feedback";

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

  /** A question that failed with an error (the user saw an apology). */
  public void recordQuestionError(String platform, Duration took) {
    questions(platform, "error").increment();
    latency(platform).record(took);
    recordError("answer");
  }

  /** How long a question took to answer (until its reply was ready to send). */
  public void recordAnswerTime(String platform, Duration took) {
    latency(platform).record(took);
  }

  /**
   * A reply's fate: counted in {@code articlebot_replies_total}; an answer or refusal (or a
   * question whose reply broke before it was made: {@code what} null) counts as a question once
   * delivered, or as undelivered; an undelivered reply is an error ("reply") unless the bot was
   * shutting down, which every deploy does and no alert should fire on.
   */
  public void recordReply(String platform, Reply.Outcome what, Delivery delivery) {
    String outcome =
        !delivery.delivered() ? "failed" : delivery.late() ? "delivered_late" : "delivered";
    Counter.builder(REPLIES)
        .description("Replies by how they fared: delivered, delivered late, failed (by cause)")
        .tag("platform", platform)
        .tag("outcome", outcome)
        .tag("cause", delivery.delivered() ? "none" : delivery.cause().label())
        .register(registry)
        .increment();
    boolean question = what != Reply.Outcome.INFO;
    if (!delivery.delivered()) {
      if (delivery.cause() != DeliveryCause.SHUTDOWN) recordError("reply");
      if (question) questions(platform, "undelivered").increment();
    } else if (question) {
      questions(platform, what == Reply.Outcome.ANSWERED ? "answered" : "refused").increment();
    }
  }

  /**
   * A rating recorded: {@code articlebot_feedback_total{platform, vote="up|down",
   * reason="none|wrong|notin|should|other"}} (a reason given after a 👎 counts again, with it).
   */
  public void recordRating(String platform, String vote, String reason) {
    Counter.builder(FEEDBACK)
        .description("Ratings of answers, by platform, vote and reason")
        .tag("platform", platform)
        .tag("vote", vote)
        .tag("reason", reason)
        .register(registry)
        .increment();
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
   * Publishes {@code inFlight} (the adapters' replies in flight, {@link
   * dev.articlebot.bot.platform.PlatformAdapter#inFlight()}) as {@code articlebot_in_flight}.
   */
  public void trackInFlight(IntSupplier inFlight) {
    Gauge.builder("articlebot.in_flight", inFlight, s -> s.getAsInt())
        .description("Replies taken in and not yet delivered or failed")
        .strongReference(true)
        .register(registry);
  }

  /** What the language model did, counted here. */
  public dev.articlebot.knowledge.phrase.Phraser.Observer languageModel() {
    return new dev.articlebot.knowledge.phrase.Phraser.Observer() {
      @Override
      public void called(String kind, Duration took, boolean replied, int in, int out) {
        Counter.builder("articlebot.llm.calls")
            .description("Calls to the language model, by kind and whether it replied")
            .tag("kind", kind)
            .tag("outcome", replied ? "replied" : "failed")
            .register(registry)
            .increment();
        Timer.builder("articlebot.llm")
            .description("Language model call latency")
            .tag("kind", kind)
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofMinutes(1))
            .register(registry)
            .record(took);
        tokens("input").increment(in);
        tokens("output").increment(out);
      }

      @Override
      public void fellBack(dev.articlebot.knowledge.phrase.Fallback why) {
        Counter.builder("articlebot.llm.fallbacks")
            .description("Extractive answers kept instead of the model's, by cause")
            .tag("cause", why.label())
            .register(registry)
            .increment();
      }

      @Override
      public void judged(boolean answers) {
        Counter.builder("articlebot.llm.judged")
            .description("The model's verdicts on unsure answers")
            .tag("verdict", answers ? "answers" : "does_not_answer")
            .register(registry)
            .increment();
      }
    };
  }

  private Counter tokens(String direction) {
    return Counter.builder("articlebot.llm.tokens")
        .description("Tokens the language model read (input) and wrote (output)")
        .tag("direction", direction)
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
        .description("Questions, by platform and outcome (answered, refused, error, undelivered)")
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
