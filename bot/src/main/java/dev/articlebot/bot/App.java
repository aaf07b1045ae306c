package dev.articlebot.bot;

import dev.articlebot.bot.command.AskCommand;
import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.ExampleQuestions;
import dev.articlebot.bot.command.HelpCommand;
import dev.articlebot.bot.command.QuoteCommand;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.SpeakersCommand;
import dev.articlebot.bot.command.SummaryCommand;
import dev.articlebot.bot.command.Surface;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.library.ArticleCommand;
import dev.articlebot.bot.library.ChannelPins;
import dev.articlebot.bot.library.PageFetcher;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import dev.articlebot.bot.schedule.ChannelTarget;
import dev.articlebot.bot.schedule.DailySummaryScheduler;
import dev.articlebot.bot.schedule.DailySummarySettings;
import dev.articlebot.bot.summary.Summaries;
import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.StateFolder;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.library.FolderWatch;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.SyncReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Wires the application by hand, in one place, from the configuration. */
public final class App {
  private final AppConfig config;
  private final Clock clock;
  private KnowledgeBase knowledge;
  private Library library;
  private ChannelPins pins;
  private FolderWatch watch;
  private Summaries summaries;
  private Dispatcher dispatcher;
  private ExampleQuestions examples;
  private Workers workers;

