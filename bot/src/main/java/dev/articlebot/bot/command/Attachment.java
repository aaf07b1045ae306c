package dev.articlebot.bot.command;

import java.io.IOException;
import java.io.InputStream;

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

    /**
     * What {@code in} holds, at most {@code maxBytes} of it: reads one byte past the limit to tell.
     *
     * @throws IOException when it cannot be read, or holds more than {@code maxBytes}
     */
    static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) throw new IOException("over " + maxBytes + " bytes");
      return bytes;
    }
  }
}
