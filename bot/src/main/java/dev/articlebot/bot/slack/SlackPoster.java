package dev.articlebot.bot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.articlebot.bot.platform.Deliverer;
import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.platform.DeliveryCause;
import dev.articlebot.bot.platform.Fault;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

/**
 * Sends replies to Slack: {@code chat.postMessage} (answers, the daily summary), {@code
 * chat.postEphemeral} (private notices) and response URLs (slash commands, buttons). A long reply
 * goes out as several messages, in order.
 *
 * <p>Every message goes through the {@link Deliverer}: a 429 holds that route (the channel, or the
 * response URL) until its Retry-After has passed, server errors and network failures are retried
 * with backoff, up to the deadline. The blocking SDK calls run on {@code senders}, never on the
 * workers that compute answers, and no thread sleeps through a wait. A response URL that cannot be
 * used (expired, or failing until the deadline) falls back to the Web API in the same channel.
 */
public final class SlackPoster implements ChannelPoster {
  /** Errors Slack answers with {@code ok: false} that a later attempt may not get. */
  private static final Set<String> TRANSIENT_ERRORS =
      Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private static final Set<String> EXPIRED_ERRORS = Set.of("expired_url", "used_url");

  private final MethodsClient methods;
  private final Slack slack;
  private final SlackRenderer renderer;
  private final Deliverer deliverer;
  private final Executor senders;
  private final Gson gson;

  /**
   * @param methods a Web API client holding the bot token
   * @param slack the SDK instance, for response URLs
   * @param deliverer the retry policy's engine
   * @param senders where the SDK's blocking calls run
   */
  public SlackPoster(
      MethodsClient methods,
      Slack slack,
      SlackRenderer renderer,
      Deliverer deliverer,
      Executor senders) {
    this.methods = methods;
    this.slack = slack;
    this.renderer = renderer;
    this.deliverer = deliverer;
    this.senders = senders;
    this.gson = GsonFactory.createSnakeCase(slack.getConfig());
  }

  @Override
  public String platform() {
    return "slack";
  }

  /**
   * Posts to a channel (the daily summary), waiting for the outcome: this runs on the scheduler's
   * thread. Slack's {@code chat.postMessage} has no idempotency key, so {@code nonce} is not sent:
   * the scheduler's persisted marker keeps a post unique.
   *
   * @return the first message's ts
   * @throws SlackCallException when it could not be delivered
   */
  @Override
  public String post(String channelId, Reply reply, String nonce) throws SlackCallException {
    List<SlackMessage> messages = renderer.render(reply);
    String[] first = new String[1];
    Delivery d =
        sequence(
                messages.size(),
                i ->
                    deliverer
                        .send(
                            route(channelId),
                            "channel " + channelId,
                            left -> postMessage(channelId, null, messages.get(i)),
                            SlackPoster::classify)
                        .thenApply(
                            sent -> {
                              if (i == 0 && sent.value() != null) first[0] = sent.value();
                              return sent.delivery();
                            }))
            .join();
    if (!d.delivered()) {
      throw new SlackCallException("chat.postMessage", d.cause().label() + " (" + d.detail() + ")");
    }
    return first[0];
  }

  /** Sends {@code reply} where {@code target} says; completes with how it fared, never fails. */
  public CompletableFuture<Delivery> send(SlackTarget target, Reply reply) {
    List<SlackMessage> messages = renderer.render(reply);
    if (target.responseUrl() != null) return respond(target, reply, messages);
    return viaWebApi(target, reply, messages, 0, deliverer.policy().deadline());
  }

  /**
   * Shows {@code reply} privately where {@code target} is ({@code chat.postEphemeral}, in its
   * thread); where that fails (the bot is not a member), through {@code responseUrl} if given.
   */
  public CompletableFuture<Delivery> showPrivately(
      SlackTarget target, String responseUrl, Reply reply) {
    Reply ephemeral = reply.asEphemeral();
    List<SlackMessage> messages = renderer.render(ephemeral);
    if (target.channelId() == null) {
      return respond(
          new SlackTarget(null, null, target.userId(), responseUrl, false), ephemeral, messages);
    }
    return viaWebApi(target, ephemeral, messages, 0, deliverer.policy().deadline())
        .thenCompose(
            d ->
                d.delivered() || d.cause() == DeliveryCause.SHUTDOWN || responseUrl == null
                    ? done(d)
                    : respond(
                            new SlackTarget(null, null, target.userId(), responseUrl, false),
                            ephemeral,
                            messages)
                        .thenApply(f -> f.viaFallback(d.took())));
  }

