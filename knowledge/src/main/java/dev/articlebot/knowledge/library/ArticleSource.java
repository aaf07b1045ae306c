package dev.articlebot.knowledge.library;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one article as they reached the bot, and where from.
 *
 * @param name a file name: how to read the bytes ({@code .html} and {@code .htm} as a saved page,
 *     anything else by its shape) and what to call the article when it has no headline
 * @param bytes the file, attachment or page as received
 * @param origin a folder file, or added from a chat
 * @param source what the catalog shows as its source: the file name, the URL, or the attachment's
 *     name
 * @param url the page it was fetched from, or ""
 */
public record ArticleSource(
    String name, byte[] bytes, LibraryEntry.Origin origin, String source, String url) {
  public ArticleSource {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
    if (bytes == null) throw new IllegalArgumentException("bytes");
    if (origin == null) throw new IllegalArgumentException("origin");
    source = source == null || source.isBlank() ? name : source;
    url = url == null ? "" : url;
  }

  /** A file of the articles folder. */
  public static ArticleSource file(String name, byte[] bytes) {
    return new ArticleSource(name, bytes, LibraryEntry.Origin.FOLDER, name, "");
  }

  /** A file attached in a chat (or given at the console). */
  public static ArticleSource attachment(String name, byte[] bytes) {
    return new ArticleSource(name, bytes, LibraryEntry.Origin.CHAT, name, "");
  }

  /** A page fetched from {@code url}, named {@code name} (".html" for a page, ".txt" for text). */
  public static ArticleSource page(String url, String name, byte[] bytes) {
    return new ArticleSource(name, bytes, LibraryEntry.Origin.CHAT, url, url);
  }

  /** The SHA-256 of the bytes, in hex: the same bytes are the same article. */
  public String hash() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