  public App(AppConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public AppConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  /** The knowledge base, loaded on first use. */
  public synchronized KnowledgeBase knowledge() {
    if (knowledge == null) {
      String articles = config.knowledge().articles();
      knowledge =
          KnowledgeLoader.load(
              new KnowledgeLoader.Settings(
                  articles.isEmpty() ? null : Path.of(articles),
                  config.stateDir(),
                  config.knowledge().maxQuestionChars(),
                  config.knowledge().maxArticleBytes()));
    }
    return knowledge;
  }

  /**
   * The library in the state folder, opened (which reads its catalog only; nothing is embedded). It
   * holds what earlier runs indexed; {@link #syncLibrary()} or {@link #startLibrary} bring it in
   * line with knowledge.articles.
   */
  public synchronized Library library() {
    if (library == null) {
      StateFolder.check(config.stateDir());
      KnowledgeLoader.Embedders embedders = KnowledgeLoader.Embedders.open(config.stateDir());
      library =
          Library.open(
              Library.Settings.in(
                  libraryDir(),
                  config.knowledge().maxQuestionChars(),
                  config.knowledge().maxArticleBytes()),
              embedders.passages(),
              embedders.questions(),
              clock);
      pins = new ChannelPins(config.stateDir().resolve("library-pins.properties"));
      String articles = config.knowledge().articles();
      if (articles.isEmpty() || !Files.isDirectory(Path.of(articles))) {
        // One article (bundled or a file): read at once; a folder is read by startLibrary, in the
        // background, or syncLibrary.
        syncLibrary();
      }
    }
    return library;
  }

  /**
   * Where the library of the configured articles lives: one per knowledge.articles location
   * (library/bundled, library/articles-1a2b3c4d), so that pointing the bot at other articles starts
   * another library instead of emptying this one.
   */
  private Path libraryDir() {
    String articles = config.knowledge().articles();
    if (articles.isEmpty()) return config.stateDir().resolve("library").resolve("bundled");
    Path p = Path.of(articles).toAbsolutePath().normalize();
    String name = p.getFileName() == null ? "root" : p.getFileName().toString();
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return config
        .stateDir()
        .resolve("library")
        .resolve(safe + "-" + String.format("%08x", p.toString().hashCode()));
  }

  /**
   * Brings the library in line with knowledge.articles (the bundled article when empty), waiting
   * until done: new and changed files are read and embedded, gone ones removed.
   *
   * @throws dev.articlebot.knowledge.ArticleNotFoundException when knowledge.articles names nothing
   */
  public SyncReport syncLibrary() {
    Library lib = library();
    String articles = config.knowledge().articles();
    return articles.isEmpty() ? lib.syncBundled() : lib.sync(Path.of(articles));
  }

  /**
   * Brings the library in line with knowledge.articles on a background thread, answering meanwhile
   * from what is indexed, then keeps a folder watched: files added to or removed from it are read
   * within seconds. {@code onSync} hears of each reading that changed something.
   *
   * @throws dev.articlebot.knowledge.ArticleNotFoundException when knowledge.articles names nothing
   */
  public synchronized void startLibrary(java.util.function.Consumer<SyncReport> onSync) {
    Library lib = library();
    String articles = config.knowledge().articles();
    Path folder = articles.isEmpty() ? null : Path.of(articles);
    if (folder != null && !Files.exists(folder)) {
      throw new dev.articlebot.knowledge.ArticleNotFoundException(folder);
    }
    Thread t =
        new Thread(
            () -> {
              try {
                onSync.accept(syncLibrary());
                if (folder != null && Files.isDirectory(folder)) {
                  synchronized (App.this) {
                    watch = FolderWatch.start(lib, folder, onSync);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "library-sync");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler(
        (th, e) ->
            org.slf4j.LoggerFactory.getLogger(App.class)
                .error("Reading the articles failed: {}", e.getMessage(), e));
    t.start();
  }

  /** Stops watching the articles folder and closes the library. */
  public synchronized void closeLibrary() {
    if (watch != null) watch.close();
    watch = null;
    if (library != null) library.close();
    library = null;
  }

  /** What the commands beyond asking read: the library. */
  public ArticleShelf shelf() {
    return library();
  }

  /** Summaries on request and for the daily post. */
  public synchronized Summaries summaries() {
    if (summaries == null) {
      summaries =
          new Summaries(
              shelf(),
              config.summary().articles() == AppConfig.SummaryArticles.NEW,
              config.stateDir());
    }
    return summaries;
  }

  /** Example questions made from the loaded articles, for help and hints. */
  public synchronized ExampleQuestions examples() {
    if (examples == null) examples = ExampleQuestions.of(shelf());
    return examples;
  }

  /**
   * Every command, routed, and rate-limited in chats; what every platform adapter, the console and
   * the command line talk to.
   */
  public synchronized Dispatcher dispatcher() {
    if (dispatcher == null) {
      Library lib = library();
      int maxChars = config.knowledge().maxQuestionChars();
      ExampleQuestions ex = examples();
      List<BotCommand> commands = new ArrayList<>();
      commands.add(
          new AskCommand(
              (q, caller) -> lib.answer(q, scope(caller)),
              maxChars,
              ex.all().stream().findFirst()));
      commands.add(new QuoteCommand(lib, ex.speakerName()));
      commands.add(new SpeakersCommand(lib));
      commands.add(new SummaryCommand(where -> summaries().reply(where)));
      AppConfig.Library lc = config.library();
      long maxBytes = config.knowledge().maxArticleBytes();
      commands.add(
          new ArticleCommand(
              lib,
              new PageFetcher(
                  new PageFetcher.Limits(
                      maxBytes,
                      lc.fetchTimeout(),
                      lc.fetchMaxRedirects(),
                      lc.fetchPrivateAddresses())),
              pins,
              maxBytes));
      commands.add(new HelpCommand(List.copyOf(commands), title(lib), ex.all()));
      CommandCatalog catalog = new CommandCatalog(commands);
      TextRouter router = new TextRouter(catalog, lib::wordsAskedOf);
      RateLimiter limiter =
          new RateLimiter(
              config.limits().perUserQuestions(), config.limits().perUserWindow(), clock);
      dispatcher = new Dispatcher(catalog, router, limiter, maxChars);
    }
    return dispatcher;
  }

  /** The articles a question from {@code caller} is asked of: its channel's pin, else all. */
  private Library.Scope scope(dev.articlebot.bot.command.Caller caller) {
    library();
    return pins.pinned(caller.platform(), caller.channelId())
        .map(Library.Scope::article)
        .orElse(Library.Scope.ALL);
  }

  /** The pool that answers off the platforms' event threads. */
  public synchronized Workers workers() {
    if (workers == null) {
      int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
      workers = new Workers(threads, 64);
    }
    return workers;
  }

  /** What platform adapters get from the application. */
  public BotServices services() {
    ArticleShelf kb = shelf();
    return new BotServices(
        dispatcher(),
        (prefix, max) -> kb.quotes().suggest(prefix, max),
        paragraphs(),
        workers(),
        clock);
  }

  /** Whole paragraphs, for "Show full paragraph" and the console's show. */
  public BotServices.ParagraphLookup paragraphs() {
    ArticleShelf kb = shelf();
    return (articleId, number) -> paragraph(kb, articleId, number);
  }

  /** The title to ask about: the article's, or "3 articles". */
  public String title() {
    return title(shelf());
  }

  /** The daily summary scheduler posting through {@code posters} (not started). */
  public DailySummaryScheduler dailySummary(Collection<? extends ChannelPoster> posters) {
    AppConfig.Daily d = config.summary().daily();
    List<ChannelTarget> targets = new ArrayList<>();
    List<String> platforms = posters.stream().map(ChannelPoster::platform).toList();
    if (platforms.contains("discord")) {
      d.discordChannels().forEach(c -> targets.add(new ChannelTarget("discord", c)));
    }
    if (platforms.contains("slack")) {
      d.slackChannels().forEach(c -> targets.add(new ChannelTarget("slack", c)));
    }
    if (platforms.contains("console")) targets.add(new ChannelTarget("console", "console"));
    DailySummarySettings settings =
        new DailySummarySettings(
            d.enabled() && !targets.isEmpty(), d.time(), d.zone(), d.days(), d.grace(), targets);
    Surface where = platforms.contains("console") ? Surface.CONSOLE : Surface.CHAT;
    return DailySummaryScheduler.create(
        settings, config.stateDir(), posters, date -> summaries().summaryFor(date, where), clock);
  }

  private static Optional<Reply> paragraph(ArticleShelf kb, String articleId, int number) {
    return kb.article(articleId).flatMap(a -> a.paragraph(number).map(p -> passageReply(a, p)));
  }

  private static Reply passageReply(Article a, dev.articlebot.knowledge.article.Paragraph p) {
    Part.Source source = new Part.Source(a.id(), a.displayTitle(), p.number(), p.section());
    return new Reply(List.of(new Part.Passage(source, p.text(), p.text())), true);
  }

  private static String title(ArticleShelf kb) {
    return kb.articleCount() == 1
        ? kb.recentArticles(1).get(0).displayTitle()
        : kb.articleCount() + " articles";
  }
}
