package dev.articlebot.bot.discord;

import dev.articlebot.bot.platform.Deliverer;
import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.platform.DeliveryCause;
import dev.articlebot.bot.platform.Fault;
import dev.articlebot.bot.platform.ReplySequence;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Sends Discord replies through the {@link Deliverer}: every call is JDA's asynchronous {@code
 * submit()}, so no thread waits on Discord. JDA queues each rate-limit bucket and honours its 429s
 * itself (a 429 on one channel holds only that channel's bucket); this adds the deadline, retries
 * of server errors and network failures, and the fallback from a lost interaction to the channel.
 *
 * <p>Each request is built inside its attempt, so what JDA refuses before sending (a missing
 * permission) fails that attempt like any refusal: logged, and counted as {@code rejected}.
 *
 * <p>Channel messages carry a nonce (JDA sends it with {@code enforce_nonce}), so Discord drops the
 * repeat if a retried message had in fact arrived.
 */
final class DiscordSender {
  private final Deliverer deliverer;

  DiscordSender(Deliverer deliverer) {
    this.deliverer = deliverer;
  }

  /** {@code parts} as a reply to {@code message}: the first one referencing it. */
  CompletableFuture<Delivery> replyTo(Message message, List<MessageCreateData> parts) {
    MessageChannel channel = message.getChannel();
    String nonce = "r" + Long.toString(message.getIdLong(), 36);
    return ReplySequence.inOrder(
        parts.size(),
        i ->
            send(
                "channel:" + channel.getId(),
                "channel " + channel.getId(),
                () ->
                    i == 0
                        ? message.reply(parts.get(0)).failOnInvalidReply(false).setNonce(nonce)
                        : channel.sendMessage(parts.get(i)).setNonce(nonce + "-" + i),
                deliverer.policy().deadline()));
  }

  /**
   * A slash command's public answer: the "thinking…" placeholder edited into the first part, the
   * rest as follow-ups. When the interaction cannot be answered (its token lost or expired, or
   * failing until the deadline), that part and every later one go to {@code channel} as plain
   * messages instead, each once.
   */
  CompletableFuture<Delivery> answer(
      InteractionHook hook, MessageChannel channel, List<MessageCreateData> parts) {
    String route = "interaction:" + hook.getInteraction().getId();
    String where = "interaction " + hook.getInteraction().getId();
    return ReplySequence.withFallback(
        parts.size(),
        i ->
            send(
                route,
                where,
                () ->
                    i == 0
                        ? hook.editOriginal(MessageEditData.fromCreateData(parts.get(0)))
                        : hook.sendMessage(parts.get(i)),
                deliverer.policy().deadline()),
        channel == null ? null : from -> toChannel(hook, channel, parts, from));
  }

  /** What is left of an interaction's answer, from {@code from} on, as channel messages. */
  private CompletableFuture<Delivery> toChannel(
      InteractionHook hook, MessageChannel channel, List<MessageCreateData> parts, int from) {
    String nonce = "i" + Long.toString(hook.getInteraction().getIdLong(), 36);
    return ReplySequence.inOrder(
        parts.size() - from,
        i ->
            send(
                "channel:" + channel.getId(),
                "channel " + channel.getId() + " (instead of the interaction)",
                () -> channel.sendMessage(parts.get(from + i)).setNonce(nonce + "-" + (from + i)),
                deliverer.policy().fallbackWindow()));
  }

  /**
   * A private answer to a slash command: the public placeholder removed (best effort), then each
   * part as an ephemeral follow-up. Private text has no public fallback.
   */
  CompletableFuture<Delivery> answerPrivately(InteractionHook hook, List<MessageCreateData> parts) {
    String route = "interaction:" + hook.getInteraction().getId();
    String where = "interaction " + hook.getInteraction().getId();
    hook.deleteOriginal().queue(null, ignored -> {});
    return ReplySequence.inOrder(
        parts.size(),
        i ->
            send(
                route,
                where,
                () -> hook.sendMessage(parts.get(i)).setEphemeral(true),
                deliverer.policy().deadline()));
  }

  /** An immediate response to an interaction (busy, restarting, a paragraph): 3 s to arrive. */
  CompletableFuture<Delivery> respond(String interactionId, List<Supplier<RestAction<?>>> actions) {
    Duration window = Duration.ofSeconds(3);
    return ReplySequence.inOrder(
        actions.size(),
        i ->
            send(
                "interaction:" + interactionId,
                "interaction " + interactionId,
                actions.get(i),
                window));
  }

  /** One message: {@code action} is built anew for each attempt. */
  private CompletableFuture<Delivery> send(
      String route, String where, Supplier<RestAction<?>> action, Duration window) {
    return deliverer
        .send(
            route,
            where,
            left -> action.get().deadline(System.currentTimeMillis() + left.toMillis()).submit(),
            DiscordSender::classify,
            window)
        .thenApply(Deliverer.Sent::delivery);
  }

  /** What a failed JDA request means for the retry policy. */
  static Fault classify(Throwable failure) {
    if (failure instanceof ErrorResponseException e) {
      Response response = e.getResponse();
      if (response != null && response.getException() != null) {
        return new Fault.Transient(DeliveryCause.NETWORK, response.getException().toString());
      }
      int code = response == null ? -1 : response.code;
      if (code == 429) {
        return new Fault.RateLimited(Duration.ofMillis(Math.max(response.retryAfter, 1000)));
      }
      if (code >= 500 || code < 0) {
        return new Fault.Transient(DeliveryCause.SERVER_ERROR, "HTTP " + code);
      }
      ErrorResponse kind = e.getErrorResponse();
      if (kind == ErrorResponse.UNKNOWN_WEBHOOK
          || kind == ErrorResponse.INVALID_WEBHOOK_TOKEN
          || kind == ErrorResponse.UNKNOWN_INTERACTION) {
        return new Fault.Refused(DeliveryCause.EXPIRED, e.getMeaning());
      }
      return new Fault.Refused(DeliveryCause.REJECTED, "HTTP " + code + ": " + e.getMeaning());
    }
    if (failure instanceof RateLimitedException e) {
      return new Fault.RateLimited(Duration.ofMillis(Math.max(e.getRetryAfter(), 1000)));
    }
    if (failure instanceof TimeoutException) {
      return new Fault.Transient(DeliveryCause.TIMED_OUT, "still queued by JDA at the deadline");
    }
    if (failure instanceof IOException e) {
      return new Fault.Transient(DeliveryCause.NETWORK, e.toString());
    }
    if (failure instanceof CancellationException || failure instanceof RejectedExecutionException) {
      return new Fault.Refused(DeliveryCause.SHUTDOWN, "JDA is shutting down");
    }
    return new Fault.Refused(DeliveryCause.REJECTED, failure.toString());
  }
}
