package dev.articlebot.knowledge;

import java.nio.file.Path;

/** The state folder cannot be used: it cannot be created, is not a folder, or cannot be written. */
public final class StateFolderException extends KnowledgeException {
  private final Path folder;
  private final String reason;

  public StateFolderException(Path folder, String reason, Throwable cause) {
    super("state folder unusable: " + folder + ": " + reason, cause);
    this.folder = folder;
    this.reason = reason;
  }

  /** The folder as configured (not made absolute, so it reads as the user wrote it). */
  @Override
  public String subject() {
    return folder.toString();
  }

  /** Why it cannot be used, in a few words ("cannot be written: Read-only file system"). */
  public String reason() {
    return reason;
  }
}
