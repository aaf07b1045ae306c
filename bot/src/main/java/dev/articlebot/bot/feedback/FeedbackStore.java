package dev.articlebot.bot.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.knowledge.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers given with rating buttons and the ratings, in {@code <stateDir>/feedback/}: {@code
 * answers.jsonl} and {@code ratings.jsonl}, one JSON object a line.
 *
 * <p>Each record is appended in one write of a whole line to a file opened for appending, then
 * forced to disk; a line cut short by a crash is followed by a line break before the next record,
 * so it damages only itself. On reading, a line that is not a whole record is skipped with a log
 * line naming the file and line number. The latest rating of a reader on an answer replaces the
 * earlier ones. {@link #prune} drops records older than the retention and rewrites both files whole
 * ({@link AtomicFile}), which also removes replaced ratings and damaged lines. Thread-safe; one
 * writer process per state folder (other processes may read).
 */
public final class FeedbackStore {
  private static final Logger log = LoggerFactory.getLogger(FeedbackStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String DIRECTORY = "feedback";
  static final String ANSWERS = "answers.jsonl";
  static final String RATINGS = "ratings.jsonl";

  private final Path answersFile;
  private final Path ratingsFile;
  private final Map<String, AnswerRecord> answers = new LinkedHashMap<>();
  private final Map<String, FeedbackRecord> ratings = new LinkedHashMap<>();

  private FeedbackStore(Path dir) {
    this.answersFile = dir.resolve(ANSWERS);
    this.ratingsFile = dir.resolve(RATINGS);
  }

  /** The store in {@code <stateDir>/feedback/}, read (nothing is created until written). */
  public static FeedbackStore open(Path stateDir) {
    FeedbackStore store = new FeedbackStore(stateDir.resolve(DIRECTORY));
    store.read(store.answersFile, FeedbackStore::answer, a -> store.answers.put(a.id(), a));
    store.read(store.ratingsFile, FeedbackStore::rating, r -> store.ratings.put(r.key(), r));
    return store;
  }

  /** The answer with this id, if recorded. */
  public synchronized Optional<AnswerRecord> answer(String id) {
    return Optional.ofNullable(answers.get(id));
  }

  /** Every answer recorded, oldest first. */
  public synchronized List<AnswerRecord> answers() {
    return List.copyOf(answers.values());
  }

  /** The current rating of every reader on every answer, in the order first given. */
  public synchronized List<FeedbackRecord> ratings() {
    return List.copyOf(ratings.values());
  }

  /** The current rating by {@code rater} of {@code answerId}, if any. */
  public synchronized Optional<FeedbackRecord> rating(String answerId, String rater) {
    return Optional.ofNullable(ratings.get(answerId + "/" + rater));
  }

  /** Records an answer, durably. */
  public synchronized void add(AnswerRecord a) {
    append(answersFile, json(a));
    answers.put(a.id(), a);
  }

  /**
   * Records a rating, durably, replacing the same reader's earlier rating of the same answer.
   * Returns false (and writes nothing) when it says what the current one already says.
   */
  public synchronized boolean add(FeedbackRecord r) {
    if (r.sameAs(ratings.get(r.key()))) return false;
    append(ratingsFile, json(r));
    ratings.remove(r.key());
    ratings.put(r.key(), r);
    return true;
  }

  /**
   * Deletes answers given, and ratings made, before {@code now - retention}, with the ratings of
   * deleted answers, and rewrites both files whole. Returns how many records were deleted.
   */
  public synchronized int prune(Instant now, Duration retention) {
    Instant cutoff = now.minus(retention);
    int before = answers.size() + ratings.size();
    answers.values().removeIf(a -> a.at().isBefore(cutoff));
    ratings.values().removeIf(r -> r.at().isBefore(cutoff) || !answers.containsKey(r.answerId()));
    int removed = before - answers.size() - ratings.size();
    rewrite(answersFile, answers.values().stream().map(FeedbackStore::json).toList());
    rewrite(ratingsFile, ratings.values().stream().map(FeedbackStore::json).toList());
    return removed;
  }

  // ---- files ----

  private <T> void read(Path file, Function<JsonNode, T> parse, java.util.function.Consumer<T> to) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      try {
        to.accept(parse.apply(JSON.readTree(line)));
      } catch (IOException | RuntimeException e) {
        log.warn("Skipped line {} of {}: not a whole record ({})", i + 1, file, brief(e));
      }
    }
  }

  private static String brief(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void append(Path file, String json) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      boolean cutShort = false;
      if (Files.exists(file)) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
          long size = in.size();
          if (size > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, size - 1);
            cutShort = last.get(0) != '\n';
          }
        }
      }
      byte[] bytes = ((cutShort ? "\n" : "") + json + "\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel ch =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) ch.write(buffer);
        ch.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void rewrite(Path file, List<String> lines) {
    if (lines.isEmpty() && !Files.exists(file)) return;
    try {
      AtomicFile.write(
          file,
          out -> {
            for (String l : lines) out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  // ---- records as JSON ----

  static String json(AnswerRecord a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", a.id());
    n.put("at", a.at().toString());
    n.put("platform", a.platform());
    n.put("article", a.articleId());
    n.put("paragraph", a.paragraph());
    n.put("answered", a.answered());
    n.put("refusal", a.refusal());
    a.question().ifPresent(q -> n.put("question", q));
    return n.toString();
  }

  static AnswerRecord answer(JsonNode n) {
    return new AnswerRecord(
        required(n, "id").asText(),
        Instant.parse(required(n, "at").asText()),
        required(n, "platform").asText(),
        n.path("article").asText(""),
        required(n, "paragraph").asInt(),
        required(n, "answered").asBoolean(),
        n.path("refusal").asText("none"),
        n.hasNonNull("question") ? Optional.of(n.get("question").asText()) : Optional.empty());
  }

  static String json(FeedbackRecord r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("answer", r.answerId());
    n.put("rater", r.rater());
    n.put("at", r.at().toString());
    n.put("vote", r.vote().code());
    r.reason().ifPresent(x -> n.put("reason", x.code()));
    r.rightParagraph().ifPresent(p -> n.put("paragraph", p));
    return n.toString();
  }

  static FeedbackRecord rating(JsonNode n) {
    String vote = required(n, "vote").asText();
    Optional<Rating.Reason> reason =
        n.hasNonNull("reason")
            ? Optional.of(
                Rating.Reason.parse(n.get("reason").asText())
                    .orElseThrow(() -> new IllegalArgumentException("unknown reason")))
            : Optional.empty();
    return new FeedbackRecord(
        required(n, "answer").asText(),
        required(n, "rater").asText(),
        Instant.parse(required(n, "at").asText()),
        Rating.Vote.parse(vote).orElseThrow(() -> new IllegalArgumentException("unknown vote")),
        reason,
        n.hasNonNull("paragraph")
            ? OptionalInt.of(n.get("paragraph").asInt())
            : OptionalInt.empty());
  }

  private static JsonNode required(JsonNode n, String field) {
    if (!n.isObject() || !n.hasNonNull(field)) {
      throw new IllegalArgumentException("no " + field);
    }
    return n.get(field);
  }

  /** For reports: every answer and every current rating, as read now. */
  public synchronized Snapshot snapshot() {
    return new Snapshot(List.copyOf(answers.values()), List.copyOf(ratings.values()));
  }

  /** The records at one moment. */
  public record Snapshot(List<AnswerRecord> answers, List<FeedbackRecord> ratings) {
    public Snapshot {
      answers = List.copyOf(answers);
      ratings = List.copyOf(ratings);
    }

    /** The answers by id. */
    public Map<String, AnswerRecord> answersById() {
      Map<String, AnswerRecord> out = new LinkedHashMap<>();
      for (AnswerRecord a : answers) out.put(a.id(), a);
      return out;
    }

    /** The ratings of answers that are recorded. */
    public List<FeedbackRecord> ratingsOfKnownAnswers() {
      Map<String, AnswerRecord> byId = answersById();
      List<FeedbackRecord> out = new ArrayList<>();
      for (FeedbackRecord r : ratings) if (byId.containsKey(r.answerId())) out.add(r);
      return out;
    }
  }
}
