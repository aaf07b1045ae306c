package dev.articlebot.bot.command;

import java.io.IOException;

/**
 * A file attached to a message or a command, fetched only when a command wants it.
 *
 * @param name its file name as the platform gives it
 * @param size its size in bytes as the platform reports it (-1 when not reported)
 * @param contentType its media type as the platform reports it, or ""
 * @param download fetches its bytes
 */
public record Attachment(String name, long size, String contentType, Download download) {
  public Attachment {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
    contentType = contentType == null ? "" : contentType;
    if (download == null) throw new IllegalArgumentException("download");
  }

  /** Fetches an attachment's bytes. */
  @FunctionalInterface
  public interface Download {
    /**
     * The bytes, at most {@code maxBytes} of them.
     *
     * @throws IOException when they cannot be fetched, or are more than {@code maxBytes}
     */
    byte[] fetch(long maxBytes) throws IOException;
  }
}
