package dev.articlebot.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.articlebot.bot.command.Attachment;
import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.ops.StartupException;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.platform.ReplyGate;
import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does with what Slack sends: mentions (answered in their thread), DMs, the files
 * shared with either ({@link SlackFiles}), the slash commands and "Show full paragraph" buttons.
 * Every handler acknowledges at once and hands the work to the {@link ReplyGate}; retried events
 * are answered once ({@link EventDeduper}); the bot ignores itself and other bots; replies are sent
 * by {@link SlackPoster}, and each outcome is counted.
 */
final class SlackEvents {
  private static final Logger log = LoggerFactory.getLogger(SlackEvents.class);

  /** How long event ids are remembered: Slack retries for about five minutes. */
  static final Duration EVENT_TTL = Duration.ofMinutes(15);

  static final int MAX_REMEMBERED_EVENTS = 20_000;

  private final AppConfig.Slack settings;
  private final BotServices services;
  private final ReplyGate gate;
  private final SlackPoster poster;
  private final EventDeduper deduper;
  private final Supplier<String> botUserId;
  private final java.util.function.Function<String, Caller.Rights> rights;
  private final SlackFiles files;

  SlackEvents(
      AppConfig.Slack settings,
      BotServices services,
      ReplyGate gate,
      SlackPoster poster,
      Supplier<String> botUserId,
      java.util.function.Function<String, Caller.Rights> rights,
      SlackFiles files) {
    this.rights = rights;
    this.files = files;
    this.settings = settings;
    this.services = services;
    this.gate = gate;
    this.poster = poster;
    this.botUserId = botUserId;
    this.deduper = new EventDeduper(services.clock(), EVENT_TTL, MAX_REMEMBERED_EVENTS);
  }

  /**
   * The slash commands, one per command of the catalog: "/" + its name, or its name in {@code
   * slack.commands}.
   *
   * @throws StartupException if {@code slack.commands} renames a command the bot does not have
   */
  static List<String> slashCommands(AppConfig.Slack settings, CommandCatalog catalog) {
    List<String> unknown =
        settings.commands().keySet().stream().filter(n -> catalog.find(n).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new StartupException(
          "slack.commands names "
              + String.join(", ", unknown)
              + ", which "
              + (unknown.size() == 1 ? "is not a command" : "are not commands")
              + ": rename only "
              + String.join(", ", catalog.names())
              + " (e.g. slack.commands.ask = \"/article-ask\")",
          null);
    }
    return catalog.names().stream().map(settings::slashCommand).toList();
  }

