package dev.articlebot.bot.conversation;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.knowledge.conversation.Turn;
import java.util.List;

/**
 * Where each message's conversation is kept: a thread is named by its platform, channel and the
 * thread within it ({@link Caller#thread()}), so two channels, two threads or two people's direct
 * messages never share one. Off, or for a message outside any thread, nothing is kept and every
 * message stands alone.
 */
public final class Conversations {
  /** Keeps nothing: every message is answered as if it were the first. */
  public static final Conversations OFF = new Conversations(null);

  private final ConversationStore store;

  public Conversations(ConversationStore store) {
    this.store = store;
  }

  /** The earlier turns of {@code caller}'s thread, oldest first; empty outside a thread. */
  public List<Turn> before(Caller caller) {
    if (store == null || caller.thread().isEmpty()) return List.of();
    return store.turns(key(caller, caller.thread()));
  }

  /** Keeps {@code turn} as the latest of {@code caller}'s thread. */
  public void after(Caller caller, Turn turn) {
    if (store == null || caller.thread().isEmpty()) return;
    String alias = caller.message().isEmpty() ? "" : key(caller, caller.message());
    store.record(key(caller, caller.thread()), alias, turn);
  }

  private static String key(Caller caller, String thread) {
    return caller.platform() + ":" + caller.channelId() + ":" + thread;
  }
}
