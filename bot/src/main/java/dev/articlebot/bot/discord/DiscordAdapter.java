package dev.articlebot.bot.discord;

import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.ConnectionState;
import dev.articlebot.bot.platform.Deliverer;
import dev.articlebot.bot.platform.Delivery;
import dev.articlebot.bot.platform.PlatformAdapter;
import dev.articlebot.bot.platform.ReplyGate;
import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.reply.TextSplitter;
import dev.articlebot.bot.schedule.ChannelPoster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord connection, with the real JDA: slash commands, autocomplete, "Show full paragraph"
 * buttons, mentions in servers and direct messages, and the daily post.
 *
 * <p>Threads: JDA delivers events on its gateway thread. Every handler here returns at once: slash
 * commands are deferred on that thread (Discord wants a first response within 3 s) and answered
 * from the shared {@link dev.articlebot.bot.platform.Workers}; autocomplete and paragraph buttons
 * are answered on the spot from memory. When the workers are full, the user is told so at once;
 * once shutting down, that the bot is restarting. The workers only compute replies: sending is
 * asynchronous ({@link DiscordSender}), so a rate-limited channel holds no worker and delays no
 * other channel.
 *
 * <p>Ephemeral replies: Discord fixes a slash command's visibility when it is deferred, before the
 * dispatcher has run, so commands are deferred publicly. When the reply turns out to be private (a
 * rate-limit or usage notice, help), the public "thinking…" placeholder is deleted and the reply is
 * sent as an ephemeral follow-up, seen only by the caller. Mentions and direct messages have no
 * ephemeral form: such a notice is a normal reply there.
 *
 * <p>Messages: the bot answers only direct messages and messages that mention it, whether or not
 * the privileged Message Content intent is on ({@code discord.message-content}); with it off (the
 * default) Discord still sends the content of exactly those messages. A reply to one of the bot's
 * messages that pings it counts as a mention. Other bots, webhooks and the bot itself are ignored.
 *
 * <p>Failures: JDA queues REST calls per rate-limit bucket and honours 429s, and reconnects and
 * resumes the gateway by itself. Replies are retried by the bot's own policy (server errors,
 * network failures, a deadline, the channel when an interaction is lost), and each reply's outcome
 * is counted ({@link BotServices#outcomes()}). A fatal close (4004 bad token, 4014 disallowed
 * intents, …) shuts JDA down; the adapter logs one line saying what to fix, reports {@link
 * ConnectionState#FAILED} and never rebuilds the connection, so a bad setup cannot burn through the
 * daily IDENTIFY limit.
 */
public final class DiscordAdapter implements PlatformAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
  private static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration MIN_SHUTDOWN_WAIT = Duration.ofSeconds(2);

  private final AppConfig.Discord settings;
  private final String token;
  private final BotServices services;
  private final Duration startTimeout;
  private final DiscordRenderer renderer = new DiscordRenderer();
  private final DiscordPoster poster;
  private final Listener listener = new Listener();
  private final ReplyGate gate;
  private final Deliverer deliverer;
  private final DiscordSender sender;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final AtomicReference<String> failure = new AtomicReference<>();

  private volatile JDA jda;
  private volatile boolean accepting;
  private volatile boolean closing;
  private volatile boolean loggingIn;
  private volatile boolean everConnected;

  private DiscordAdapter(
      AppConfig.Discord settings, String token, BotServices services, Duration startTimeout) {
    java.util.Objects.requireNonNull(token, "token (ConfigLoader checks that it is set)");
    this.settings = settings;
    this.token = token.strip();
    this.services = services;
    this.startTimeout = startTimeout;
    this.poster = new DiscordPoster(() -> jda, renderer);
    this.gate = new ReplyGate("discord", services.workers(), services.outcomes());
    this.deliverer = new Deliverer("discord", services.delivery());
    this.sender = new DiscordSender(deliverer);
  }

  /**
   * The Discord adapter; {@link #start()} connects it.
   *
   * @param settings the {@code discord} section of the configuration
   * @param token the bot token ({@code Secrets.DISCORD_TOKEN}, which {@link
   *     dev.articlebot.bot.config.ConfigLoader} checks); never logged
   * @param services what the adapter needs from the application
   */
  public static DiscordAdapter create(
      AppConfig.Discord settings, String token, BotServices services) {
    return new DiscordAdapter(settings, token, services, DEFAULT_START_TIMEOUT);
  }

  /** For tests: a shorter bound on {@link #start()}. */
  static DiscordAdapter create(
      AppConfig.Discord settings, String token, BotServices services, Duration startTimeout) {
    return new DiscordAdapter(settings, token, services, startTimeout);
  }

  /**
   * Switches off every kind of mention (and the ping of a replied-to user) for every message JDA
   * sends from now on: user and article text must never ping anyone. JDA's defaults are global.
   */
  static void allowNoMentions() {
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
  }

  @Override
  public String platform() {
    return "discord";
  }

  @Override
  public void start() throws Exception {
    allowNoMentions();
    JDA api;
    loggingIn = true;
    try {
      api =
          JDABuilder.createLight(token, intents())
              .setRestConfig(new RestConfig().setBaseUrl(restBaseUrl()))
              .setSessionController(new GatewayController(settings.gatewayUrl()))
              .setCompression(Compression.NONE)
              .setGatewayEncoding(GatewayEncoding.JSON)
              .setEnableShutdownHook(false)
              .setEventPassthrough(true) // the raw interaction names the application it is for
              .addEventListeners(listener)
              .build();
    } catch (InvalidTokenException e) {
      throw fail(
          "Discord rejected the bot token (401 Unauthorized). Copy the token from the Bot page of"
              + " the Discord developer portal into DISCORD_TOKEN (or /run/secrets/discord_token).",
          e);
    } catch (RuntimeException e) {
      throw fail("Cannot log in to Discord at " + restBaseUrl() + ": " + e.getMessage(), e);
    } finally {
      loggingIn = false;
    }
    jda = api;
    try {
      ready.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      api.shutdownNow();
      throw new IllegalStateException(failure.get() != null ? failure.get() : "Discord failed");
    } catch (TimeoutException e) {
      IllegalStateException failed =
          fail(
              "Discord did not become ready within "
                  + startTimeout.toSeconds()
                  + " s: check that the gateway at "
                  + settings.gatewayUrl()
                  + " is reachable",
              e);
      api.shutdownNow();
      throw failed;
    } catch (InterruptedException e) {
      closing = true;
      api.shutdownNow();
      throw e;
    }
    registerCommands(api);
    log.info(
        "Discord connected as {} ({})", api.getSelfUser().getName(), api.getSelfUser().getId());
  }

  private IllegalStateException fail(String message, Exception cause) {
    if (failure.compareAndSet(null, message)) log.error(message);
    return new IllegalStateException(message, cause);
  }

  /**
   * GUILD_MESSAGES and DIRECT_MESSAGES, plus the privileged MESSAGE_CONTENT only when configured.
   * JDA always adds the unprivileged GUILDS intent, which it needs to know the channels messages
   * arrive in.
   */
  private EnumSet<GatewayIntent> intents() {
    EnumSet<GatewayIntent> intents =
        EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
    if (settings.messageContent()) intents.add(GatewayIntent.MESSAGE_CONTENT);
    return intents;
  }

  private String restBaseUrl() {
    String url = settings.restBaseUrl().strip();
    return url.endsWith("/") ? url : url + "/";
  }

  /** Replaces the bot's slash commands with the catalog's, once, in the guild or globally. */
  private void registerCommands(JDA api) {
    List<CommandData> commands = commandData();
    String guildId = settings.guildId() == null ? "" : settings.guildId().strip();
    CommandListUpdateAction update;
    if (guildId.isEmpty()) {
      update = api.updateCommands();
    } else {
      Guild guild = null;
      try {
        guild = api.getGuildById(guildId);
      } catch (NumberFormatException e) {
        // reported below
      }
      if (guild == null) {
        log.error(
            "discord.guild-id = {}: the bot is not in that server, so its slash commands were not"
                + " registered. Invite the bot with the applications.commands scope, or set"
                + " discord.guild-id = \"\" to register them globally.",
            guildId);
        return;
      }
      update = guild.updateCommands();
    }
    try {
      update.addCommands(commands).complete();
      log.info(
          "Registered {} slash commands {}",
          commands.size(),
          guildId.isEmpty() ? "globally" : "in server " + guildId);
    } catch (RuntimeException e) {
      log.error(
          "Could not register the slash commands ({}); mentions and direct messages still work",
          e.getMessage());
    }
  }

  List<CommandData> commandData() {
    List<CommandData> out = new ArrayList<>();
    for (BotCommand c : services.dispatcher().catalog().all()) {
      try {
        SlashCommandData data = Commands.slash(c.name(), describe(c.description()));
        if (!c.subcommands().isEmpty()) {
          for (BotCommand.Subcommand sc : c.subcommands()) {
            var sub =
                new net.dv8tion.jda.api.interactions.commands.build.SubcommandData(
                    sc.name(), describe(sc.description()));
            for (BotCommand.Option o : sc.options()) {
              sub.addOption(
                  o.kind() == BotCommand.Option.Kind.FILE
                      ? OptionType.ATTACHMENT
                      : OptionType.STRING,
                  o.name(),
                  describe(o.description()),
                  o.required(),
                  o.autocomplete());
            }
            data.addSubcommands(sub);
          }
          out.add(data);
          continue;
        }
        c.option()
            .ifPresent(
                o ->
                    data.addOption(
                        OptionType.STRING,
                        o.name(),
                        describe(o.description()),
                        o.required(),
                        o.autocomplete()));
        out.add(data);
      } catch (IllegalArgumentException e) {
        log.error("Command {} cannot be a Discord slash command: {}", c.name(), e.getMessage());
      }
    }
    return out;
  }

  private static String describe(String text) {
    return TextSplitter.truncate(text, DiscordLimits.COMMAND_DESCRIPTION);
  }

  @Override
  public ConnectionState state() {
    if (failure.get() != null) return ConnectionState.FAILED;
    JDA api = jda;
    if (api == null) return closing ? ConnectionState.DISCONNECTED : ConnectionState.STARTING;
    switch (api.getStatus()) {
      case CONNECTED:
        return ConnectionState.CONNECTED;
      case DISCONNECTED:
      case RECONNECT_QUEUED:
      case WAITING_TO_RECONNECT:
      case ATTEMPTING_TO_RECONNECT:
        return closing ? ConnectionState.DISCONNECTED : ConnectionState.RECONNECTING;
      case SHUTTING_DOWN:
      case SHUTDOWN:
        return closing ? ConnectionState.DISCONNECTED : ConnectionState.FAILED;
      case FAILED_TO_LOGIN:
        return ConnectionState.FAILED;
      default:
        return everConnected ? ConnectionState.RECONNECTING : ConnectionState.STARTING;
    }
  }

  @Override
  public int inFlight() {
    return gate.inFlight();
  }

  @Override
  public ChannelPoster poster() {
    return poster;
  }

  @Override
  public void close(Duration timeout) {
    accepting = false;
    closing = true;
    gate.close();
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    if (!gate.awaitIdle(timeout)) {
      log.warn("Closing Discord with {} replies still in flight", gate.inFlight());
    }
    deliverer.close();
    JDA api = jda;
    if (api == null) return;
    try {
      api.shutdown();
      long left = Math.max(deadline - System.nanoTime(), MIN_SHUTDOWN_WAIT.toNanos());
      if (!api.awaitShutdown(left, TimeUnit.NANOSECONDS)) {
        api.shutdownNow();
        api.awaitShutdown(MIN_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      api.shutdownNow();
    } catch (RuntimeException e) {
      log.warn("Error while closing Discord: {}", e.toString());
    }
  }

  /** The underlying JDA, for tests. */
  JDA jda() {
    return jda;
  }

  /** Whether new messages and commands are taken (false before ready and once closing). */
  boolean accepting() {
    return accepting;
  }

  /** The reply's outcome, counted; {@code delivery} as it came. */
  private Delivery counted(Reply reply, Delivery delivery) {
    services.outcomes().record(platform(), reply.outcome(), delivery);
    return delivery;
  }

  // ---- slash commands (on the workers once deferred) ----

  private CompletableFuture<Delivery> answerCommand(
      InteractionHook hook,
      MessageChannel channel,
      Caller caller,
      String name,
      String argument,
      List<dev.articlebot.bot.command.Attachment> files) {
    Reply reply = services.dispatcher().handleCommand(caller, name, argument, files);
    List<MessageCreateData> messages = renderer.render(reply);
    CompletableFuture<Delivery> sent =
        reply.ephemeral()
            ? sender.answerPrivately(hook, messages)
            : sender.answer(hook, channel, messages);
    return sent.thenApply(d -> counted(reply, d));
  }

  // ---- mentions and direct messages (on the workers) ----

  private CompletableFuture<Delivery> answerMessage(Message message, Caller caller, String text) {
    Reply reply =
        services
            .dispatcher()
            .handleText(
                caller, text, message.getAttachments().stream().map(DiscordAdapter::file).toList());
    return sender.replyTo(message, renderer.render(reply)).thenApply(d -> counted(reply, d));
  }

  /** A short notice in answer to a message, sent at once (busy, restarting). */
  private void notice(Message message, String text) {
    Reply reply = Reply.notice(text);
    gate.track(sender.replyTo(message, renderer.render(reply)).thenApply(d -> counted(reply, d)));
  }

  /** A short private notice in answer to an interaction, sent at once (busy, restarting). */
  private void notice(SlashCommandInteractionEvent event, String text) {
    Reply reply = Reply.notice(text);
    gate.track(
        sender
            .respond(event.getId(), List.of(() -> event.reply(text).setEphemeral(true)))
            .thenApply(d -> counted(reply, d)));
  }

  /**
   * The conversation a message belongs to: a Discord thread is one; a reply continues the
   * conversation of the message it answers (for a reply to the bot's answer, the question that
   * answer answered); other direct messages continue the direct messages before them; any other
   * message starts its own.
   */
  static String threadOf(Message message, boolean direct, boolean inThread, String selfId) {
    if (inThread) return "thread";
    MessageReference ref = message.getMessageReference();
    if (ref != null && ref.getMessageId() != null) {
      Message answered = message.getReferencedMessage();
      if (answered != null
          && answered.getAuthor().getId().equals(selfId)
          && answered.getMessageReference() != null) {
        return answered.getMessageReference().getMessageId();
      }
      return ref.getMessageId();
    }
    return direct ? "dm" : message.getId();
  }

  /** {@code content} without the mentions of the bot ({@code <@id>}, {@code <@!id>}). */
  static String stripMention(String content, String botId) {
    if (content == null) return "";
    return mentionPattern(botId).matcher(content).replaceAll(" ").strip();
  }

  /** Whether {@code content} mentions the bot. */
  static boolean mentions(String content, String botId) {
    return content != null && mentionPattern(botId).matcher(content).find();
  }

  private static Pattern mentionPattern(String botId) {
    return Pattern.compile("<@!?" + Pattern.quote(botId) + ">");
  }

  private static String fatalMessage(int code, CloseCode closeCode) {
    if (code == 4014 || closeCode == CloseCode.DISALLOWED_INTENTS) {
      return "Discord closed the gateway with 4014 (disallowed intents): the bot asked for the"
          + " privileged Message Content intent, which this application may not use. Enable"
          + " \"Message Content Intent\" on the Bot page of the Discord developer portal, or set"
          + " discord.message-content = false.";
    }
    if (code == 4004 || closeCode == CloseCode.AUTHENTICATION_FAILED) {
      return "Discord closed the gateway with 4004 (authentication failed): DISCORD_TOKEN is not"
          + " a valid bot token. Reset the token on the Bot page of the Discord developer portal"
          + " and set DISCORD_TOKEN again.";
    }
    String meaning = closeCode == null ? "unknown close code" : closeCode.getMeaning();
    return "Discord closed the connection for good with code "
        + code
        + " ("
        + meaning
        + "); the bot will not reconnect by itself. Fix the cause and restart it.";
  }

  private final class Listener extends ListenerAdapter {

    @Override
    public void onReady(ReadyEvent event) {
      everConnected = true;
      accepting = !closing;
      ready.complete(null);
    }

    @Override
    public void onStatusChange(StatusChangeEvent event) {
      if (event.getNewStatus() == JDA.Status.CONNECTED) everConnected = true;
      log.debug("Discord status {} -> {}", event.getOldStatus(), event.getNewStatus());
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
      accepting = false;
      if (!closing && !loggingIn) { // a failed login is reported by start()
        String message = fatalMessage(event.getCode(), event.getCloseCode());
        if (failure.compareAndSet(null, message)) log.error(message);
      }
      ready.completeExceptionally(new IllegalStateException("Discord shut down"));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
      if (!accepting) {
        notice(event, Messages.shuttingDown());
        return;
      }
      String name = event.getName();
      Optional<BotCommand> command = services.dispatcher().catalog().find(name);
      String argument =
          command
              .flatMap(BotCommand::option)
              .map(o -> event.getOption(o.name(), OptionMapping::getAsString))
              .orElse("");
      List<dev.articlebot.bot.command.Attachment> files = new ArrayList<>();
      if (event.getSubcommandName() != null) {
        // "article add https://…": the subcommand, then its text options in order.
        StringBuilder sb = new StringBuilder(event.getSubcommandName());
        for (OptionMapping o : event.getOptions()) {
          if (o.getType() == OptionType.ATTACHMENT) files.add(file(o.getAsAttachment()));
          else sb.append(' ').append(o.getAsString());
        }
        argument = sb.toString();
      }
      Caller caller = caller(event.getUser(), event.getMember(), event.getChannelId());
      InteractionHook hook = event.getHook();
      MessageChannel channel = event.getMessageChannel();
      String text = argument == null ? "" : argument;
      List<dev.articlebot.bot.command.Attachment> given = List.copyOf(files);
      ReplyGate.Admission admission =
          gate.submit(() -> answerCommand(hook, channel, caller, name, text, given));
      if (admission != ReplyGate.Admission.ACCEPTED) {
        notice(
            event,
            admission == ReplyGate.Admission.BUSY ? Messages.busy() : Messages.shuttingDown());
        return;
      }
      event
          .deferReply()
          .queue(null, e -> log.warn("Could not defer /{}: {}", name, e.getMessage()));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
      List<String> choices = new ArrayList<>();
      if (accepting) {
        String prefix = event.getFocusedOption().getValue();
        for (String name : services.speakers().suggest(prefix, DiscordLimits.CHOICES)) {
          if (choices.size() == DiscordLimits.CHOICES) break;
          if (!name.isBlank() && name.length() <= DiscordLimits.CHOICE_TEXT) choices.add(name);
        }
      }
      event.replyChoiceStrings(choices).queue(null, ignored -> {});
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
      Optional<RatingControl> rating = RatingControl.parse(event.getComponentId());
      if (rating.isPresent()) {
        rate(event, rating.get());
        return;
      }
      Optional<ParagraphButton> button = ParagraphButton.parse(event.getComponentId());
      if (button.isEmpty()) return;
      Reply reply =
          services
              .paragraphs()
              .paragraph(button.get().articleId(), button.get().paragraph())
              .orElse(Reply.notice(Messages.paragraphNotFound()));
      List<MessageCreateData> messages = renderer.render(reply, false);
      List<Supplier<RestAction<?>>> actions = new ArrayList<>();
      actions.add(() -> event.reply(messages.get(0)).setEphemeral(true));
      for (MessageCreateData m : messages.subList(1, messages.size())) {
        actions.add(() -> event.getHook().sendMessage(m).setEphemeral(true));
      }
      gate.track(sender.respond(event.getId(), actions).thenApply(d -> counted(reply, d)));
    }

    /**
     * A 👍, 👎 or reason click, recorded in the name of the user Discord says clicked; an
     * interaction for another application is ignored (nothing recorded, nothing sent).
     */
    private void rate(ButtonInteractionEvent event, RatingControl control) {
      if (!forThisApplication(event)) {
        log.warn("Ignored a button interaction for another application");
        return;
      }
      if (!accepting) {
        gate.track(
            sender
                .respond(
                    event.getId(),
                    List.of(() -> event.reply(Messages.shuttingDown()).setEphemeral(true)))
                .thenApply(d -> counted(Reply.notice(Messages.shuttingDown()), d)));
        return;
      }
      if (control.action().equals("why")) {
        // the reason is recorded when the modal is sent, with the paragraph if one is named
        Modal modal = ParagraphModal.of(control);
        gate.track(
            sender
                .respond(event.getId(), List.of(() -> event.replyModal(modal)))
                .thenApply(d -> counted(Reply.notice(ParagraphModal.TITLE), d)));
        return;
      }
      Caller caller = caller(event.getUser(), event.getChannelId());
      respondPrivately(
          event, services.dispatcher().handleRating(caller, control, OptionalInt.empty()));
    }

    /** The reason after a 👎, and the paragraph that answers if the reader named one. */
    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
      Optional<RatingControl> control = RatingControl.parse(event.getModalId());
      if (control.isEmpty()) return;
      if (!forThisApplication(event)) {
        log.warn("Ignored a modal interaction for another application");
        return;
      }
      Caller caller = caller(event.getUser(), event.getChannelId());
      var field = event.getValue(ParagraphModal.FIELD);
      Optional<OptionalInt> paragraph =
          ParagraphModal.paragraph(field == null ? "" : field.getAsString());
      Reply reply =
          paragraph.isEmpty()
              ? Reply.notice(ParagraphModal.NOT_A_NUMBER)
              : services.dispatcher().handleRating(caller, control.get(), paragraph.get());
      respondPrivately(event, reply);
    }

    private void respondPrivately(
        net.dv8tion.jda.api.interactions.callbacks.IReplyCallback event, Reply reply) {
      List<MessageCreateData> messages = renderer.render(reply, false);
      List<Supplier<RestAction<?>>> actions = new ArrayList<>();
      actions.add(() -> event.reply(messages.get(0)).setEphemeral(true));
      for (MessageCreateData m : messages.subList(1, messages.size())) {
        actions.add(() -> event.getHook().sendMessage(m).setEphemeral(true));
      }
      gate.track(sender.respond(event.getId(), actions).thenApply(d -> counted(reply, d)));
    }

    /** Whether the interaction's application_id is this bot's application. */
    private boolean forThisApplication(net.dv8tion.jda.api.events.GenericEvent event) {
      try {
        var raw = event.getRawData();
        if (raw == null) return false;
        var data = raw.hasKey("d") ? raw.getObject("d") : raw;
        String app = data.getString("application_id", null);
        return app != null && app.equals(jda.getSelfUser().getApplicationId());
      } catch (RuntimeException e) {
        return false;
      }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
      if (!accepting && !closing) return;
      User author = event.getAuthor();
      if (author.isBot() || author.isSystem() || event.isWebhookMessage()) return;
      Message message = event.getMessage();
      User self = event.getJDA().getSelfUser();
      boolean direct = !event.isFromGuild();
      String content = message.getContentRaw();
      boolean mentioned =
          message.getMentions().getUsers().contains(self) || mentions(content, self.getId());
      if (!direct && !mentioned) return;
      if (!accepting) {
        notice(message, Messages.shuttingDown());
        return;
      }
      String text = stripMention(content, self.getId());
      boolean inThread = event.getChannelType().isThread();
      Caller caller =
          caller(author, event.isFromGuild() ? event.getMember() : null, event.getChannel().getId())
              .in(threadOf(message, direct, inThread, self.getId()), message.getId());
      ReplyGate.Admission admission = gate.submit(() -> answerMessage(message, caller, text));
      if (admission != ReplyGate.Admission.ACCEPTED) {
        notice(
            message,
            admission == ReplyGate.Admission.BUSY ? Messages.busy() : Messages.shuttingDown());
      }
    }

    /** Who asked; they may manage the library when they have Manage Server in this server. */
    private Caller caller(User user, net.dv8tion.jda.api.entities.Member member, String channelId) {
      boolean manager =
          member != null && member.hasPermission(net.dv8tion.jda.api.Permission.MANAGE_SERVER);
      return new Caller(
          "discord",
          user.getId(),
          channelId == null ? "" : channelId,
          manager ? Caller.Rights.ALL : Caller.Rights.NONE);
    }

    /** Who clicked a control: someone who may ask, and nothing more. */
    private Caller caller(User user, String channelId) {
      return new Caller("discord", user.getId(), channelId == null ? "" : channelId);
    }
  }

  /** A Discord attachment, downloaded (through Discord's media proxy) only when a command asks. */
  static dev.articlebot.bot.command.Attachment file(Message.Attachment a) {
    return new dev.articlebot.bot.command.Attachment(
        a.getFileName(),
        a.getSize(),
        a.getContentType() == null ? "" : a.getContentType(),
        max -> {
          try (java.io.InputStream in =
              a.getProxy().download().get(30, java.util.concurrent.TimeUnit.SECONDS)) {
            return dev.articlebot.bot.command.Attachment.Download.readAtMost(in, max);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.IOException("interrupted", e);
          } catch (java.util.concurrent.ExecutionException
              | java.util.concurrent.TimeoutException e) {
            throw new java.io.IOException("download failed: " + e.getMessage(), e);
          }
        });
  }
}
