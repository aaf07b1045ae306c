package dev.articlebot.bot.feedback;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Ratings;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ratings of answers: gives each answer given in a chat or the console an id for its 👍 / 👎
 * controls, and records what readers click, in the clicker's name as the platform reports it.
 *
 * <p>A click names an answer only. A click on an answer that is not recorded (from before feedback
 * was on, deleted by the retention, or a forged id) or older than {@code feedback.answer-expiry}
 * gets a short private notice and records nothing. A 👎 asks privately what was wrong ({@link
 * Part.Choices}); the reason (and the right paragraph, where the platform can ask for it) replaces
 * the reader's 👎 with a 👎 that says why. The same reader's later click on the same answer
 * replaces the earlier one.
 */
public final class Feedback implements Ratings {
  private static final Logger log = LoggerFactory.getLogger(Feedback.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration PRUNE_EVERY = Duration.ofDays(1);

  /** Told about every rating recorded: for metrics. */
  @FunctionalInterface
  public interface Observer {
    Observer NONE = (platform, vote, reason) -> {};

    void rated(String platform, Rating.Vote vote, Optional<Rating.Reason> reason);
  }

  private final FeedbackStore store;
  private final AppConfig.Feedback settings;
  private final Clock clock;
  private volatile Observer observer = Observer.NONE;
  private Instant lastPrune;

  public Feedback(FeedbackStore store, AppConfig.Feedback settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** Where to report ratings (metrics); set once at start-up. */
  public void observe(Observer observer) {
    this.observer = observer;
  }

  public FeedbackStore store() {
    return store;
  }

  /**
   * Records {@code answer}, given to {@code caller}, and returns the id its controls carry; empty
   * when feedback is off, on the command line (nobody there to click), or when it cannot be
   * recorded (logged; the answer goes out without controls).
   */
  @Override
  public Optional<String> register(Caller caller, Answer answer) {
    if (!settings.enabled() || Caller.COMMAND_LINE_PLATFORM.equals(caller.platform())) {
      return Optional.empty();
    }
    if (answer.question().isBlank()) return Optional.empty();
    Optional<Citation> lead = answer.citations().stream().findFirst();
    AnswerRecord a =
        new AnswerRecord(
            newId(),
            clock.instant(),
            caller.platform(),
            lead.map(Citation::articleId).orElse(""),
            lead.map(Citation::paragraph).orElse(-1),
            answer.answered(),
            answer.refusal().name().toLowerCase(Locale.ROOT),
            settings.keepQuestions() ? Optional.of(answer.question()) : Optional.empty());
    try {
      pruneDaily();
      store.add(a);
      return Optional.of(a.id());
    } catch (RuntimeException e) {
      log.warn("Could not record an answer for feedback: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** A click on a rating control by {@code caller}: recorded, and what to tell them privately. */
  public Reply rate(Caller caller, RatingControl control) {
    return rate(caller, control, OptionalInt.empty());
  }

  /**
   * As {@link #rate(Caller, RatingControl)}, with the paragraph the reader says answers the
   * question (given after a 👎).
   */
  @Override
  public Reply rate(Caller caller, RatingControl control, OptionalInt rightParagraph) {
    if (!settings.enabled()) return Reply.notice(FeedbackMessages.off());
    Optional<AnswerRecord> answer = store.answer(control.answerId());
    if (answer.isEmpty()) return Reply.notice(FeedbackMessages.unknownAnswer());
    Instant now = clock.instant();
    if (answer.get().at().plus(settings.answerExpiry()).isBefore(now)) {
      return Reply.notice(FeedbackMessages.expired(settings.answerExpiry()));
    }
    String rater = rater(caller);
    FeedbackRecord record;
    switch (control.action()) {
      case "up" -> record = record(control, rater, now, Rating.Vote.UP, null, rightParagraph);
      case "down" -> record = record(control, rater, now, Rating.Vote.DOWN, null, rightParagraph);
      default -> {
        Optional<Rating.Reason> reason = Rating.Reason.parse(control.reason());
        if (reason.isEmpty()) return Reply.notice(FeedbackMessages.unknownAnswer());
        OptionalInt paragraph = rightParagraph;
        if (paragraph.isEmpty()) {
          // a reason alone keeps a paragraph the reader already named
          paragraph =
              store
                  .rating(control.answerId(), rater)
                  .map(FeedbackRecord::rightParagraph)
                  .orElse(OptionalInt.empty());
        }
        record = record(control, rater, now, Rating.Vote.DOWN, reason.get(), paragraph);
      }
    }
    try {
      if (store.add(record)) observer.rated(caller.platform(), record.vote(), record.reason());
    } catch (RuntimeException e) {
      log.warn("Could not record a rating: {}", e.getMessage());
      return Reply.notice(FeedbackMessages.notSaved());
    }
    if (record.vote() == Rating.Vote.UP) return Reply.notice(FeedbackMessages.thanks());
    if (record.reason().isEmpty()) return reasonPrompt(control.answerId());
    return Reply.notice(FeedbackMessages.noted(record.reason().get(), record.rightParagraph()));
  }

  private static FeedbackRecord record(
      RatingControl control,
      String rater,
      Instant now,
      Rating.Vote vote,
      Rating.Reason reason,
      OptionalInt paragraph) {
    return new FeedbackRecord(
        control.answerId(),
        rater,
        now,
        vote,
        Optional.ofNullable(reason),
        vote == Rating.Vote.UP ? OptionalInt.empty() : paragraph);
  }

  /** The private question a 👎 asks: what was wrong. */
  static Reply reasonPrompt(String answerId) {
    List<Part.Choice> choices = new ArrayList<>();
    for (Rating.Reason r : Rating.Reason.values()) {
      choices.add(new Part.Choice(r.code(), r.label()));
    }
    return new Reply(
        List.of(new Part.Choices(FeedbackMessages.whatWasWrong(), answerId, choices)), true);
  }

  /** Who clicked, as stored: a one-way hash of the platform and its user id. */
  public static String rater(Caller caller) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] h =
          sha.digest((caller.platform() + ":" + caller.userId()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static String newId() {
    byte[] b = new byte[10];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private synchronized void pruneDaily() {
    Instant now = clock.instant();
    if (lastPrune == null || !now.isBefore(lastPrune.plus(PRUNE_EVERY))) prune();
  }

  /**
   * Deletes what is older than the retention. Run by the process that answers (at its first answer,
   * then daily), never by a command that only reads the records.
   */
  public synchronized void prune() {
    lastPrune = clock.instant();
    try {
      int removed = store.prune(lastPrune, settings.retention());
      if (removed > 0) {
        log.info(
            "Deleted {} feedback records older than {} days",
            removed,
            settings.retention().toDays());
      }
    } catch (RuntimeException e) {
      log.warn("Could not delete old feedback records: {}", e.getMessage());
    }
  }
}
