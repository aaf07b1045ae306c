package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.ArticleNotFoundException;
import dev.articlebot.knowledge.ArticleTooLargeException;
import dev.articlebot.knowledge.ArticleUnreadableException;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.NoArticlesException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Loads articles from a file, a folder of files, or the article bundled with the application. */
public final class ArticleLoader {

  /** The article that ships inside the jar, used when none is configured. */
  public static final String BUNDLED = "articles/an-inevitable-peace.txt";

  /** The largest article file read unless configured otherwise: 1 MiB, a long read many times. */
  public static final long DEFAULT_MAX_BYTES = 1L << 20;

  private final ArticleParser parser;
  private final long maxBytes;

  public ArticleLoader(ArticleParser parser) {
    this(parser, DEFAULT_MAX_BYTES);
  }

  /** Refuses article files larger than {@code maxBytes} before reading them. */
  public ArticleLoader(ArticleParser parser, long maxBytes) {
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
    this.parser = parser;
    this.maxBytes = maxBytes;
  }

  /**
   * The articles at {@code path}: one file, or every article file in a folder (see {@link #read}).
   * Files of a folder that cannot be read are left out; use {@link #read} to learn which.
   *
   * @throws NoArticlesException when a folder gives no article
   */
  public List<Article> load(Path path) {
    LoadedArticles loaded = read(path);
    if (loaded.articles().isEmpty()) throw new NoArticlesException(path);
    return loaded.articles();
  }

  /**
   * The articles at {@code path} and the files left out. A folder gives every {@code .txt}, {@code
   * .md}, {@code .markdown}, {@code .html} and {@code .htm} file in it (not recursive), in
   * file-name order; a file that cannot be read (not text, no body, unreadable) is listed with the
   * reason and the rest still load. A single file that cannot be read fails.
   *
   * @throws ArticleNotFoundException when nothing is at {@code path}
   * @throws NoArticlesException when a folder holds no article file
   * @throws KnowledgeException when a single file cannot be read
   */
  public LoadedArticles read(Path path) {
    if (!Files.exists(path)) throw new ArticleNotFoundException(path);
    if (!Files.isDirectory(path)) return new LoadedArticles(List.of(loadFile(path)), List.of());
    List<Path> files;
    try (Stream<Path> s = Files.list(path)) {
      files = s.filter(ArticleLoader::isArticleFile).sorted().toList();
    } catch (IOException e) {
      throw new ArticleUnreadableException(path, ArticleUnreadableException.Reason.NOT_OPENED, e);
    }
    if (files.isEmpty()) throw new NoArticlesException(path);
    List<Article> articles = new ArrayList<>();
    List<LoadedArticles.Skipped> skipped = new ArrayList<>();
    for (Path f : files) {
      try {
        articles.add(loadFile(f));
      } catch (KnowledgeException e) {
        skipped.add(new LoadedArticles.Skipped(f, e));
      } catch (RuntimeException e) { // a page the parser cannot make sense of
        skipped.add(
            new LoadedArticles.Skipped(
                f,
                new ArticleUnreadableException(
                    f, ArticleUnreadableException.Reason.NOT_AN_ARTICLE, e)));
      }
    }
    return new LoadedArticles(articles, skipped);
  }

  /** The bytes of the bundled article. */
  public static byte[] bundledBytes() {
    try (InputStream in = ArticleLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) throw new IllegalStateException("bundled article missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled article. */
  public Article loadBundled() {
    try (InputStream in = ArticleLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) throw new IllegalStateException("bundled article missing from the jar");
      return parser.parse(idOf(BUNDLED), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Article loadFile(Path file) {
    if (!Files.isReadable(file))
      throw new ArticleUnreadableException(
          file, ArticleUnreadableException.Reason.NOT_OPENED, null);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) throw new ArticleTooLargeException(file, size, maxBytes);
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ArticleUnreadableException(file, ArticleUnreadableException.Reason.NOT_OPENED, e);
    }
    return read(file, idOf(file.getFileName().toString()), bytes);
  }

  /**
   * The article in {@code bytes}, read as a file called {@code name} would be (an {@code .html} or
   * {@code .htm} name is read as a saved page; any other by its shape), with the id {@code id}: for
   * an article that reaches the bot as bytes, a chat attachment or a page fetched from a URL.
   *
   * @throws ArticleTooLargeException when the bytes are over the size limit
   * @throws ArticleUnreadableException when they are not text
   * @throws dev.articlebot.knowledge.EmptyArticleException when no body paragraph is left
   */
  public Article read(String name, String id, byte[] bytes) {
    Path shown = Path.of(name.isBlank() ? id : name.replaceAll("[\\/\u0000]", "_"));
    if (bytes.length > maxBytes) throw new ArticleTooLargeException(shown, bytes.length, maxBytes);
    return read(shown, id, bytes);
  }

  private Article read(Path file, String id, byte[] bytes) {
    String text =
        TextDecoding.decode(bytes)
            .orElseThrow(
                () ->
                    new ArticleUnreadableException(
                        file, ArticleUnreadableException.Reason.NOT_TEXT, null));
    return isHtml(file) ? parser.parseHtml(id, text) : parser.parse(id, text);
  }

  /**
   * An id for an article read from a file called {@code fileName}: "Rail Fares.txt" gives
   * "rail-fares".
   */
  public static String idFor(String fileName) {
    return idOf(fileName);
  }

  /** Whether a file of this name is read as an article in a folder. */
  public static boolean isArticleName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && (name.endsWith(".txt")
            || name.endsWith(".md")
            || name.endsWith(".markdown")
            || name.endsWith(".html")
            || name.endsWith(".htm"));
  }

  private static boolean isArticleFile(Path p) {
    return Files.isRegularFile(p) && isArticleName(p.getFileName().toString());
  }

  private static boolean isHtml(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  /** "articles/an-inevitable-peace.txt" -> "an-inevitable-peace". */
  static String idOf(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) name = name.substring(0, dot);
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return id.isEmpty() ? "article" : id;
  }
}
