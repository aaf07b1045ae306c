package dev.articlebot.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.platform.DeliveryCause;
import dev.articlebot.bot.reply.Reply;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reply outcomes in the metrics: an answer counts once delivered; a lost one is an error. */
class BotMetricsTest {
  private final BotMetrics metrics =
      new BotMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

  @Test
  void anUndeliveredAnswerIsAnErrorAndNotAnswered() {
    metrics.recordReply(
        "slack",
        Reply.Outcome.ANSWERED,
        Delivery.failed(DeliveryCause.RATE_LIMITED, "429", Duration.ofSeconds(60)));
    metrics.recordReply("slack", Reply.Outcome.ANSWERED, Delivery.delivered(false, Duration.ZERO));
    metrics.recordReply(
        "discord", Reply.Outcome.REFUSED, Delivery.delivered(true, Duration.ofSeconds(2)));
    metrics.recordReply(
        "discord",
        Reply.Outcome.INFO,
        Delivery.failed(DeliveryCause.SERVER_ERROR, "HTTP 500", Duration.ofSeconds(60)));

    assertThat(metrics.scrape())
        .contains("articlebot_errors_total{where=\"reply\"} 2.0")
        .contains("articlebot_questions_total{outcome=\"answered\",platform=\"slack\"} 1.0")
        .contains("articlebot_questions_total{outcome=\"undelivered\",platform=\"slack\"} 1.0")
        .contains("articlebot_questions_total{outcome=\"refused\",platform=\"discord\"} 1.0")
        .contains(
            "articlebot_replies_total{cause=\"rate_limited\",outcome=\"failed\",platform=\"slack\"} 1.0")
        .contains(
            "articlebot_replies_total{cause=\"none\",outcome=\"delivered\",platform=\"slack\"} 1.0")
        .contains(
            "articlebot_replies_total{cause=\"none\",outcome=\"delivered_late\",platform=\"discord\"} 1.0")
        .contains(
            "articlebot_replies_total{cause=\"server_error\",outcome=\"failed\",platform=\"discord\"} 1.0")
        .doesNotContain("outcome=\"info\"");
  }

  @Test
  void repliesCutShortByAShutdownAreCountedButRaiseNoAlert() {
    metrics.recordReply(
        "discord",
        Reply.Outcome.ANSWERED,
        Delivery.failed(DeliveryCause.SHUTDOWN, "shutting down", Duration.ofSeconds(1)));

    assertThat(metrics.scrape())
        .contains(
            "articlebot_replies_total{cause=\"shutdown\",outcome=\"failed\",platform=\"discord\"} 1.0")
        .contains("articlebot_questions_total{outcome=\"undelivered\",platform=\"discord\"} 1.0")
        .doesNotContain("articlebot_errors_total{where=\"reply\"}");
  }

  @Test
  void aFailedCommandIsAnErrorWhereItHappened() {
    metrics.recordQuestionError("discord", Duration.ofMillis(3));
    assertThat(metrics.scrape())
        .contains("articlebot_errors_total{where=\"answer\"} 1.0")
        .contains("articlebot_questions_total{outcome=\"error\",platform=\"discord\"} 1.0");
  }
}