  /** Through the response URL; what it cannot take goes through the Web API instead. */
  private CompletableFuture<Delivery> respond(
      SlackTarget target, Reply reply, List<SlackMessage> messages) {
    CompletableFuture<Delivery> result = CompletableFuture.completedFuture(null);
    for (int i = 0; i < messages.size(); i++) {
      int index = i;
      result =
          result.thenCompose(
              before -> {
                if (before != null && !before.delivered()) return done(before);
                return deliverer
                    .send(
                        "response_url:" + target.channelId(),
                        "the response URL in " + target.channelId(),
                        left -> respond(target.responseUrl(), reply, messages.get(index)),
                        SlackPoster::classify)
                    .thenCompose(
                        sent -> {
                          Delivery d = sent.delivery();
                          if (d.delivered()
                              || d.cause() == DeliveryCause.SHUTDOWN
                              || target.channelId() == null) {
                            return done(d);
                          }
                          return viaWebApi(
                                  target,
                                  reply,
                                  messages,
                                  index,
                                  deliverer.policy().fallbackWindow())
                              .thenApply(f -> f.viaFallback(d.took()));
                        })
                    .thenApply(d -> before == null ? d : before.then(d));
              });
    }
    return result;
  }

  /** {@code messages} from {@code from} on, by chat.postEphemeral or chat.postMessage. */
  private CompletableFuture<Delivery> viaWebApi(
      SlackTarget target, Reply reply, List<SlackMessage> messages, int from, Duration window) {
    boolean privately = reply.ephemeral() && !target.directMessage() && target.userId() != null;
    String channel = target.channelId();
    return sequence(
        messages.size() - from,
        i ->
            deliverer
                .send(
                    route(channel),
                    "channel " + channel,
                    left ->
                        privately
                            ? postEphemeral(
                                channel, target.userId(), target.threadTs(), messages.get(from + i))
                            : postMessage(channel, target.threadTs(), messages.get(from + i)),
                    SlackPoster::classify,
                    window)
                .thenApply(Deliverer.Sent::delivery));
  }

  private static String route(String channelId) {
    return "channel:" + channelId;
  }

  private CompletableFuture<String> postMessage(String channel, String threadTs, SlackMessage m) {
    return call(
        () -> {
          ChatPostMessageResponse r =
              methods.chatPostMessage(
                  req ->
                      req.channel(channel)
                          .threadTs(threadTs)
                          .text(m.text())
                          .blocks(m.blocks())
                          .parse("none")
                          .linkNames(false)
                          .unfurlLinks(false)
                          .unfurlMedia(false));
          if (!r.isOk()) throw new SlackCallException("chat.postMessage", r.getError());
          return r.getTs();
        });
  }

  private CompletableFuture<String> postEphemeral(
      String channel, String user, String threadTs, SlackMessage m) {
    return call(
        () -> {
          ChatPostEphemeralResponse r =
              methods.chatPostEphemeral(
                  req ->
                      req.channel(channel)
                          .user(user)
                          .threadTs(threadTs)
                          .text(m.text())
                          .blocks(m.blocks())
                          .parse("none")
                          .linkNames(false));
          if (!r.isOk()) throw new SlackCallException("chat.postEphemeral", r.getError());
          return r.getMessageTs();
        });
  }

