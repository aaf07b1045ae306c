package dev.articlebot.bot.library;

import dev.articlebot.bot.command.Attachment;
import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.library.ArticleSource;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.LibraryEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * article add|list|remove|use: the library from a chat. Anyone may list; adding, removing and
 * pinning a channel need {@link Caller.Rights#manageLibrary()}. An added file or page is read as
 * the articles folder's files are, and is answerable as soon as the reply says so.
 */
public final class ArticleCommand implements BotCommand {
  private static final Logger log = LoggerFactory.getLogger(ArticleCommand.class);

  /** At most this many articles are listed. */
  static final int LISTED = 15;

  private final Library library;
  private final PageFetcher fetcher;
  private final ChannelPins pins;
  private final long maxArticleBytes;

  public ArticleCommand(
      Library library, PageFetcher fetcher, ChannelPins pins, long maxArticleBytes) {
    this.library = library;
    this.fetcher = fetcher;
    this.pins = pins;
    this.maxArticleBytes = maxArticleBytes;
  }

  @Override
  public String name() {
    return "article";
  }

  @Override
  public String description() {
    return "The articles the bot knows: list them; add (a URL or an attached .txt, .md or .html"
        + " file), remove, or pin this channel to one (managers only).";
  }

  @Override
  public Optional<Option> option() {
    return Optional.of(
        new Option("action", "list | add <url> | remove <id> | use <id|all>", false, false));
  }

  @Override
  public List<Subcommand> subcommands() {
    return List.of(
        new Subcommand("list", "The articles the bot knows, newest first", List.of()),
        new Subcommand(
            "add",
            "Add an article from a URL or an attached file",
            List.of(
                new Option("url", "The page to read", false, false),
                new Option("file", "A .txt, .md or .html file", false, false, Option.Kind.FILE))),
        new Subcommand(
            "remove",
            "Remove an article",
            List.of(new Option("article", "Its id, as listed", true, false))),
        new Subcommand(
            "use",
            "Answer in this channel from one article only (all: every article)",
            List.of(new Option("article", "Its id, as listed, or all", true, false))));
  }

  @Override
  public String usage() {
    return "article list | add <url> | remove <id> | use <id|all>";
  }

  @Override
  public Reply run(String argument, Caller caller) {
    return run(argument, List.of(), caller);
  }

  @Override
  public Reply run(String argument, List<Attachment> files, Caller caller) {
    String[] words = (argument == null ? "" : argument.strip()).split("\\s+", 2);
    String action = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    switch (action) {
      case "", "list" -> {
        return list(caller);
      }
      case "add", "remove", "use" -> {
        if (!caller.rights().manageLibrary()) return Reply.notice(notAllowed(action));
        if (library.readOnly()) return Reply.notice(READ_ONLY);
        return switch (action) {
          case "add" -> add(rest, files, caller);
          case "remove" -> remove(rest);
          default -> use(rest, caller);
        };
      }
      default -> {
        return Reply.notice("Unknown action “" + action + "”. Try " + usage() + ".");
      }
    }
  }

  private Reply list(Caller caller) {
    List<LibraryEntry> entries = library.entries();
    if (entries.isEmpty()) return Reply.notice("The library is empty: add an article first.");
    List<Part.Bullet> bullets = new ArrayList<>();
    for (LibraryEntry e : entries.subList(0, Math.min(LISTED, entries.size()))) {
      bullets.add(new Part.Bullet(line(e), null));
    }
    List<Part> parts = new ArrayList<>();
    parts.add(
        new Part.Heading(
            entries.size() == 1
                ? "The article I know"
                : entries.size() + " articles, newest first"));
    parts.add(new Part.Bullets(bullets));
    if (entries.size() > LISTED) {
      parts.add(new Part.Footer("…and " + (entries.size() - LISTED) + " older ones."));
    }
    pins.pinned(caller.platform(), caller.channelId())
        .flatMap(library::entry)
        .ifPresent(e -> parts.add(new Part.Footer("This channel answers from " + e.title() + ".")));
    return Reply.of(parts.toArray(Part[]::new));
  }

  /** "Title (id) — link, added 2026-01-05". */
  static String line(LibraryEntry e) {
    StringBuilder sb = new StringBuilder(e.title()).append(" (").append(e.id()).append(')');
    if (!e.url().isEmpty()) sb.append(" — ").append(e.url());
    sb.append(", added ").append(e.added().toString(), 0, 10);
    return sb.toString();
  }

  private Reply add(String url, List<Attachment> files, Caller caller) {
    ArticleSource source;
    if (!files.isEmpty()) {
      Attachment a = files.get(0);
      if (!ArticleLoader.isArticleName(a.name())) {
        return Reply.notice(
            "“" + a.name() + "” is not an article file: attach a .txt, .md or .html file.");
      }
      if (a.size() > maxArticleBytes) return Reply.notice(tooLarge(a.name()));
      byte[] bytes;
      try {
        bytes = a.download().fetch(maxArticleBytes);
      } catch (IOException e) {
        log.info("Could not fetch the attachment {}: {}", a.name(), e.toString());
        return Reply.notice("I could not download “" + a.name() + "”, or it is over the limit.");
      }
      source = ArticleSource.attachment(a.name(), bytes);
    } else if (!url.isEmpty()) {
      PageFetcher.Page page;
      try {
        page = fetcher.fetch(url);
      } catch (PageFetcher.Refused r) {
        log.info("Refused to fetch {}: {}", url, r.getMessage());
        return Reply.notice(refused(r.reason()));
      }
      source = ArticleSource.page(page.url(), page.fileName(), page.bytes());
    } else {
      return Reply.notice(howToAdd(caller.platform()));
    }
    LibraryEntry e;
    try {
      e = library.add(source);
    } catch (KnowledgeException k) {
      return Reply.notice(Messages.of(k));
    }
    return new Reply(
        List.of(
            new Part.Notice("Added: " + line(e) + ". Ask away."),
            new Part.Footer(
                library.size()
                    + (library.size() == 1 ? " article" : " articles")
                    + " in the library.")),
        false,
        Reply.Outcome.INFO);
  }

  /**
   * How to give an article. Slack's slash commands carry no files: there a file is shared in a
   * message that mentions the bot, or in a direct message to it.
   */
  static String howToAdd(String platform) {
    String file =
        platform.equals("slack")
            ? "share a .txt, .md or .html file in a message to me (mention me, or DM me) that says"
                + " “article add”"
            : "attach a .txt, .md or .html file";
    return "Give a URL (article add https://…) or " + file + ".";
  }

  private Reply remove(String id) {
    if (id.isEmpty()) return Reply.notice("Which article? article remove <id> (see article list).");
    return library
        .remove(id)
        .map(e -> Reply.notice("Removed: " + e.title() + " (" + e.id() + ")."))
        .orElseGet(() -> Reply.notice(noSuch(id)));
  }

  private Reply use(String id, Caller caller) {
    if (caller.channelId().isEmpty()) {
      return Reply.notice("Pinning is for chat channels.");
    }
    if (id.isEmpty() || id.equalsIgnoreCase("all")) {
      pins.pin(caller.platform(), caller.channelId(), null);
      return Reply.notice("This channel now answers from every article.");
    }
    Optional<LibraryEntry> e = library.entry(id);
    if (e.isEmpty()) return Reply.notice(noSuch(id));
    pins.pin(caller.platform(), caller.channelId(), id);
    return Reply.notice("This channel now answers from " + e.get().title() + " only.");
  }

  private static String noSuch(String id) {
    return "No article “" + id + "” in the library: see article list for the ids.";
  }

  private String tooLarge(String name) {
    return "“" + name + "” is over the limit of " + maxArticleBytes / 1024 + " KiB for an article.";
  }

  static final String READ_ONLY =
      "The library is being written by another article-bot process; this one can only read it.";

  static String notAllowed(String action) {
    return "Only people who manage the library may "
        + action
        + " articles (Discord: Manage Server; Slack: workspace admins or the configured group).";
  }

  /** What the person who gave the URL is told. */
  static String refused(PageFetcher.Reason reason) {
    return switch (reason) {
      case NOT_A_URL -> "That is not a URL: give one starting with https://.";
      case NOT_HTTP -> "Only http and https pages can be added.";
      case PRIVATE_ADDRESS ->
          "That address is on a private or local network; I only fetch public pages.";
      case UNKNOWN_HOST -> "That site's name does not resolve: check the URL.";
      case TOO_MANY_REDIRECTS -> "That page redirects too many times.";
      case TOO_LARGE -> "That page is over the size limit for an article.";
      case NOT_AN_ARTICLE_TYPE -> "That URL is not a web page or text (an image, a PDF…?).";
      case TIMED_OUT -> "That page took too long to arrive.";
      case HTTP_ERROR -> "That site answered with an error: check the URL.";
      case UNREACHABLE -> "I could not reach that site.";
    };
  }
}
