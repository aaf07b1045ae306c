package dev.articlebot.bot.library;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which channels are pinned to one article ({@code /article use}), kept in a file of the state
 * folder so pins outlive restarts. Keys are "platform:channel"; the file is replaced whole (written
 * aside, then moved), so a crash leaves the pins before or after a change, never half.
 */
public final class ChannelPins {
  private final Path file;
  private final Map<String, String> pins = new TreeMap<>();

  /** The pins in {@code file} (none when it does not exist). */
  public ChannelPins(Path file) {
    this.file = file;
    if (file != null && Files.isRegularFile(file)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the channel pins in " + file, e);
      }
      p.stringPropertyNames().forEach(k -> pins.put(k, p.getProperty(k)));
    }
  }

  /** The article {@code channel} of {@code platform} is pinned to. */
  public synchronized Optional<String> pinned(String platform, String channel) {
    return Optional.ofNullable(pins.get(key(platform, channel)));
  }

  /** Pins the channel to {@code articleId}, or unpins it when {@code articleId} is null. */
  public synchronized void pin(String platform, String channel, String articleId) {
    String k = key(platform, channel);
    if (articleId == null) pins.remove(k);
    else pins.put(k, articleId);
    save();
  }

  private static String key(String platform, String channel) {
    return platform + ":" + channel;
  }

  private void save() {
    if (file == null) return;
    Properties p = new Properties();
    p.putAll(pins);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "pins", ".part");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "channel pinned to an article: platform:channel = article id");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the channel pins in " + file, e);
    }
  }
}
