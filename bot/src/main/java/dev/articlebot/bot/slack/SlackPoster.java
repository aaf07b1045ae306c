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
import dev.articlebot.bot.platform.ReplySequence;
import dev.articlebot.bot.platform.RouteLanes;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Sends replies to Slack: {@code chat.postMessage} (answers, the daily summary), {@code
 * chat.postEphemeral} (private notices) and response URLs (slash commands, buttons). A long reply
 * goes out as several messages, in order.
 *
 * <p>Every message goes through the {@link Deliverer}: a 429 holds that route (the channel, or the
 * response URL) until its Retry-After has passed, server errors and failures to connect are retried
 * with backoff, up to the deadline. A request that was sent but got no answer (a read timeout, a
 * connection dropped mid-call) is not sent again, since it may have arrived: Slack's API has no
 * idempotency key. The SDK's blocking calls run in {@link RouteLanes}, one lane per route, never on
 * the workers that compute answers, so a slow route holds up only itself; no thread sleeps through
 * a wait. A response URL that cannot be used (expired, or failing until the deadline) hands the
 * rest of the reply to the Web API in the same channel.
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
  private final RouteLanes senders;
  private final Gson gson;

  /**
   * @param methods a Web API client holding the bot token
   * @param slack the SDK instance, for response URLs
   * @param deliverer the retry policy's engine
   * @param senders where the SDK's blocking calls run, a lane per route
   */
  public SlackPoster(
      MethodsClient methods,
      Slack slack,
      SlackRenderer renderer,
      Deliverer deliverer,
      RouteLanes senders) {
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
   * the scheduler's persisted marker keeps a post unique, and a post that may have arrived is not
   * sent again here.
   *
   * @return the first message's ts
   * @throws SlackCallException when it could not be delivered
   */
  @Override
  public String post(String channelId, Reply reply, String nonce) throws SlackCallException {
    List<SlackMessage> messages = renderer.render(reply);
    String[] first = new String[1];
    Delivery d =
        ReplySequence.inOrder(
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
    if (target.responseUrl() == null) {
      return viaWebApi(target, reply, messages, 0, deliverer.policy().deadline());
    }
    return ReplySequence.withFallback(
        messages.size(),
        i -> viaResponseUrl(target.responseUrl(), where(target), reply, messages.get(i)),
        target.channelId() == null
            ? null
            : from ->
                viaWebApi(target, reply, messages, from, deliverer.policy().fallbackWindow()));
  }

  /**
   * Shows {@code reply} privately where {@code target} is ({@code chat.postEphemeral}, in its
   * thread); what cannot go that way (the bot is not a member) goes through {@code responseUrl} if
   * given.
   */
  public CompletableFuture<Delivery> showPrivately(
      SlackTarget target, String responseUrl, Reply reply) {
    Reply ephemeral = reply.asEphemeral();
    List<SlackMessage> messages = renderer.render(ephemeral);
    String where = where(target);
    IntFunction<CompletableFuture<Delivery>> throughResponseUrl =
        from ->
            ReplySequence.inOrder(
                messages.size() - from,
                i -> viaResponseUrl(responseUrl, where, ephemeral, messages.get(from + i)));
    if (target.channelId() == null) return throughResponseUrl.apply(0);
    return ReplySequence.withFallback(
        messages.size(),
        i -> viaWebApi(target, ephemeral, messages, i, 1, deliverer.policy().deadline()),
        responseUrl == null ? null : throughResponseUrl);
  }

  /** For the log: "the response URL of channel C1", "… of user U1". */
  private static String where(SlackTarget target) {
    return "the response URL of "
        + (target.channelId() != null
            ? "channel " + target.channelId()
            : "user " + target.userId());
  }

  /** One message through a response URL; its route is the URL itself. */
  private CompletableFuture<Delivery> viaResponseUrl(
      String responseUrl, String where, Reply reply, SlackMessage message) {
    String route = "response_url:" + responseUrl;
    return deliverer
        .send(
            route,
            where,
            left -> respond(route, responseUrl, reply, message),
            SlackPoster::classify)
        .thenApply(Deliverer.Sent::delivery);
  }

  /** {@code messages} from {@code from} on, by chat.postEphemeral or chat.postMessage. */
  private CompletableFuture<Delivery> viaWebApi(
      SlackTarget target, Reply reply, List<SlackMessage> messages, int from, Duration window) {
    return viaWebApi(target, reply, messages, from, messages.size() - from, window);
  }

  /** {@code count} of {@code messages} from {@code from} on, in order. */
  private CompletableFuture<Delivery> viaWebApi(
      SlackTarget target,
      Reply reply,
      List<SlackMessage> messages,
      int from,
      int count,
      Duration window) {
    boolean privately = reply.ephemeral() && !target.directMessage() && target.userId() != null;
    String channel = target.channelId();
    String route = route(channel);
    return ReplySequence.inOrder(
        count,
        i ->
            deliverer
                .send(
                    route,
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
        route(channel),
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
        route(channel),
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
  private CompletableFuture<String> respond(
      String route, String responseUrl, Reply reply, SlackMessage m) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("response_type", reply.ephemeral() ? "ephemeral" : "in_channel");
    body.put("replace_original", false);
    body.put("text", m.text());
    body.put("blocks", m.blocks());
    String json = gson.toJson(body);
    return call(
        route,
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

  private <T> CompletableFuture<T> call(String route, Call<T> call) {
    return senders.submit(
        route,
        () -> {
          try {
            return call.run();
          } catch (SlackApiException e) {
            throw new SlackApiFailure(e);
          }
        });
  }

  /** What a failed Slack call means for the retry policy. */
  static Fault classify(Throwable failure) {
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
      return neverSent(e)
          ? new Fault.Transient(DeliveryCause.NETWORK, e.toString())
          : new Fault.Refused(DeliveryCause.NO_RESPONSE, e.toString());
    }
    if (failure instanceof java.util.concurrent.RejectedExecutionException) {
      return new Fault.Refused(DeliveryCause.SHUTDOWN, "the sender is shut down");
    }
    return new Fault.Refused(DeliveryCause.REJECTED, failure.toString());
  }

  /**
   * Whether {@code e} happened before the request could leave (no connection was made), so that
   * sending it again cannot repeat it. A read timeout or a connection lost mid-call is not: the
   * request may have arrived.
   */
  static boolean neverSent(IOException e) {
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return true;
    }
    String message = e.getMessage();
    return e instanceof SocketTimeoutException
        && message != null
        && message.toLowerCase(java.util.Locale.ROOT).contains("connect");
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