  /** In the channel, or only to the asker when {@code reply} is ephemeral. */
  private CompletableFuture<String> respond(String responseUrl, Reply reply, SlackMessage m) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("response_type", reply.ephemeral() ? "ephemeral" : "in_channel");
    body.put("replace_original", false);
    body.put("text", m.text());
    body.put("blocks", m.blocks());
    String json = gson.toJson(body);
    return call(
        () -> {
          WebhookResponse r = slack.send(responseUrl, json);
          int code = r.getCode() == null ? 0 : r.getCode();
          if (code != 200) {
            throw new ResponseUrlException(
                code, header(r.getHeaders(), "Retry-After"), r.getBody());
          }
          return "";
        });
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws IOException, SlackApiException;
  }

  private <T> CompletableFuture<T> call(Call<T> call) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return call.run();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (SlackApiException e) {
            throw new SlackApiFailure(e);
          }
        },
        senders);
  }

  /** {@code count} messages in order, each once the one before arrived; stops at a failure. */
  private static CompletableFuture<Delivery> sequence(
      int count, IntFunction<CompletableFuture<Delivery>> step) {
    CompletableFuture<Delivery> result = CompletableFuture.completedFuture(null);
    for (int i = 0; i < count; i++) {
      int index = i;
      result =
          result.thenCompose(
              before -> {
                if (before != null && !before.delivered()) return done(before);
                return step.apply(index).thenApply(d -> before == null ? d : before.then(d));
              });
    }
    return result;
  }

  private static CompletableFuture<Delivery> done(Delivery d) {
    return CompletableFuture.completedFuture(d);
  }

  /** What a failed Slack call means for the retry policy. */
  static Fault classify(Throwable failure) {
    if (failure instanceof UncheckedIOException u) failure = u.getCause();
    if (failure instanceof SlackApiFailure f) {
      SlackApiException e = f.getCause();
      int code = e.getResponse() == null ? 0 : e.getResponse().code();
      String error = e.getError() == null ? null : e.getError().getError();
      if (code == 429 || "ratelimited".equals(error)) {
        String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
        return new Fault.RateLimited(retryAfter(header));
      }
      if (code >= 500 || TRANSIENT_ERRORS.contains(error)) {
        return new Fault.Transient(DeliveryCause.SERVER_ERROR, "HTTP " + code);
      }
      return new Fault.Refused(DeliveryCause.REJECTED, "HTTP " + code + " " + error);
    }
    if (failure instanceof ResponseUrlException r) {
      if (r.status == 429) return new Fault.RateLimited(retryAfter(r.retryAfter));
      if (r.status >= 500)
        return new Fault.Transient(DeliveryCause.SERVER_ERROR, "HTTP " + r.status);
      if (r.status == 404 || r.status == 410 || EXPIRED_ERRORS.contains(r.body)) {
        return new Fault.Refused(DeliveryCause.EXPIRED, "HTTP " + r.status + " " + r.body);
      }
      return new Fault.Refused(DeliveryCause.REJECTED, "HTTP " + r.status + " " + r.body);
    }
    if (failure instanceof SlackCallException c) {
      if ("ratelimited".equals(c.error())) return new Fault.RateLimited(Duration.ofSeconds(1));
      if (TRANSIENT_ERRORS.contains(c.error())) {
        return new Fault.Transient(DeliveryCause.SERVER_ERROR, c.getMessage());
      }
      return new Fault.Refused(DeliveryCause.REJECTED, c.getMessage());
    }
    if (failure instanceof IOException e) {
      return new Fault.Transient(DeliveryCause.NETWORK, e.toString());
    }
    if (failure instanceof java.util.concurrent.RejectedExecutionException) {
      return new Fault.Refused(DeliveryCause.SHUTDOWN, "the sender is shut down");
    }
    return new Fault.Refused(DeliveryCause.REJECTED, failure.toString());
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

  /** A response URL that did not answer 200. */
  private static final class ResponseUrlException extends IOException {
    final int status;
    final String retryAfter;
    final String body;

    ResponseUrlException(int status, String retryAfter, String body) {
      super("response_url answered HTTP " + status);
      this.status = status;
      this.retryAfter = retryAfter;
      this.body = body == null ? "" : body.strip();
    }
  }

  /** A {@link SlackApiException} carried out of a sender thread. */
  private static final class SlackApiFailure extends RuntimeException {
    SlackApiFailure(SlackApiException cause) {
      super(cause);
    }

    @Override
    public synchronized SlackApiException getCause() {
      return (SlackApiException) super.getCause();
    }
  }
}
