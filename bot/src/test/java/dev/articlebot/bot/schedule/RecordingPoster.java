package dev.articlebot.bot.schedule;

import dev.articlebot.bot.reply.Reply;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A poster that records what it posts, and fails on demand. */
final class RecordingPoster implements ChannelPoster {

  record Post(String platform, String channelId, String nonce, String text, Instant at) {}

  private final String platform;
  private final Clock clock;
  private final List<Post> posts = new ArrayList<>();
  private final List<Instant> attempts = new ArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  RecordingPoster(String platform, Clock clock) {
    this.platform = platform;
    this.clock = clock;
  }

  /** The next {@code n} posts fail; {@code Integer.MAX_VALUE} for always. */
  RecordingPoster failNext(int n) {
    failuresLeft.set(n);
    return this;
  }

  synchronized List<Post> posts() {
    return List.copyOf(posts);
  }

  synchronized List<Post> postsTo(String channelId) {
    return posts.stream().filter(p -> p.channelId().equals(channelId)).toList();
  }

  synchronized List<Instant> attempts() {
    return List.copyOf(attempts);
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public String post(String channelId, Reply reply, String nonce) throws Exception {
    synchronized (this) {
      attempts.add(clock.instant());
    }
    if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      throw new IOException("simulated rate limit");
    }
    synchronized (this) {
      posts.add(new Post(platform, channelId, nonce, reply.plainText(), clock.instant()));
      return platform + "-msg-" + posts.size();
    }
  }
}