  /** Adds the handlers to {@code app}. */
  void register(App app) {
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          onMention(payload);
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          onDirectMessage(
              payload.getEventId(),
              new DirectMessage(
                  e.getChannelType(),
                  e.getUser(),
                  e.getBotId(),
                  e.getChannel(),
                  e.getThreadTs(),
                  e.getText(),
                  e.getFiles()));
          return ctx.ack();
        });
    // Bolt hands a message with a subtype only to that subtype's handler: a DM with a file.
    app.event(
        MessageFileShareEvent.class,
        (payload, ctx) -> {
          MessageFileShareEvent e = payload.getEvent();
          // A file share carries no bot_id; a bot's share is marked display_as_bot.
          String botId = Boolean.TRUE.equals(e.getDisplayAsBot()) ? "bot" : null;
          onDirectMessage(
              payload.getEventId(),
              new DirectMessage(
                  e.getChannelType(),
                  e.getUser(),
                  botId,
                  e.getChannel(),
                  e.getThreadTs(),
                  e.getText(),
                  e.getFiles()));
          return ctx.ack();
        });
    for (BotCommand c : services.dispatcher().catalog().all()) {
      String name = c.name();
      app.command(settings.slashCommand(name), (req, ctx) -> onSlashCommand(name, req, ctx));
    }
    app.blockAction(
        SlackRenderer.SHOW_PARAGRAPH_ACTIONS,
        (req, ctx) -> {
          onShowParagraph(req);
          return ctx.ack();
        });
    app.blockAction(
        SlackRenderer.RATING_ACTIONS,
        (req, ctx) -> {
          onRating(req);
          return ctx.ack();
        });
  }

  /**
   * A 👍, 👎 or reason click, recorded in the name of the user Slack says clicked (in HTTP mode
   * Bolt has checked the request's signature before this runs); the reply is private.
   */
  private void onRating(BlockActionRequest req) {
    BlockActionPayload p = req.getPayload();
    if (p.getUser() == null || p.getActions() == null) return;
    RatingControl control = null;
    for (BlockActionPayload.Action action : p.getActions()) {
      if (action.getActionId() != null
          && SlackRenderer.RATING_ACTIONS.matcher(action.getActionId()).matches()) {
        control = RatingControl.parse(action.getValue()).orElse(null);
        break;
      }
    }
    String userId = p.getUser().getId();
    String channelId = channelOf(p);
    SlackTarget inPlace = inPlace(p, channelId, userId);
    Reply reply =
        control == null
            ? Reply.notice(Messages.failed())
            : services
                .dispatcher()
                .handleRating(
                    new Caller("slack", userId, channelId == null ? "" : channelId),
                    control,
                    OptionalInt.empty());
    gate.track(
        poster.showPrivately(inPlace, p.getResponseUrl(), reply).thenApply(d -> counted(reply, d)));
  }

  private void onMention(EventsApiPayload<AppMentionEvent> payload) {
    AppMentionEvent e = payload.getEvent();
    if (isFromBot(e.getUser(), e.getBotId())) return;
    String threadTs = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    // The reply goes into the thread the mention starts or is in: that thread is the conversation.
    answerText(
        payload.getEventId(),
        new Caller(
            "slack",
            e.getUser(),
            e.getChannel(),
            threadTs == null ? "" : threadTs,
            "",
            rights.apply(e.getUser())),
        e.getText(),
        files.of(e.getFiles()),
        SlackTarget.thread(e.getChannel(), threadTs, e.getUser()));
  }

  /** What a direct message event (plain, or with files shared) carries that the bot reads. */
  private record DirectMessage(
      String channelType,
      String userId,
      String botId,
      String channelId,
      String threadTs,
      String text,
      List<com.slack.api.model.File> files) {}

  private void onDirectMessage(String eventId, DirectMessage m) {
    if (!"im".equals(m.channelType())) return;
    if (isFromBot(m.userId(), m.botId())) return;
    // A direct message outside a thread continues the direct messages before it, as the console
    // does.
    String thread = m.threadTs() != null ? m.threadTs() : "dm";
    answerText(
        eventId,
        new Caller("slack", m.userId(), m.channelId(), thread, "", rights.apply(m.userId())),
        m.text() == null ? "" : m.text(),
        files.of(m.files()),
        SlackTarget.directMessage(m.channelId(), m.threadTs(), m.userId()));
  }

  /** Other bots (no loops between bots) and this bot itself (also ignored by Bolt). */
  private boolean isFromBot(String userId, String botId) {
    return botId != null || userId == null || userId.equals(botUserId.get());
  }

  private void answerText(
      String eventId,
      Caller caller,
      String rawText,
      List<Attachment> attached,
      SlackTarget target) {
    if (!deduper.claim(eventId)) {
      log.debug("Dropped a repeat of Slack event {}", eventId);
      return;
    }
    String text = SlackText.unescape(SlackText.stripMention(rawText, botUserId.get()));
    ReplyGate.Admission admission =
        gate.submit(
            () -> deliver(target, services.dispatcher().handleText(caller, text, attached)));
    if (admission != ReplyGate.Admission.ACCEPTED) {
      deduper.release(eventId);
      notice(target, refusal(admission));
    }
  }

  private Response onSlashCommand(
      String command, SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String text = SlackText.unescape(p.getText() == null ? "" : p.getText()).strip();
    boolean help = text.equalsIgnoreCase("help");
    String name = help ? "help" : command;
    String argument = help ? "" : text;
    Caller caller =
        new Caller("slack", p.getUserId(), p.getChannelId(), rights.apply(p.getUserId()));
    SlackTarget target =
        SlackTarget.responseUrl(p.getResponseUrl(), p.getChannelId(), p.getUserId());
    ReplyGate.Admission admission =
        gate.submit(
            () -> deliver(target, services.dispatcher().handleCommand(caller, name, argument)));
    if (admission != ReplyGate.Admission.ACCEPTED) {
      return ctx.ack(SlackText.escape(refusal(admission)));
    }
    // in_channel shows the asker's command above the answer; help and usage hints stay private.
    return help || text.isEmpty() ? ctx.ack() : ctx.ack(r -> r.responseType("in_channel"));
  }

  private void onShowParagraph(BlockActionRequest req) {
    BlockActionPayload p = req.getPayload();
    if (p.getUser() == null) return;
    String value = null;
    if (p.getActions() != null) {
      for (BlockActionPayload.Action action : p.getActions()) {
        if (action.getActionId() != null
            && SlackRenderer.SHOW_PARAGRAPH_ACTIONS.matcher(action.getActionId()).matches()) {
          value = action.getValue();
          break;
        }
      }
    }
    SlackRenderer.ParagraphRef ref = SlackRenderer.parseParagraphRef(value);
    String userId = p.getUser().getId();
    String channelId = channelOf(p);
    SlackTarget inPlace = inPlace(p, channelId, userId);
    Reply reply =
        ref == null
            ? Reply.notice(Messages.paragraphNotFound())
            : services
                .paragraphs()
                .paragraph(ref.articleId(), ref.paragraph())
                .orElse(Reply.notice(Messages.paragraphNotFound()));
    // From memory, so not through the workers; counted in flight all the same.
    gate.track(
        poster.showPrivately(inPlace, p.getResponseUrl(), reply).thenApply(d -> counted(reply, d)));
  }

  private Delivery counted(Reply reply, Delivery d) {
    services.outcomes().record("slack", reply.outcome(), d);
    return d;
  }

  private CompletableFuture<Delivery> deliver(SlackTarget target, Reply reply) {
    return poster.send(target, reply).thenApply(d -> counted(reply, d));
  }

  /** A short notice sent at once, when the question cannot be taken. */
  private void notice(SlackTarget target, String text) {
    gate.track(deliver(target, Reply.notice(text)));
  }

  private static String refusal(ReplyGate.Admission admission) {
    return admission == ReplyGate.Admission.BUSY ? Messages.busy() : Messages.shuttingDown();
  }

  /** The channel a button was clicked in, or null when Slack does not say. */
  private static String channelOf(BlockActionPayload p) {
    if (p.getChannel() != null) return p.getChannel().getId();
    return p.getContainer() != null ? p.getContainer().getChannelId() : null;
  }

  /** Where a private reply to a click goes: the clicker, in the channel and thread clicked in. */
  private static SlackTarget inPlace(BlockActionPayload p, String channelId, String userId) {
    String threadTs = p.getContainer() != null ? p.getContainer().getThreadTs() : null;
    if (threadTs == null && p.getMessage() != null) threadTs = p.getMessage().getThreadTs();
    return new SlackTarget(channelId, threadTs, userId, null, false);
  }
}
