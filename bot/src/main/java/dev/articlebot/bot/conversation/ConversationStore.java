package dev.articlebot.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.knowledge.AtomicFile;
import dev.articlebot.knowledge.conversation.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The turns of every open conversation, by thread key: at most {@code turns} per thread, a thread
 * untouched for {@code idle} forgotten, at most {@link #MAX_THREADS} threads (the least recently
 * used go first). With a file, every change is written to it whole and atomically ({@link
 * AtomicFile}), and it is read back at start: a restart keeps the threads. A file that cannot be
 * read or parsed is logged and set aside; the store starts empty.
 *
 * <p>A thread may also be reached by another key, an alias (a Discord reply names the message it
 * answers, not the first message of the thread): {@link #record} can add one.
 */
public final class ConversationStore {
  private static final Logger log = LoggerFactory.getLogger(ConversationStore.class);

  /** The most threads kept at once. */
  static final int MAX_THREADS = 5_000;

  /** The file's name in the state folder. */
  public static final String FILE = "conversations.json";

  private final Path file;
  private final int turns;
  private final Duration idle;
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper();
  private final LinkedHashMap<String, Thread> threads = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, String> aliases = new HashMap<>();

  /** One thread's turns, oldest first, and when it was last written to (epoch milliseconds). */
  record Thread(List<Turn> turns, long last) {
    Thread {
      turns = List.copyOf(turns);
    }
  }

  private ConversationStore(Path file, int turns, Duration idle, Clock clock) {
    if (turns < 1) throw new IllegalArgumentException("turns >= 1");
    this.file = file;
    this.turns = turns;
    this.idle = idle;
    this.clock = clock;
  }

  /** A store kept only in memory. */
  public static ConversationStore inMemory(int turns, Duration idle, Clock clock) {
    return new ConversationStore(null, turns, idle, clock);
  }

  /** A store kept in {@code file}, with what it already holds. */
  public static ConversationStore open(Path file, int turns, Duration idle, Clock clock) {
    ConversationStore store = new ConversationStore(file, turns, idle, clock);
    store.load();
    return store;
  }

  /** The turns of the thread {@code key} (or the thread it is an alias of), oldest first. */
  public synchronized List<Turn> turns(String key) {
    String k = resolve(key);
    Thread t = threads.get(k);
    if (t == null) return List.of();
    if (expired(t)) {
      forget(k);
      save();
      return List.of();
    }
    return t.turns();
  }

  /**
   * Adds {@code turn} to the thread {@code key} (or the thread it is an alias of), keeping its last
   * turns, and makes {@code alias} (when not empty) a second key for that thread.
   */
  public synchronized void record(String key, String alias, Turn turn) {
    String k = resolve(key);
    Thread t = threads.get(k);
    List<Turn> all = new ArrayList<>(t == null || expired(t) ? List.of() : t.turns());
    all.add(turn);
    while (all.size() > turns) all.remove(0);
    threads.put(k, new Thread(all, clock.millis()));
    if (alias != null && !alias.isEmpty() && !alias.equals(k)) aliases.put(alias, k);
    prune();
    save();
  }

  /** How many threads it holds (expired ones included until next touched). */
  public synchronized int size() {
    return threads.size();
  }

  private String resolve(String key) {
    return aliases.getOrDefault(key, key);
  }

  private boolean expired(Thread t) {
    return !Instant.ofEpochMilli(t.last()).plus(idle).isAfter(clock.instant());
  }

  private void forget(String key) {
    threads.remove(key);
    aliases.values().removeIf(key::equals);
  }

  /** Drops expired threads, then the least recently used beyond {@link #MAX_THREADS}. */
  private void prune() {
    List<String> gone = new ArrayList<>();
    threads.forEach(
        (k, t) -> {
          if (expired(t)) gone.add(k);
        });
    var it = threads.keySet().iterator();
    int excess = threads.size() - gone.size() - MAX_THREADS;
    while (excess > 0 && it.hasNext()) {
      String k = it.next();
      if (!gone.contains(k)) {
        gone.add(k);
        excess--;
      }
    }
    gone.forEach(this::forget);
  }

  private void save() {
    if (file == null) return;
    ObjectNode root = mapper.createObjectNode();
    root.put("version", 1);
    ObjectNode all = root.putObject("threads");
    threads.forEach(
        (key, t) -> {
          ObjectNode n = all.putObject(key);
          n.put("last", t.last());
          ArrayNode turnsOut = n.putArray("turns");
          for (Turn turn : t.turns()) {
            ObjectNode o = turnsOut.addObject();
            o.put("question", turn.question());
            o.put("article", turn.articleId());
            turn.people().forEach(o.putArray("people")::add);
            o.put("subject", turn.subject());
            turn.shown().forEach(o.putArray("shown")::add);
            o.put("answered", turn.answered());
          }
        });
    ObjectNode aliasesOut = root.putObject("aliases");
    aliases.forEach(aliasesOut::put);
    try {
      byte[] bytes = mapper.writeValueAsBytes(root);
      AtomicFile.write(file, out -> out.write(bytes));
    } catch (IOException | RuntimeException e) {
      log.warn("Could not write the conversations to {}: {}", file, e.toString());
    }
  }

  private void load() {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = mapper.readTree(in);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException | RuntimeException e) {
      log.warn(
          "The conversations file {} cannot be read ({}); starting with no conversations",
          file,
          e.getClass().getSimpleName());
      return;
    }
    if (root == null || !root.path("threads").isObject()) {
      log.warn("The conversations file {} holds no conversations; starting afresh", file);
      return;
    }
    List<Map.Entry<String, Thread>> read = new ArrayList<>();
    root.path("threads")
        .properties()
        .forEach(
            e -> {
              List<Turn> turnsIn = new ArrayList<>();
              for (JsonNode o : e.getValue().path("turns")) {
                List<String> people = new ArrayList<>();
                o.path("people").forEach(p -> people.add(p.asText()));
                List<Integer> shown = new ArrayList<>();
                o.path("shown").forEach(p -> shown.add(p.asInt()));
                turnsIn.add(
                    new Turn(
                        o.path("question").asText(),
                        o.path("article").asText(),
                        people,
                        o.path("subject").asText(),
                        shown,
                        o.path("answered").asBoolean()));
              }
              if (!turnsIn.isEmpty()) {
                read.add(
                    Map.entry(e.getKey(), new Thread(turnsIn, e.getValue().path("last").asLong())));
              }
            });
    read.sort(java.util.Comparator.comparingLong(e -> e.getValue().last()));
    read.forEach(e -> threads.put(e.getKey(), e.getValue()));
    root.path("aliases")
        .properties()
        .forEach(
            e -> {
              String k = e.getValue().asText();
              if (threads.containsKey(k)) aliases.put(e.getKey(), k);
            });
    prune();
  }
}
