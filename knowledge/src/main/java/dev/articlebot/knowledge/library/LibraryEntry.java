package dev.articlebot.knowledge.library;

import java.time.Instant;

/**
 * One article in the library, as the catalog lists it.
 *
 * @param id the article's id, unique in the library ("bbc-flood-defences")
 * @param title its headline (the id when it has none)
 * @param url where it came from, when known: the page it was fetched from, or the link the article
 *     itself gives; else ""
 * @param origin where it came from: {@link Origin#FOLDER} (a file in the articles folder), {@link
 *     Origin#CHAT} (added in a chat or at the console), {@link Origin#BUNDLED}
 * @param source the file name in the articles folder, the URL fetched, or the name of the file
 *     attached in a chat
 * @param hash the SHA-256 of the bytes it was read from: an unchanged file is not read again
 * @param added when it entered the library
 * @param published its date as it prints it ("Jan.1"), or ""
 * @param paragraphs how many body paragraphs it has
 * @param reader the reading of articles ({@code Library.READING}: the page reader's and the quote
 *     extractor's versions) it was read with, 0 for a library written before it was stored: an
 *     article read by another is read again
 */
public record LibraryEntry(
    String id,
    String title,
    String url,
    Origin origin,
    String source,
    String hash,
    Instant added,
    String published,
    int paragraphs,
    int reader) {

  public LibraryEntry {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("id");
    title = title == null || title.isBlank() ? id : title;
    url = url == null ? "" : url;
    if (origin == null) throw new IllegalArgumentException("origin");
    source = source == null ? "" : source;
    hash = hash == null ? "" : hash;
    if (added == null) throw new IllegalArgumentException("added");
    published = published == null ? "" : published;
  }

  /** Where an article came from. */
  public enum Origin {
    /** A file in a watched articles folder (or the configured article file). */
    FOLDER,
    /** Added from a chat, the console or the command line: a file or a URL. */
    CHAT,
    /** The article bundled with the bot. */
    BUNDLED
  }
}
