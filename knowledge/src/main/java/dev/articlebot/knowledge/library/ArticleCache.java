package dev.articlebot.knowledge.library;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Articles read in full, kept for the next question, least recently asked about dropped first while
 * their paragraphs together exceed the budget. An article asked about by two questions at once is
 * read once; an entry that changed since (another content, re-added) is read again.
 */
final class ArticleCache {
  private final int budget;
  private final Map<String, Slot> slots = new LinkedHashMap<>(64, 0.75f, true);
  private int paragraphs;

  private record Slot(LibraryEntry entry, CompletableFuture<Library.Loaded> loaded) {}

  ArticleCache(int budgetParagraphs) {
    this.budget = budgetParagraphs;
  }

  Library.Loaded get(LibraryEntry entry, Supplier<Library.Loaded> read) {
    CompletableFuture<Library.Loaded> mine = null;
    Slot slot;
    synchronized (this) {
      slot = slots.get(entry.id());
      if (slot != null && !slot.entry().equals(entry)) {
        remove(entry.id());
        slot = null;
      }
      if (slot == null) {
        mine = new CompletableFuture<>();
        slot = new Slot(entry, mine);
        slots.put(entry.id(), slot);
        paragraphs += entry.paragraphs();
      }
    }
    if (mine != null) {
      try {
        mine.complete(read.get());
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
        synchronized (this) {
          if (slots.get(entry.id()) == slot) remove(entry.id());
        }
        throw e;
      }
      trim(entry.id());
    }
    try {
      return slot.loaded().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /** Drops the article with this id, if kept. */
  synchronized void evict(String id) {
    remove(id);
  }

  private void remove(String id) {
    Slot s = slots.remove(id);
    if (s != null) paragraphs -= s.entry().paragraphs();
  }

  /** Drops the least recently used articles over the budget, never {@code keep}. */
  private synchronized void trim(String keep) {
    List<String> drop = new ArrayList<>();
    int total = paragraphs;
    Iterator<Map.Entry<String, Slot>> it = slots.entrySet().iterator();
    while (total > budget && it.hasNext()) {
      Map.Entry<String, Slot> e = it.next();
      if (e.getKey().equals(keep) || !e.getValue().loaded().isDone()) continue;
      drop.add(e.getKey());
      total -= e.getValue().entry().paragraphs();
    }
    drop.forEach(this::remove);
  }

  synchronized int size() {
    return slots.size();
  }
}
