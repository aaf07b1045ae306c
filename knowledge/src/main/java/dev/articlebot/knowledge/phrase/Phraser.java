package dev.articlebot.knowledge.phrase;

import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Rewords the pipeline's answers with a language model, and lets it veto answers the pipeline is
 * unsure of; never decides anything on its own.
 *
 * <ul>
 *   <li>A refusal, or an answer without citations, is returned as it is: the model is not asked.
 *   <li>An answer whose confidence lies in the judging band is first put to the model as a yes/no
 *       question; its "no" turns the answer into a refusal ({@link Answer.Refusal#NOT_IN_ARTICLE})
 *       showing the same, nearest passages. A failed judgement keeps the pipeline's answer.
 *   <li>Otherwise the model writes the answer from the cited passages; the reply is shown only if
 *       the {@link Guard} passes it. Any failure (timeout, error, rate limit, refusal, guard)
 *       returns the extractive answer unchanged and is counted by cause.
 * </ul>
 *
 * Thread-safe.
 */
public final class Phraser {
  /** How long to hold off after a 429 that did not say (Retry-After missing or unreadable). */
  static final Duration DEFAULT_PAUSE = Duration.ofSeconds(30);

  /**
   * @param judgeFrom answers with confidence from this (inclusive) …
   * @param judgeTo … to this (exclusive) are judged by the model first; equal bounds: never
   * @param requestsPerMinute at most this many model calls in any minute; more fall back
   */
  public record Settings(double judgeFrom, double judgeTo, int requestsPerMinute) {
    public Settings {
      if (!(judgeFrom >= 0 && judgeFrom <= judgeTo && judgeTo <= 1)) {
        throw new IllegalArgumentException("0 <= judgeFrom <= judgeTo <= 1");
      }
      if (requestsPerMinute < 1) throw new IllegalArgumentException("requestsPerMinute >= 1");
    }

    boolean judges(double confidence) {
      return confidence >= judgeFrom && confidence < judgeTo;
    }
  }

  /** Where the phrasing reports what it did; the application counts it. */
  public interface Observer {
    /** A model call ("phrase" or "judge"): how long it took, whether it replied, tokens used. */
    void called(String kind, Duration took, boolean replied, int inputTokens, int outputTokens);

    /** The extractive answer was kept, and why. */
    void fellBack(Fallback why);

    /** The model judged whether the passages answer. */
    void judged(boolean answers);

    Observer NONE =
        new Observer() {
          @Override
          public void called(String kind, Duration took, boolean replied, int in, int out) {}

          @Override
          public void fellBack(Fallback why) {}

          @Override
          public void judged(boolean answers) {}
        };
  }

  private static final Phraser OFF = new Phraser(null, null, Observer.NONE, System::nanoTime);

  private final LanguageModel model;
  private final Settings settings;
  private final Observer observer;
  private final LongSupplier nanoTime;
  private final Guard guard = new Guard();
  private final ArrayDeque<Long> recentCalls = new ArrayDeque<>();
  private boolean paused;
  private long pausedUntil;

  /** {@code nanoTime} is the clock for the request budget and 429 pauses. */
  public Phraser(LanguageModel model, Settings settings, Observer observer, LongSupplier nanoTime) {
    this.model = model;
    this.settings = settings;
    this.observer = observer;
    this.nanoTime = nanoTime;
  }

  /** Returns every answer as it is; no model involved. */
  public static Phraser off() {
    return OFF;
  }

  public boolean enabled() {
    return model != null;
  }

  /** {@code answer}, worded by the model where it may be; see the class comment. */
  public Answer phrase(Answer answer) {
    return phrase(answer, List.of());
  }

  /**
   * {@code answer}, worded by the model where it may be, with {@code conversation} (the earlier
   * messages of the same conversation, oldest first; empty when there are none) as context.
   */
  public Answer phrase(Answer answer, List<Turn> conversation) {
    if (model == null || !answer.answered() || answer.citations().isEmpty()) return answer;
    Map<Integer, String> passages = numbered(answer.citations());
    if (settings.judges(answer.confidence())) {
      Optional<LanguageModel.Reply> verdict =
          call("judge", Prompt.judge(answer.question(), conversation, passages));
      if (verdict.isEmpty()) return answer;
      Optional<Boolean> yes = yesOrNo(verdict.get().text());
      if (yes.isEmpty()) {
        observer.fellBack(Fallback.MALFORMED);
        return answer;
      }
      observer.judged(yes.get());
      if (!yes.get()) {
        return answer.refused(
            Answer.Refusal.NOT_IN_ARTICLE, "language model: the passages do not answer");
      }
    }
    Optional<LanguageModel.Reply> reply =
        call("phrase", Prompt.phrase(answer.question(), conversation, passages));
    if (reply.isEmpty()) return answer;
    Guard.Verdict v = guard.check(reply.get().text(), passages);
    if (!v.passed()) {
      observer.fellBack(v.failure().get());
      return answer;
    }
    return answer.phrasedAs(
        reply.get().text().strip().replaceAll("\\s+", " "),
        "phrased by the language model, cited " + v.cited());
  }

  /**
   * The cited passages by paragraph number; a number cited twice (two articles) keeps the first.
   */
  static Map<Integer, String> numbered(List<Citation> citations) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (Citation c : citations) out.putIfAbsent(c.paragraph(), c.text());
    return out;
  }

  /** A reply, or empty after counting why there is none. */
  private Optional<LanguageModel.Reply> call(String kind, LanguageModel.Request request) {
    Optional<Fallback> held = admit();
    if (held.isPresent()) {
      observer.fellBack(held.get());
      return Optional.empty();
    }
    long start = nanoTime.getAsLong();
    try {
      LanguageModel.Reply r = model.chat(request);
      observer.called(
          kind,
          Duration.ofNanos(nanoTime.getAsLong() - start),
          true,
          r.inputTokens(),
          r.outputTokens());
      return Optional.of(r);
    } catch (ModelFailure e) {
      observer.called(kind, Duration.ofNanos(nanoTime.getAsLong() - start), false, 0, 0);
      if (e.fallback() == Fallback.RATE_LIMITED) pause(e.retryAfter().orElse(DEFAULT_PAUSE));
      observer.fellBack(e.fallback());
      return Optional.empty();
    } catch (RuntimeException e) {
      observer.called(kind, Duration.ofNanos(nanoTime.getAsLong() - start), false, 0, 0);
      observer.fellBack(Fallback.ERROR);
      return Optional.empty();
    }
  }

  /** Empty when a call may be made now (and counts it); else why not. */
  private synchronized Optional<Fallback> admit() {
    long now = nanoTime.getAsLong();
    if (paused && now - pausedUntil < 0) return Optional.of(Fallback.RATE_LIMITED);
    paused = false;
    long minuteAgo = now - Duration.ofMinutes(1).toNanos();
    while (!recentCalls.isEmpty() && recentCalls.peekFirst() - minuteAgo <= 0) {
      recentCalls.removeFirst();
    }
    if (recentCalls.size() >= settings.requestsPerMinute()) return Optional.of(Fallback.BUDGET);
    recentCalls.addLast(now);
    return Optional.empty();
  }

  private synchronized void pause(Duration d) {
    paused = true;
    pausedUntil = nanoTime.getAsLong() + d.toNanos();
  }

  /** "Yes." / "no" / "**No**, …": the first word; anything else is no verdict. */
  static Optional<Boolean> yesOrNo(String reply) {
    String w = reply.strip().toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+", "");
    if (w.matches("(?s)yes(\\b.*)?")) return Optional.of(true);
    if (w.matches("(?s)no(\\b.*)?")) return Optional.of(false);
    return Optional.empty();
  }
}
