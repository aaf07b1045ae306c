package dev.articlebot.bot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies to Slack: {@code chat.postMessage} (answers, the daily summary), {@code
 * chat.postEphemeral} (private notices) and response URLs (slash commands). A long reply goes out
 * as several messages. A 429 is retried after its {@code Retry-After}, a bounded number of times;
 * the waits go through an injectable {@link Sleeper}.
 */
public final class SlackPoster implements ChannelPoster {
  private static final Logger log = LoggerFactory.getLogger(SlackPoster.class);

  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);

  private final MethodsClient methods;
  private final Slack slack;
  private final SlackRenderer renderer;
  private final Sleeper sleeper;
  private final int maxAttempts;
  private final Duration maxWait;
  private final Gson gson;

  /**
   * @param methods a Web API client holding the bot token
   * @param slack the SDK instance, for response URLs
   * @param maxAttempts attempts per message when rate-limited (≥ 1)
   * @param maxWait the longest {@code Retry-After} honoured; a longer one fails at once
   */
  public SlackPoster(
      MethodsClient methods,
      Slack slack,
      SlackRenderer renderer,
      Sleeper sleeper,
      int maxAttempts,
      Duration maxWait) {
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1");
    this.methods = methods;
    this.slack = slack;
    this.renderer = renderer;
    this.sleeper = sleeper;
    this.maxAttempts = maxAttempts;
    this.maxWait = maxWait;
    this.gson = GsonFactory.createSnakeCase(slack.getConfig());
  }

  @Override
  public String platform() {
    return "slack";
  }

  /**
   * Posts to a channel (the daily summary). Slack's {@code chat.postMessage} has no idempotency
   * key, so {@code nonce} is not sent: the scheduler's persisted marker keeps a post unique.
   */
  @Override
  public String post(String channelId, Reply reply, String nonce) throws Exception {
    return postMessage(channelId, null, reply);
  }

  /** Sends {@code reply} where {@code target} says. */
  public void send(SlackTarget target, Reply reply) throws IOException, SlackApiException {
    if (target.responseUrl() != null) {
      respond(target.responseUrl(), reply);
    } else if (reply.ephemeral() && !target.directMessage() && target.userId() != null) {
      postEphemeral(target.channelId(), target.userId(), target.threadTs(), reply);
    } else {
      postMessage(target.channelId(), target.threadTs(), reply);
    }
  }

  /**
   * Posts {@code reply} as one or more messages; returns the first message's ts. If a later part
   * fails, the parts already posted stand (re-posting them would duplicate them): it logs and
   * returns the first ts.
   */
  public String postMessage(String channelId, String threadTs, Reply reply)
      throws IOException, SlackApiException {
    List<SlackMessage> messages = renderer.render(reply);
    String first = null;
    for (int i = 0; i < messages.size(); i++) {
      SlackMessage m = messages.get(i);
      try {
        ChatPostMessageResponse r =
            withRetry(
                "chat.postMessage",
                () ->
                    methods.chatPostMessage(
                        req ->
                            req.channel(channelId)
                                .threadTs(threadTs)
                                .text(m.text())
                                .blocks(m.blocks())
                                .parse("none")
                                .linkNames(false)
                                .unfurlLinks(false)
                                .unfurlMedia(false)));
        if (!r.isOk()) throw new SlackCallException("chat.postMessage", r.getError());
        if (first == null) first = r.getTs();
      } catch (IOException | SlackApiException e) {
        if (first == null) throw e;
        log.warn(
            "Posted {} of {} parts of a reply to {}; part {} failed: {}",
            i,
            messages.size(),
            channelId,
            i + 1,
            describe(e));
        return first;
      }
    }
    return first;
  }

  /** Shows {@code reply} to {@code userId} only. */
  public void postEphemeral(String channelId, String userId, String threadTs, Reply reply)
      throws IOException, SlackApiException {
    for (SlackMessage m : renderer.render(reply)) {
      ChatPostEphemeralResponse r =
          withRetry(
              "chat.postEphemeral",
              () ->
                  methods.chatPostEphemeral(
                      req ->
                          req.channel(channelId)
                              .user(userId)
                              .threadTs(threadTs)
                              .text(m.text())
                              .blocks(m.blocks())
                              .parse("none")
                              .linkNames(false)));
      if (!r.isOk()) throw new SlackCallException("chat.postEphemeral", r.getError());
    }
  }

  /**
   * Answers through a response URL: in the channel, or only to the asker when {@code reply} is
   * ephemeral.
   */
  public void respond(String responseUrl, Reply reply) throws IOException, SlackApiException {
    for (SlackMessage m : renderer.render(reply)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("response_type", reply.ephemeral() ? "ephemeral" : "in_channel");
      body.put("replace_original", false);
      body.put("text", m.text());
      body.put("blocks", m.blocks());
      String json = gson.toJson(body);
      WebhookResponse r = withRetry("response_url", () -> checked(slack.send(responseUrl, json)));
      if (r.getCode() == null || r.getCode() != 200) {
        throw new SlackCallException("response_url", "HTTP " + r.getCode());
      }
    }
  }

  private WebhookResponse checked(WebhookResponse r) throws RateLimitedResponse {
    if (r.getCode() != null && r.getCode() == 429) {
      throw new RateLimitedResponse(retryAfter(header(r.getHeaders(), "Retry-After")));
    }
    return r;
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws IOException, SlackApiException;
  }

  private <T> T withRetry(String method, Call<T> call) throws IOException, SlackApiException {
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        return call.run();
      } catch (SlackApiException e) {
        Optional<Duration> limited = rateLimitWait(e);
        if (limited.isEmpty() || !retryable(attempt, limited.get())) throw e;
        wait = limited.get();
      } catch (RateLimitedResponse e) {
        if (!retryable(attempt, e.wait)) throw new SlackCallException(method, "ratelimited");
        wait = e.wait;
      }
      log.warn(
          "Slack rate-limited {} (attempt {} of {}): retrying in {} s",
          method,
          attempt,
          maxAttempts,
          wait.toSeconds());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SlackCallException(method, "interrupted while rate-limited");
      }
    }
  }

  private boolean retryable(int attempt, Duration wait) {
    return attempt < maxAttempts && wait.compareTo(maxWait) <= 0;
  }

  /** The wait a rate-limited call asks for, if {@code e} is a rate limit. */
  static Optional<Duration> rateLimitWait(SlackApiException e) {
    boolean limited =
        (e.getResponse() != null && e.getResponse().code() == 429)
            || (e.getError() != null && "ratelimited".equals(e.getError().getError()));
    if (!limited) return Optional.empty();
    String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
    return Optional.of(retryAfter(header));
  }

  /** Retry-After in seconds; 1 s when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null) return Duration.ofSeconds(1);
    try {
      return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }

  private static String header(Map<String, List<String>> headers, String name) {
    if (headers == null) return null;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  private static String describe(Exception e) {
    if (e instanceof SlackApiException s && s.getResponse() != null) {
      return "HTTP " + s.getResponse().code();
    }
    return e.getMessage();
  }

  /** A Slack call that answered {@code ok: false}, or gave up. Never carries a token. */
  public static final class SlackCallException extends IOException {
    private final String method;
    private final String error;

    public SlackCallException(String method, String error) {
      super(method + " failed: " + error);
      this.method = method;
      this.error = error;
    }

    public String method() {
      return method;
    }

    public String error() {
      return error;
    }
  }

  /** A 429 from a response URL, carried to the retry loop. */
  private static final class RateLimitedResponse extends IOException {
    final Duration wait;

    RateLimitedResponse(Duration wait) {
      super("rate-limited");
      this.wait = wait;
    }
  }
}
