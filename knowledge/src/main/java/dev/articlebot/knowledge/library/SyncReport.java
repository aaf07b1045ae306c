package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.KnowledgeException;
import java.util.List;

/**
 * What bringing the library in line with the articles folder did.
 *
 * @param added articles read from new files
 * @param replaced articles read again because their file changed
 * @param removed articles whose file is gone
 * @param unchanged files already in the library as they are
 * @param skipped files that could not be read, each with the reason; the rest were read
 */
public record SyncReport(
    List<LibraryEntry> added,
    List<LibraryEntry> replaced,
    List<LibraryEntry> removed,
    int unchanged,
    List<Skipped> skipped) {
  public SyncReport {
    added = List.copyOf(added);
    replaced = List.copyOf(replaced);
    removed = List.copyOf(removed);
    skipped = List.copyOf(skipped);
  }

  /** A file left out, and why. */
  public record Skipped(String file, KnowledgeException reason) {}

  /** Whether anything in the library changed. */
  public boolean changed() {
    return !added.isEmpty() || !replaced.isEmpty() || !removed.isEmpty();
  }
}
