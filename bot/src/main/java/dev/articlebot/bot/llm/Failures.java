package dev.articlebot.bot.llm;

import dev.articlebot.knowledge.phrase.Fallback;
import dev.articlebot.knowledge.phrase.ModelFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** A failed call, from whatever langchain4j or the JDK threw, as a {@link ModelFailure}. */
final class Failures {
  private Failures() {}

  static ModelFailure of(Throwable e) {
    Duration retryAfter = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RetryAfterHttpClient.Refused r && retryAfter == null) {
        retryAfter = r.retryAfter().orElse(null);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      Fallback why = classify(t);
      if (why != null) return new ModelFailure(why, why.label(), retryAfter, e);
    }
    return new ModelFailure(Fallback.ERROR, e.getClass().getSimpleName(), retryAfter, e);
  }

  private static Fallback classify(Throwable t) {
    if (t instanceof dev.langchain4j.exception.RateLimitException) return Fallback.RATE_LIMITED;
    if (t instanceof dev.langchain4j.exception.TimeoutException) return Fallback.TIMEOUT;
    if (t instanceof HttpConnectTimeoutException) return Fallback.NETWORK;
    if (t instanceof HttpTimeoutException) return Fallback.TIMEOUT;
    if (t instanceof java.util.concurrent.TimeoutException) return Fallback.TIMEOUT;
    if (t instanceof dev.langchain4j.exception.InternalServerException) {
      return Fallback.SERVER_ERROR;
    }
    if (t instanceof dev.langchain4j.exception.HttpException h) {
      if (h.statusCode() == 429) return Fallback.RATE_LIMITED;
      return h.statusCode() >= 500 ? Fallback.SERVER_ERROR : Fallback.ERROR;
    }
    if (t instanceof ConnectException || t instanceof UnknownHostException) return Fallback.NETWORK;
    if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) return Fallback.MALFORMED;
    if (t instanceof IOException && t.getClass().getName().contains("Json")) {
      return Fallback.MALFORMED;
    }
    return null;
  }
}
